import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { china, makeHousehold, person, type Made } from '../../test-support/assistance-kit.js';
import { FINDINGS, RUN, VERIFY, fifteen, findingsOf, loadSource, makeXId } from '../../test-support/comparison-kit.js';
import { breakCheck } from '../../test-support/fixtures.js';

// Matching edge cases (15-digit numbers, lower-case x, repeats in the file, deleted households), re-runs and reloads,
// verification (results, actions, evidence, versions), scope by township, masking and the record of unmasked reads,
// the import wizard's path (POST /api/imports, target=comparison) and the bulletin section.

const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
let yh: Made; // 杨和镇
let lj: Made; // 李俊镇
let gone: Made; // deleted from the ledger
let xId: string;

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 400 } });
  xId = makeXId('19660606');
  yh = await makeHousehold(s.gql, {}, [person('马德福', '19500101'), { name: '马秀英', idNumber: xId, relation: 'SPOUSE' }]);
  lj = await makeHousehold(s.gql, { regionCode: '640121101200', address: '李俊镇西邵村' }, [person('杨立国', '19580808')]);
  gone = await makeHousehold(s.gql, {}, [person('海文', '19710707')]);
  expect((await s.gql('mutation($ids: [ID!]!) { deleteHouseholds(ids: $ids) { ok } }', { ids: [gone.id] })).data.deleteHouseholds[0].ok).toBe(true);
});
afterAll(async () => {
  await s?.stop();
});

const death = (id: string, name: string, d = '2026-05-01') => ({ idNumber: id, name, deathDate: d });

describe(`comparison flow on ${TEST_DB_KIND}`, () => {
  it('matches 15-digit numbers and lower-case x; repeats in the file load once; deleted households match (name check) but are no ledger finding', async () => {
    const head = yh.members[0]!;
    const r = await loadSource(s.gql, 'DEATH', [
      death(fifteen(head.idNumber), head.name), death(xId.toLowerCase(), '马秀英'), death(xId.toLowerCase(), '马秀英'),
      death(gone.members[0]!.idNumber, '海 雯'), death(breakCheck(lj.members[0]!.idNumber), '杨立国'),
    ], { atomic: false });
    expect(r).toMatchObject({ ok: true, rows: 5, valid: 4, invalid: 1 });
    expect(r.errors).toEqual([{ row: 5, field: 'idNumber', code: 'INVALID_ID_NUMBER', message: '身份证号校验位不正确' }]);
    expect(r.warnings).toEqual([{ row: 3, field: 'idNumber', code: 'DUPLICATE_IN_FILE', message: '与第 2 行完全相同，只载入一次' }]);
    expect(r.source).toMatchObject({ rowCount: 3, duplicateRows: 1, matchedRows: 3 });
    const fs = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(fs.map((f) => [f.rule, f.personName]).sort()).toEqual([['DECEASED_IN_LEDGER', '马德福'], ['DECEASED_IN_LEDGER', '马秀英'], ['NAME_MISMATCH', '海雯']]);
    expect(fs.find((f) => f.personName === '马秀英').idNumber).toBe(xId);
  });

  it('an atomic load with an invalid row loads nothing; a bad kind, date or row count is refused with its code', async () => {
    const r = await loadSource(s.gql, 'DEATH', [death('123', '某人'), death(lj.members[0]!.idNumber, '杨立国', '不是日期')]);
    expect(r).toMatchObject({ ok: false, source: null, invalid: 2 });
    expect(r.errors.map((e: any) => [e.row, e.field, e.code])).toEqual([[1, 'idNumber', 'INVALID_ID_NUMBER'], [2, 'deathDate', 'INVALID_VALUE']]);
    const future = await s.gql(`mutation { loadComparisonSource(input: { kind: DEATH, asOf: "2027-01-01" }, rows: []) { ok } }`);
    expect(future.errors?.[0]?.extensions?.code).toBe('OUT_OF_RANGE');
    const office = await s.as('office');
    const refused = await office(`mutation { loadComparisonSource(input: { kind: DEATH, asOf: "2026-01-01" }, rows: []) { ok } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('re-runs and reloads do not duplicate an open or 不属实 finding; a 属实 one is raised again; a superseded load cannot run', async () => {
    const rows = [death(lj.members[0]!.idNumber, '杨立国')];
    const first = await loadSource(s.gql, 'DEATH', rows);
    const [f] = await findingsOf(s.gql, { sourceId: first.source.id });
    expect(f).toMatchObject({ rule: 'DECEASED_IN_LEDGER', townshipCode: '640121101', state: 'OPEN' });
    const again = await s.gql(RUN, { id: first.source.id });
    expect(again.data.runComparison).toMatchObject({ status: 'MATCHED', findingCount: 0 });
    const second = await loadSource(s.gql, 'DEATH', rows);
    expect(second.source.findingCount).toBe(0);
    const old = await s.gql(RUN, { id: first.source.id });
    expect(old.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    const sources = await s.gql('{ comparisonSources { id superseded kind } }');
    expect(sources.data.comparisonSources.find((x: any) => x.id === first.source.id).superseded).toBe(true);
    // 不属实: still not raised again
    const lijun = await s.as('lijun');
    const v = await lijun(VERIFY, { input: { findingId: f.id, version: f.version, result: 'REJECTED', note: '入户核实本人健在，系公安数据错误' } });
    expect(v.data.verifyFinding).toMatchObject({ ok: true, finding: { state: 'REJECTED', verifiedBy: 'lijun', version: 2 } });
    expect((await s.gql(RUN, { id: second.source.id })).data.runComparison.findingCount).toBe(0);
  });

  it('verification: scope, version, 属实 needs an action and its record, 不属实 a note; evidence kept and served to the township only', async () => {
    const r = await loadSource(s.gql, 'VEHICLE', [{ idNumber: yh.members[0]!.idNumber, name: '马得福', plate: '宁A77777' }]);
    const [f] = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(f).toMatchObject({ rule: 'NAME_MISMATCH', townshipCode: '640121100' });
    const lijun = await s.as('lijun');
    const yanghe = await s.as('yanghe');
    const auditor = await s.as('auditor');
    expect((await lijun(VERIFY, { input: { findingId: f.id, version: 1, result: 'REJECTED', note: 'x' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await auditor(VERIFY, { input: { findingId: f.id, version: 1, result: 'REJECTED', note: 'x' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await yanghe(VERIFY, { input: { findingId: f.id, version: 9, result: 'REJECTED', note: 'x' } })).errors?.[0]?.extensions?.code).toBe('VERSION_CONFLICT');
    const noAction = await yanghe(VERIFY, { input: { findingId: f.id, version: 1, result: 'CONFIRMED' } });
    expect(noAction.data.verifyFinding).toMatchObject({ ok: false, errors: [{ field: 'action', code: 'REQUIRED' }] });
    const noNote = await yanghe(VERIFY, { input: { findingId: f.id, version: 1, result: 'REJECTED' } });
    expect(noNote.data.verifyFinding.errors[0]).toMatchObject({ field: 'note', code: 'REQUIRED' });
    const wrongRef = await yanghe(VERIFY, { input: { findingId: f.id, version: 1, result: 'CONFIRMED', action: 'LEDGER_EDIT', actionRef: lj.id } });
    expect(wrongRef.data.verifyFinding.errors[0]).toMatchObject({ field: 'actionRef', code: 'NOT_FOUND' });
    // an application (申请) named as the action must exist and be the household's own
    const noApp = await yanghe(VERIFY, { input: { findingId: f.id, version: 1, result: 'CONFIRMED', action: 'APPLICATION', actionRef: '999999' } });
    expect(noApp.data.verifyFinding.errors[0]).toMatchObject({ field: 'actionRef', code: 'NOT_FOUND' });
    const ok = await yanghe(VERIFY, { input: { findingId: f.id, version: 1, result: 'CONFIRMED', action: 'LEDGER_EDIT', actionRef: yh.id, note: '户主姓名录错，已更正',
      evidence: [{ fileName: '核查记录.txt', contentType: 'text/plain', base64: Buffer.from('入户核查记录').toString('base64') }] } });
    expect(ok.data.verifyFinding).toMatchObject({ ok: true, finding: { state: 'CONFIRMED', action: 'LEDGER_EDIT', actionRef: yh.id } });
    const ev = ok.data.verifyFinding.finding.evidence[0];
    expect(ev).toMatchObject({ fileName: '核查记录.txt', size: 18 });
    const get = (token: string) => fetch(`${s.url}${ev.url}`, { headers: { authorization: `Bearer ${token}` } });
    const login = async (u: string) => (await s.anon(`mutation { login(username: "${u}", password: "test-password-1") { token } }`)).data.login.token as string;
    const mine = await get(await login('yanghe'));
    expect(mine.status).toBe(200);
    expect(await mine.text()).toBe('入户核查记录');
    expect((await get(await login('lijun'))).status).toBe(404);
    expect((await fetch(`${s.url}${ev.url}`)).status).toBe(401);
    const twice = await yanghe(VERIFY, { input: { findingId: f.id, version: 2, result: 'REJECTED', note: 'x' } });
    expect(twice.data.verifyFinding.errors[0]).toMatchObject({ code: 'INVALID_STATE' });
    // a 属实 finding is raised again by the next run (the situation persists)
    expect((await s.gql(RUN, { id: r.source.id })).data.runComparison.findingCount).toBe(1);
  });

  it('township staff see their own queue; without pii:read ID numbers and health data are masked; unmasked reads are recorded', async () => {
    const yanghe = await s.as('yanghe');
    const mine = await findingsOf(yanghe, {});
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((f) => f.townshipCode))).toEqual(new Set(['640121100']));
    const foreign = await yanghe(FINDINGS, { where: { regionCode: '640121101' } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const r = await loadSource(s.gql, 'DISABILITY', [{ idNumber: yh.members[0]!.idNumber, name: '马德福', certificateType: '肢体', disabilityGrade: '一级' }]);
    const office = await s.as('office');
    const q = `query($id: ID!) { comparisonFinding(id: $id) { idNumber sourceRow { field value } ledger { idNumber name householdCode dibao } } }`;
    const [f] = await findingsOf(s.gql, { sourceId: r.source.id, rule: 'SINGLE_PERSON_DISABILITY' });
    const masked = (await office(q, { id: f.id })).data.comparisonFinding;
    expect(masked.idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(masked.ledger).toMatchObject({ name: '马德福', dibao: 'NONE', idNumber: masked.idNumber });
    expect(masked.sourceRow.find((c: any) => c.field === 'disabilityGrade').value).toBe('（无权查看）');
    const full = (await s.gql(q, { id: f.id })).data.comparisonFinding;
    expect(full.idNumber).toBe(yh.members[0]!.idNumber);
    expect(full.sourceRow.find((c: any) => c.field === 'disabilityGrade').value).toBe('一级');
    const admin = await s.as('admin');
    const log = await admin(`{ piiAccessEvents(first: 20) { edges { node { actor entityType entityIds } } } }`);
    expect(log.data.piiAccessEvents.edges.map((e: any) => e.node), JSON.stringify(log.data.piiAccessEvents.edges.slice(0, 4))).toContainEqual({ actor: 'county', entityType: 'comparison_finding', entityIds: [f.id] });
  });

  it('the county sees findings per township and rule (open, overdue); overdue filter; the bulletin section', async () => {
    clock.set(china('2026-07-20T10:00:00'));
    try {
      const sum = (await s.gql('{ comparisonSummary { townshipCode rule total open overdue confirmed rejected } }')).data.comparisonSummary;
      const lj = sum.find((x: any) => x.townshipCode === '640121101' && x.rule === 'DECEASED_IN_LEDGER');
      expect(lj).toMatchObject({ total: 1, open: 0, rejected: 1 });
      const yhRow = sum.find((x: any) => x.townshipCode === '640121100' && x.rule === 'DECEASED_IN_LEDGER');
      expect(yhRow).toMatchObject({ open: 2, overdue: 2 });
      const overdue = await findingsOf(s.gql, { overdue: true, rule: 'DECEASED_IN_LEDGER' });
      expect(overdue.every((f) => f.overdue && f.state === 'OPEN')).toBe(true);
      expect(overdue).toHaveLength(2);
      const b = await s.gql('{ bulletin(month: "2026-06") { month comparison { raised verified confirmed open overdue rows { townshipCode rule open overdue } } } }');
      expect(b.errors).toBeUndefined();
      expect(b.data.bulletin.comparison).toMatchObject({ verified: 2, confirmed: 1 });
      expect(b.data.bulletin.comparison.raised).toBeGreaterThanOrEqual(6);
    } finally {
      clock.set(china('2026-06-15T10:00:00'));
    }
  });
});
