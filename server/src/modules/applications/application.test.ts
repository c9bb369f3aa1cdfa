import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, TEST_PASSWORD, type Gql, type TestServer } from '../../test-support/harness.js';
import { china, makeHousehold, person } from '../../test-support/assistance-kit.js';

// 申请→审批 over the real GraphQL server: the steps in order, the 公示 period and its objections, the county's decision
// creating the 低保 case / 特困 person, each refusal with its code and zh-CN message, scope, versions, audit, files.
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
let yanghe: Gql;
let minning: Gql;

export const APP = `id kind householdId memberId dibaoKind applicantName appliedOn reasons stage dueDate overdue incomePerCapita noticeStart noticeEndDate
  openObjections decidedOn decidedBy amount startMonth rejectReason dibaoCaseId tekunPersonId version`;
const RESULT = `ok errors { field code message } application { ${APP} } conflict { id version stage }`;
const CREATE = `mutation($i: CreateApplicationInput!) { createApplication(input: $i) { ${RESULT} } }`;
const STEP = `mutation($i: RecordApplicationStepInput!) { recordApplicationStep(input: $i) { ${RESULT} } }`;
const OBJECT = `mutation($i: RecordObjectionInput!) { recordApplicationObjection(input: $i) { ${RESULT} } }`;
const ANSWER = `mutation($i: AnswerObjectionInput!) { answerApplicationObjection(input: $i) { ${RESULT} } }`;
const DECIDE = `mutation($i: DecideApplicationInput!) { decideApplication(input: $i) { ${RESULT} } }`;
const LIST = `query($w: ApplicationWhere, $first: Int, $after: String) { applications(where: $w, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id stage overdue householdId } } } }`;
const DETAIL = `query($id: ID!) { application(id: $id) { application { id stage } steps { step date people incomePerCapita dataSources assetFlags passed noticeDays noticeEnd files { id fileName url } }
  objections { id objector content answer } timeline { date kind title detail actor files { fileName } } } }`;

const errs = (r: any) => (r.errors ? r.errors.map((e: any) => `GQL:${e.extensions?.code}`) : r.data[Object.keys(r.data)[0]!].errors.map((e: any) => `${e.field}:${e.code}`));
const out = (r: any) => r.data[Object.keys(r.data)[0]!];

const CHECK = { step: 'ECONOMIC_CHECK', date: '2026-06-03', people: ['马建军'], incomePerCapita: 5000, dataSources: ['公安', '不动产登记'], assetFlags: [] };
const VISIT = { step: 'HOME_VISIT', date: '2026-06-05', people: ['马建军', '李芳'], result: '住房简陋，家中无劳动力' };
const REVIEW = { step: 'DEMOCRATIC_REVIEW', date: '2026-06-08', people: ['村民代表7人'], passed: true, result: '一致同意' };
const NOTICE = { step: 'PUBLIC_NOTICE', date: '2026-06-10', noticeDays: 7, place: '王太村村务公开栏' };

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 400 } });
  yanghe = await s.as('yanghe');
  minning = await s.as('minning');
});
afterAll(async () => s?.stop());

async function apply(gql: Gql, over: Record<string, unknown> = {}, hh: Record<string, unknown> = {}) {
  const h = await makeHousehold(s.gql, hh);
  const r = await gql(CREATE, { i: { kind: 'DIBAO', householdId: h.id, applicantName: '马文学', appliedOn: '2026-06-01', reasons: ['EPIDEMIC'], ...over } });
  expect(errs(r)).toEqual([]);
  return { h, a: out(r).application };
}

async function step(gql: Gql, a: { id: string; version: number }, input: Record<string, unknown>) {
  const r = await gql(STEP, { i: { applicationId: a.id, version: a.version, ...input } });
  expect(errs(r)).toEqual([]);
  return out(r).application;
}

/** An application through all four steps, notice started on `noticeDate`. */
async function throughNotice(over: Record<string, unknown> = {}, check: Record<string, unknown> = {}, noticeDate = '2026-06-01') {
  clock.set(china('2026-06-15T10:00:00'));
  const { h, a } = await apply(yanghe, { appliedOn: '2026-05-20', ...over });
  let x = await step(yanghe, a, { ...CHECK, date: '2026-05-21', ...check });
  x = await step(yanghe, x, { ...VISIT, date: '2026-05-22' });
  x = await step(yanghe, x, { ...REVIEW, date: '2026-05-25' });
  x = await step(yanghe, x, { ...NOTICE, date: noticeDate });
  return { h, a: x };
}

describe(`applications on ${TEST_DB_KIND}`, () => {
  it('takes a 低保 application from 申请 to an approved case, refusing each step out of order with its own code', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const { h, a } = await apply(yanghe);
    expect(a).toMatchObject({ stage: 'ECONOMIC_CHECK', dueDate: '2026-07-01', overdue: false, reasons: ['EPIDEMIC'], dibaoKind: 'HOUSEHOLD' });
    const early = await yanghe(STEP, { i: { applicationId: a.id, version: a.version, ...REVIEW } });
    expect(errs(early)).toEqual(['step:STEP_OUT_OF_ORDER']);
    expect(out(early).errors[0].message).toBe('尚未完成“家庭经济状况核对”、“入户调查”，不能登记“民主评议”（须依次完成：核对→入户调查→民主评议→公示）');
    const noSources = await yanghe(STEP, { i: { applicationId: a.id, version: a.version, ...CHECK, dataSources: [] } });
    expect(out(noSources).errors).toEqual([{ field: 'dataSources', code: 'REQUIRED', message: '家庭经济状况核对须登记核对的数据来源（如公安、不动产、人社、银行）' }]);
    const future = await yanghe(STEP, { i: { applicationId: a.id, version: a.version, ...CHECK, date: '2026-06-16' } });
    expect(errs(future)).toEqual(['date:OUT_OF_RANGE']);
    const checked = await step(yanghe, a, CHECK);
    expect(checked).toMatchObject({ stage: 'HOME_VISIT', incomePerCapita: 5000 });
    // A stale version is a conflict with the current record; a second check is out of order.
    const stale = await yanghe(STEP, { i: { applicationId: a.id, version: a.version, ...VISIT } });
    expect(errs(stale)).toEqual(['version:VERSION_CONFLICT']);
    expect(out(stale).conflict).toMatchObject({ id: a.id, version: checked.version, stage: 'HOME_VISIT' });
    expect(out(await yanghe(STEP, { i: { applicationId: a.id, version: checked.version, ...CHECK } })).errors[0]).toMatchObject({ code: 'STEP_OUT_OF_ORDER', message: '家庭经济状况核对已登记，不能重复登记' });
    const alone = await yanghe(STEP, { i: { applicationId: a.id, version: checked.version, ...VISIT, people: ['马建军'] } });
    expect(out(alone).errors).toEqual([{ field: 'people', code: 'REQUIRED', message: '入户调查须至少 2 名调查人员，本次登记 1 名' }]);
    const visited = await step(yanghe, checked, VISIT);
    const reviewed = await step(yanghe, visited, REVIEW);
    expect(reviewed.stage).toBe('PUBLIC_NOTICE');
    const short = await yanghe(STEP, { i: { applicationId: a.id, version: reviewed.version, ...NOTICE, noticeDays: 5 } });
    expect(out(short).errors).toEqual([{ field: 'noticeDays', code: 'OUT_OF_RANGE', message: '公示期不得少于 7 天（最多 60 天），本次 5 天' }]);
    const noticed = await step(yanghe, reviewed, NOTICE);
    expect(noticed).toMatchObject({ stage: 'PUBLIC_NOTICE', noticeStart: '2026-06-10', noticeEndDate: '2026-06-16' });

    // The township may not decide; the county may not approve before the notice is over.
    const byTownship = await yanghe(DECIDE, { i: { applicationId: a.id, version: noticed.version, approve: true, amount: 500, startMonth: '2026-07' } });
    expect(out(byTownship).errors).toEqual([{ field: 'id', code: 'FORBIDDEN', message: '审批由县民政局进行，乡镇(街道)不能操作' }]);
    const tooEarly = await s.gql(DECIDE, { i: { applicationId: a.id, version: noticed.version, approve: true, amount: 500, startMonth: '2026-07' } });
    expect(out(tooEarly).errors).toEqual([{ field: 'applicationId', code: 'NOTICE_PERIOD_NOT_OVER',
      message: '公示期尚未结束：自 2026-06-10 起公示 7 天，至 2026-06-16 结束，2026-06-17 起方可审批' }]);
    // An objection during the notice holds the decision until it is answered.
    const objected = out(await yanghe(OBJECT, { i: { applicationId: a.id, version: noticed.version, objector: '王某', content: '该户有一辆面包车', receivedOn: '2026-06-12' } })).application;
    expect(objected.openObjections).toBe(1);
    clock.set(china('2026-06-17T09:00:00'));
    let v = objected.version;
    const held = await s.gql(DECIDE, { i: { applicationId: a.id, version: v, approve: true, amount: 500, startMonth: '2026-07' } });
    expect(out(held).errors).toEqual([{ field: 'applicationId', code: 'NOTICE_PERIOD_NOT_OVER', message: '公示期内有 1 条异议尚未答复，答复后方可审批' }]);
    expect((await s.gql(LIST, { w: { step: 'PUBLIC_NOTICE', householdId: h.id } })).data.applications.totalCount).toBe(1);
    // the kind filter (a field of the application's table): a 低保 application is not a 特困 one
    expect((await s.gql(LIST, { w: { kind: 'DIBAO', householdId: h.id } })).data.applications.totalCount).toBe(1);
    expect((await s.gql(LIST, { w: { kind: 'TEKUN', householdId: h.id } })).data.applications.totalCount).toBe(0);
    const d0 = (await yanghe(DETAIL, { id: a.id })).data.application;
    const answered = out(await yanghe(ANSWER, { i: { applicationId: a.id, version: v, objectionId: d0.objections[0].id, answer: '经核实为借用车辆，已说明', answeredOn: '2026-06-16' } })).application;
    expect(answered).toMatchObject({ stage: 'DECISION', openObjections: 0 });
    v = answered.version;
    expect((await s.gql(LIST, { w: { step: 'DECISION', householdId: h.id } })).data.applications.totalCount).toBe(1);
    const noAmount = await s.gql(DECIDE, { i: { applicationId: a.id, version: v, approve: true, startMonth: '2026-07' } });
    expect(out(noAmount).errors).toEqual([{ field: 'amount', code: 'REQUIRED', message: '批准低保须填写月保障金（元，大于 0）' }]);
    const ok = out(await s.gql(DECIDE, { i: { applicationId: a.id, version: v, approve: true, amount: 500, startMonth: '2026-07' } }));
    expect(ok.errors).toEqual([]);
    expect(ok.application).toMatchObject({ stage: 'APPROVED', decidedOn: '2026-06-17', decidedBy: 'county', amount: 500, startMonth: '2026-07' });
    const cases = (await yanghe(`query($h: ID) { dibaoCases(where: { householdId: $h }) { edges { node { id state startDate monthlyAmount kind } } } }`, { h: h.id })).data.dibaoCases.edges;
    expect(cases.map((e: any) => e.node)).toEqual([{ id: ok.application.dibaoCaseId, state: 'ACTIVE', startDate: '2026-07-01', monthlyAmount: 500, kind: 'HOUSEHOLD' }]);
    // A second decision, or a step after it, is ALREADY_DECIDED.
    const again = await s.gql(DECIDE, { i: { applicationId: a.id, version: ok.application.version, approve: false, reason: '重复' } });
    expect(out(again).errors[0]).toMatchObject({ code: 'ALREADY_DECIDED', message: '该申请已于 2026-06-17 由县民政局批准，不能再变更；如情况变化请重新登记申请' });
    expect(errs(await yanghe(OBJECT, { i: { applicationId: a.id, version: ok.application.version, objector: '张三', content: 'x' } }))).toEqual(['applicationId:ALREADY_DECIDED']);

    // The timeline, oldest first, and the audit trail of every write.
    const d = (await yanghe(DETAIL, { id: a.id })).data.application;
    expect(d.timeline.map((e: any) => `${e.date} ${e.title}`)).toEqual([
      '2026-06-01 登记申请', '2026-06-03 家庭经济状况核对', '2026-06-05 入户调查', '2026-06-08 民主评议', '2026-06-10 公示',
      '2026-06-12 公示异议', '2026-06-16 异议答复', '2026-06-17 县级审批：批准']);
    expect(d.steps[3]).toMatchObject({ noticeDays: 7, noticeEnd: '2026-06-16' });
    const audit = (await s.gql(`query($id: String) { auditEvents(first: 50, where: { entityType: "assistance_application", entityId: $id }) { edges { node { action field actor } } } }`, { id: a.id })).data.auditEvents.edges.map((e: any) => e.node);
    expect(audit.map((x: any) => `${x.action}:${x.field ?? ''}:${x.actor}`).reverse()).toEqual([
      'CREATE::yanghe', 'UPDATE:step:yanghe', 'UPDATE:step:yanghe', 'UPDATE:step:yanghe', 'UPDATE:step:yanghe', 'UPDATE:objection:yanghe',
      'UPDATE:objectionAnswer:yanghe', 'UPDATE:decision:county']);
  });

  it('refuses an approval above the 低保标准 (not for 单人保), and records a rejection with its reason', async () => {
    // 2026 rural standard (demo) 580 元/月 = 6960 元/年
    const { h, a } = await throughNotice({}, { incomePerCapita: 7000 });
    clock.set(china('2026-06-20T10:00:00'));
    const above = await s.gql(DECIDE, { i: { applicationId: a.id, version: a.version, approve: true, amount: 300, startMonth: '2026-07' } });
    expect(out(above).errors).toEqual([{ field: 'applicationId', code: 'INCOME_ABOVE_STANDARD',
      message: '核对的家庭人均收入 7000 元/年（583.33 元/月）高于 2026 年农村低保标准 580 元/人·月，不能批准（单人保除外）' }]);
    // The refusal rolled everything back: no case, the application still awaits the decision.
    expect((await s.gql(`query($h: ID) { dibaoCases(where: { householdId: $h }) { totalCount } }`, { h: h.id })).data.dibaoCases.totalCount).toBe(0);
    const noReason = await s.gql(DECIDE, { i: { applicationId: a.id, version: a.version, approve: false } });
    expect(out(noReason).errors).toEqual([{ field: 'reason', code: 'REQUIRED', message: '不予批准理由不能为空' }]);
    const rejected = out(await s.gql(DECIDE, { i: { applicationId: a.id, version: a.version, approve: false, reason: '家庭人均收入高于低保标准' } })).application;
    expect(rejected).toMatchObject({ stage: 'REJECTED', rejectReason: '家庭人均收入高于低保标准' });
    // The household keeps its history and may apply again.
    expect((await yanghe(LIST, { w: { householdId: h.id } })).data.applications.edges.map((e: any) => e.node.stage)).toEqual(['REJECTED']);
    const again = await yanghe(CREATE, { i: { kind: 'DIBAO', householdId: h.id, applicantName: '马文学' } });
    expect(errs(again)).toEqual([]);
    expect(errs(await yanghe(CREATE, { i: { kind: 'DIBAO', householdId: h.id, applicantName: '马文学' } }))).toEqual(['householdId:APPLICATION_OPEN']);

    // 单人保: the household's income does not count.
    const members = [person('马大山', '19600101', { relation: 'HEAD' }), person('马小花', '19900101', { relation: 'DAUGHTER', disabilityGrade: 'GRADE_1', disabilityType: 'INTELLECTUAL' })];
    const sh = await makeHousehold(s.gql, {}, members);
    const single = out(await yanghe(CREATE, { i: { kind: 'DIBAO', householdId: sh.id, memberId: sh.members[1]!.id, dependsOnFamily: true, applicantName: '马大山', appliedOn: '2026-05-20' } })).application;
    expect(single.dibaoKind).toBe('SINGLE_PERSON');
    let x = await step(yanghe, single, { ...CHECK, date: '2026-05-21', incomePerCapita: 20000 });
    x = await step(yanghe, x, { ...VISIT, date: '2026-05-22' });
    x = await step(yanghe, x, { ...REVIEW, date: '2026-05-25' });
    x = await step(yanghe, x, { ...NOTICE, date: '2026-06-01' });
    const ok = out(await s.gql(DECIDE, { i: { applicationId: x.id, version: x.version, approve: true, amount: 400, startMonth: '2026-07' } }));
    expect(ok.errors).toEqual([]);
    expect(ok.application.dibaoCaseId).toBeTruthy();
  });

  it('approves a 特困 application into a 特困 person (support mode and carer required)', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const h = await makeHousehold(s.gql, {}, [person('杨老汉', '19450101', { relation: 'HEAD' })]);
    expect(errs(await yanghe(CREATE, { i: { kind: 'TEKUN', householdId: h.id, applicantName: '杨老汉' } }))).toEqual(['memberId:REQUIRED']);
    const a = out(await yanghe(CREATE, { i: { kind: 'TEKUN', householdId: h.id, memberId: h.members[0]!.id, applicantName: '杨老汉', appliedOn: '2026-05-20' } })).application;
    let x = await step(yanghe, a, { ...CHECK, date: '2026-05-21', incomePerCapita: 20000 });
    x = await step(yanghe, x, { ...VISIT, date: '2026-05-22' });
    x = await step(yanghe, x, { ...REVIEW, date: '2026-05-25' });
    x = await step(yanghe, x, { ...NOTICE, date: '2026-06-01' });
    const noMode = await s.gql(DECIDE, { i: { applicationId: x.id, version: x.version, approve: true, startMonth: '2026-07' } });
    expect(errs(noMode)).toEqual(['supportMode:REQUIRED']);
    const ok = out(await s.gql(DECIDE, { i: { applicationId: x.id, version: x.version, approve: true, startMonth: '2026-07', supportMode: 'DISPERSED', careProviderOrg: '杨和镇敬老院' } }));
    expect(ok.errors).toEqual([]);
    const p = (await s.gql(`query($h: String) { tekunPersons(where: { search: $h }) { edges { node { id startDate supportMode } } } }`, { h: h.code })).data.tekunPersons.edges[0].node;
    expect(p).toEqual({ id: ok.application.tekunPersonId, startDate: '2026-07-01', supportMode: 'DISPERSED' });
  });

  it('confines townships to their own applications; direct enrolment is the county\'s only', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const { h, a } = await apply(yanghe);
    expect((await minning(DETAIL, { id: a.id })).data.application).toBeNull();
    expect((await minning(LIST, { w: {} })).data.applications.edges.some((e: any) => e.node.id === a.id)).toBe(false);
    expect((await minning(LIST, { w: { regionCode: '640121100' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errs(await minning(STEP, { i: { applicationId: a.id, version: a.version, ...CHECK } }))).toEqual(['applicationId:NOT_FOUND']);
    expect(errs(await minning(CREATE, { i: { kind: 'DIBAO', householdId: h.id, applicantName: 'x' } }))).toEqual(['householdId:NOT_FOUND']);
    const enrol = await yanghe(`mutation($h: ID!) { enrolDibao(input: { householdId: $h, monthlyAmount: 300 }) { ok errors { field code message } } }`, { h: h.id });
    expect(out(enrol).errors).toEqual([{ field: 'id', code: 'FORBIDDEN', message: '纳入低保须经申请审批：乡镇(街道)请登记申请（createApplication），审批由县民政局进行，乡镇(街道)不能操作' }]);
    const h2 = await makeHousehold(s.gql, {}, [person('杨二', '19500101', { relation: 'HEAD' })]);
    const tekun = await yanghe(`mutation($m: ID!) { enrolTekun(input: { memberId: $m, supportMode: CENTRALISED, careProviderOrg: "敬老院" }) { ok errors { code } } }`, { m: h2.members[0]!.id });
    expect(out(tekun).errors).toEqual([{ code: 'FORBIDDEN' }]);
    // Hostile ids and bounds.
    expect(errs(await yanghe(STEP, { i: { applicationId: 'abc', version: 1, ...CHECK } }))).toEqual(['applicationId:NOT_FOUND']);
    expect(errs(await yanghe(CREATE, { i: { kind: 'DIBAO', householdId: h.id, applicantName: '马'.repeat(51) } }))).toEqual(['applicantName:TOO_LONG']);
    expect(errs(await yanghe(STEP, { i: { applicationId: a.id, version: a.version, ...CHECK, incomePerCapita: -1 } }))).toEqual(['incomePerCapita:OUT_OF_RANGE']);
    expect(errs(await yanghe(STEP, { i: { applicationId: a.id, version: a.version, ...CHECK, people: Array.from({ length: 31 }, (_, i) => `人${i}`) } }))).toEqual(['people:OUT_OF_RANGE']);
  });

  it('dates the decision and lists the overdue applications', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const { a } = await apply(yanghe, { appliedOn: '2026-05-01' });
    expect(a).toMatchObject({ dueDate: '2026-05-31', overdue: true });
    const { a: fresh } = await apply(yanghe, { appliedOn: '2026-06-10' });
    const overdue = (await yanghe(LIST, { w: { overdue: true }, first: 500 })).data.applications.edges.map((e: any) => e.node.id);
    expect(overdue).toContain(a.id);
    expect(overdue).not.toContain(fresh.id);
    const p1 = (await yanghe(LIST, { first: 1 })).data.applications;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await yanghe(LIST, { first: 1, after: p1.pageInfo.endCursor })).data.applications;
    expect(Number(p2.edges[0].node.id)).toBeLessThan(Number(p1.edges[0].node.id));
    expect((await yanghe(LIST, { first: 501 })).errors?.[0]?.extensions?.code).toBe('OUT_OF_RANGE');
  });

  it('keeps evidence files per step, downloadable inside the township only', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const token = async (u: string) => (await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p: TEST_PASSWORD })).data.login.token as string;
    const yt = await token('yanghe');
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('核对报告内容')], { type: 'text/plain' }), '核对报告.txt');
    const up = await fetch(`${s.url}/api/evidence`, { method: 'POST', headers: { authorization: `Bearer ${yt}` }, body: form });
    expect(up.status).toBe(201);
    const fileId = ((await up.json()) as { files: { id: string }[] }).files[0]!.id;
    const { a } = await apply(yanghe);
    // Another township cannot record a step on it (a missing application to them).
    expect(errs(await minning(STEP, { i: { applicationId: a.id, version: a.version, ...CHECK } }))).toEqual(['applicationId:NOT_FOUND']);
    const x = await step(yanghe, a, { ...CHECK, evidenceIds: [fileId] });
    // An upload id attaches once; used again it answers as a missing one.
    expect(errs(await yanghe(STEP, { i: { applicationId: a.id, version: x.version, ...VISIT, evidenceIds: [fileId] } }))).toEqual(['evidenceIds:NOT_FOUND']);
    const d = (await yanghe(DETAIL, { id: a.id })).data.application;
    const f = d.steps[0].files[0];
    expect(f.fileName).toBe('核对报告.txt');
    expect(d.timeline[1].files).toEqual([{ fileName: '核对报告.txt' }]);
    const got = await fetch(`${s.url}${f.url}`, { headers: { authorization: `Bearer ${yt}` } });
    expect(got.status).toBe(200);
    expect(await got.text()).toBe('核对报告内容');
    expect((await fetch(`${s.url}${f.url}`, { headers: { authorization: `Bearer ${await token('minning')}` } })).status).toBe(404);
    expect((await fetch(`${s.url}${f.url}`)).status).toBe(401);
  });

  it('lists 渐退 candidates above the standard and 因疫 households below it with no case and no open application', async () => {
    clock.set(china('2026-06-15T10:00:00'));
    const SAVE = `mutation($rows: [MonthlyCheckInput!]!) { saveMonthlyChecks(rows: $rows) { ok errors { field code message } } }`;
    const check = (householdId: string, wages: number) => ({ householdId, month: '2026-06', visitDate: '2026-06-05', visitor: '李建国', incomeWages: wages, incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0,
      foodOk: true, clothingOk: true, schoolingOk: true, medicalInsuranceOk: true, housingGrade: 'A', waterOk: true });
    const ENROL = `mutation($h: ID!) { enrolDibao(input: { householdId: $h, monthlyAmount: 300 }) { ok dibaoCase { id } } }`;
    const rich = await makeHousehold(s.gql);
    const poor = await makeHousehold(s.gql);
    const richCase = out(await s.gql(ENROL, { h: rich.id })).dibaoCase.id;
    await s.gql(ENROL, { h: poor.id });
    expect(out(await yanghe(SAVE, { rows: [check(rich.id, 7000), check(poor.id, 6960)] }))[0].errors).toEqual([]);
    const cands = (await yanghe(`{ gradualExitCandidates { householdId caseId checkMonth incomePerCapita monthlyIncome area standard idNumber } }`)).data.gradualExitCandidates;
    expect(cands.find((c: any) => c.householdId === rich.id)).toMatchObject({ caseId: richCase, checkMonth: '2026-06', incomePerCapita: 7000, monthlyIncome: 583.33, area: 'RURAL', standard: 580 });
    expect(cands.some((c: any) => c.householdId === poor.id)).toBe(false); // exactly the standard is not above it
    expect((await minning(`{ gradualExitCandidates { householdId } }`)).data.gradualExitCandidates.some((c: any) => c.householdId === rich.id)).toBe(false);

    const epi = await makeHousehold(s.gql, { riskTypes: ['EPIDEMIC'], incomePerCapita: 3000 });
    const epiRich = await makeHousehold(s.gql, { riskTypes: ['EPIDEMIC'], incomePerCapita: 9000 });
    const UNCOVERED = `{ epidemicUncovered { householdId incomePerCapita standard } }`;
    let list = (await yanghe(UNCOVERED)).data.epidemicUncovered.map((r: any) => r.householdId);
    expect(list).toContain(epi.id);
    expect(list).not.toContain(epiRich.id);
    await yanghe(CREATE, { i: { kind: 'DIBAO', householdId: epi.id, applicantName: '马文学' } });
    list = (await yanghe(UNCOVERED)).data.epidemicUncovered.map((r: any) => r.householdId);
    expect(list).not.toContain(epi.id);
  });

  it('lets exactly one of concurrent decisions with the same version through', async () => {
    const { h, a } = await throughNotice();
    clock.set(china('2026-06-20T10:00:00'));
    const tries = await Promise.all(Array.from({ length: 6 }, (_, i) => s.gql(DECIDE, { i: { applicationId: a.id, version: a.version, approve: i % 2 === 0, amount: 300, startMonth: '2026-07', reason: '并发' } })));
    const oks = tries.map(out).filter((r: any) => r.ok);
    expect(oks).toHaveLength(1);
    for (const r of tries.map(out).filter((x: any) => !x.ok)) expect(['VERSION_CONFLICT', 'ALREADY_DECIDED', 'ALREADY_ENROLLED']).toContain(r.errors[0].code);
    const cases = (await s.gql(`query($h: ID) { dibaoCases(where: { householdId: $h }) { totalCount } }`, { h: h.id })).data.dibaoCases.totalCount;
    expect(cases).toBe(oks[0].application.stage === 'APPROVED' ? 1 : 0);
    const decisions = (await s.gql(`query($id: String) { auditEvents(first: 50, where: { entityType: "assistance_application", entityId: $id }) { edges { node { field } } } }`, { id: a.id }))
      .data.auditEvents.edges.filter((e: any) => e.node.field === 'decision');
    expect(decisions).toHaveLength(1);
  });
});
