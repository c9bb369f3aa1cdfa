import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber } from '@doudi/shared';
import { startTestServer, MutableClock, TEST_DB_KIND, TEST_PASSWORD, type Gql, type TestServer } from '../../test-support/harness.js';
import { china, makeHousehold, person, xlsxRows } from '../../test-support/assistance-kit.js';

// Issue 16 points 6–7: the wish for centralised care and support-mode changes (the backlog the plan wants empty,
// per township), the care agreement of each dispersed person (missing or expired listed) and visits at the
// configured frequency (monthly; weekly from 80 or FULLY_LOST), overdue ones listed per township.
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
let yanghe: Gql;
let lijun: Gql;
let office: Gql;

const RES = 'ok id errors { field code message }';
const ENROL = `mutation($i: EnrolTekunInput!) { enrolTekun(input: $i) { errors { field code message } person { id version } } }`;
const ASSESS = `mutation($i: SelfCareAssessmentInput!) { recordSelfCareAssessment(input: $i) { errors { field code message } } }`;
const WISH = `mutation($i: CentralCareWishInput!) { recordCentralCareWish(input: $i) { ${RES} } }`;
const MODE = `mutation($i: ChangeSupportModeInput!) { changeSupportMode(input: $i) { ${RES} } }`;
const CENTRAL = `query($r: String, $a: Boolean) { centralCare(regionCode: $r, awaitingOnly: $a) { personId name idNumber age supportMode selfCare wish askedOn awaiting version } }`;
const BY_TOWNSHIP = `query { centralCareByTownship { townshipCode dispersedUnable notAsked wishing awaiting } }`;
const CHANGES = `query($p: ID!) { supportModeChanges(personId: $p) { fromMode toMode changedOn reason createdBy } }`;
const AGREE = `mutation($i: CareAgreementInput!) { saveCareAgreement(input: $i) { ${RES} } }`;
const AGREEMENTS = `query($p: Boolean) { careAgreements(problemsOnly: $p) { personId status agreementId carerName carerPhone endDate agreementVersion } }`;
const VISIT = `mutation($i: CareVisitInput!) { recordCareVisit(input: $i) { ${RES} } }`;
const SCHEDULE = `query($o: Boolean) { visitSchedule(overdueOnly: $o) { personId intervalDays lastVisit nextDue overdue daysOverdue } }`;
const VISITS_BY = `query { visitsByTownship { townshipCode dispersed overdue } }`;
const VISITS = `query($p: ID!) { careVisits(personId: $p) { visitDate visitor condition problems helpArranged createdBy } }`;
const UNABLE = { eating: false, dressing: false, bed: false, toilet: false, walking: true, bathing: true }; // 4 unmet: FULLY_LOST
const PARTLY = { eating: true, dressing: true, bed: true, toilet: true, walking: false, bathing: true };
let p: Record<'old' | 'unable' | 'partly' | 'central', { id: string; version: number }>;

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 400 } });
  [yanghe, lijun, office] = [await s.as('yanghe'), await s.as('lijun'), await s.as('office')];
  const h = await makeHousehold(s.gql, {}, [
    person('高寿', '19450101'), person('全失', '19600101', { relation: 'OTHER' }), person('半失', '19620101', { relation: 'OTHER' }),
    person('集中', '19550101', { relation: 'OTHER' }),
  ]);
  const enrol = async (i: number, supportMode: string) => {
    const r = (await s.gql(ENROL, { i: { memberId: h.members[i]!.id, supportMode, careProviderOrg: '王太村照料队', startDate: '2026-05-01' } })).data.enrolTekun;
    expect(r.errors).toEqual([]);
    return r.person;
  };
  p = { old: await enrol(0, 'DISPERSED'), unable: await enrol(1, 'DISPERSED'), partly: await enrol(2, 'DISPERSED'), central: await enrol(3, 'CENTRALISED') };
  for (const [who, items] of [[p.unable, UNABLE], [p.partly, PARTLY]] as const) {
    expect((await s.gql(ASSESS, { i: { personId: who.id, ...items, assessorOrg: '宁夏康健第三方评估公司' } })).data.recordSelfCareAssessment.errors).toEqual([]);
  }
});
afterAll(async () => s?.stop());

const central = async (gql: Gql = yanghe, a = false) => (await gql(CENTRAL, { a })).data.centralCare as any[];
const one = (rows: any[], id: string) => rows.find((r) => r.personId === id);

describe(`集中供养 on ${TEST_DB_KIND}`, () => {
  it('records the wish (versioned, not in the future) and lists the dispersed unable who wish it, per township', async () => {
    expect(await central(yanghe, true)).toEqual([]);
    const ver = async (who: { id: string }) => one(await central(), who.id).version as number;
    const wish = async (gql: Gql, who: { id: string }, version: number, over: Record<string, unknown> = {}) =>
      (await gql(WISH, { i: { personId: who.id, version, wish: true, askedOn: '2026-06-10', ...over } })).data.recordCentralCareWish;
    const v = await ver(p.unable);
    expect((await wish(yanghe, p.unable, v, { askedOn: '2026-06-16' })).errors).toEqual([{ field: 'askedOn', code: 'OUT_OF_RANGE', message: '询问日期 2026-06-16 晚于今天' }]);
    expect((await wish(yanghe, p.unable, v + 5)).errors[0]).toMatchObject({ field: 'version', code: 'VERSION_CONFLICT' });
    expect((await wish(lijun, p.unable, v)).errors[0]).toMatchObject({ field: 'personId', code: 'NOT_FOUND' });
    expect((await wish(yanghe, p.unable, v)).ok).toBe(true);
    expect((await wish(yanghe, p.partly, await ver(p.partly), { wish: false })).ok).toBe(true);
    expect((await wish(yanghe, p.old, await ver(p.old))).ok).toBe(true); // capable (not assessed): wishes, but not in the backlog
    const backlog = await central(yanghe, true);
    expect(backlog.map((r) => r.personId)).toEqual([p.unable.id]);
    expect(backlog[0]).toMatchObject({ selfCare: 'FULLY_LOST', wish: true, askedOn: '2026-06-10', awaiting: true, version: v + 1 });
    expect((await s.gql(BY_TOWNSHIP)).data.centralCareByTownship).toEqual([{ townshipCode: '640121100', dispersedUnable: 2, notAsked: 0, wishing: 1, awaiting: 1 }]);
    // masked for a reader without pii:read, and no age (it would tell the birth date)
    const masked = one(await central(office), p.unable.id);
    expect(masked.idNumber).toBe(maskIdNumber(one(await central(), p.unable.id).idNumber));
    expect(masked.age).toBeNull();
  });

  it('changes the support mode with a date and reason (audited history); the person leaves the backlog', async () => {
    const version = one(await central(), p.unable.id).version;
    const change = async (over: Record<string, unknown>) =>
      (await yanghe(MODE, { i: { personId: p.unable.id, version, supportMode: 'CENTRALISED', changedOn: '2026-06-12', reason: '入住敬老院', careProviderOrg: '永宁县中心敬老院', ...over } })).data.changeSupportMode;
    expect((await change({ supportMode: 'DISPERSED' })).errors[0]).toMatchObject({ field: 'supportMode', code: 'INVALID_STATE' });
    expect((await change({ changedOn: '2026-04-30' })).errors).toEqual([{ field: 'changedOn', code: 'OUT_OF_RANGE', message: '变更日期 2026-04-30 早于供养开始日期 2026-05-01' }]);
    expect((await change({ reason: '' })).errors[0]).toMatchObject({ field: 'reason', code: 'REQUIRED' });
    expect((await change({})).ok).toBe(true);
    expect((await s.gql(CHANGES, { p: p.unable.id })).data.supportModeChanges).toEqual([
      { fromMode: 'DISPERSED', toMode: 'CENTRALISED', changedOn: '2026-06-12', reason: '入住敬老院', createdBy: 'yanghe' },
    ]);
    expect(await central(yanghe, true)).toEqual([]);
    const audit = (await s.gql(`query($id: String!) { auditEvents(where: { entityType: "tekun_person", entityId: $id }, first: 20) { edges { node { field after } } } }`, { id: p.unable.id }))
      .data.auditEvents.edges.map((e: any) => e.node.field);
    expect(audit).toEqual(expect.arrayContaining(['centralCareWish', 'supportMode', 'careProviderOrg']));
  });
});

describe(`委托照料 and 探访 on ${TEST_DB_KIND}`, () => {
  it('lists a missing or expired agreement; a correction needs the agreement\'s version; the phone is masked without pii:read', async () => {
    const problems = async () => (await yanghe(AGREEMENTS, { p: true })).data.careAgreements.map((r: any) => `${r.personId}:${r.status}`).sort();
    expect(await problems()).toEqual([`${p.old.id}:MISSING`, `${p.partly.id}:MISSING`].sort());
    const agree = async (over: Record<string, unknown>) => (await yanghe(AGREE, { i: {
      personId: p.old.id, carerKind: 'PERSON', carerName: '马小花', carerPhone: '138 0013 8000', startDate: '2025-06-01', endDate: '2026-05-31',
      signedOn: '2025-05-28', duties: '每日送餐、打扫卫生、陪同就医', ...over } })).data.saveCareAgreement;
    expect((await agree({ endDate: '2025-05-31' })).errors).toEqual([{ field: 'endDate', code: 'OUT_OF_RANGE', message: '协议结束日期 2025-05-31 早于开始日期 2025-06-01' }]);
    expect((await agree({ carerPhone: '12345' })).errors[0]).toMatchObject({ field: 'carerPhone', code: 'INVALID_PHONE' });
    expect((await agree({ personId: p.central.id })).errors[0]).toMatchObject({ field: 'personId', code: 'INVALID_STATE' });
    const first = await agree({});
    expect(first.ok).toBe(true);
    expect(await problems()).toEqual([`${p.old.id}:EXPIRED`, `${p.partly.id}:MISSING`].sort());
    // renewed by correcting the agreement (stale version refused), then in force
    expect((await agree({ id: first.id, version: 5, endDate: '2027-05-31' })).errors[0]).toMatchObject({ field: 'version', code: 'VERSION_CONFLICT' });
    expect((await agree({ id: first.id, version: 1, endDate: '2027-05-31' })).ok).toBe(true);
    expect(await problems()).toEqual([`${p.partly.id}:MISSING`]);
    const row = (await office(AGREEMENTS, { p: false })).data.careAgreements.find((r: any) => r.personId === p.old.id);
    expect(row).toMatchObject({ status: 'VALID', carerName: '马小花', carerPhone: '138****8000', endDate: '2027-05-31', agreementVersion: 2 });
  });

  it('visits monthly, weekly from 80; overdue listed per township; a problem found needs the help arranged', async () => {
    const sched = async (o = false) => Object.fromEntries((await yanghe(SCHEDULE, { o })).data.visitSchedule.map((r: any) => [r.personId, r]));
    let all = await sched();
    // support started 2026-05-01: monthly (30 days) due 05-31; the 81-year-old weekly, due 05-08; both overdue on 06-15
    expect(all[p.old.id]).toMatchObject({ intervalDays: 7, lastVisit: null, nextDue: '2026-05-08', overdue: true, daysOverdue: 38 });
    expect(all[p.partly.id]).toMatchObject({ intervalDays: 30, nextDue: '2026-05-31', overdue: true });
    expect(all[p.central.id]).toBeUndefined();
    const visit = async (gql: Gql, over: Record<string, unknown>) => (await gql(VISIT, { i: {
      personId: p.partly.id, visitDate: '2026-06-14', visitor: '王太村 李建国', condition: 'FAIR', ...over } })).data.recordCareVisit;
    expect((await visit(yanghe, { problems: '屋顶漏雨' })).errors).toEqual([{ field: 'helpArranged', code: 'REQUIRED', message: '发现问题时须填写协调解决的措施' }]);
    expect((await visit(yanghe, { visitDate: '2026-06-16' })).errors[0]).toMatchObject({ field: 'visitDate', code: 'OUT_OF_RANGE' });
    const notEnum = await yanghe(VISIT, { i: { personId: p.partly.id, visitDate: '2026-06-14', visitor: '李建国', condition: 'UNKNOWN' } });
    expect(notEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT'); // not in the PersonCondition enum
    expect((await visit(lijun, {})).errors[0]).toMatchObject({ field: 'personId', code: 'NOT_FOUND' });
    expect((await visit(yanghe, { personId: p.central.id })).errors[0]).toMatchObject({ field: 'personId', code: 'INVALID_STATE' });
    expect((await visit(yanghe, { problems: '屋顶漏雨', helpArranged: '已报镇危房改造' })).ok).toBe(true);
    all = await sched();
    expect(all[p.partly.id]).toMatchObject({ lastVisit: '2026-06-14', nextDue: '2026-07-14', overdue: false, daysOverdue: 0 });
    expect(Object.keys(await sched(true))).toEqual([p.old.id]);
    expect((await s.gql(VISITS_BY)).data.visitsByTownship).toEqual([{ townshipCode: '640121100', dispersed: 2, overdue: 1 }]);
    expect((await yanghe(VISITS, { p: p.partly.id })).data.careVisits).toEqual([
      { visitDate: '2026-06-14', visitor: '王太村 李建国', condition: 'FAIR', problems: '屋顶漏雨', helpArranged: '已报镇危房改造', createdBy: 'yanghe' },
    ]);
    expect((await lijun(VISITS, { p: p.partly.id })).data.careVisits).toEqual([]);
  });
  it('exports the 集中供养, agreement and visit lists to Excel with the rows and masking of the screen, scoped to the township', async () => {
    const tokens = new Map<string, string>();
    const token = async (u: string) => {
      if (!tokens.has(u)) tokens.set(u, (await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p: TEST_PASSWORD })).data.login.token as string);
      return tokens.get(u)!;
    };
    const sheet = async (u: string, list: string) => {
      const res = await fetch(`${s.url}/api/exports/loops/${list}.xlsx`, { headers: { authorization: `Bearer ${await token(u)}` } });
      expect(res.status).toBe(200);
      return xlsxRows(res);
    };
    const screen = {
      'central-care': (await s.gql(CENTRAL, {})).data.centralCare as any[],
      'care-agreements': (await s.gql(AGREEMENTS, { p: false })).data.careAgreements as any[],
      visits: (await s.gql(SCHEDULE, { o: false })).data.visitSchedule as any[],
    };
    const ids = (rows: any[]) => rows.map((r) => r.idNumber ?? r['身份证号']).sort();
    const full = (await s.gql(`query { tekunPersons(first: 50) { edges { node { id idNumber } } } }`)).data.tekunPersons.edges.map((e: any) => e.node);
    for (const list of ['central-care', 'care-agreements', 'visits'] as const) {
      const county = await sheet('county', list);
      expect(county.length).toBeGreaterThan(0);
      const expected = screen[list].map((r) => full.find((f: any) => f.id === r.personId)!.idNumber).sort();
      expect(ids(county)).toEqual(expected);
      expect(ids(await sheet('office', list))).toEqual(expected.map(maskIdNumber).sort());
      expect(await sheet('lijun', list)).toEqual([]);
    }
  });
});
