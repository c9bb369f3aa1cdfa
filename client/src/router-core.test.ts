import { describe, expect, it } from 'vitest';
import { createRouter, parseQuery, stringifyQuery } from './router-core';

const page = () => Promise.resolve({ default: {} });
const router = createRouter({
  routes: [
    { path: '/login', name: 'login', component: page, meta: { public: true } },
    {
      path: '/',
      component: page,
      meta: { title: 'navLedgers' },
      children: [
        { path: '', component: page },
        { path: 'ledger/:category', name: 'ledger', component: page },
        { path: 'assistance', redirect: '/assistance/dibao' },
        { path: 'assistance/dibao', component: page, meta: { title: 'navStats' } },
        { path: 'password', name: 'password', component: page },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

describe('router-core', () => {
  it('writes the query as vue-router did: / ? = and : stay, & # + are escaped, a space is +, null has no =', () => {
    expect(stringifyQuery({ redirect: '/ledger/MONITORED?search=a&b=1', expired: '1' })).toBe('redirect=/ledger/MONITORED?search=a%26b=1&expired=1');
    expect(stringifyQuery({ q: '马 1+1#x', k: null, gone: undefined, n: 3, list: ['a', 'b'] })).toBe('q=%E9%A9%AC+1%2B1%23x&k&n=3&list=a&list=b');
    expect(parseQuery('?q=%E9%A9%AC+1%2B1%23x&k&list=a&list=b')).toEqual({ q: '马 1+1#x', k: null, list: ['a', 'b'] });
    // a bad escape is kept as it came
    expect(parseQuery('a=%E9%A9')).toEqual({ a: '%E9%A9' });
  });

  it('matches paths with params, case-insensitively, with or without a trailing slash; the rest goes to the catch-all', () => {
    const r = router.resolve('/Ledger/MONITORED/?township=640121100');
    expect([r.name, r.params, r.query, r.fullPath]).toEqual(['ledger', { category: 'MONITORED' }, { township: '640121100' }, '/Ledger/MONITORED/?township=640121100']);
    expect(router.resolve('/').matched).toHaveLength(2);
    expect(router.resolve('/nothing/here').redirect).toBe('/');
    expect(router.resolve('/assistance').redirect).toBe('/assistance/dibao');
  });

  it("merges the meta of a route's parents, resolves names and the query of a location", () => {
    expect(router.resolve('/assistance/dibao').meta).toEqual({ title: 'navStats' });
    expect(router.resolve('/ledger/UNLIFTED').meta).toEqual({ title: 'navLedgers' });
    expect(router.resolve('/login').meta).toEqual({ public: true });
    const to = router.resolve({ name: 'login', query: { redirect: '/ledger/MONITORED', expired: '1' } });
    expect([to.path, to.fullPath]).toEqual(['/login', '/login?redirect=/ledger/MONITORED&expired=1']);
    expect(router.resolve({ name: 'ledger', params: { category: 'SUDDEN' } }).fullPath).toBe('/ledger/SUDDEN');
    expect(() => router.resolve({ name: 'nope' })).toThrow(/no route named nope/);
  });
});
