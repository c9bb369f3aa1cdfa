// Issue 11: a households sheet with a 家庭人口 column. The dry run and the commit decide the mapping in one place and
// agree (4 valid rows, 1 invalid, whether the mapping is the server's or sent back by the wizard); valid-only mode
// imports exactly the valid rows and answers the real counts; new households get the ledger's YN… codes; a 家庭人口
// that differs from the members imported is reported as a warning, in the report and in the error sheet.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../test-support/harness.js';
import { householdInput, makeId } from '../../test-support/fixtures.js';

let s: TestServer;
let bearer = '';
let sheet: Uint8Array;

const NAMES = ['郝一', '郝二', '郝三', '郝四', '郝五'];

async function upload(fields: Record<string, string>): Promise<any> {
  const form = new FormData();
  for (const [k, v] of Object.entries({ target: 'households', category: 'MONITORED', ...fields })) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(sheet)]), '家庭人口.xlsx');
  const res = await fetch(`${s.url}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${bearer}` } });
  expect(res.status).toBe(200);
  return res.json();
}

async function households(): Promise<any[]> {
  const res = await s.gql(`query($n: [String!]) { households(where: { headName: { in: $n } }, first: 50) { edges { node { code headName memberCount } } } }`, { n: NAMES });
  return res.data.households.edges.map((e: any) => e.node).sort((a: any, b: any) => a.headName.localeCompare(b.headName, 'zh'));
}

beforeAll(async () => {
  s = await startTestServer();
  const login = await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'county', p: TEST_PASSWORD });
  bearer = login.data.login.token;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['户主姓名', '户主身份证号', '所在村(社区)', '家庭人口', '人均纯收入']);
  ws.addRow([NAMES[0], makeId('19600101'), '杨和镇 王太村', 1, 5800]);
  ws.addRow([NAMES[1], makeId('19610101'), '杨和镇 王太村', 5, 6100]);
  ws.addRow([NAMES[2], makeId('19620101'), '杨和镇 王太村', '3', 6200]);
  ws.addRow([NAMES[3], makeId('19630101'), '杨和镇 王太村', null, 6300]);
  ws.addRow([NAMES[4], '640121196401011234', '杨和镇 王太村', 2, 6400]);
  for (const c of ['B']) ws.getColumn(c).numFmt = '@';
  sheet = new Uint8Array(await wb.xlsx.writeBuffer());
});
afterAll(async () => {
  await s?.stop();
});

const summary = (b: any) => ({ rows: b.rows, valid: b.valid, invalid: b.invalid, created: b.created, updated: b.updated, unchanged: b.unchanged });
const problems = (list: any[]) => list.map((e) => [e.row, e.column, e.code]);

describe(`POST /api/imports — a 家庭人口 column (${TEST_DB_KIND})`, () => {
  it('the mapping says 家庭人口 is not imported and why; dry run and commit agree; YN codes; member counts reported', async () => {
    const dry = await upload({ mode: 'dry-run' });
    expect(summary(dry)).toEqual({ rows: 5, valid: 4, invalid: 1, created: 4, updated: 0, unchanged: 0 });
    const countCol = dry.columns.find((c: any) => c.header === '家庭人口');
    expect(countCol).toMatchObject({ letter: 'D', field: null, known: 'memberCount', reason: '家庭人口由家庭成员自动计算，仅用于核对' });
    expect(dry.fields.map((f: any) => f.field)).not.toContain('memberCount');
    expect(problems(dry.errors)).toEqual([[6, 'B', 'INVALID_ID_NUMBER']]);
    expect(problems(dry.warnings)).toEqual([[3, 'D', 'MEMBER_COUNT_MISMATCH'], [4, 'D', 'MEMBER_COUNT_MISMATCH']]);
    expect(dry.warnings[0].message).toBe('家庭人口填写为5，实际导入成员1人（导入只登记户主，其他成员请在台账中补录）');

    // The wizard sends the mapping back as shown, even naming memberCount for the column (as it once did): the same
    // decision, the same counts.
    const shown = Object.fromEntries(dry.columns.map((c: any) => [String(c.index), c.field]));
    const again = await upload({ mode: 'dry-run', mapping: JSON.stringify({ ...shown, 4: 'memberCount' }) });
    expect(summary(again)).toEqual(summary(dry));
    expect(again.columns.find((c: any) => c.letter === 'D')).toMatchObject({ field: null, reason: countCol.reason });
    expect(problems(again.warnings)).toEqual(problems(dry.warnings));
    // a field that does not exist is still refused, by name
    const bad = await upload({ mode: 'dry-run', mapping: JSON.stringify({ 4: 'noSuchField' }) });
    expect(bad.errors.map((e: any) => e.message)).toEqual(['映射中的字段“noSuchField”不存在']);

    // all or nothing: refused with the real count and the list
    const atomic = await upload({ mode: 'commit', atomic: 'true', mapping: JSON.stringify({ ...shown, 4: 'memberCount' }) });
    expect(atomic).toMatchObject({ mode: 'commit', atomic: true, committed: false, valid: 4, invalid: 1, created: 0, changeSet: null });
    expect(problems(atomic.errors)).toEqual([[6, 'B', 'INVALID_ID_NUMBER']]);
    expect(await households()).toEqual([]);

    // valid rows only: exactly the 4 valid rows, the real counts, the list of the row left out and the warnings
    const commit = await upload({ mode: 'commit', atomic: 'false', mapping: JSON.stringify({ ...shown, 4: 'memberCount' }) });
    expect(commit).toMatchObject({ mode: 'commit', atomic: false, committed: true });
    expect(summary(commit)).toEqual(summary(dry));
    expect(problems(commit.errors)).toEqual(problems(dry.errors));
    expect(problems(commit.warnings)).toEqual(problems(dry.warnings));
    const made = await households();
    expect(made.map((h) => h.headName)).toEqual(NAMES.slice(0, 4).sort((a, b) => a.localeCompare(b, 'zh')));
    for (const h of made) {
      expect(h.code).toMatch(/^YN\d{7}$/);
      expect(h.memberCount).toBe(1);
    }

    // The ledger's createHouseholds continues the same sequence: one allocator.
    const res = await s.gql(`mutation($i: [HouseholdCreateInput!]!) { createHouseholds(input: $i) { ok household { code } } }`, { i: [householdInput()] });
    const last = Math.max(...made.map((h) => Number(h.code.slice(2))));
    expect(res.data.createHouseholds[0].household.code).toBe(`YN${String(last + 1).padStart(7, '0')}`);

    // The same sheet again: the households exist (matched by ID number), so the warning names the ledger's count.
    const second = await upload({ mode: 'dry-run' });
    expect(summary(second)).toEqual({ rows: 5, valid: 4, invalid: 1, created: 0, updated: 0, unchanged: 4 });
    expect(second.warnings.map((w: any) => w.message)).toContain('家庭人口填写为5，台账中该户现有成员1人（导入不改家庭成员）');

    // The error sheet shows the warnings beside the errors.
    const file = await fetch(`${s.url}/api/imports/${commit.importId}/errors.xlsx`, { headers: { authorization: `Bearer ${bearer}` } });
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('F1').value).toBe('错误说明');
    expect(String(ws.getCell('F3').value)).toBe('D列：提示：家庭人口填写为5，实际导入成员1人（导入只登记户主，其他成员请在台账中补录）');
    expect((ws.getCell('D3').fill as any).fgColor.argb).toBe('FFFFEB9C');
    expect(String(ws.getCell('F6').value)).toMatch(/^B列：户主身份证号/);
    expect(ws.getCell('F2').value).toBeNull();
  });
});
