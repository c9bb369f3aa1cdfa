// Routes: thin pages; the ledger page (and AG Grid with it) loads lazily so the login page stays small.
import { createRouter, createWebHistory } from 'vue-router';
import { HouseholdCategoryDef } from '@doudi/shared';
import { onUnauthenticated } from './api/client';
import { dropSession, initSession, session } from './features/auth/session';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('./pages/login-page.vue'), meta: { public: true } },
    {
      path: '/',
      component: () => import('./components/app-shell.vue'),
      children: [
        { path: '', redirect: '/ledger/UNLIFTED' },
        {
          path: 'ledger/:category',
          name: 'ledger',
          component: () => import('./pages/ledger-page.vue'),
          beforeEnter: (to) => (HouseholdCategoryDef.values.includes(to.params.category as never) ? true : '/ledger/UNLIFTED'),
        },
        { path: 'duty', name: 'duty', component: () => import('./pages/placeholder-page.vue'), meta: { title: 'navDuty' } },
        { path: 'stats', name: 'stats', component: () => import('./pages/placeholder-page.vue'), meta: { title: 'navStats' } },
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
