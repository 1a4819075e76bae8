import { createRouter, createWebHistory } from 'vue-router';
import { focusHeadingAfterNavigation } from '@college-portal/client-shared/router';
import { hasPermission, isAuthenticated, sessionReady } from './auth/session';
import LoginPage from './pages/LoginPage.vue';
import HomePage from './pages/HomePage.vue';
import CoursesPage from './pages/CoursesPage.vue';
import CourseFormPage from './pages/CourseFormPage.vue';
import CohortsPage from './pages/CohortsPage.vue';
import CohortFormPage from './pages/CohortFormPage.vue';
import StaffAccountsPage from './pages/StaffAccountsPage.vue';
import ContractorsPage from './pages/ContractorsPage.vue';
import CohortDetailPage from './pages/CohortDetailPage.vue';
import ApplicationDetailPage from './pages/ApplicationDetailPage.vue';
import NoticesPage from './pages/NoticesPage.vue';
import AccountPage from './pages/AccountPage.vue';
import ForbiddenPage from './pages/ForbiddenPage.vue';
import NotFoundPage from './pages/NotFoundPage.vue';
import RequiredPasswordChangePage from './pages/RequiredPasswordChangePage.vue';
import EnrolSecondFactorPage from './pages/EnrolSecondFactorPage.vue';
import ForgotPasswordPage from './pages/ForgotPasswordPage.vue';
import ForgotLoginIdPage from './pages/ForgotLoginIdPage.vue';
import ResetPasswordPage from './pages/ResetPasswordPage.vue';
import RecoverLoginIdPage from './pages/RecoverLoginIdPage.vue';
import { pendingRoute } from './auth/pending';

const CATALOG = 'catalog:manage';
/** The cohort page shows applications, selection steps and the roster, each with its own code. */
const INTAKE = ['application:review', 'selection:run', 'roster:read'] as const;

// Paths are relative to the /admin/ base (vite `base` -> import.meta.env.BASE_URL).
export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/login', name: 'login', component: LoginPage, meta: { public: true } },
    { path: '/forgot-password', name: 'forgot-password', component: ForgotPasswordPage, meta: { public: true } },
    { path: '/forgot-login-id', name: 'forgot-login-id', component: ForgotLoginIdPage, meta: { public: true } },
    // The mailed links carry their token in the fragment (#…), which the browser never sends to a server.
    { path: '/reset-password', name: 'reset-password', component: ResetPasswordPage, meta: { public: true } },
    { path: '/recover-login-id', name: 'recover-login-id', component: RecoverLoginIdPage, meta: { public: true } },
    // The steps a new (or reset) staff account must take first; nothing else is reachable until they are done.
    { path: '/change-password', name: 'required-password', component: RequiredPasswordChangePage, meta: { pending: true } },
    { path: '/enrol', name: 'enrol-second-factor', component: EnrolSecondFactorPage, meta: { pending: true } },
    { path: '/', name: 'home', component: HomePage },
    { path: '/courses', name: 'courses', component: CoursesPage, meta: { permission: CATALOG } },
    { path: '/courses/new', name: 'course-new', component: CourseFormPage, meta: { permission: CATALOG } },
    { path: '/courses/:id/edit', name: 'course-edit', component: CourseFormPage, meta: { permission: CATALOG } },
    { path: '/cohorts', name: 'cohorts', component: CohortsPage, meta: { permission: CATALOG } },
    { path: '/cohorts/new', name: 'cohort-new', component: CohortFormPage, meta: { permission: CATALOG } },
    { path: '/cohorts/:id/edit', name: 'cohort-edit', component: CohortFormPage, meta: { permission: CATALOG } },
    { path: '/cohorts/:id', name: 'cohort-detail', component: CohortDetailPage, meta: { permission: INTAKE } },
    { path: '/applications/:id', name: 'application-detail', component: ApplicationDetailPage, meta: { permission: 'application:review' } },
    { path: '/notices', name: 'notices', component: NoticesPage, meta: { permission: 'notice:write' } },
    { path: '/staff', name: 'staff', component: StaffAccountsPage, meta: { permission: 'staff:manage' } },
    { path: '/contractors', name: 'contractors', component: ContractorsPage, meta: { permission: 'contractor:manage' } },
    { path: '/account', name: 'account', component: AccountPage },
    { path: '/forbidden', name: 'forbidden', component: ForbiddenPage },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { public: true } },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

router.beforeEach(async (to) => {
  // A reload restores the session from the refresh token before deciding anything.
  await sessionReady;
  if (to.meta.public) {
    if (to.name === 'login' && isAuthenticated.value) return { name: 'home' };
    return true;
  }
  if (!isAuthenticated.value) return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  // Pending steps first (the server refuses everything else meanwhile); the destination waits in ?redirect=.
  const step = pendingRoute();
  if (step) {
    if (to.name === step) return true;
    const redirect = to.meta.pending ? to.query.redirect : to.fullPath !== '/' ? to.fullPath : undefined;
    return { name: step, query: typeof redirect === 'string' ? { redirect } : {} };
  }
  // A step page with nothing left to do (the pages themselves move on to ?redirect= when done).
  if (to.meta.pending) return { name: 'home' };
  const needed = to.meta.permission;
  if (needed && !(typeof needed === 'string' ? hasPermission(needed) : needed.some(hasPermission))) return { name: 'forbidden' };
  return true;
});

focusHeadingAfterNavigation(router);
