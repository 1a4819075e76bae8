import { createRouter, createWebHistory } from 'vue-router';
import { focusHeadingAfterNavigation } from '@college-portal/client-shared/router';
import { isAuthenticated, sessionReady } from './auth/session';
import HomePage from './pages/HomePage.vue';
import RegisterPage from './pages/RegisterPage.vue';
import LoginPage from './pages/LoginPage.vue';
import MyPage from './pages/MyPage.vue';
import NotFoundPage from './pages/NotFoundPage.vue';
import ApplyPage from './pages/ApplyPage.vue';
import EditApplicationPage from './pages/EditApplicationPage.vue';
import MyApplicationsPage from './pages/MyApplicationsPage.vue';
import MyNoticesPage from './pages/MyNoticesPage.vue';

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'home', component: HomePage },
    { path: '/register', name: 'register', component: RegisterPage },
    { path: '/login', name: 'login', component: LoginPage },
    { path: '/mypage', name: 'mypage', component: MyPage, meta: { requiresAuth: true } },
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

router.beforeEach(async (to) => {
  if (!to.meta.requiresAuth) return true;
  // A reload restores the session from the refresh token first.
  await sessionReady;
  if (!isAuthenticated.value) return { name: 'login', query: { redirect: to.fullPath } };
  return true;
});

focusHeadingAfterNavigation(router);
