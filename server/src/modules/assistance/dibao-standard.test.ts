import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type Gql, type TestServer } from '../../test-support/harness.js';
import { dibaoStandardFor } from './dibao-standard.service.js';

// 低保标准: seeded demo values, the admin-only setter (audited in its transaction), the year fallback.
const clock = new MutableClock(new Date('2026-06-15T02:00:00Z'));
let s: TestServer;
let admin: Gql;
let yanghe: Gql;
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const SET = `mutation($y: Int!, $a: DibaoArea!, $m: Float!) { setDibaoStandard(year: $y, area: $a, amount: $m) { year area amount demo updatedBy } }`;

beforeAll(async () => {
  s = await startTestServer({ clock });
  admin = await s.as('admin');
  yanghe = await s.as('yanghe');
});
afterAll(async () => s?.stop());

describe(`低保标准 on ${TEST_DB_KIND}`, () => {
  it('is seeded with demo values marked demo, readable by township staff', async () => {
    const rows = (await yanghe(`{ dibaoStandards { year area amount demo updatedBy } }`)).data.dibaoStandards;
    expect(rows.slice(0, 2)).toEqual([
      { year: 2020, area: 'URBAN', amount: 640, demo: true, updatedBy: 'system' },
      { year: 2020, area: 'RURAL', amount: 400, demo: true, updatedBy: 'system' },
    ]);
    expect(rows.filter((r: any) => r.year === 2026).map((r: any) => [r.area, r.amount])).toEqual([['URBAN', 820], ['RURAL', 580]]);
    expect(rows.every((r: any) => r.demo)).toBe(true);
  });

  it('is set by the admin only, with bounds, audited, and read by year with the nearest earlier year', async () => {
    const county = await s.gql(SET, { y: 2027, a: 'URBAN', m: 900 });
    expect(codeOf(county)).toBe('FORBIDDEN');
    expect(county.errors![0]!.message).toBe('只有系统管理员可以进行此操作');
    expect(codeOf(await yanghe(SET, { y: 2027, a: 'URBAN', m: 900 }))).toBe('FORBIDDEN');
    const zero = await admin(SET, { y: 2027, a: 'URBAN', m: 0 });
    expect(codeOf(zero)).toBe('OUT_OF_RANGE');
    expect(zero.errors![0]!.message).toBe('低保标准应大于 0 且不超过 100000 元/人·月');
    expect(codeOf(await admin(SET, { y: 1999, a: 'URBAN', m: 900 }))).toBe('OUT_OF_RANGE');
    expect(codeOf(await admin(SET, { y: 2027, a: 'URBAN', m: 1e9 }))).toBe('OUT_OF_RANGE');
    expect((await admin(SET, { y: 2027, a: 'CITY', m: 900 })).errors).toBeTruthy();

    const em = s.app.orm.em.fork();
    expect(await dibaoStandardFor(em, 2027, 'URBAN')).toBe(820); // no 2027 row yet: 2026's
    expect(await dibaoStandardFor(em, 2019, 'RURAL')).toBeNull(); // before the table
    expect((await admin(SET, { y: 2027, a: 'URBAN', m: 900.456 })).data.setDibaoStandard).toEqual({ year: 2027, area: 'URBAN', amount: 900.46, demo: false, updatedBy: 'admin' });
    expect((await admin(SET, { y: 2026, a: 'RURAL', m: 600 })).data.setDibaoStandard.demo).toBe(false);
    expect(await dibaoStandardFor(em, 2027, 'URBAN')).toBe(900.46);
    expect(await dibaoStandardFor(em, 2030, 'RURAL')).toBe(600);
    const audit = (await s.gql(`{ auditEvents(where: { entityType: "dibao_standard", entityId: "2026-RURAL" }) { edges { node { actor field before after } } } }`)).data.auditEvents.edges;
    expect(audit.map((e: any) => e.node)).toEqual([{ actor: 'admin', field: 'amount', before: '580', after: '600' }]);
    const created = (await s.gql(`{ auditEvents(where: { entityType: "dibao_standard", entityId: "2027-URBAN" }) { edges { node { action before after } } } }`)).data.auditEvents.edges;
    expect(created.map((e: any) => e.node)).toEqual([{ action: 'CREATE', before: null, after: '900.46' }]);
  });
});
