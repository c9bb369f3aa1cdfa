// Routes: thin pages; the ledger page (and AG Grid with it) loads lazily so the login page stays small.
import { createRouter } from './router-core';
import { HouseholdCategoryDef } from '@doudi/shared';
import { onUnauthenticated } from './api/client';
import { clearToasts } from './components/toast';
import { can, dropSession, initSession, session } from './features/auth/session';

// The router is our own (router-core.ts, HTML5 history), with vue-router's API and semantics for what is used here.
export const router = createRouter({
  routes: [
    { path: '/login', name: 'login', component: () => import('./pages/login-page.vue'), meta: { public: true } },
    {
      path: '/',
      component: () => import('./components/app-shell.vue'),
      children: [
        {
          // Where each user starts: the leadership office on its 督办总览 board, a responsible unit's reporter (no
          // ledgers) on its own accountability page, everyone else on the first ledger.
          path: '',
          component: () => import('./pages/placeholder-page.vue'),
          beforeEnter: async () => {
            await initSession();
            if (session.user?.role === 'LEADERSHIP_OFFICE' && can('tasks:read')) return '/duty/board';
            return session.user && !can('ledger:read') && can('tasks:read') ? '/duty' : '/ledger/UNLIFTED';
          },
        },
        {
          path: 'ledger/:category',
          name: 'ledger',
          component: () => import('./pages/ledger-page.vue'),
          beforeEnter: (to) => (HouseholdCategoryDef.values.includes(to.params.category as never) ? true : '/ledger/UNLIFTED'),
        },
        {
          // 责任台账: a unit's own page for a unit's user, the office's board for everyone else who may read it
          path: 'duty',
          name: 'duty',
          component: () => import('./pages/placeholder-page.vue'),
          meta: { title: 'navDuty' },
          beforeEnter: async () => {
            await initSession();
            const u = session.user;
            return u?.unitCode && (u.role === 'UNIT_REPORTER' || u.role === 'TOWNSHIP_STAFF') ? '/duty/mine' : '/duty/board';
          },
        },
        { path: 'duty/board', name: 'duty-board', component: () => import('./pages/tasks-board-page.vue') },
        { path: 'duty/mine', name: 'duty-mine', component: () => import('./pages/tasks-unit-page.vue') },
        { path: 'duty/bulletin', name: 'duty-bulletin', component: () => import('./pages/tasks-bulletin-page.vue') },
        { path: 'monitoring', name: 'monitoring', component: () => import('./pages/monitoring-page.vue') },
        { path: 'assistance', redirect: '/assistance/dibao' },
        { path: 'assistance/dibao', name: 'assistance-dibao', component: () => import('./pages/assistance-dibao-page.vue') },
        { path: 'assistance/relief', name: 'assistance-relief', component: () => import('./pages/assistance-relief-page.vue') },
        { path: 'assistance/tekun', name: 'assistance-tekun', component: () => import('./pages/assistance-tekun-page.vue') },
        { path: 'comparison', name: 'comparison', component: () => import('./pages/comparison-page.vue') },
        // issue 16, points 3–7: the referral loop, large relief, 价格临时补贴, 集中供养, 委托照料 and 探访
        { path: 'loops', redirect: '/loops/referrals' },
        { path: 'loops/:tab', name: 'loops', component: () => import('./pages/loops-page.vue') },
        { path: 'assistance/applications', name: 'assistance-applications', component: () => import('./pages/applications-page.vue') },
        { path: 'stats', name: 'stats', component: () => import('./pages/stats-page.vue'), meta: { title: 'navStats' } },
        {
          // 系统管理: API tokens of third-party tools (the administrator only)
          path: 'admin/tokens',
          name: 'admin-tokens',
          component: () => import('./pages/admin-tokens-page.vue'),
          meta: { title: 'navTokens' },
          beforeEnter: async () => {
            await initSession();
            return session.user?.role === 'ADMIN' ? true : '/';
          },
        },
        {
          // 接口推送: webhook endpoints of integrators and their delivery log (the administrator only)
          path: 'admin/webhooks',
          name: 'admin-webhooks',
          component: () => import('./pages/admin-webhooks-page.vue'),
          beforeEnter: async () => {
            await initSession();
            return session.user?.role === 'ADMIN' ? true : '/';
          },
        },
        {
          // 用户管理: the administrator only
          path: 'users', name: 'users', component: () => import('./pages/users-page.vue'),
          beforeEnter: async () => {
            await initSession();
            return session.user?.role === 'ADMIN' ? true : '/';
          },
        },
        // A user holding a one-time password waits here (the shell's forced 修改密码 dialog) until it is changed.
        { path: 'password', name: 'password', component: () => import('./pages/password-page.vue') },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

router.beforeEach(async (to) => {
  await initSession();
  if (to.meta.public) return true;
  if (session.mode === 'auth' && !session.user) return { name: 'login', query: { redirect: to.fullPath } };
  // Everything but changing the password answers PASSWORD_CHANGE_REQUIRED: do that first.
  if (session.user?.mustChangePassword && to.name !== 'password') return { name: 'password', query: { redirect: to.fullPath } };
  return true;
});

// A message about one page (a refused delete, a failed load) does not follow the user to another page.
router.afterEach((to, from) => {
  if (to.path !== from.path) clearToasts();
});

onUnauthenticated(() => {
  dropSession();
  const here = router.currentRoute.value;
  if (here.name !== 'login') void router.push({ name: 'login', query: { redirect: here.fullPath, expired: '1' } });
});
