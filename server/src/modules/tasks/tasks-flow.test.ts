import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type Gql, type TestServer } from '../../test-support/harness.js';
import { ASSIGNMENT, M, codeOf, findAssignment, listAssignments, must } from '../../test-support/tasks.js';

// The status flow NOT_STARTED → IN_PROGRESS → CLOSE_REQUESTED → CLOSED (or back), and who may take each step.
const YANGHE = '640121100';
const LIJUN = '640121101';
let s: TestServer;
let u: Record<string, Gql>;
const clock = new MutableClock(new Date('2020-12-22T10:00:00+08:00'));

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 365 * 20 } });
  u = { anon: s.anon };
  for (const n of ['admin', 'county', 'office', 'auditor', 'renshe', 'minzheng', 'yanghe', 'lijun', 'tuanjie', 'huangyangtan']) u[n] = await s.as(n);
});
afterAll(async () => s?.stop());

describe(`who sees which rows, on ${TEST_DB_KIND}`, () => {
  it.each([
    ['county', 99], ['office', 99], ['auditor', 99], ['admin', 99], ['renshe', 1], ['minzheng', 8], ['yanghe', 12],
    ['tuanjie', 10], ['huangyangtan', 0],
  ])('%s sees %i assignments', async (who, n) => {
    const rows = await listAssignments(u[who]!, {}, 'unit { code }');
    expect(rows).toHaveLength(n);
  });

  it('confines a unit to its own rows in lists, filters, single reads and bulletins', async () => {
    const rows = await listAssignments(u.yanghe!, {}, 'unit { code }');
    expect(rows.every((r) => r.unit.code === YANGHE)).toBe(true);
    expect(await listAssignments(u.yanghe!, { unitCode: LIJUN }, 'id')).toEqual([]);
    const foreign = await findAssignment(s.gql, 1, LIJUN);
    // another unit's row answers as a missing one (issue 13)
    expect((await u.yanghe!(`query($id: ID!) { assignment(id: $id) { id } }`, { id: foreign.id })).data.assignment).toBeNull();
    expect((await u.renshe!(`query($id: ID!) { assignment(id: $id) { id } }`, { id: foreign.id })).data.assignment).toBeNull();
    expect((await u.county!(`query($id: ID!) { assignment(id: $id) { id } }`, { id: foreign.id })).data.assignment.id).toBe(foreign.id);
    expect((await s.gql(`{ assignment(id: "999999") { id } }`)).data.assignment).toBeNull();
    const bulletin = (await u.yanghe!(`{ bulletin(month: "2020-12") { units { unit { code } } } }`)).data.bulletin;
    expect(bulletin.units.map((x: any) => x.unit.code)).toEqual([YANGHE]);
  });

  it('refuses anonymous callers, and reporters without tasks:read nothing else', async () => {
    expect(codeOf(await u.anon!(`{ assignments { totalCount } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await u.anon!(`{ plans { id } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await u.anon!(M.request, { id: '1', v: 1 }))).toBe('UNAUTHENTICATED');
    // a unit reporter has no ledger access
    expect(codeOf(await u.renshe!(`{ households(first: 1) { totalCount } }`))).toBe('FORBIDDEN');
  });

  it('pages through the board in a stable order', async () => {
    const q = `query($a: String) { assignments(first: 40, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id measure { no } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await s.gql(q, { a: after })).data.assignments;
      expect(page.totalCount).toBe(99);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(99);
    expect(new Set(seen).size).toBe(99);
    const all = await listAssignments(s.gql, {}, 'id measure { no }');
    expect(all.map((r) => r.id)).toEqual(seen);
    expect(all.map((r) => r.measure.no)).toEqual([...all.map((r) => r.measure.no)].sort((a, b) => a - b));
  });
});

describe(`the status flow, on ${TEST_DB_KIND}`, () => {
  it('takes a bureau\'s row from not started to closed, through a sending back', async () => {
    let a = await findAssignment(u.renshe!, 4, 'RSJ');
    expect(a).toMatchObject({ status: 'NOT_STARTED', version: 1, reports: [], events: [] });
    expect(codeOf(await u.renshe!(M.request, { id: a.id, v: a.version }))).toBe('INVALID_STATE');
    expect(codeOf(await u.renshe!(M.report, { id: a.id, v: a.version, t: '   ' }))).toBe('BAD_USER_INPUT');

    a = await must(u.renshe!, M.report, { id: a.id, v: a.version, t: '已与民政局比对返岗复工信息 126 条' });
    expect(a).toMatchObject({ status: 'IN_PROGRESS', version: 2, lastReport: { period: '2020-12', reporter: 'renshe', text: '已与民政局比对返岗复工信息 126 条' } });
    expect(a.events.map((e: any) => [e.kind, e.fromStatus, e.toStatus])).toEqual([['REPORTED', 'NOT_STARTED', 'IN_PROGRESS']]);
    expect(a.events[0].reportId).toBe(a.lastReport.id);

    expect(codeOf(await u.renshe!(M.approve, { id: a.id, v: a.version }))).toBe('FORBIDDEN');
    a = await must(u.renshe!, M.request, { id: a.id, v: a.version });
    expect(a).toMatchObject({ status: 'CLOSE_REQUESTED', version: 3 });
    expect(codeOf(await u.renshe!(M.request, { id: a.id, v: a.version }))).toBe('INVALID_STATE');

    expect(codeOf(await u.office!(M.reject, { id: a.id, v: a.version, r: ' ' }))).toBe('BAD_USER_INPUT');
    a = await must(u.office!, M.reject, { id: a.id, v: a.version, r: '请补充人社部门核对记录' });
    expect(a).toMatchObject({ status: 'IN_PROGRESS', rejectionCount: 1, escalated: false });
    expect(a.events.at(-1)).toMatchObject({ kind: 'CLOSE_REJECTED', actor: 'office', text: '请补充人社部门核对记录', fromStatus: 'CLOSE_REQUESTED', toStatus: 'IN_PROGRESS' });

    a = await must(u.renshe!, M.report, { id: a.id, v: a.version, t: '已补充核对记录' });
    a = await must(u.renshe!, M.request, { id: a.id, v: a.version });
    a = await must(u.office!, M.approve, { id: a.id, v: a.version });
    expect(a).toMatchObject({ status: 'CLOSED', closedBy: 'office', overdue: false, escalated: false, dueDate: null });
    expect(a.closedAt).toBeTruthy();
    expect(a.events.map((e: any) => e.kind)).toEqual(['REPORTED', 'CLOSE_REQUESTED', 'CLOSE_REJECTED', 'REPORTED', 'CLOSE_REQUESTED', 'CLOSE_APPROVED']);
    expect(a.reports.map((r: any) => r.text)).toEqual(['已补充核对记录', '已与民政局比对返岗复工信息 126 条']);

    for (const q of [M.report, M.request]) expect(codeOf(await u.renshe!(q, { id: a.id, v: a.version, t: 'x' }))).toBe('INVALID_STATE');
    expect(codeOf(await u.office!(M.urge, { id: a.id, v: a.version }))).toBe('INVALID_STATE');
    expect(codeOf(await u.office!(M.approve, { id: a.id, v: a.version }))).toBe('INVALID_STATE');

    // every step is in the audit trail, with who did it
    const audit = (await u.auditor!(`query($id: String) { auditEvents(where: { entityType: "assignment", entityId: $id }, first: 50) { edges { node { actor field after } } } }`, { id: a.id })).data.auditEvents.edges.map((e: any) => e.node);
    const statusSteps = audit.filter((e: any) => e.field === 'status').map((e: any) => `${e.actor}:${JSON.parse(e.after)}`).reverse();
    expect(statusSteps).toEqual(['renshe:IN_PROGRESS', 'renshe:CLOSE_REQUESTED', 'office:IN_PROGRESS', 'renshe:CLOSE_REQUESTED', 'office:CLOSED']);
    expect(audit.filter((e: any) => e.field === 'report')).toHaveLength(2);
  });

  it('lets a unit act only on its own rows, and only the office decide', async () => {
    const own = await findAssignment(s.gql, 1, YANGHE);
    const foreign = await findAssignment(s.gql, 1, LIJUN);
    const bureau = await findAssignment(s.gql, 6, 'CZJ');
    const expectCode = async (who: string, q: string, a: any, code: string, extra: Record<string, unknown> = {}) =>
      expect(codeOf(await u[who]!(q, { id: a.id, v: a.version, t: '进展', r: '原因', ...extra })), `${who}`).toBe(code);
    // rows of another unit answer as missing ones; rows the caller sees but may not act on are FORBIDDEN
    await expectCode('yanghe', M.report, foreign, 'NOT_FOUND');
    await expectCode('yanghe', M.request, foreign, 'NOT_FOUND');
    await expectCode('renshe', M.report, bureau, 'NOT_FOUND');
    await expectCode('minzheng', M.report, bureau, 'NOT_FOUND');
    await expectCode('office', M.report, own, 'FORBIDDEN');
    await expectCode('county', M.report, own, 'FORBIDDEN');
    await expectCode('auditor', M.report, own, 'FORBIDDEN');
    await expectCode('huangyangtan', M.report, own, 'NOT_FOUND'); // another unit's row

    const mine = await must(u.yanghe!, M.report, { id: own.id, v: own.version, t: '杨和镇新增单人保对象3人' });
    const asked = await must(u.yanghe!, M.request, { id: mine.id, v: mine.version });
    // those who see the row may not decide (FORBIDDEN); to other units it is as missing (NOT_FOUND)
    for (const [who, code] of [['yanghe', 'FORBIDDEN'], ['lijun', 'NOT_FOUND'], ['county', 'FORBIDDEN'], ['auditor', 'FORBIDDEN'], ['renshe', 'NOT_FOUND']]) {
      await expectCode(who!, M.approve, asked, code!);
      await expectCode(who!, M.reject, asked, code!);
      await expectCode(who!, M.urge, asked, code!);
    }
    // the admin may do everything
    const back = await must(u.admin!, M.reject, { id: asked.id, v: asked.version, r: '缺少民主评议记录' });
    expect(back).toMatchObject({ status: 'IN_PROGRESS', rejectionCount: 1 });
    const fin = await must(u.admin!, M.report, { id: back.id, v: back.version, t: '管理员代报' });
    expect(fin.lastReport.reporter).toBe('admin');
    // the sub-district reports for itself
    const sub = await findAssignment(s.gql, 2, '640121001');
    expect((await must(u.tuanjie!, M.report, { id: sub.id, v: sub.version, t: '街道渐退期名单已建立' })).status).toBe('IN_PROGRESS');
  });

  it('answers a stale version with VERSION_CONFLICT on every mutation', async () => {
    let a = await findAssignment(s.gql, 3, LIJUN);
    a = await must(u.lijun!, M.report, { id: a.id, v: a.version, t: '第一次' });
    const stale = a.version - 1;
    for (const [who, q] of [['lijun', M.report], ['lijun', M.request], ['office', M.approve], ['office', M.reject], ['office', M.urge]] as const) {
      const res = await u[who]!(q, { id: a.id, v: stale, t: '过期', r: '过期' });
      expect(codeOf(res), q.slice(0, 30)).toBe('VERSION_CONFLICT');
      expect(res.errors![0]!.extensions!.currentVersion).toBe(a.version);
    }
    // two writers with the same version: one wins, the other conflicts
    const both = await Promise.all([
      u.lijun!(M.report, { id: a.id, v: a.version, t: '并发一' }),
      u.lijun!(M.report, { id: a.id, v: a.version, t: '并发二' }),
    ]);
    expect(both.map(codeOf).sort()).toEqual(['OK', 'VERSION_CONFLICT']);
    const now = await findAssignment(s.gql, 3, LIJUN);
    expect(now.version).toBe(a.version + 1);
    expect(now.reports).toHaveLength(2);
  });

  it('shows the office\'s urge to the unit as a notice until it reports', async () => {
    let a = await findAssignment(s.gql, 9, YANGHE);
    a = await must(u.office!, M.urge, { id: a.id, v: a.version, t: '请于本周内报送一老一小关爱进展' });
    expect(a.notice).toMatchObject({ kind: 'URGED', text: '请于本周内报送一老一小关爱进展', actor: 'office' });
    const seen = await findAssignment(u.yanghe!, 9, YANGHE);
    expect(seen.notice.text).toBe('请于本周内报送一老一小关爱进展');
    expect(seen.status).toBe('NOT_STARTED');
    // urging again replaces the notice; a default text when none is given
    a = await must(u.office!, M.urge, { id: a.id, v: a.version });
    expect(a.notice.text).toBe('请抓紧推进，并及时报送进展情况');
    a = await must(u.yanghe!, M.report, { id: a.id, v: a.version, t: '已电话联系特困人员42人' });
    expect(a.notice).toBeNull();
    expect(a.events.map((e: any) => e.kind)).toEqual(['URGED', 'URGED', 'REPORTED']);
  });
});

describe(`evidence files, on ${TEST_DB_KIND}`, () => {
  it('keeps uploaded files and serves them to those who may read the row', async () => {
    const a = await findAssignment(s.gql, 8, 'WJJ');
    const weijian = await s.as('weijian');
    const pdf = Buffer.from('%PDF-1.4 评估结果汇总表 ' + 'x'.repeat(2000));
    const saved = await must(weijian, M.report, { id: a.id, v: a.version, t: '完成生活自理能力评估', e: [
      { fileName: 'C:\\docs\\评估汇总.pdf', base64: pdf.toString('base64') },
      { fileName: 'photo.png', contentType: 'image/png', base64: Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64') },
    ] });
    const files = saved.lastReport.evidence;
    expect(files.map((f: any) => [f.fileName, f.contentType, f.size])).toEqual([['评估汇总.pdf', 'application/pdf', pdf.length], ['photo.png', 'image/png', 4]]);
    expect(files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    const token = (await s.anon(`mutation { login(username: "weijian", password: "test-password-1") { token } }`)).data.login.token;
    const got = await fetch(`${s.url}${files[0].url}`, { headers: { authorization: `Bearer ${token}` } });
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
    expect(got.headers.get('content-disposition')).toContain("filename*=UTF-8''%E8%AF%84%E4%BC%B0%E6%B1%87%E6%80%BB.pdf");
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    const officeToken = (await s.anon(`mutation { login(username: "office", password: "test-password-1") { token } }`)).data.login.token;
    expect((await fetch(`${s.url}${files[0].url}`, { headers: { authorization: `Bearer ${officeToken}` } })).status).toBe(200);
    const otherToken = (await s.anon(`mutation { login(username: "yanghe", password: "test-password-1") { token } }`)).data.login.token;
    expect((await fetch(`${s.url}${files[0].url}`, { headers: { authorization: `Bearer ${otherToken}` } })).status).toBe(404); // another unit's file answers as a missing one
    expect((await fetch(`${s.url}${files[0].url}`)).status).toBe(401);
    expect((await fetch(`${s.url}/api/evidence/999999`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
  });

  it('refuses a file over the size cap, and bad base64', async () => {
    const small = await startTestServer({ tasks: { evidenceMaxBytes: 1024 } });
    try {
      const g = await small.as('weijian');
      const a = await findAssignment(g, 8, 'WJJ');
      const big = await g(M.report, { id: a.id, v: a.version, t: '附件太大', e: [{ fileName: 'big.pdf', base64: Buffer.alloc(2048, 1).toString('base64') }] });
      expect(codeOf(big)).toBe('FILE_TOO_LARGE');
      const bad = await g(M.report, { id: a.id, v: a.version, t: '坏附件', e: [{ fileName: 'x.pdf', base64: '@@@' }] });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect((await findAssignment(g, 8, 'WJJ')).reports).toEqual([]);
    } finally {
      await small.stop();
    }
  });
});

describe(`report periods, on ${TEST_DB_KIND}`, () => {
  it('checks the period: YYYY-MM, not before the plan, not in the future', async () => {
    const a = await findAssignment(u.yanghe!, 12, YANGHE);
    for (const p of ['2020-13', '2020/12', '2020-11', '2021-01']) {
      expect(codeOf(await u.yanghe!(M.report, { id: a.id, v: a.version, t: '监测', p })), p).toBe('BAD_USER_INPUT');
    }
    const ok = await must(u.yanghe!, M.report, { id: a.id, v: a.version, t: '12月监测台账已更新', p: '2020-12' });
    expect(ok.lastReport.period).toBe('2020-12');
    void ASSIGNMENT;
  });
});
