// Where each figure of the overview leads: the grid behind it, filtered by the page's address (the pages honour it).
import type { RouteLocationRaw } from '../../router-core';

type Q = Record<string, string>;
const withTownship = (township: string | null, q: Q = {}): Q => (township ? { township, ...q } : q);

export const drill = {
  /** a ledger (one category), optionally one township and one risk status */
  ledger: (category: string, township: string | null, risk?: string): RouteLocationRaw =>
    ({ path: `/ledger/${category}`, query: withTownship(township, risk ? { risk } : {}) }),
  /** the monthly check grid of a month; extra: visited=false, state=…, atRisk=true */
  checks: (township: string | null, month: string, extra: Q = {}): RouteLocationRaw =>
    ({ path: '/monitoring', query: withTownship(township, { month, ...extra }) }),
  /** 风险待帮扶: the households of a ledger with an open risk referral, in the monthly grid of the month */
  openReferrals: (township: string | null, month: string, category?: string): RouteLocationRaw =>
    ({ path: '/monitoring', query: withTownship(township, { month, referral: 'open', ...(category ? { category } : {}) }) }),
  dibao: (township: string | null, extra: Q = {}): RouteLocationRaw => ({ path: '/assistance/dibao', query: withTownship(township, extra) }),
  relief: (township: string | null, extra: Q = {}): RouteLocationRaw => ({ path: '/assistance/relief', query: withTownship(township, extra) }),
  tekun: (township: string | null, extra: Q = {}): RouteLocationRaw => ({ path: '/assistance/tekun', query: withTownship(township, extra) }),
};
