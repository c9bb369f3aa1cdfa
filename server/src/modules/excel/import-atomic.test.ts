// Accountability rows imported atomically: one transaction for the whole file, so a row the service refuses only at
// write time rolls back every row before it (SQLite and PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MutableClock, startTestServer, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../test-support/harness.js';

let s: TestServer;
const clock = new MutableClock(new Date('2026-06-15T08:00:00Z'));
let bearer = '';

async function upload(csv: string, fields: Record<string, string>): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [k, v] of Object.entries({ target: 'assignments', ...fields })) form.append(k, v);
  form.append('file', new Blob([csv]), 'a.csv');
  const res = await fetch(`${s.url}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${bearer}` } });
  return { status: res.status, body: await res.json() };
}

const STATE = `{ assignments(first: 50) { edges { node { measure { no } unit { code } status version events { kind } reports { text } } } } }`;
async function czj(): Promise<Record<number, any>> {
  const res = await s.gql(STATE);
  const rows = res.data.assignments.edges.map((e: any) => e.node).filter((n: any) => n.unit.code === 'CZJ');
  return Object.fromEntries(rows.map((n: any) => [n.measure.no, n]));
}
async function auditCount(): Promise<number> {
  const res = await s.gql(`{ auditEvents(where: { entityType: "assignment" }, first: 500) { edges { node { id } } } }`);
  return res.data.auditEvents.edges.length;
}

beforeAll(async () => {
  s = await startTestServer({ clock });
  const res = await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'caizheng', p: TEST_PASSWORD });
  bearer = res.data.login.token;
});
afterAll(async () => {
  await s?.stop();
});

// Row 2 asks to close measure 5 (in progress): fine. Row 3 reports on measure 6, which the service refuses only when
// writing: with the clock before the plan was issued (2020-12-16), the report's month precedes the plan.
const FILE = '措施序号,责任单位,状态,进展情况\n5,财政局,申请销号,\n6,财政局,推进中,已完成摸底排查\n';

describe(`POST /api/imports — accountability rows, atomic (${TEST_DB_KIND})`, () => {
  it('an atomic commit writes every row in one transaction', async () => {
    const ok = await upload('措施序号,责任单位,进展情况\n5,财政局,已拨付乡镇备用金\n7,财政局,已落实委托照料经费\n', { mode: 'commit', atomic: 'true' });
    expect(ok.body).toMatchObject({ rows: 2, valid: 2, invalid: 0, updated: 2, committed: true, errors: [] });
    const st = await czj();
    expect([st[5].status, st[7].status, st[6].status]).toEqual(['IN_PROGRESS', 'IN_PROGRESS', 'NOT_STARTED']);
    expect(st[5].reports.map((r: any) => r.text)).toEqual(['已拨付乡镇备用金']);
  });

  it('a row refused at write time rolls back the rows before it: nothing changes, the report names the row', async () => {
    const before = await czj();
    const audits = await auditCount();
    clock.set('2020-11-20T08:00:00Z');
    try {
      const dry = await upload(FILE, { mode: 'dry-run' });
      expect(dry.body).toMatchObject({ rows: 2, valid: 2, invalid: 0, updated: 2, errors: [] });
      const res = await upload(FILE, { mode: 'commit', atomic: 'true' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ rows: 2, valid: 1, invalid: 1, updated: 0, unchanged: 0, committed: false, changeSet: null });
      expect(res.body.errors).toEqual([{
        row: 3, column: 'D', field: 'lastReportText', code: 'BAD_USER_INPUT',
        message: '报送期间 2020-11 早于方案印发（2020-12-16）（整个文件已回滚：按“全部或全不”导入，其余 1 行也未写入）',
      }]);
      // row 2's close-off request, its timeline event and its audit row are gone with the rest
      expect(await czj()).toEqual(before);
      expect(await auditCount()).toBe(audits);

      // not atomic: each row on its own; row 2 is written, row 3 reported
      const part = await upload(FILE, { mode: 'commit', atomic: 'false' });
      expect(part.body).toMatchObject({ rows: 2, valid: 1, invalid: 1, updated: 1, committed: true });
      expect(part.body.errors).toEqual([{ row: 3, column: 'D', field: 'lastReportText', code: 'BAD_USER_INPUT', message: '报送期间 2020-11 早于方案印发（2020-12-16）' }]);
      const after = await czj();
      expect(after[5]).toMatchObject({ status: 'CLOSE_REQUESTED', version: before[5].version + 1 });
      // (the timeline is oldest first, and the clock now stands before the earlier report)
      expect(after[5].events.map((e: any) => e.kind).sort()).toEqual([...before[5].events.map((e: any) => e.kind), 'CLOSE_REQUESTED'].sort());
      expect(after[6]).toEqual(before[6]);
      expect(await auditCount()).toBe(audits + 1);
    } finally {
      clock.set('2026-06-15T08:00:00Z');
    }
  });
});
