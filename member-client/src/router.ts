import { createRouter, createWebHistory } from 'vue-router';
import { focusHeadingAfterNavigation } from '@college-portal/client-shared/router';
import { isAuthenticated, mustConfirmEmail, sessionReady } from './auth/session';
import HomePage from './pages/HomePage.vue';
import RegisterPage from './pages/RegisterPage.vue';
import LoginPage from './pages/LoginPage.vue';
import MyPage from './pages/MyPage.vue';
import NotFoundPage from './pages/NotFoundPage.vue';
import ApplyPage from './pages/ApplyPage.vue';
import EditApplicationPage from './pages/EditApplicationPage.vue';
import MyApplicationsPage from './pages/MyApplicationsPage.vue';
import MyNoticesPage from './pages/MyNoticesPage.vue';
import MyDetailsPage from './pages/MyDetailsPage.vue';
import ConfirmEmailPage from './pages/ConfirmEmailPage.vue';
import ConfirmPendingPage from './pages/ConfirmPendingPage.vue';
import RecoveryRequestPage from './pages/RecoveryRequestPage.vue';
import ResetPasswordPage from './pages/ResetPasswordPage.vue';
import RecoverLoginIdPage from './pages/RecoverLoginIdPage.vue';

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'home', component: HomePage },
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
    { path: '/mypage/notices', name: 'my-notices', component: MyNoticesPage, meta: { requiresAuth: true } },
    { path: '/cohorts/:id/apply', name: 'apply', component: ApplyPage, meta: { requiresAuth: true } },
    {
      path: '/cohorts/:id/application/edit',
      name: 'application-edit',
      component: EditApplicationPage,
      meta: { requiresAuth: true },
    },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

// Pages after which the member is simply taken to my page once the address is confirmed.
const NO_RETURN = new Set(['home', 'login', 'register', 'confirm-pending', 'not-found']);

router.beforeEach(async (to) => {
  // A reload restores the session from the refresh token first (at once when there is none).
  await sessionReady;
  // Logged in with the address not yet confirmed: the only page is "confirm your address".
  if (mustConfirmEmail.value && !to.meta.allowWhilePending) {
    return { name: 'confirm-pending', query: NO_RETURN.has(String(to.name)) ? {} : { redirect: to.fullPath } };
  }
  if (to.name === 'confirm-pending' && isAuthenticated.value && !mustConfirmEmail.value) return { name: 'mypage' };
  if (!to.meta.requiresAuth) return true;
  if (!isAuthenticated.value) return { name: 'login', query: { redirect: to.fullPath } };
  return true;
});

focusHeadingAfterNavigation(router);
