import { createRouter, createWebHistory } from 'vue-router';
import { focusHeadingAfterNavigation } from '@college-portal/client-shared/router';
import {
  isAuthenticated,
  mustAcceptPrivacyNotice,
  mustConfirmEmail,
  pendingActions,
  privacyNoticeDeclined,
  sessionReady,
} from './auth/session';
import { i18n } from './i18n';

// Every page is its own chunk, loaded when first visited: the initial download is the frame only.
const HomePage = () => import('./pages/HomePage.vue');
const RegisterPage = () => import('./pages/RegisterPage.vue');
const LoginPage = () => import('./pages/LoginPage.vue');
const MyPage = () => import('./pages/MyPageEntry.vue');
const PrivacyRenewalPage = () => import('./pages/PrivacyRenewalPage.vue');
const NotFoundPage = () => import('./pages/NotFoundPage.vue');
const ApplyPage = () => import('./pages/ApplyPage.vue');
const EditApplicationPage = () => import('./pages/EditApplicationPage.vue');
const MyApplicationsPage = () => import('./pages/MyApplicationsPage.vue');
const MyNoticesPage = () => import('./pages/MyNoticesPage.vue');
const MyDetailsPage = () => import('./pages/MyDetailsPage.vue');
const ConfirmEmailPage = () => import('./pages/ConfirmEmailPage.vue');
const ConfirmPendingPage = () => import('./pages/ConfirmPendingPage.vue');
const RecoveryRequestPage = () => import('./pages/RecoveryRequestPage.vue');
const ResetPasswordPage = () => import('./pages/ResetPasswordPage.vue');
const RecoverLoginIdPage = () => import('./pages/RecoverLoginIdPage.vue');
const CoursesPage = () => import('./pages/CoursesPage.vue');
const CoursePage = () => import('./pages/CoursePage.vue');
const PublicLotteryPage = () => import('./pages/PublicLotteryPage.vue');
const PrivacyPage = () => import('./pages/PrivacyPage.vue');
const AccessibilityPage = () => import('./pages/AccessibilityPage.vue');
const VerifyCertificatePage = () => import('./pages/VerifyCertificatePage.vue');
const MyCertificatesPage = () => import('./pages/MyCertificatesPage.vue');
const MyActivityPage = () => import('./pages/MyActivityPage.vue');
const MySurveysPage = () => import('./pages/MySurveysPage.vue');
const MyConsultationsPage = () => import('./pages/MyConsultationsPage.vue');
const MyCoursePage = () => import('./pages/MyCoursePage.vue');
const CheckInPage = () => import('./pages/CheckInPage.vue');
const PostingPage = () => import('./pages/PostingPage.vue');
const GroupDirectoryPage = () => import('./pages/GroupDirectoryPage.vue');
const MyDataPage = () => import('./pages/MyDataPage.vue');

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'home', component: HomePage, meta: { messages: ['community'] } },
    { path: '/register', name: 'register', component: RegisterPage },
    { path: '/login', name: 'login', component: LoginPage },
    // The mailed links carry their token in the fragment (#…), which never reaches the server.
    { path: '/confirm-email', name: 'confirm-email', component: ConfirmEmailPage, meta: { allowWhilePending: true } },
    {
      path: '/confirm-pending',
      name: 'confirm-pending',
      component: ConfirmPendingPage,
      meta: { requiresAuth: true, allowWhilePending: true },
    },
    { path: '/forgot-password', name: 'forgot-password', component: RecoveryRequestPage, props: { kind: 'password' } },
    { path: '/forgot-login-id', name: 'forgot-login-id', component: RecoveryRequestPage, props: { kind: 'loginId' } },
    { path: '/reset-password', name: 'reset-password', component: ResetPasswordPage },
    { path: '/recover-login-id', name: 'recover-login-id', component: RecoverLoginIdPage },
    { path: '/mypage', name: 'mypage', component: MyPage, meta: { requiresAuth: true } },
    { path: '/mypage/details', name: 'my-details', component: MyDetailsPage, meta: { requiresAuth: true } },
    { path: '/mypage/applications', name: 'my-applications', component: MyApplicationsPage, meta: { requiresAuth: true } },
    { path: '/mypage/notices', name: 'my-notices', component: MyNoticesPage, meta: { requiresAuth: true, messages: ['notices'] } },
    { path: '/mypage/privacy', name: 'my-data', component: MyDataPage, meta: { requiresAuth: true, messages: ['privacy'] } },
    { path: '/mypage/certificates', name: 'my-certificates', component: MyCertificatesPage, meta: { requiresAuth: true } },
    { path: '/mypage/activity', name: 'my-activity', component: MyActivityPage, meta: { requiresAuth: true, messages: ['alumni'] } },
    { path: '/mypage/surveys', name: 'my-surveys', component: MySurveysPage, meta: { requiresAuth: true, messages: ['alumni'] } },
    // Alumni ask the ward about community activity and follow their introductions to groups.
    {
      path: '/mypage/consultations',
      name: 'my-consultations',
      component: MyConsultationsPage,
      meta: { requiresAuth: true, messages: ['community'] },
    },
    { path: '/mypage/courses/:cohortId', name: 'my-course', component: MyCoursePage, meta: { requiresAuth: true } },
    // The URL of the QR code shown in class (?code=…); logging in first comes back here.
    { path: '/check-in/:sessionId', name: 'check-in', component: CheckInPage, meta: { requiresAuth: true } },
    { path: '/cohorts/:id/apply', name: 'apply', component: ApplyPage, meta: { requiresAuth: true } },
    {
      path: '/cohorts/:id/application/edit',
      name: 'application-edit',
      component: EditApplicationPage,
      meta: { requiresAuth: true },
    },
    { path: '/courses', name: 'courses', component: CoursesPage },
    { path: '/courses/:id', name: 'course', component: CoursePage },
    { path: '/cohorts/:id/lottery', name: 'public-lottery', component: PublicLotteryPage },
    // A published recruitment posting of a registered group (the top page lists them); public.
    { path: '/postings/:id', name: 'posting', component: PostingPage, meta: { messages: ['community'] } },
    { path: '/groups', name: 'group-directory', component: GroupDirectoryPage, meta: { messages: ['community'] } },
    { path: '/privacy', name: 'privacy', component: PrivacyPage, meta: { allowWhilePending: true } },
    // A new version of the notice to accept (or decline) before anything else.
    { path: '/privacy/renew', name: 'privacy-renew', component: PrivacyRenewalPage, meta: { requiresAuth: true, allowWhilePending: true } },
    { path: '/accessibility', name: 'accessibility', component: AccessibilityPage, meta: { allowWhilePending: true } },
    // The URL printed as a QR code on a certificate; public, and open to anyone whatever their session.
    { path: '/verify/:number', name: 'verify-certificate', component: VerifyCertificatePage, meta: { allowWhilePending: true } },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

// Pages after which the member is simply taken to my page once the address is confirmed.
const NO_RETURN = new Set(['home', 'login', 'register', 'confirm-pending', 'not-found', 'privacy', 'accessibility', 'privacy-renew']);
// After declining the privacy notice: my page (limited), the data export and erasure, and the notice to accept later.
const WHILE_DECLINED = new Set(['mypage', 'my-data', 'privacy-renew']);

router.beforeEach(async (to) => {
  // A reload restores the session from the refresh token first (at once when there is none).
  await sessionReady;
  // Logged in with the address not yet confirmed: the only page is "confirm your address".
  if (mustConfirmEmail.value && !to.meta.allowWhilePending) {
    return { name: 'confirm-pending', query: NO_RETURN.has(String(to.name)) ? {} : { redirect: to.fullPath } };
  }
  if (to.name === 'confirm-pending' && isAuthenticated.value && !mustConfirmEmail.value) return { name: 'mypage' };
  // A new privacy notice: read it and answer first; then on to where the member was going.
  if (mustAcceptPrivacyNotice.value && !to.meta.allowWhilePending) {
    return { name: 'privacy-renew', query: NO_RETURN.has(String(to.name)) ? {} : { redirect: to.fullPath } };
  }
  if (privacyNoticeDeclined.value && to.meta.requiresAuth && !WHILE_DECLINED.has(String(to.name))) return { name: 'mypage' };
  if (to.name === 'privacy-renew' && isAuthenticated.value && !pendingActions.value.includes('ACCEPT_PRIVACY_NOTICE'))
    return { name: 'mypage' };
  if (!to.meta.requiresAuth) return true;
  if (!isAuthenticated.value) return { name: 'login', query: { redirect: to.fullPath } };
  return true;
});

// Routes name the message parts they need (meta.messages); they load before the page shows.
router.beforeResolve(async (to) => {
  const parts = new Set(to.matched.flatMap((r) => (r.meta.messages as string[] | undefined) ?? []));
  await Promise.all([...parts].map((p) => i18n.loadPart(p)));
});

focusHeadingAfterNavigation(router);
