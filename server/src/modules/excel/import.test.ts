import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../test-support/harness.js';
import { householdInput, makeId } from '../../test-support/fixtures.js';

const FIX = fileURLToPath(new URL('../../../test-fixtures/excel/', import.meta.url));
const IDS = Object.fromEntries(readFileSync(`${FIX}src/ids.txt`, 'utf8').trim().split('\n').map((l) => l.split('=')));

let s: TestServer;
const tokens = new Map<string, string>();
async function token(user: string): Promise<string> {
  let t = tokens.get(user);
  if (!t) {
    const res = await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: user, p: TEST_PASSWORD });
    t = res.data.login.token as string;
    tokens.set(user, t);
  }
  return t;
}

interface Upload { file: string | { name: string; data: Uint8Array | string }; fields?: Record<string, string>; user?: string | null; accept?: string }
async function upload(u: Upload): Promise<{ status: number; body: any; text: string }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(u.fields ?? {})) form.append(k, v);
  const f = typeof u.file === 'string' ? { name: u.file, data: readFileSync(`${FIX}${u.file}`) } : u.file;
  form.append('file', new Blob([typeof f.data === "string" ? f.data : new Uint8Array(f.data)]), f.name);
  const headers: Record<string, string> = {};
  if (u.user !== null) headers.authorization = `Bearer ${await token(u.user ?? 'county')}`;
  if (u.accept) headers.accept = u.accept;
  const res = await fetch(`${s.url}/api/imports`, { method: 'POST', body: form, headers });
  const text = await res.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: res.status, body, text };
}
const codes = (body: any) => body.errors.map((e: any) => [e.row, e.column, e.code]);

async function householdsNamed(names: string[]): Promise<any[]> {
  const res = await s.gql(`query($n: [String!]) { households(where: { headName: { in: $n } }, first: 50) { edges { node { id code headName headIdNumber regionCode incomePerCapita riskTypes phone version category memberCount } } } }`, { n: names });
  return res.data.households.edges.map((e: any) => e.node);
}

beforeAll(async () => {
  s = await startTestServer();
  // The person of row 10 already belongs to a household in another village.
  const res = await s.gql(`mutation($i: [HouseholdCreateInput!]!) { createHouseholds(input: $i) { ok errors { code } } }`, {
    i: [householdInput({ regionCode: '640121100201' }, [
      { name: '周户主', idNumber: makeId('19600101'), relation: 'HEAD' }, { name: '周已登', idNumber: IDS.ID_DB, relation: 'SON' }])],
  });
  expect(res.data.createHouseholds[0].ok).toBe(true);
});
afterAll(async () => {
  await s?.stop();
});

const GOV_ERRORS = [
  [7, 'D', 'INVALID_ID_NUMBER'], [8, 'D', 'ID_NUMBER_SCIENTIFIC'], [9, 'D', 'DUPLICATE_IN_FILE'], [10, 'D', 'DUPLICATE_PERSON'],
  [11, 'F', 'AMBIGUOUS_PLACE'], [12, 'F', 'UNKNOWN_PLACE'],
];

describe(`POST /api/imports — households (${TEST_DB_KIND})`, () => {
  it('dry run of a government-style sheet: title rows, two-row merged header, every problem per row and cell', async () => {
    const { status, body } = await upload({ file: 'gov-ledger.xlsx', fields: { target: 'households', mode: 'dry-run', category: 'MONITORED' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ rows: 10, valid: 4, invalid: 6, created: 4, updated: 0, headerRow: 4, changeSet: null });
    expect(body.columns.map((c: any) => [c.letter, c.field])).toEqual([
      ['A', null], ['B', 'code'], ['C', 'headName'], ['D', 'headIdNumber'], ['E', 'townshipName'], ['F', 'regionName'],
      ['G', 'phone'], ['H', 'incomePerCapita'], ['I', 'riskTypes'], ['J', 'helperName'], ['K', 'remarks'],
    ]);
    expect(body.columns[2].header).toBe('家庭成员 / 姓名');
    expect(codes(body)).toEqual(GOV_ERRORS);
    const byRow = Object.fromEntries(body.errors.map((e: any) => [e.row, e]));
    expect(byRow[8].message).toMatch(/科学计数法.*末尾几位已经丢失.*文本/);
    expect(byRow[9].message).toBe('户主身份证号与第 5 行重复，同一人只能登记一次');
    expect(byRow[10].message).toMatch(/已在户 YN\d{7}（户主 周户主）中登记/);
    expect(byRow[11].message).toContain('黄羊滩农场 一分场');
    expect(byRow[11].message).toContain('玉泉营农场 一分场');
    expect(byRow[12].message).toBe('村（社区）“幸福村”不是永宁县的村（社区）');
    expect(byRow[7].field).toBe('headIdNumber');
    expect(body.importId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await householdsNamed(['马文学', '杨秀兰'])).toEqual([]);
  });

  it('names the missing required columns (MISSING_COLUMN) and writes nothing', async () => {
    const gov = await upload({ file: 'gov-ledger.xlsx', fields: { mode: 'dry-run' } });
    expect(codes(gov.body)).toContainEqual([4, null, 'MISSING_COLUMN']);
    expect(gov.body.errors.find((e: any) => e.code === 'MISSING_COLUMN')).toMatchObject({ field: 'category' });
    const miss = await upload({ file: 'missing-columns.xlsx', fields: { mode: 'commit', category: 'MONITORED' } });
    expect(miss.body.errors.map((e: any) => [e.field, e.code])).toEqual([['headIdNumber', 'MISSING_COLUMN'], ['regionCode', 'MISSING_COLUMN']]);
    expect(miss.body).toMatchObject({ rows: 1, valid: 0, invalid: 1, created: 0, committed: false });
  });

  it('atomic commit writes nothing when a row is invalid; non-atomic writes the valid rows; undo removes the whole import', async () => {
    const atomic = await upload({ file: 'gov-ledger.xlsx', fields: { mode: 'commit', atomic: 'true', category: 'MONITORED' } });
    expect(atomic.body).toMatchObject({ valid: 4, invalid: 6, created: 0, committed: false, changeSet: null });
    expect(await householdsNamed(['马文学', '杨秀兰', '李西邵', '海原隆'])).toEqual([]);

    const part = await upload({ file: 'gov-ledger.xlsx', fields: { mode: 'commit', atomic: 'false', category: 'MONITORED' } });
    expect(part.body).toMatchObject({ valid: 4, invalid: 6, created: 4, updated: 0, committed: true });
    expect(codes(part.body)).toEqual(GOV_ERRORS);
    const made = await householdsNamed(['马文学', '杨秀兰', '李西邵', '海原隆']);
    expect(made.map((h) => [h.headName, h.regionCode, h.incomePerCapita, h.riskTypes, h.category, h.memberCount]).sort()).toEqual([
      ['李西邵', '640121101200', 4800, ['SCHOOLING'], 'MONITORED', 1],
      ['杨秀兰', '640121100200', 6200, ['DISABILITY', 'SCHOOLING'], 'MONITORED', 1],
      ['海原隆', '640121104205', 4900, ['UNSTABLE_EMPLOYMENT'], 'MONITORED', 1],
      ['马文学', '640121100200', 5800, ['ILLNESS'], 'MONITORED', 1],
    ].sort());
    const ma = made.find((h) => h.headName === '马文学');
    expect(ma.code).toMatch(/^YN\d{7}$/); // the ledger's allocator (issue 11)
    expect(ma.headIdNumber).toBe(IDS.ID_MA);
    expect(made.find((h) => h.headName === '杨秀兰').phone).toBe('13912345678');

    // audited like a grid edit, under the one change set
    const audit = await s.gql(`query($c: String) { auditEvents(where: { changeSet: $c }, first: 50) { edges { node { action entityType } } } }`, { c: part.body.changeSet });
    const events = audit.data.auditEvents.edges.map((e: any) => `${e.node.action} ${e.node.entityType}`);
    expect(events.filter((e: string) => e === 'CREATE household')).toHaveLength(4);
    expect(events.filter((e: string) => e === 'CREATE member')).toHaveLength(4);

    const undo = await s.gql(`mutation($id: ID!) { undoChangeSet(id: $id) { ok applied conflicts { code } } }`, { id: part.body.changeSet });
    expect(undo.data.undoChangeSet).toMatchObject({ ok: true, applied: 4, conflicts: [] });
    expect(await householdsNamed(['马文学', '杨秀兰', '李西邵', '海原隆'])).toEqual([]);
    // the same sheet imports again after the undo (the people are free again)
    const again = await upload({ file: 'gov-ledger.xlsx', fields: { mode: 'dry-run', category: 'MONITORED' } });
    expect(again.body).toMatchObject({ valid: 4, created: 4 });
  });

  it('the error sheet: the uploaded sheet with 错误说明 added and bad cells marked, for the same user only', async () => {
    const dry = await upload({ file: 'gov-ledger.xlsx', fields: { mode: 'dry-run', category: 'MONITORED' } });
    const url = `${s.url}/api/imports/${dry.body.importId}/errors.xlsx`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${await token('county')}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('永宁县2021年脱贫监测户台账');
    expect(ws.getCell('L4').value).toBe('错误说明');
    expect(String(ws.getCell('L7').value)).toMatch(/^D列：户主身份证号.*校验位不正确/);
    expect(ws.getCell('L5').value).toBeNull();
    expect((ws.getCell('D7').fill as any).fgColor.argb).toBe('FFFFC7CE');
    const note = ws.getCell('D7').note as any;
    expect(typeof note === 'string' ? note : note.texts.map((t: any) => t.text).join('')).toContain('校验位不正确');
    expect(ws.getCell('D5').value).toBe(IDS.ID_MA);
    const other = await fetch(url, { headers: { authorization: `Bearer ${await token('yanghe')}` } });
    expect(other.status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
  });

  it('a township clerk imports only into their township: rows elsewhere are FORBIDDEN', async () => {
    const { body } = await upload({ file: 'gov-ledger.xlsx', user: 'yanghe', fields: { mode: 'dry-run', category: 'MONITORED' } });
    expect(codes(body)).toEqual([...GOV_ERRORS, [13, 'F', 'FORBIDDEN'], [14, 'F', 'FORBIDDEN']]);
    expect(body).toMatchObject({ valid: 2, created: 2 });
  });

  it('reads varied headers, paths and codes as places, the category column, GB18030 and BOM CSVs, English headers', async () => {
    const v = await upload({ file: 'varied-headers.xlsx', fields: { mode: 'commit' } });
    expect(v.body).toMatchObject({ rows: 2, valid: 2, created: 2, errors: [] });
    const hs = await householdsNamed(['纳海成', '丁梅']);
    expect(hs.map((h) => [h.headName, h.category, h.regionCode, h.incomePerCapita, h.riskTypes]).sort()).toEqual([
      ['丁梅', 'MONITORED', '640121100205', 6050.5, ['HOUSING', 'DRINKING_WATER']],
      ['纳海成', 'MARGINAL', '640121100206', 7300, ['ILLNESS']],
    ].sort());
    const gbk = await upload({ file: 'gbk.csv', fields: { mode: 'dry-run' } });
    expect(gbk.body).toMatchObject({ rows: 1, valid: 1, created: 1, errors: [] });
    expect(gbk.body.columns.map((c: any) => c.field)).toEqual(['headName', 'headIdNumber', 'townshipName', 'regionName', 'category', 'incomePerCapita']);
    const en = await upload({ file: 'english-headers.csv', fields: { mode: 'dry-run' } });
    expect(en.body).toMatchObject({ rows: 1, valid: 1, errors: [] });
  });

  it('ID numbers that became numbers: a numeric cell and Excel\'s CSV in scientific notation', async () => {
    const x = await upload({ file: 'scientific.xlsx', fields: { mode: 'dry-run' } });
    expect(codes(x.body)).toEqual([[2, 'B', 'ID_NUMBER_SCIENTIFIC']]);
    const c = await upload({ file: 'scientific-excel.csv', fields: { mode: 'dry-run' } });
    expect(codes(c.body)).toEqual([[2, 'B', 'ID_NUMBER_SCIENTIFIC']]);
    expect(c.body.errors[0].message).toContain('“6.40121E+17”');
  });

  it('refuses a file that is not a spreadsheet (400 NOT_A_SPREADSHEET), a too large one (413), missing scopes', async () => {
    for (const f of ['photo.xlsx', 'notes.xlsx']) {
      const r = await upload({ file: f, fields: { mode: 'dry-run' } });
      expect(r.status).toBe(400);
      expect(codes(r.body)).toEqual([[null, null, 'NOT_A_SPREADSHEET']]);
      expect(r.body).toMatchObject({ rows: 0, valid: 0 });
    }
    // the limit comes from the configuration (DOUDI_IMPORT_MAX_MB): a server started with 1 KB
    const small = await startTestServer({ excel: { importMaxBytes: 1024 } });
    try {
      const login = await small.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'county', p: TEST_PASSWORD });
      const form = new FormData();
      form.append('file', new Blob([`户主姓名\n${'马'.repeat(3000)}\n`]), 'big.csv');
      const res = await fetch(`${small.url}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${login.data.login.token}` } });
      expect(res.status).toBe(413);
      const big = (await res.json()) as Parameters<typeof codes>[0] & { errors: unknown[] };
      expect(codes(big)).toEqual([[null, null, 'TOO_LARGE']]);
      expect(big.errors[0]).toMatchObject({ field: 'file', message: '文件超过 1 KB，请拆分后分批导入' });
    } finally {
      await small.stop();
    }
    const anon = await upload({ file: 'gbk.csv', user: null });
    expect(anon.status).toBe(401);
    const auditor = await upload({ file: 'gbk.csv', user: 'auditor', fields: { mode: 'commit' } });
    expect(auditor.status).toBe(403);
    expect(auditor.body.errors[0]).toMatchObject({ code: 'FORBIDDEN' });
    expect((await upload({ file: 'gbk.csv', user: 'auditor', fields: { mode: 'dry-run' } })).body.valid).toBe(1);
  });

  it('updates matched households (by code, else by the head\'s ID number) with only the changed fields, undoable', async () => {
    const id1 = makeId('19750505');
    const id2 = makeId('19760606');
    const created = await s.gql(`mutation($i: [HouseholdCreateInput!]!) { createHouseholds(input: $i) { household { id code version } } }`, {
      i: [householdInput({ incomePerCapita: 5000, remarks: '原备注' }, [{ name: '更新甲', idNumber: id1, relation: 'HEAD' }]),
        householdInput({ incomePerCapita: 5100 }, [{ name: '更新乙', idNumber: id2, relation: 'HEAD' }])],
    });
    const [a, b] = created.data.createHouseholds.map((r: any) => r.household);
    const csv = '户编号,户主姓名,身份证号,所在村,监测类别,人均纯收入,备注\n' +
      `${a.code},更新甲,${id1},杨和镇王太村,监测户,"6,500",原备注\n` + // by code: income changes
      `,更新乙,${id2},杨和镇王太村,监测户,5100,\n` + // by ID: nothing changes
      `,新建丙,${makeId('19800808')},杨和镇王太村,监测户,4000,\n`;
    const dry = await upload({ file: { name: 'upd.csv', data: csv }, fields: { mode: 'dry-run' } });
    expect(dry.body).toMatchObject({ rows: 3, valid: 3, created: 1, updated: 1, unchanged: 1 });
    const done = await upload({ file: { name: 'upd.csv', data: csv }, fields: { mode: 'commit' } });
    expect(done.body).toMatchObject({ created: 1, updated: 1, unchanged: 1, committed: true });
    const [ha] = await householdsNamed(['更新甲']);
    expect(ha).toMatchObject({ incomePerCapita: 6500, version: a.version + 1 });
    expect((await householdsNamed(['更新乙']))[0].version).toBe(b.version);
    const audit = await s.gql(`query($c: String) { auditEvents(where: { changeSet: $c }, first: 50) { edges { node { action entityType field before after } } } }`, { c: done.body.changeSet });
    const upd = audit.data.auditEvents.edges.map((e: any) => e.node).filter((n: any) => n.action === 'UPDATE');
    expect(upd).toEqual([{ action: 'UPDATE', entityType: 'household', field: 'incomePerCapita', before: '5000', after: '6500' }]);
    // a stale version column is a VERSION_CONFLICT
    const stale = `户编号,户主姓名,人均纯收入,版本\n${a.code},更新甲,7000,${a.version}\n`;
    const st = await upload({ file: { name: 'stale.csv', data: stale }, fields: { mode: 'commit', category: 'MONITORED' } });
    expect(codes(st.body)).toEqual([[2, 'D', 'VERSION_CONFLICT']]);
    // undo: the update is reverted and the created household removed, as one step
    const undo = await s.gql(`mutation($id: ID!) { undoChangeSet(id: $id) { ok applied conflicts { code } } }`, { id: done.body.changeSet });
    expect(undo.data.undoChangeSet).toMatchObject({ ok: true, conflicts: [] });
    expect((await householdsNamed(['更新甲']))[0].incomePerCapita).toBe(5000);
    expect(await householdsNamed(['新建丙'])).toEqual([]);
    // the ledger chosen for the import is the category of new households only: an existing one is not moved
    const keep = await upload({ file: { name: 'k.csv', data: `户编号,户主姓名\n${a.code},更新甲\n` }, fields: { mode: 'dry-run', category: 'MARGINAL' } });
    expect(keep.body).toMatchObject({ valid: 1, updated: 0, unchanged: 1 });
  });

  it('an exported ledger imports back unchanged; masked values and a changed head are handled', async () => {
    const ids = [makeId('19660101'), makeId('19670202')];
    const made = await s.gql(`mutation($i: [HouseholdCreateInput!]!) { createHouseholds(input: $i) { ok household { id code version } } }`, {
      i: ids.map((id, k) => householdInput({ category: 'SUDDEN', regionCode: '640121103205', riskTypes: ['ILLNESS', 'DISASTER'], remarks: `回导${k}` }, [{ name: `回导${k}`, idNumber: id, relation: 'HEAD' }])),
    });
    expect(made.data.createHouseholds.every((r: any) => r.ok)).toBe(true);
    const exp = await fetch(`${s.url}/api/exports/households.xlsx?category=SUDDEN`, { headers: { authorization: `Bearer ${await token('county')}` } });
    expect(exp.status).toBe(200);
    const xlsx = new Uint8Array(await exp.arrayBuffer());
    const back = await upload({ file: { name: 'export.xlsx', data: xlsx }, fields: { mode: 'dry-run', category: 'SUDDEN' } });
    expect(back.body).toMatchObject({ rows: 2, valid: 2, invalid: 0, created: 0, updated: 0, unchanged: 2, errors: [] });
    // the office sees personal data masked: its export re-imported by county staff leaves ID numbers and phones alone
    const office = await fetch(`${s.url}/api/exports/households.xlsx?category=SUDDEN`, { headers: { authorization: `Bearer ${await token('office')}` } });
    const masked = await upload({ file: { name: 'masked.xlsx', data: new Uint8Array(await office.arrayBuffer()) }, fields: { mode: 'dry-run', category: 'SUDDEN' } });
    expect(masked.body).toMatchObject({ rows: 2, valid: 2, unchanged: 2, errors: [] });
    // a new head's name and ID number on an existing code: the household and its head member change, and undo puts both back
    const h = made.data.createHouseholds[0].household;
    const newId = makeId('19690303');
    const csv = `户编号,户主姓名,身份证号\n${h.code},新户主,${newId}\n`;
    const res = await upload({ file: { name: 'head.csv', data: csv }, fields: { mode: 'commit', category: 'SUDDEN' } });
    expect(res.body).toMatchObject({ updated: 1, committed: true, errors: [] });
    const member = `query($id: ID!) { household(id: $id) { headName headIdNumber members { name idNumber relation birthDate } } }`;
    expect((await s.gql(member, { id: h.id })).data.household).toMatchObject({ headName: '新户主', headIdNumber: newId, members: [{ name: '新户主', idNumber: newId, relation: 'HEAD', birthDate: '1969-03-03' }] });
    const undo = await s.gql(`mutation($id: ID!) { undoChangeSet(id: $id) { ok conflicts { code message } } }`, { id: res.body.changeSet });
    expect(undo.data.undoChangeSet).toMatchObject({ ok: true, conflicts: [] });
    expect((await s.gql(member, { id: h.id })).data.household).toMatchObject({ headName: '回导0', headIdNumber: ids[0], members: [{ name: '回导0', idNumber: ids[0] }] });
  });

  it('a mapping overrides the automatic one; a header row can be named; progress streams as NDJSON', async () => {
    const csv = `说明文字\n名字,证件,地方\n映射丁,${makeId('19810101')},杨和镇王太村\n`;
    const auto = await upload({ file: { name: 'm.csv', data: csv }, fields: { mode: 'dry-run', category: 'MARGINAL' } });
    expect(auto.body.errors.map((e: any) => e.code)).toContain('MISSING_COLUMN');
    const mapped = await upload({ file: { name: 'm.csv', data: csv }, fields: { mode: 'dry-run', category: 'MARGINAL', headerRow: '2', mapping: JSON.stringify({ 1: 'headName', 2: 'headIdNumber', 3: 'regionCode' }) } });
    expect(mapped.body).toMatchObject({ headerRow: 2, rows: 1, valid: 1, errors: [] });
    expect(mapped.body.columns.map((c: any) => [c.letter, c.field, c.auto])).toEqual([['A', 'headName', false], ['B', 'headIdNumber', false], ['C', 'regionCode', false]]);
    const stream = await upload({ file: 'gov-ledger.xlsx', fields: { mode: 'dry-run', category: 'MONITORED' }, accept: 'application/x-ndjson' });
    const lines = stream.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.some((l) => l.type === 'progress' && l.phase === 'parse')).toBe(true);
    expect(lines.some((l) => l.type === 'progress' && l.phase === 'validate' && l.done === l.total)).toBe(true);
    expect(lines.at(-1)).toMatchObject({ type: 'report', rows: 10, valid: 4 });
  });
});

describe(`POST /api/imports — accountability rows (${TEST_DB_KIND})`, () => {
  it('a unit imports progress on its own rows; other units\' rows, unknown measures and units are reported', async () => {
    const dry = await upload({ file: 'assignments.xlsx', user: 'renshe', fields: { target: 'assignments', mode: 'dry-run' } });
    expect(dry.status).toBe(200);
    expect(codes(dry.body)).toEqual([[3, 'D', 'FORBIDDEN'], [4, 'A', 'DUPLICATE_IN_FILE'], [5, 'A', 'INVALID_VALUE'], [6, 'B', 'INVALID_VALUE']]);
    expect(dry.body).toMatchObject({ rows: 5, valid: 1, updated: 1 });
    const atomic = await upload({ file: 'assignments.xlsx', user: 'renshe', fields: { target: 'assignments', mode: 'commit' } });
    expect(atomic.body).toMatchObject({ updated: 0, committed: false });
    const done = await upload({ file: 'assignments.xlsx', user: 'renshe', fields: { target: 'assignments', mode: 'commit', atomic: 'false' } });
    expect(done.body).toMatchObject({ updated: 1, committed: true });
    // importing the same sheet again changes nothing
    const again = await upload({ file: 'assignments.xlsx', user: 'renshe', fields: { target: 'assignments', mode: 'dry-run' } });
    expect(again.body).toMatchObject({ updated: 0, unchanged: 1 });
    const renshe = await s.as('renshe');
    const ROW = `{ assignments(where: { measureNo: 4 }) { edges { node { status lastReportAt unit { code } } } } }`;
    const row = async () => (await renshe(ROW)).data.assignments.edges.map((e: any) => e.node);
    expect(await row()).toMatchObject([{ status: 'IN_PROGRESS', unit: { code: 'RSJ' } }]);
    expect((await row())[0].lastReportAt).not.toBeNull();
    // close-off: the unit asks, only the office closes
    const ask = await upload({ file: { name: 'a.csv', data: '措施序号,责任单位,状态\n4,人社局,已销号\n' }, user: 'renshe', fields: { target: 'assignments', mode: 'commit' } });
    expect(ask.body.errors).toEqual([{ row: 2, column: 'C', field: 'status', code: 'FORBIDDEN', message: '只有领导小组办公室可以销号' }]);
    const asked = await upload({ file: { name: 'a.csv', data: '措施序号,责任单位,状态\n4,人社局,申请销号\n' }, user: 'renshe', fields: { target: 'assignments', mode: 'commit' } });
    expect(asked.body).toMatchObject({ updated: 1, errors: [] });
    expect((await row())[0].status).toBe('CLOSE_REQUESTED');
    const closed = await upload({ file: { name: 'a.csv', data: '措施序号,责任单位,状态\n4,人社局,已销号\n' }, user: 'office', fields: { target: 'assignments', mode: 'commit' } });
    expect(closed.body).toMatchObject({ updated: 1, errors: [] });
    expect((await row())[0].status).toBe('CLOSED');
    const back = await upload({ file: { name: 'a.csv', data: '措施序号,责任单位,状态\n4,人社局,推进中\n' }, user: 'office', fields: { target: 'assignments', mode: 'dry-run' } });
    expect(codes(back.body)).toEqual([[2, 'C', 'INVALID_STATE']]);
    // households scopes do not reach the accountability tables
    const auditor = await upload({ file: 'assignments.xlsx', user: 'auditor', fields: { target: 'assignments', mode: 'commit' } });
    expect(auditor.status).toBe(403);
  });
});
