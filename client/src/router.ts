// Routes: thin pages; the ledger page (and AG Grid with it) loads lazily so the login page stays small.
import { createRouter, createWebHistory } from 'vue-router';
import { HouseholdCategoryDef } from '@doudi/shared';
import { onUnauthenticated } from './api/client';
import { can, dropSession, initSession, session } from './features/auth/session';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('./pages/login-page.vue'), meta: { public: true } },
    {
      path: '/',
      component: () => import('./components/app-shell.vue'),
      children: [
        {
          // a responsible unit's reporter has no ledgers: it starts on its own accountability page
          path: '',
          component: () => import('./pages/placeholder-page.vue'),
          beforeEnter: async () => {
            await initSession();
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
        { path: 'stats', name: 'stats', component: () => import('./pages/stats-page.vue'), meta: { title: 'navStats' } },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

router.beforeEach(async (to) => {
  await initSession();
  if (to.meta.public) return true;
  if (session.mode === 'auth' && !session.user) return { name: 'login', query: { redirect: to.fullPath } };
  return true;
});

onUnauthenticated(() => {
  dropSession();
  const here = router.currentRoute.value;
  if (here.name !== 'login') void router.push({ name: 'login', query: { redirect: here.fullPath, expired: '1' } });
});
