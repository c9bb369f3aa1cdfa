import { describe, expect, it } from 'vitest';
import { drill } from './drill';
import { buildWhere } from '../ledger/household-where';

describe('drill-through from 统计', () => {
  it('builds the addresses the grids honour', () => {
    expect(drill.ledger('MONITORED', '640121100', 'MONITORING')).toEqual({ path: '/ledger/MONITORED', query: { township: '640121100', risk: 'MONITORING' } });
    expect(drill.ledger('SUDDEN', null)).toEqual({ path: '/ledger/SUDDEN', query: {} });
    expect(drill.checks('640121104', '2026-06', { visited: 'false' })).toEqual({ path: '/monitoring', query: { township: '640121104', month: '2026-06', visited: 'false' } });
    expect(drill.openReferrals('640121100', '2026-12', 'MONITORED')).toEqual({ path: '/monitoring', query: { township: '640121100', month: '2026-12', referral: 'open', category: 'MONITORED' } });
    expect(drill.openReferrals(null, '2026-12')).toEqual({ path: '/monitoring', query: { month: '2026-12', referral: 'open' } });
    expect(drill.dibao('640121100', { state: 'GRADUAL_EXIT' })).toEqual({ path: '/assistance/dibao', query: { township: '640121100', state: 'GRADUAL_EXIT' } });
    expect(drill.relief(null, { overdue: 'true' })).toEqual({ path: '/assistance/relief', query: { overdue: 'true' } });
    expect(drill.tekun('640121200')).toEqual({ path: '/assistance/tekun', query: { township: '640121200' } });
  });

  it('filters the ledger by the township and the risk status of the address', () => {
    expect(buildWhere({ category: 'MONITORED', deleted: false, search: '', regionPrefix: '640121100', filterModel: {}, riskStatus: 'ELIMINATED' })).toEqual({
      category: { eq: 'MONITORED' },
      and: [{ regionCode: { startsWith: '640121100' } }, { riskStatus: { eq: 'ELIMINATED' } }],
    });
  });
});
