import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { HOUSEHOLD_FIELDS, validateField, regionPath } from '@doudi/shared';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, MutableClock, type TestServer } from '../../test-support/harness.js';
import { HOUSEHOLD_COLUMNS } from './columns.js';

// The Excel export over the real HTTP server: the workbook is read back with exceljs and compared with what the
// households query answers the same caller for the same where / orderBy.
let s: TestServer;
const clock = new MutableClock(new Date('2026-12-05T02:30:00Z'));
const tokens = new Map<string, string>();

async function tokenOf(username: string): Promise<string> {
  let t = tokens.get(username);
  if (!t) {
    const res = await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: TEST_PASSWORD });
    t = res.data.login.token as string;
    tokens.set(username, t);
  }
  return t;
}

interface Got {
  status: number;
  headers: Headers;
  json?: any;
  wb?: ExcelJS.Workbook;
}

async function download(path: string, params: Record<string, unknown> = {}, token: string | null = null): Promise<Got> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) q.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  const res = await fetch(`${s.url}${path}${q.size ? `?${q}` : ''}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.headers.get('content-type')?.includes('spreadsheetml')) return { status: res.status, headers: res.headers, json: await res.json() };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return { status: res.status, headers: res.headers, wb };
}

const as = async (user: string, path: string, params: Record<string, unknown> = {}) => download(path, params, await tokenOf(user));

/** The data rows of the first sheet as arrays of cell values (row 1 title, row 2 headers). */
function sheetRows(wb: ExcelJS.Workbook, from = 3): unknown[][] {
  const ws = wb.worksheets[0]!;
  const out: unknown[][] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    out.push(Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value ?? null));
  }
  return out;
}
const headerRow = (wb: ExcelJS.Workbook, r = 2) => (wb.worksheets[0]!.getRow(r).values as unknown[]).slice(1);

async function gqlRows(user: string, where: unknown, orderBy: unknown, fields: string, maskPii = false): Promise<any[]> {
  const g = user === 'county' ? s.gql : await s.as(user);
  const out: any[] = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await g(`query($w: HouseholdWhere, $o: [HouseholdOrder!], $a: String, $m: Boolean) { households(where: $w, orderBy: $o, first: 500, after: $a, maskPii: $m) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }`, { w: where, o: orderBy, a: after, m: maskPii });
    expect(res.errors).toBeUndefined();
    out.push(...res.data.households.edges.map((e: any) => e.node));
    if (!res.data.households.pageInfo.hasNextPage) return out;
    after = res.data.households.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  s = await startTestServer({ seed: 600, clock });
});
afterAll(async () => {
  await s?.stop();
});

const H = '/api/exports/households.xlsx';
const YANGHE = '640121100';

describe(`Excel export on ${TEST_DB_KIND}`, () => {
  it('exports a grid view: the same rows in the same order as the households query, the chosen columns in order', async () => {
    const where = { category: { eq: 'UNLIFTED' }, incomePerCapita: { lte: 9000 } };
    const orderBy = [{ field: 'incomePerCapita', direction: 'DESC' }, { field: 'code' }];
    const columns = 'code,headName,regionCode,headIdNumber,phone,incomePerCapita,riskTypes,riskStatus,category,updatedAt';
    const got = await as('county', H, { where, orderBy, columns, category: 'UNLIFTED' });
    expect(got.status).toBe(200);
    const expected = await gqlRows('county', where, orderBy, 'id code headName regionCode headIdNumber phone incomePerCapita riskTypes riskStatus category updatedAt');
    expect(expected.length).toBeGreaterThan(20);
    expect(got.headers.get('x-doudi-row-count')).toBe(String(expected.length));
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="households_UNLIFTED_2026-12.xlsx"; filename*=UTF-8''${encodeURIComponent('待脱贫户_永宁县_2026-12.xlsx')}`,
    );
    const wb = got.wb!;
    expect(wb.worksheets[0]!.name).toBe('待脱贫户台账');
    // title row: unit, ledger, month and export time (local time of the server)
    const title = String(wb.worksheets[0]!.getCell('A1').value);
    expect(title).toMatch(/^永宁县 待脱贫户台账（2026年12月，2026-12-0\d \d\d:30 导出）$/);
    expect(headerRow(wb)).toEqual(['户编号', '户主姓名', '所在村(社区)', '户主身份证号', '联系电话', '人均纯收入(元/年)', '风险类型', '风险状态', '监测类别', '更新时间']);
    expect(wb.worksheets[0]!.getRow(2).getCell(1).font?.bold).toBe(true);
    expect(wb.worksheets[0]!.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 2 });
    const rows = sheetRows(wb);
    expect(rows.map((r) => r[0])).toEqual(expected.map((h) => h.code));
    const first = expected[0];
    const r0 = rows[0]!;
    expect(r0[1]).toBe(first.headName);
    expect(r0[2]).toBe(regionPath(first.regionCode));
    expect(r0[3]).toBe(first.headIdNumber); // county staff: full ID number, as text
    expect(r0[3]).toMatch(/^\d{17}[\dX]$/);
    expect(r0[5]).toBe(first.incomePerCapita);
    expect(r0[8]).toBe('建档立卡待脱贫户');
    expect(r0[9]).toBeInstanceOf(Date);
    // the ID column is a text column: Excel never turns the number into 6.40121E+17
    const idCell = wb.worksheets[0]!.getRow(3).getCell(4);
    expect(idCell.type).toBe(ExcelJS.ValueType.String);
    expect(idCell.numFmt).toBe('@');
    const withRisks = expected.findIndex((h) => h.riskTypes.length > 1);
    if (withRisks >= 0) expect(String(rows[withRisks]![6])).toContain('、');
  });

  it('writes values that import back unchanged (the shared validators read every importable cell to the stored value)', async () => {
    const got = await as('county', H, { where: { regionCode: { startsWith: YANGHE } }, columns: HOUSEHOLD_COLUMNS.map((c) => c.field).join(',') });
    const rows = sheetRows(got.wb!);
    const expected = await gqlRows('county', { regionCode: { startsWith: YANGHE } }, null, 'id code category regionCode address headName headIdNumber phone incomePerCapita riskTypes riskStatus helperName remarks');
    expect(rows).toHaveLength(expected.length);
    const meta = new Map(HOUSEHOLD_FIELDS.map((m) => [m.name, m]));
    rows.forEach((row, i) => {
      HOUSEHOLD_COLUMNS.forEach((c, j) => {
        if (!c.importable) return;
        const back = validateField(meta.get(c.field)!, row[j], clock.now());
        expect(back.ok, `${c.field} of row ${i + 3}`).toBe(true);
        const want = expected[i][c.field];
        expect((back as { value: unknown }).value ?? null, `${c.field} of row ${i + 3}`).toEqual(Array.isArray(want) && want.length === 0 ? null : want ?? null);
      });
    });
  });

  it('an exported sheet goes back through POST /api/imports as a dry run with every row unchanged', async () => {
    const token = await tokenOf('yanghe');
    // the grid's default columns, and every column there is (read-only ones such as 更新时间 and 版本 included)
    for (const columns of [null, HOUSEHOLD_COLUMNS.map((c) => c.field).join(',')]) {
      const q = new URLSearchParams({ category: 'MARGINAL', ...(columns ? { columns } : {}) });
      const res = await fetch(`${s.url}${H}?${q}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      const rows = Number(res.headers.get('x-doudi-row-count'));
      expect(rows).toBeGreaterThan(0);
      const form = new FormData();
      form.set('file', new Blob([await res.arrayBuffer()]), 'export.xlsx');
      form.set('target', 'households');
      form.set('category', 'MARGINAL');
      form.set('mode', 'dry-run');
      const imp = await fetch(`${s.url}/api/imports`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      const report = await imp.json() as any;
      expect(imp.status, JSON.stringify(report).slice(0, 500)).toBe(200);
      expect(report, JSON.stringify(report.errors?.slice(0, 3))).toMatchObject({ rows, valid: rows, invalid: 0, created: 0, updated: 0, unchanged: rows, errors: [], headerRow: 2 });
    }
  });

  it('masks personal data exactly as the grid shows it to each caller, and records unmasked exports', async () => {
    const where = { regionCode: { startsWith: YANGHE } };
    const columns = 'code,headIdNumber,phone';
    // the office and the auditor have no pii:read: masked, like the households query answers them
    const office = await as('office', H, { where, columns });
    expect(office.status).toBe(200);
    const officeRows = sheetRows(office.wb!);
    const officeSees = await gqlRows('office', where, null, 'code headIdNumber phone');
    expect(officeRows).toEqual(officeSees.map((h) => [h.code, h.headIdNumber, h.phone]));
    expect(officeRows.some((r) => /^\d{6}\*{8}\d{3}[\dX]$/.test(String(r[1])))).toBe(true);
    // an API token with ledger:read only: masked too
    const admin = await s.as('admin');
    const token = (await admin(`mutation { createApiToken(name: "导出比对", scopes: ["ledger:read"], expiresAt: "2099-01-01T00:00:00Z") { token } }`)).data.createApiToken.token;
    const tool = await download(H, { where, columns }, token);
    expect(sheetRows(tool.wb!)).toEqual(officeRows);
    // county staff: full data; maskPii=true masks it as the grid does before a reveal
    const county = sheetRows((await as('county', H, { where, columns })).wb!);
    expect(county.every((r) => r[1] === null || /^\d{17}[\dX]$/.test(String(r[1])))).toBe(true);
    const masked = sheetRows((await as('county', H, { where, columns, maskPii: 'true' })).wb!);
    expect(masked).toEqual(officeRows);
    // the unmasked export is recorded (purpose export, the households sent); the masked ones are not
    const events = (await s.gql(`{ piiAccessEvents(where: { purpose: "export", actor: "county" }, first: 50) { edges { node { actor purpose entityType entityIds } } } }`)).data.piiAccessEvents.edges.map((e: any) => e.node);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e: any) => e.purpose === 'export' && e.entityType === 'household')).toBe(true);
    const ids = new Set(events.flatMap((e: any) => e.entityIds));
    const yangheIds = (await gqlRows('county', where, null, 'id')).map((h) => h.id);
    for (const id of yangheIds) expect(ids.has(id)).toBe(true);
    // sorting by ID number needs pii:read, as in the query
    const sorted = await as('office', H, { where, orderBy: [{ field: 'headIdNumber' }] });
    expect(sorted.status).toBe(403);
    expect(sorted.json).toMatchObject({ code: 'FORBIDDEN', field: 'orderBy' });
  });

  it('confines township staff to their township, and names it in the title and the file', async () => {
    const got = await as('yanghe', H, { where: { category: { eq: 'MONITORED' } }, columns: 'code,regionCode' });
    const rows = sheetRows(got.wb!);
    const expected = await gqlRows('yanghe', { category: { eq: 'MONITORED' } }, null, 'code regionCode');
    expect(rows).toEqual(expected.map((h) => [h.code, regionPath(h.regionCode)]));
    expect(rows.every((r) => String(r[1]).startsWith('杨和镇 '))).toBe(true);
    expect(String(got.wb!.worksheets[0]!.getCell('A1').value)).toMatch(/^永宁县杨和镇 监测户台账（2026年12月/);
    expect(got.headers.get('content-disposition')).toContain(encodeURIComponent('监测户_杨和镇_2026-12.xlsx'));
    // a filter into another township finds nothing (scope is added, never replaced)
    const foreign = await as('yanghe', H, { where: { regionCode: { startsWith: '640121101' } } });
    expect(foreign.status).toBe(200);
    expect(foreign.headers.get('x-doudi-row-count')).toBe('0');
    expect(sheetRows(foreign.wb!)).toEqual([]);
  });

  it('refuses bad parameters with 400 naming the field, anonymous callers with 401, missing scopes with 403', async () => {
    const bad = await as('county', H, { where: { category: { eq: 'POOR' } } });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 'BAD_USER_INPUT', field: 'where.category.eq' });
    expect(bad.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'where.category.eq' });
    const unknownField = await as('county', H, { where: { nonsense: 1 } });
    expect(unknownField).toMatchObject({ status: 400, json: { code: 'BAD_USER_INPUT', field: 'where.nonsense' } });
    const notJson = await as('county', H, { where: '{category:' });
    expect(notJson).toMatchObject({ status: 400, json: { code: 'BAD_USER_INPUT', field: 'where' } });
    const prefix = await as('county', H, { where: { regionCode: { startsWith: '杨和镇' } } });
    expect(prefix).toMatchObject({ status: 400, json: { code: 'BAD_USER_INPUT', field: 'regionCode' } });
    const order = await as('county', H, { orderBy: [{ field: 'riskTypes' }] });
    expect(order).toMatchObject({ status: 400, json: { field: 'orderBy.0.field' } });
    const cols = await as('county', H, { columns: 'code,salary' });
    expect(cols).toMatchObject({ status: 400, json: { code: 'INVALID_VALUE', field: 'columns' } });
    const cat = await as('county', H, { category: 'POOR' });
    expect(cat).toMatchObject({ status: 400, json: { code: 'INVALID_VALUE', field: 'category' } });

    const anon = await download(H);
    expect(anon).toMatchObject({ status: 401, json: { code: 'UNAUTHENTICATED' } });
    const forged = await download(H, {}, 'dds_not-a-real-token-at-all-000000');
    expect(forged.status).toBe(401);
    const reporter = await as('renshe', H);
    expect(reporter).toMatchObject({ status: 403, json: { code: 'FORBIDDEN' } });
    expect(reporter.json.errors[0].extensions.scope).toBe('ledger:read');
    expect((await as('county', '/api/exports/salaries.xlsx')).status).toBe(404);
  });

  it('offers a template per ledger: headers the import reads and one example row, the ID column as text', async () => {
    const got = await as('yanghe', '/api/exports/templates/households.xlsx', { category: 'MARGINAL' });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toContain(encodeURIComponent('边缘户导入模板.xlsx'));
    const ws = got.wb!.worksheets[0]!;
    expect(ws.rowCount).toBe(2);
    const headers = headerRow(got.wb!, 1);
    expect(headers).toEqual(['户编号', '户主姓名', '所在村(社区)', '户主身份证号', '联系电话', '人均纯收入(元/年)', '风险类型', '风险状态', '帮扶责任人', '住址', '备注']);
    const idCol = headers.indexOf('户主身份证号') + 1;
    expect(ws.getRow(2).getCell(idCol).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(2).getCell(idCol).numFmt).toBe('@');
    expect(ws.getColumn(idCol).numFmt ?? ws.getRow(2).getCell(idCol).numFmt).toBe('@');
    // every example value passes the field's own validator
    const meta = new Map(HOUSEHOLD_FIELDS.map((m) => [m.name, m]));
    const byZh = new Map(HOUSEHOLD_COLUMNS.map((c) => [c.zh, c]));
    headers.forEach((h, i) => {
      const c = byZh.get(String(h))!;
      expect(validateField(meta.get(c.field)!, ws.getRow(2).getCell(i + 1).value, clock.now()).ok, c.field).toBe(true);
    });
    // without a category the template asks for it
    const all = await as('county', '/api/exports/templates/households.xlsx');
    expect(headerRow(all.wb!, 1)).toContain('监测类别');
    expect((await download('/api/exports/templates/households.xlsx')).status).toBe(401);
    expect((await as('renshe', '/api/exports/templates/households.xlsx')).status).toBe(403);
    const tasks = await as('renshe', '/api/exports/templates/assignments.xlsx');
    expect(headerRow(tasks.wb!, 1)).toEqual(['措施序号', '责任单位', '最近报送内容', '单位代码']);
  });

  it('exports the accountability rows as the board shows them, a unit only its own', async () => {
    const office = await as('office', '/api/exports/assignments.xlsx');
    expect(office.status).toBe(200);
    const board = (await (await s.as('office'))(`{ assignments(first: 500) { totalCount edges { node { id measure { no title } unit { code name } status overdue } } } }`)).data.assignments;
    expect(office.headers.get('x-doudi-row-count')).toBe(String(board.totalCount));
    expect(headerRow(office.wb!)).toEqual(['措施序号', '工作措施', '完成时限', '责任单位', '单位类别', '状态', '应完成日期', '逾期', '重点督办', '催办', '缺报月份', '退回次数', '最近报送', '最近报送内容']);
    const rows = sheetRows(office.wb!);
    expect(rows.map((r) => [r[0], r[3]])).toEqual(board.edges.map((e: any) => [e.node.measure.no, e.node.unit.name]));
    expect(rows.map((r) => r[7])).toEqual(board.edges.map((e: any) => (e.node.overdue ? '是' : '否')));
    expect(String(office.wb!.worksheets[0]!.getCell('A1').value)).toMatch(/^永宁县 责任台账（2026年12月/);

    const renshe = await as('renshe', '/api/exports/assignments.xlsx', { columns: 'measureNo,unitName,status,unitCode' });
    const own = sheetRows(renshe.wb!);
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r[1]))).toEqual(new Set(['人社局']));
    expect(String(renshe.wb!.worksheets[0]!.getCell('A1').value)).toMatch(/^永宁县人社局 责任台账/);
    const filtered = await as('office', '/api/exports/assignments.xlsx', { where: { measureNo: 1 } });
    expect(sheetRows(filtered.wb!).every((r) => r[0] === 1)).toBe(true);
    expect((await as('office', '/api/exports/assignments.xlsx', { where: { status: 'DONE' } })).json).toMatchObject({ field: 'where.status' });
    // township staff have tasks:read (their township's rows); a ledger-only token does not
    const admin = await s.as('admin');
    const token = (await admin(`mutation { createApiToken(name: "只读台账", scopes: ["ledger:read"], expiresAt: "2099-01-01T00:00:00Z") { token } }`)).data.createApiToken.token;
    const refused = await download('/api/exports/assignments.xlsx', {}, token);
    expect(refused).toMatchObject({ status: 403, json: { code: 'FORBIDDEN' } });
  });

  it('exports the monthly check grid of a month as the monthlyChecks query gives it, confined to the township', async () => {
    const where = { month: '2026-11', category: 'UNLIFTED' };
    const yanghe = await s.as('yanghe');
    const expected: any[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await yanghe(`query($w: MonthlyCheckWhere!, $a: String) { monthlyChecks(where: $w, first: 500, after: $a) { totalCount edges { node { householdCode headName regionName state visitDate incomeWages foodOk housingGrade } } pageInfo { hasNextPage endCursor } } }`, { w: where, a: after });
      expect(res.errors).toBeUndefined();
      expected.push(...res.data.monthlyChecks.edges.map((e: any) => e.node));
      if (!res.data.monthlyChecks.pageInfo.hasNextPage) break;
      after = res.data.monthlyChecks.pageInfo.endCursor;
    }
    const got = await as('yanghe', '/api/exports/monthly-checks.xlsx', { where, columns: 'householdCode,headName,regionName,state,visitDate,incomeWages,foodOk' });
    expect(got.status).toBe(200);
    expect(got.headers.get('x-doudi-row-count')).toBe(String(expected.length));
    expect(got.headers.get('content-disposition')).toContain(encodeURIComponent('月度监测_待脱贫户_杨和镇_2026-11.xlsx'));
    expect(String(got.wb!.worksheets[0]!.getCell('A1').value)).toMatch(/^永宁县杨和镇 待脱贫户月度监测记录（2026年11月/);
    expect(headerRow(got.wb!)).toEqual(['户编号', '户主', '村(社区)', '本月状态', '走访日期', '工资性收入', '不愁吃']);
    const rows = sheetRows(got.wb!);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual(expected.map((c) => [c.householdCode, c.headName, c.regionName]));
    rows.forEach((r, i) => {
      const c = expected[i];
      expect(r[3]).toBe(c.state ? { DRAFT: '草稿', SUBMITTED: '已上报', LOCKED: '已锁定' }[c.state as string] : '未走访');
      expect(r[4] instanceof Date ? (r[4] as Date).toISOString().slice(0, 10) : r[4]).toBe(c.visitDate ?? null);
      expect(r[5]).toBe(c.incomeWages ?? null);
      expect(r[6]).toBe(c.foodOk == null ? null : c.foodOk ? '是' : '否');
    });
    const noMonth = await as('yanghe', '/api/exports/monthly-checks.xlsx', { where: { category: 'UNLIFTED' } });
    expect(noMonth).toMatchObject({ status: 400, json: { field: 'where.month' } });
    expect((await as('renshe', '/api/exports/monthly-checks.xlsx', { where })).status).toBe(403);
  });

  it('stops cleanly when the client goes away mid-download, and keeps serving', async () => {
    const ctl = new AbortController();
    const res = await fetch(`${s.url}${H}`, { headers: { authorization: `Bearer ${await tokenOf('county')}` }, signal: ctl.signal });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    await reader.read();
    ctl.abort();
    await reader.cancel().catch(() => undefined);
    const again = await as('county', H, { columns: 'code' });
    expect(again.status).toBe(200);
    expect(sheetRows(again.wb!)).toHaveLength(600);
  });
});
