import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber } from '@doudi/shared';
import { startTestServer, MutableClock, TEST_DB_KIND, TEST_PASSWORD, type Gql, type TestServer } from '../../test-support/harness.js';
import { china, makeHousehold, person, xlsxRows } from '../../test-support/assistance-kit.js';

// Issue 16 point 4: 价格临时补贴. The county opens a run for a month, an amount per person and the groups; every
// eligible person is listed once (a 低保 member who is also 特困 is paid once), scoped and masked like the ledgers.
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
let yanghe: Gql;
let lijun: Gql;
let office: Gql;

const OPEN = `mutation($i: OpenSubsidyRunInput!) { openSubsidyRun(input: $i) { ok errors { field code message }
  run { id month title amountPerPerson groups personCount totalAmount countyPersonCount countyTotalAmount } } }`;
const PAYMENTS = `query($run: ID!, $r: String) { subsidyPayments(runId: $run, regionCode: $r, first: 500) { totalCount totalAmount
  edges { node { name idNumber townshipName groups amount } } } }`;
const RUNS = `query { subsidyRuns { id month personCount totalAmount countyPersonCount } }`;
let ids: { both: string; dibao: string; tekun: string; lijun: string };

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 400 } });
  [yanghe, lijun, office] = [await s.as('yanghe'), await s.as('lijun'), await s.as('office')];
  // 杨和镇: a 低保 household of two whose head is also 特困; a 特困 person alone; 李俊镇: a 单人保 member
  const a = await makeHousehold(s.gql, {}, [person('马福', '19500101'), person('马兰', '19520303', { relation: 'SPOUSE' })]);
  const b = await makeHousehold(s.gql, {}, [person('杨孤', '19450505')]);
  const c = await makeHousehold(s.gql, { regionCode: '640121101200', address: '李俊镇西邵村' }, [
    person('李大', '19700101'), person('李重', '19990909', { relation: 'SON', disabilityType: 'PHYSICAL', disabilityGrade: 'GRADE_1' }),
  ]);
  const ok = (res: any, k: string) => expect(res.data[k].errors).toEqual([]);
  ok(await s.gql(`mutation($i: EnrolDibaoInput!) { enrolDibao(input: $i) { errors { field code message } } }`, { i: { householdId: a.id, monthlyAmount: 600 } }), 'enrolDibao');
  const TEKUN = `mutation($i: EnrolTekunInput!) { enrolTekun(input: $i) { errors { field code message } } }`;
  ok(await s.gql(TEKUN, { i: { memberId: a.members[0]!.id, supportMode: 'DISPERSED', careProviderOrg: '王太村照料队', startDate: '2026-01-01' } }), 'enrolTekun');
  ok(await s.gql(TEKUN, { i: { memberId: b.members[0]!.id, supportMode: 'CENTRALISED', careProviderOrg: '永宁县社会福利中心', startDate: '2026-01-01' } }), 'enrolTekun');
  ok(await s.gql(`mutation($i: EnrolDibaoInput!) { enrolDibao(input: $i) { errors { field code message } } }`,
    { i: { householdId: c.id, memberId: c.members[1]!.id, dependsOnFamily: true } }), 'enrolDibao');
  ids = { both: a.members[0]!.idNumber, dibao: a.members[1]!.idNumber, tekun: b.members[0]!.idNumber, lijun: c.members[1]!.idNumber };
});
afterAll(async () => s?.stop());

describe(`价格临时补贴 on ${TEST_DB_KIND}`, () => {
  it('refuses a township, a bad month, amount or groups, with codes', async () => {
    const input = { month: '2026-06', amountPerPerson: 50, groups: ['DIBAO'], title: '6月价格临时补贴' };
    expect((await yanghe(OPEN, { i: input })).data.openSubsidyRun.errors).toEqual([{ field: 'id', code: 'FORBIDDEN', message: '价格临时补贴发放由县民政局进行，乡镇(街道)不能操作' }]);
    const bad: [Record<string, unknown>, string][] = [
      [{ month: '2026-13' }, 'month:INVALID_VALUE'], [{ amountPerPerson: 0 }, 'amountPerPerson:OUT_OF_RANGE'],
      [{ amountPerPerson: 10_000.01 }, 'amountPerPerson:OUT_OF_RANGE'], [{ amountPerPerson: 1.234 }, 'amountPerPerson:INVALID_VALUE'],
      [{ groups: [] }, 'groups:REQUIRED'], [{ title: '' }, 'title:REQUIRED'],
    ];
    for (const [over, want] of bad) {
      const e = (await s.gql(OPEN, { i: { ...input, ...over } })).data.openSubsidyRun.errors;
      expect(e.map((x: any) => `${x.field}:${x.code}`)).toEqual([want]);
    }
  });

  it('lists every eligible person once: a 低保 member who is also 特困 is paid once; a month before the cases lists none of them', async () => {
    const res = (await s.gql(OPEN, { i: { month: '2026-06', amountPerPerson: 45.5, groups: ['TEKUN', 'DIBAO'], title: '2026年6月价格临时补贴' } })).data.openSubsidyRun;
    expect(res.errors).toEqual([]);
    expect(res.run).toMatchObject({ month: '2026-06', groups: ['DIBAO', 'TEKUN'], personCount: 4, totalAmount: 182, countyPersonCount: 4 });
    const list = (await s.gql(PAYMENTS, { run: res.run.id })).data.subsidyPayments;
    expect(list).toMatchObject({ totalCount: 4, totalAmount: 182 });
    const by = Object.fromEntries(list.edges.map((e: any) => [e.node.idNumber, e.node]));
    expect(by[ids.both]).toMatchObject({ name: '马福', groups: ['DIBAO', 'TEKUN'], amount: 45.5 });
    expect(by[ids.dibao]).toMatchObject({ groups: ['DIBAO'] });
    expect(by[ids.tekun]).toMatchObject({ groups: ['TEKUN'] });
    expect(by[ids.lijun]).toMatchObject({ groups: ['DIBAO'], townshipName: '李俊镇' });

    // one run per month
    expect((await s.gql(OPEN, { i: { month: '2026-06', amountPerPerson: 10, groups: ['DIBAO'], title: '重复' } })).data.openSubsidyRun.errors[0])
      .toMatchObject({ field: 'month', code: 'INVALID_STATE' });
    // the cases started on 2026-06-15: May's run pays only the 特困 persons (supported since January)
    const may = (await s.gql(OPEN, { i: { month: '2026-05', amountPerPerson: 40, groups: ['DIBAO', 'TEKUN'], title: '5月' } })).data.openSubsidyRun;
    expect(may.run).toMatchObject({ personCount: 2, totalAmount: 80 });
  });

  it('a township sees its own people only; a reader without pii:read sees masked ID numbers', async () => {
    const runs = (await lijun(RUNS)).data.subsidyRuns;
    const june = runs.find((r: any) => r.month === '2026-06');
    expect(june).toMatchObject({ personCount: 1, countyPersonCount: 4 });
    const own = (await lijun(PAYMENTS, { run: june.id })).data.subsidyPayments;
    expect(own.edges.map((e: any) => e.node.idNumber)).toEqual([ids.lijun]);
    expect((await lijun(PAYMENTS, { run: june.id, r: '640121100' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const masked = (await office(PAYMENTS, { run: june.id })).data.subsidyPayments.edges.map((e: any) => e.node.idNumber).sort();
    expect(masked).toEqual([ids.both, ids.dibao, ids.tekun, ids.lijun].map(maskIdNumber).sort());
  });

  it('exports the payment list to Excel masked as on screen, scoped to the township; unmasked rows are recorded', async () => {
    const june = (await s.gql(RUNS)).data.subsidyRuns.find((r: any) => r.month === '2026-06');
    const token = async (u: string) => (await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p: TEST_PASSWORD })).data.login.token as string;
    const sheet = async (u: string, q = '') => {
      const res = await fetch(`${s.url}/api/exports/loops/subsidy-payments.xlsx?runId=${june.id}${q}`, { headers: { authorization: `Bearer ${await token(u)}` } });
      expect(res.status).toBe(200);
      return xlsxRows(res);
    };
    const county = await sheet('county');
    expect(county).toHaveLength(4);
    expect(county.find((r) => r['身份证号'] === ids.both)).toMatchObject({ 姓名: '马福', 保障类别: '低保对象、特困人员', '补贴金额(元)': 45.5 });
    expect((await sheet('office')).map((r) => r['身份证号']).sort()).toEqual([ids.both, ids.dibao, ids.tekun, ids.lijun].map(maskIdNumber).sort());
    expect((await sheet('county', '&maskPii=true')).every((r) => String(r['身份证号']).includes('*'))).toBe(true);
    expect((await sheet('lijun')).map((r) => r['身份证号'])).toEqual([ids.lijun]);
    const logged = await s.gql(`{ piiAccessEvents(first: 50) { edges { node { actor purpose } } } }`);
    expect(logged.errors).toBeUndefined();
    expect(logged.data.piiAccessEvents.edges.map((e: any) => e.node)).toEqual(expect.arrayContaining([{ actor: 'county', purpose: 'export' }]));
    const bad = await fetch(`${s.url}/api/exports/loops/nothing.xlsx`, { headers: { authorization: `Bearer ${await token('county')}` } });
    expect(bad.status).toBe(404);
  });
});
