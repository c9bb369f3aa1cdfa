import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { CASE_RESULT, CASE_FIELDS, china, makeHousehold, person } from '../../test-support/assistance-kit.js';

// 低保 (measures 1–2) over the real GraphQL server: 单人保, one active case, the gradual exit and its 18-month cap,
// leaving the next month, the list with months left, the above-the-line flag, scope, audit and masking.

const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;

const ENROL = `mutation($input: EnrolDibaoInput!) { enrolDibao(input: $input) { ${CASE_RESULT} } }`;
const EXIT = `mutation($input: StartGradualExitInput!) { startGradualExit(input: $input) { ${CASE_RESULT} } }`;
const END = `mutation($input: EndDibaoInput!) { endDibao(input: $input) { ${CASE_RESULT} } }`;
const EXITS = `query($r: String) { gradualExits(regionCode: $r) { ${CASE_FIELDS} } }`;
const ABOVE = `query($r: String) { dibaoAboveLine(regionCode: $r) { id householdId incomePerCapita aboveLine state } }`;
const CASES = `query($where: DibaoCaseWhere, $first: Int, $after: String) { dibaoCases(where: $where, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id state kind householdId } } } }`;

beforeAll(async () => {
  // Sessions outlive the clock moves of these tests.
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 400 } });
});
afterAll(async () => {
  await s?.stop();
});

async function enrolHousehold(over: Record<string, unknown> = {}) {
  const h = await makeHousehold(s.gql, over);
  const res = await s.gql(ENROL, { input: { householdId: h.id, startDate: '2025-01-01', monthlyAmount: 620 } });
  expect(res.errors).toBeUndefined();
  expect(res.data.enrolDibao.errors).toEqual([]);
  return { h, c: res.data.enrolDibao.dibaoCase };
}

const exit = (c: { id: string; version: number }, over: Record<string, unknown> = {}) =>
  s.gql(EXIT, { input: { caseId: c.id, version: c.version, startDate: '2026-06-01', noticeDate: '2026-06-01', noticeRef: '杨民渐〔2026〕12号', ...over } });

describe(`低保 on ${TEST_DB_KIND}`, () => {
  it('enrols a household; a second active case for it is refused', async () => {
    const { h, c } = await enrolHousehold();
    expect(c).toMatchObject({ kind: 'HOUSEHOLD', state: 'ACTIVE', startDate: '2025-01-01', monthlyAmount: 620, townshipCode: '640121100', version: 1 });
    const again = await s.gql(ENROL, { input: { householdId: h.id } });
    expect(again.data.enrolDibao).toMatchObject({ ok: false, dibaoCase: null });
    expect(again.data.enrolDibao.errors).toEqual([{ field: 'householdId', code: 'ALREADY_ENROLLED', message: expect.stringContaining('一户只能有一个在保案件') }]);
    // nor one of its members alone
    const single = await s.gql(ENROL, { input: { householdId: h.id, memberId: h.members[0]!.id, dependsOnFamily: true } });
    expect(single.data.enrolDibao.errors[0].code).toBe('SINGLE_PERSON_NOT_ELIGIBLE');
  });

  it('单人保: a severely disabled or seriously ill member who depends on the family; refused otherwise, naming the condition', async () => {
    const h = await makeHousehold(s.gql, {}, [
      person('马福海', '19600101', { health: 'CHRONIC_ILLNESS', disabilityType: 'PHYSICAL', disabilityGrade: 'GRADE_3' }),
      person('马小兰', '19900202', { relation: 'DAUGHTER', disabilityType: 'INTELLECTUAL', disabilityGrade: 'GRADE_1' }),
      person('马小军', '19920303', { relation: 'SON', health: 'SERIOUS_ILLNESS' }),
    ]);
    const [head, daughter, son] = h.members as any[];
    const bad = await s.gql(ENROL, { input: { householdId: h.id, memberId: head.id, dependsOnFamily: true } });
    expect(bad.data.enrolDibao.ok).toBe(false);
    expect(bad.data.enrolDibao.errors).toEqual([{
      field: 'memberId', code: 'SINGLE_PERSON_NOT_ELIGIBLE',
      message: '单人保仅适用于重度残疾（一级或二级）或患有重特大疾病、靠家庭供养的成员；马福海残疾等级为三级、健康状况为“长期慢性病”，不符合条件',
    }]);
    const notDependent = await s.gql(ENROL, { input: { householdId: h.id, memberId: daughter.id } });
    expect(notDependent.data.enrolDibao.errors).toEqual([{ field: 'dependsOnFamily', code: 'SINGLE_PERSON_NOT_ELIGIBLE', message: expect.stringContaining('靠家庭供养') }]);
    const ok = await s.gql(ENROL, { input: { householdId: h.id, memberId: daughter.id, dependsOnFamily: true } });
    expect(ok.data.enrolDibao.dibaoCase).toMatchObject({ kind: 'SINGLE_PERSON', memberId: daughter.id, memberName: '马小兰', idNumber: daughter.idNumber });
    const ill = await s.gql(ENROL, { input: { householdId: h.id, memberId: son.id, dependsOnFamily: true } });
    expect(ill.data.enrolDibao.ok).toBe(true);
    const twice = await s.gql(ENROL, { input: { householdId: h.id, memberId: daughter.id, dependsOnFamily: true } });
    expect(twice.data.enrolDibao.errors).toEqual([{ field: 'memberId', code: 'ALREADY_ENROLLED', message: expect.stringContaining('马小兰已有在保的单人保案件') }]);
    // the whole household cannot be enrolled on top of its members' single-person cases
    const whole = await s.gql(ENROL, { input: { householdId: h.id } });
    expect(whole.data.enrolDibao.errors[0].code).toBe('ALREADY_ENROLLED');
  });

  it('a gradual exit needs its start date and the formal written notice', async () => {
    const { c } = await enrolHousehold();
    for (const [field, over, msg] of [
      ['startDate', { startDate: null }, '渐退期开始日期不能为空'],
      ['noticeDate', { noticeDate: '' }, '书面告知日期（正式文书）不能为空'],
      ['noticeRef', { noticeRef: '  ' }, '书面告知文号（正式文书）不能为空'],
    ] as const) {
      const res = await exit(c, over);
      expect(res.data.startGradualExit.ok).toBe(false);
      expect(res.data.startGradualExit.errors).toEqual([{ field, code: 'REQUIRED', message: msg }]);
    }
    const bad = await exit(c, { startDate: '2026-02-30' });
    expect(bad.data.startGradualExit.errors).toEqual([{ field: 'startDate', code: 'INVALID_VALUE', message: '渐退期开始日期“2026-02-30”不是有效日期（格式 YYYY-MM-DD）' }]);
    const future = await exit(c, { noticeDate: '2026-06-16' });
    expect(future.data.startGradualExit.errors[0]).toMatchObject({ field: 'noticeDate', code: 'OUT_OF_RANGE' });
  });

  it('ends at most 18 months after the start: exactly 18 months is accepted, one day more is OUT_OF_RANGE', async () => {
    const { c } = await enrolHousehold();
    const over = await exit(c, { startDate: '2026-01-15', noticeDate: '2026-01-15', endDate: '2027-07-16' });
    expect(over.data.startGradualExit.ok).toBe(false);
    expect(over.data.startGradualExit.errors).toEqual([{
      field: 'endDate', code: 'OUT_OF_RANGE', message: '渐退期最长 18 个月：自 2026-01-15 起最晚至 2027-07-15，2027-07-16 超出期限',
    }]);
    const exact = await exit(c, { startDate: '2026-01-15', noticeDate: '2026-01-15', endDate: '2027-07-15' });
    expect(exact.data.startGradualExit.errors).toEqual([]);
    expect(exact.data.startGradualExit.dibaoCase).toMatchObject({
      state: 'GRADUAL_EXIT', exitStartDate: '2026-01-15', exitEndDate: '2027-07-15', noticeRef: '杨民渐〔2026〕12号',
      noticeStatus: 'ON_ENTRY', monthsLeft: 13, endsWithin3Months: false, version: 2,
    });
    // already in gradual exit
    const again = await exit(exact.data.startGradualExit.dibaoCase);
    expect(again.data.startGradualExit.errors).toEqual([{ field: 'caseId', code: 'INVALID_STATE', message: '该案件已在渐退期内' }]);
  });

  it('defaults the end to start + 18 months (clamped to the month end) and refuses a stale version', async () => {
    const { c } = await enrolHousehold();
    const stale = await exit({ ...c, version: 7 });
    expect(stale.data.startGradualExit.errors[0]).toMatchObject({ field: 'version', code: 'VERSION_CONFLICT' });
    expect(stale.data.startGradualExit.conflict).toEqual({ id: c.id, version: 1 });
    const res = await exit(c, { startDate: '2025-08-31', noticeDate: '2025-09-02' });
    expect(res.data.startGradualExit.dibaoCase).toMatchObject({ exitEndDate: '2027-02-28', noticeStatus: 'LATE' });
  });

  it('a gradual exit leaves the next month once income or work is stable, and by itself when its months run out', async () => {
    const { c } = await enrolHousehold();
    const started = (await exit(c, { startDate: '2025-01-10', noticeDate: '2025-01-10', endDate: '2026-07-10' })).data.startGradualExit.dibaoCase;
    expect(started).toMatchObject({ state: 'GRADUAL_EXIT', monthsLeft: 0, daysLeft: 25, endsWithin3Months: true });
    const noReason = await s.gql(END, { input: { caseId: c.id, version: started.version } });
    expect(noReason.data.endDibao.errors).toEqual([{ field: 'reason', code: 'REQUIRED', message: '退出原因不能为空' }]);
    const ended = await s.gql(END, { input: { caseId: c.id, version: started.version, reason: '就业已稳定' } });
    expect(ended.data.endDibao.dibaoCase).toMatchObject({ state: 'ENDED', endDate: '2026-07-01', endReason: '就业已稳定', exitEndDate: '2026-07-01' });
    const twice = await s.gql(END, { input: { caseId: c.id, version: ended.data.endDibao.dibaoCase.version, reason: 'x' } });
    expect(twice.data.endDibao.errors).toEqual([{ field: 'caseId', code: 'INVALID_STATE', message: '该案件已退出低保' }]);

    // Another one runs to its end: ENDED on read from its end date (the injected clock), and off the list.
    const { c: c2 } = await enrolHousehold();
    await exit(c2, { startDate: '2025-01-20', noticeDate: '2025-01-20', endDate: '2026-07-20' });
    const before = (await s.gql(EXITS, {})).data.gradualExits.map((x: any) => x.id);
    expect(before).toContain(c2.id);
    try {
      clock.set(china('2026-07-20T00:30:00'));
      const after = (await s.gql(EXITS, {})).data.gradualExits.map((x: any) => x.id);
      expect(after).not.toContain(c2.id);
      const list = await s.gql(CASES, { where: { householdId: c2.householdId } });
      expect(list.data.dibaoCases.edges[0].node).toMatchObject({ id: c2.id, state: 'ENDED' });
      const endedList = await s.gql(CASES, { where: { state: 'ENDED', householdId: c2.householdId } });
      expect(endedList.data.dibaoCases.totalCount).toBe(1);
      // a new case can be opened for the household once the old one has ended
      const again = await s.gql(ENROL, { input: { householdId: c2.householdId } });
      expect(again.data.enrolDibao.ok).toBe(true);
    } finally {
      clock.set(china('2026-06-15T10:00:00'));
    }
  });

  it('ending an active case sets the first day of the next month', async () => {
    const { c } = await enrolHousehold();
    const res = await s.gql(END, { input: { caseId: c.id, version: c.version, reason: '迁出本县' } });
    expect(res.data.endDibao.dibaoCase).toMatchObject({ state: 'ENDED', endDate: '2026-07-01' });
  });

  it('lists the township\'s gradual exits with months left and notice status, and township staff only see theirs', async () => {
    const { c } = await enrolHousehold();
    await exit(c, { startDate: '2026-05-01', noticeDate: '2026-05-03' });
    const { c: other } = await enrolHousehold({ regionCode: '640121101200', address: '李俊镇西邵村' });
    await exit(other, { startDate: '2026-05-01', noticeDate: '2026-05-01' });
    const yanghe = await s.as('yanghe');
    const mine = (await yanghe(EXITS, {})).data.gradualExits;
    expect(mine.every((x: any) => x.townshipCode === '640121100')).toBe(true);
    expect(mine.find((x: any) => x.id === c.id)).toMatchObject({ noticeStatus: 'LATE', noticeDate: '2026-05-03', monthsLeft: 16, exitEndDate: '2027-11-01' });
    expect(mine.some((x: any) => x.id === other.id)).toBe(false);
    const forbidden = await yanghe(EXITS, { r: '640121101' });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // and may not change another township's case
    const write = await yanghe(END, { input: { caseId: other.id, version: 2, reason: 'x' } });
    expect(write.data.endDibao.errors[0]).toMatchObject({ field: 'caseId', code: 'NOT_FOUND' }); // as a missing id
    // the county sees both
    const all = (await s.gql(EXITS, { r: '640121' })).data.gradualExits.map((x: any) => x.id);
    expect(all).toEqual(expect.arrayContaining([c.id, other.id]));
  });

  it('flags active household cases above the year\'s monitoring line, not those in gradual exit', async () => {
    const rich = await enrolHousehold({ incomePerCapita: 12000 });
    const poor = await enrolHousehold({ incomePerCapita: 3000 });
    const exiting = await enrolHousehold({ incomePerCapita: 15000 });
    await exit(exiting.c);
    const flagged = (await s.gql(ABOVE, {})).data.dibaoAboveLine;
    const ids = flagged.map((x: any) => x.id);
    expect(ids).toContain(rich.c.id);
    expect(ids).not.toContain(poor.c.id);
    expect(ids).not.toContain(exiting.c.id);
    expect(flagged.find((x: any) => x.id === rich.c.id)).toMatchObject({ aboveLine: true, state: 'ACTIVE', incomePerCapita: 12000 });
    const filtered = await s.gql(CASES, { where: { aboveLine: true }, first: 500 });
    expect(filtered.data.dibaoCases.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([rich.c.id]));
  });

  it('pages the cases newest first, masks ID numbers without pii:read, and audits every write', async () => {
    const p1 = await s.gql(CASES, { first: 2 });
    expect(p1.data.dibaoCases.edges).toHaveLength(2);
    expect(p1.data.dibaoCases.pageInfo.hasNextPage).toBe(true);
    const p2 = await s.gql(CASES, { first: 2, after: p1.data.dibaoCases.pageInfo.endCursor });
    expect(Number(p2.data.dibaoCases.edges[0].node.id)).toBeLessThan(Number(p1.data.dibaoCases.edges[1].node.id));
    const auditor = await s.as('auditor');
    const masked = await auditor(`query { dibaoCases(first: 1) { edges { node { idNumber } } } }`);
    expect(masked.data.dibaoCases.edges[0].node.idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const { c } = await enrolHousehold();
    await exit(c);
    const audit = await s.gql(`query { auditEvents(first: 20, where: { entityType: "dibao_case" }) { edges { node { action entityId field after actor } } } }`);
    expect(audit.errors).toBeUndefined();
    const mine = audit.data.auditEvents.edges.map((e: any) => e.node).filter((n: any) => n.entityId === c.id);
    expect(mine.map((n: any) => n.action)).toEqual(expect.arrayContaining(['CREATE', 'UPDATE']));
    expect(mine.find((n: any) => n.field === 'state')).toMatchObject({ after: '"GRADUAL_EXIT"', actor: 'county' });
  });

  it('refuses callers without ledger:write', async () => {
    const office = await s.as('office');
    const res = await office(ENROL, { input: { householdId: '1' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
