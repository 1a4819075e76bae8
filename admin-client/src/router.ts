import { createRouter, createWebHistory } from 'vue-router';
import { focusHeadingAfterNavigation } from '@college-portal/client-shared/router';
import { hasPermission, isAuthenticated, sessionReady } from './auth/session';
import LoginPage from './pages/LoginPage.vue';
import { pendingRoute } from './auth/pending';

const CATALOG = 'catalog:manage';
/** The lists of courses and cohorts: every staff role reads them (the auditor read-only). */
const CATALOG_READ = 'catalog:read-internal';
/**
 * The cohort page shows applications, selection steps and the roster, each with its own code;
 * with catalog:read-internal alone (the auditor) only the cohort's facts and its lottery.
 */
const INTAKE = ['application:review', 'selection:run', 'roster:read', CATALOG_READ] as const;

// Paths are relative to the /admin/ base (vite `base` -> import.meta.env.BASE_URL).
export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/login', name: 'login', component: LoginPage, meta: { public: true } },
    {
      path: '/forgot-password',
      name: 'forgot-password',
      component: () => import('./pages/ForgotPasswordPage.vue'),
      meta: { public: true },
    },
    { path: '/forgot-login-id', name: 'forgot-login-id', component: () => import('./pages/ForgotLoginIdPage.vue'), meta: { public: true } },
    // The mailed links carry their token in the fragment (#…), which the browser never sends to a server.
    { path: '/reset-password', name: 'reset-password', component: () => import('./pages/ResetPasswordPage.vue'), meta: { public: true } },
    {
      path: '/recover-login-id',
      name: 'recover-login-id',
      component: () => import('./pages/RecoverLoginIdPage.vue'),
      meta: { public: true },
    },
    // The steps a new (or reset) staff account must take first; nothing else is reachable until they are done.
    {
      path: '/change-password',
      name: 'required-password',
      component: () => import('./pages/RequiredPasswordChangePage.vue'),
      meta: { pending: true },
    },
    { path: '/enrol', name: 'enrol-second-factor', component: () => import('./pages/EnrolSecondFactorPage.vue'), meta: { pending: true } },
    { path: '/', name: 'home', component: () => import('./pages/HomePage.vue') },
    { path: '/courses', name: 'courses', component: () => import('./pages/CoursesPage.vue'), meta: { permission: CATALOG_READ } },
    { path: '/courses/new', name: 'course-new', component: () => import('./pages/CourseFormPage.vue'), meta: { permission: CATALOG } },
    {
      path: '/courses/:id/edit',
      name: 'course-edit',
      component: () => import('./pages/CourseFormPage.vue'),
      meta: { permission: CATALOG },
    },
    { path: '/cohorts', name: 'cohorts', component: () => import('./pages/CohortsPage.vue'), meta: { permission: CATALOG_READ } },
    { path: '/cohorts/new', name: 'cohort-new', component: () => import('./pages/CohortFormPage.vue'), meta: { permission: CATALOG } },
    {
      path: '/cohorts/:id/edit',
      name: 'cohort-edit',
      component: () => import('./pages/CohortFormPage.vue'),
      meta: { permission: CATALOG },
    },
    { path: '/cohorts/:id', name: 'cohort-detail', component: () => import('./pages/CohortDetailPage.vue'), meta: { permission: INTAKE } },
    {
      path: '/cohorts/:id/sessions',
      name: 'cohort-sessions',
      component: () => import('./pages/CohortSessionsPage.vue'),
      meta: { permission: 'attendance:record' },
    },
    {
      path: '/cohorts/:id/attendance',
      name: 'cohort-attendance',
      component: () => import('./pages/CohortAttendanceGridPage.vue'),
      meta: { permission: 'attendance:record' },
    },
    {
      path: '/cohorts/:id/completion',
      name: 'cohort-completion',
      component: () => import('./pages/CohortCompletionPage.vue'),
      meta: { permission: ['completion:decide', 'certificate:manage', 'attendance:record'] },
    },
    {
      path: '/sessions/:id/attendance',
      name: 'session-attendance',
      component: () => import('./pages/SessionAttendancePage.vue'),
      meta: { permission: 'attendance:record' },
    },
    {
      path: '/applications/:id',
      name: 'application-detail',
      component: () => import('./pages/ApplicationDetailPage.vue'),
      meta: { permission: 'application:review' },
    },
    { path: '/members', name: 'members', component: () => import('./pages/MembersPage.vue'), meta: { permission: 'member:read' } },
    {
      path: '/members/:id',
      name: 'member-detail',
      component: () => import('./pages/MemberDetailPage.vue'),
      meta: { permission: 'member:read' },
    },
    { path: '/audit', name: 'audit-log', component: () => import('./pages/AuditLogPage.vue'), meta: { permission: 'audit:read' } },
    {
      path: '/personal-data',
      name: 'personal-data-register',
      component: () => import('./pages/PersonalDataRegisterPage.vue'),
      meta: { permission: 'audit:read' },
    },
    {
      path: '/retention',
      name: 'retention',
      component: () => import('./pages/RetentionPage.vue'),
      meta: { permission: ['audit:read', 'privacy:erase'] },
    },
    {
      path: '/privacy-notices',
      name: 'privacy-notices',
      component: () => import('./pages/PrivacyNoticesPage.vue'),
      meta: { permission: 'privacy:notice' },
    },
    {
      path: '/reporting-clients',
      name: 'reporting-clients',
      component: () => import('./pages/ReportingClientsPage.vue'),
      meta: { permission: 'report:clients' },
    },
    {
      path: '/erasure-requests',
      name: 'erasure-requests',
      component: () => import('./pages/ErasureRequestsPage.vue'),
      meta: { permission: 'privacy:export' },
    },
    { path: '/notices', name: 'notices', component: () => import('./pages/NoticesPage.vue'), meta: { permission: 'notice:write' } },
    { path: '/surveys', name: 'surveys', component: () => import('./pages/SurveysPage.vue'), meta: { permission: 'followup:manage' } },
    { path: '/groups', name: 'groups', component: () => import('./pages/GroupsPage.vue'), meta: { permission: 'community:manage' } },
    {
      path: '/groups/:id',
      name: 'group-detail',
      component: () => import('./pages/GroupDetailPage.vue'),
      meta: { permission: 'community:manage' },
    },
    { path: '/postings', name: 'postings', component: () => import('./pages/PostingsPage.vue'), meta: { permission: 'community:manage' } },
    {
      path: '/postings/:id',
      name: 'posting-detail',
      component: () => import('./pages/PostingDetailPage.vue'),
      meta: { permission: 'community:manage' },
    },
    {
      path: '/consultations',
      name: 'consultations',
      component: () => import('./pages/ConsultationsPage.vue'),
      meta: { permission: 'community:manage' },
    },
    {
      path: '/consultations/:id',
      name: 'consultation-detail',
      component: () => import('./pages/ConsultationDetailPage.vue'),
      meta: { permission: 'community:manage' },
    },
    {
      // The printable introduction sheet of a disclosure request (producing it records what was given).
      path: '/disclosures/:id/sheet',
      name: 'disclosure-sheet',
      component: () => import('./pages/IntroductionSheetPage.vue'),
      meta: { permission: 'community:manage' },
    },
    // 統計: lazy like every page, so echarts stays out of the first load.
    { path: '/reports', name: 'reports', component: () => import('./pages/ReportsPage.vue'), meta: { permission: 'report:read' } },
    { path: '/staff', name: 'staff', component: () => import('./pages/StaffAccountsPage.vue'), meta: { permission: 'staff:read' } },
    {
      path: '/contractors',
      name: 'contractors',
      component: () => import('./pages/ContractorsPage.vue'),
      // Read-only without contractor:manage (the auditor).
      meta: { permission: 'contractor:read' },
    },
    { path: '/account', name: 'account', component: () => import('./pages/AccountPage.vue') },
    { path: '/forbidden', name: 'forbidden', component: () => import('./pages/ForbiddenPage.vue') },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { public: true } },
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
