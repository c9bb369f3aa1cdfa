/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Excel in and out in a real Chromium against the production build: a township clerk imports last year's sheet
// (upload → mapping → dry run → commit the valid rows → undo), and a reader exports the current view.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { idCheckChar } from '@doudi/shared';
import { repoRoot, type RunningServer } from '../server-process.js';
import { apiAs, login, newContext, openLedger, useBrowserSuite, waitForRows } from './chromium.js';

// exceljs is the server's dependency (the test package has none of its own): load it from there.
const requireFromServer = createRequire(join(repoRoot, 'server', 'package.json'));
const ExcelJS: any = requireFromServer('exceljs');

let srv: RunningServer;
let browser: Browser;
let dir: string;

useBrowserSuite(240, async (s) => {
  ({ srv, browser } = s);
  dir = mkdtempSync(join(tmpdir(), 'doudi-excel-e2e-'));
});

async function clerk(username: string): Promise<Page> {
  const context = await newContext(browser, srv.url);
  const page = await context.newPage();
  await login(page, srv.url, username);
  return page;
}

// Valid fictitious ID numbers (GB 11643 check character), born 1966-12-12, serials the demo data does not use.
let serial = 900;
function idNumber(): string {
  const first17 = `64012119661212${String(serial++).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/**
 * A sheet the way a township keeps it: a merged title row, then headers in its own words (乡镇 and 村 as names, not
 * codes), ID numbers as text, and a column (联系干部) no automatic mapping knows. Two rows are wrong: a bad ID
 * number's check character (row 6) and a village that does not exist (row 7).
 */
async function townshipSheet(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('监测户');
  ws.addRow(['永宁县杨和镇监测户台账（2025年）']);
  ws.mergeCells('A1:I1');
  ws.addRow(['序号', '户编号', '户主姓名', '乡镇', '村', '身份证号码', '联系电话', '人均纯收入', '联系干部']);
  const good = idNumber();
  const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
  const rows = [
    [1, 'XLSX-E2E-001', '马福贵', '杨和镇', '王太村', idNumber(), '13895011111', 5200, '张干部'],
    [2, 'XLSX-E2E-002', '李秀兰', '杨和镇', '红星村', idNumber(), '13895011112', 4800, '张干部'],
    [3, 'XLSX-E2E-003', '王有才', '杨和镇', '惠丰村', idNumber(), null, 6100, '李干部'],
    [4, 'XLSX-E2E-004', '丁小明', '杨和镇', '王太村', bad, '13895011114', 3900, '李干部'],
    [5, 'XLSX-E2E-005', '周大海', '杨和镇', '不存在村', good, '13895011115', 4100, '李干部'],
  ];
  for (const r of rows) ws.addRow(r);
  ws.getColumn(6).numFmt = '@';
  await wb.xlsx.writeFile(path);
}

const rowCount = (page: Page) => page.textContent('[data-testid="row-count"]');

describe('importing a township sheet', () => {
  it('uploads, maps, dry-runs with errors per row, commits the valid rows, shows them in the grid, and undoes', async () => {
    const file = join(dir, '杨和镇监测户2025.xlsx');
    await townshipSheet(file);
    const page = await clerk('yanghe');
    await openLedger(page, srv.url, 'MONITORED');
    // Narrow the grid to the sheet's codes first: nothing yet.
    await page.fill('[data-testid="search"]', 'XLSX-E2E');
    await expect.poll(() => rowCount(page), { timeout: 15_000 }).toMatch(/共 0 户/);

    // the wizard asks for the server's progress lines
    const imports: { accept: string; type: Promise<string> }[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/imports') && r.method() === 'POST') {
        imports.push({ accept: r.headers().accept ?? '', type: r.response().then((res) => res?.headers()['content-type'] ?? '') });
      }
    });

    // 1. choose the file, upload
    await page.click('[data-testid="import-excel"]');
    const dialog = page.locator('[data-testid="import-dialog"]');
    await dialog.waitFor();
    await page.setInputFiles('[data-testid="import-file"]', file);
    await expect.poll(() => page.textContent('[data-testid="import-file-name"]')).toContain('杨和镇监测户2025.xlsx');
    await page.click('[data-testid="import-analyse"]');

    // 2. the detected header row (under the title row) and the mapping
    await page.locator('[data-testid="import-mapping"]').waitFor({ timeout: 30_000 });
    expect(await page.textContent('[data-testid="import-sheet-info"]')).toContain('第 2 行');
    expect(await page.getAttribute('[data-testid="import-mapping"] tr[data-column="B"]', 'data-field')).toBe('code');
    expect(await page.getAttribute('[data-testid="import-mapping"] tr[data-column="C"]', 'data-field')).toBe('headName');
    expect(await page.getAttribute('[data-testid="import-mapping"] tr[data-column="F"]', 'data-field')).toBe('headIdNumber');
    expect(await page.getAttribute('[data-testid="import-mapping"] tr[data-column="I"]', 'data-field')).toBe('');
    // 乡镇 + 村 columns give the place: no required column is reported missing
    expect(await page.locator('[data-testid="import-missing"]').count()).toBe(0);
    expect(imports[0]!.accept).toContain('application/x-ndjson');
    expect(await imports[0]!.type).toContain('application/x-ndjson');
    // the clerk maps 联系干部 to 帮扶责任人
    await page.selectOption('[data-testid="map-I"]', 'helperName');
    expect(await page.textContent('[data-testid="import-mapping"] tr[data-column="I"]')).toContain('已调整');

    // 3. dry run: per-row problems, nothing written
    await page.click('[data-testid="import-dry-run"]');
    await page.locator('[data-testid="import-report"]').waitFor({ timeout: 30_000 });
    const stat = (k: string) => page.textContent(`[data-testid="import-report"] [data-stat="${k}"]`);
    expect(await stat('rows')).toBe('5');
    expect(await stat('valid')).toBe('3');
    expect(await stat('invalid')).toBe('2');
    expect(await stat('created')).toBe('3');
    const errRow6 = page.locator('[data-testid="import-errors"] tr[data-row="6"]');
    const errRow7 = page.locator('[data-testid="import-errors"] tr[data-row="7"]');
    expect(await errRow6.count()).toBeGreaterThan(0);
    expect(await errRow7.count()).toBeGreaterThan(0);
    expect(await errRow6.first().textContent()).toMatch(/身份证/);
    expect(await errRow7.first().getAttribute('data-code')).toBe('UNKNOWN_PLACE');
    // the error list filters
    await page.fill('[data-testid="import-error-filter"]', '不存在村');
    await expect.poll(() => page.locator('[data-testid="import-errors"] tbody tr').count()).toBe(1);
    await page.fill('[data-testid="import-error-filter"]', '');
    expect(await page.locator('[data-testid="import-download-errors"]').count()).toBe(1);
    const yanghe = await apiAs(srv.url, 'yanghe');
    const count = async () =>
      (await yanghe(`{ households(where: { code: { startsWith: "XLSX-E2E" } }) { totalCount edges { node { code helperName regionCode } } } }`)).data.households;
    expect((await count()).totalCount).toBe(0);
    // the adjusted mapping is remembered for this user and ledger
    const saved = (await yanghe(`{ viewState(key: "import-mapping:households:MONITORED") }`)).data.viewState;
    expect(saved).toContain('helperName');

    // the error sheet downloads (with the Bearer token)
    const [errorsXlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="import-download-errors"]')]);
    const errWb = new ExcelJS.Workbook();
    await errWb.xlsx.readFile(await errorsXlsx.path());
    expect(errWb.worksheets[0].rowCount).toBeGreaterThanOrEqual(7);

    // 4. commit only the valid rows
    await page.click('[data-testid="import-valid-only"]');
    await page.click('[data-testid="import-commit"]');
    const result = page.locator('[data-testid="import-result"]');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute('data-created')).toBe('3');
    const after = await count();
    expect(after.totalCount).toBe(3);
    expect(after.edges.map((e: any) => e.node.code).sort()).toEqual(['XLSX-E2E-001', 'XLSX-E2E-002', 'XLSX-E2E-003']);
    expect(after.edges.find((e: any) => e.node.code === 'XLSX-E2E-001').node.helperName).toBe('张干部');
    expect(after.edges.find((e: any) => e.node.code === 'XLSX-E2E-001').node.regionCode).toMatch(/^640121100/);
    // the grid behind the dialog refreshed and shows them
    await expect.poll(() => rowCount(page), { timeout: 15_000 }).toMatch(/共 3 户/);
    const codes = await page.locator('.ag-row[row-index] .ag-cell[col-id="code"]').allTextContents();
    expect(codes.map((c) => c.trim()).filter((c) => c.startsWith('XLSX-E2E')).sort()).toEqual(['XLSX-E2E-001', 'XLSX-E2E-002', 'XLSX-E2E-003']);

    // undo the whole import as one step
    await page.click('[data-testid="import-undo"]');
    await expect.poll(() => page.textContent('[data-testid="import-result"]'), { timeout: 15_000 }).toContain('已撤销');
    expect((await count()).totalCount).toBe(0);
    await expect.poll(() => rowCount(page), { timeout: 15_000 }).toMatch(/共 0 户/);
    await page.click('[data-testid="import-close"]');
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });

    // next time, the adjusted mapping is applied again
    await page.click('[data-testid="import-excel"]');
    await page.setInputFiles('[data-testid="import-file"]', file);
    await page.click('[data-testid="import-analyse"]');
    await page.locator('[data-testid="import-mapping"]').waitFor({ timeout: 30_000 });
    expect(await page.getAttribute('[data-testid="import-mapping"] tr[data-column="I"]', 'data-field')).toBe('helperName');
    expect(await page.textContent('[data-testid="import-mapping"] tr[data-column="I"]')).toContain('按上次设置');
    await page.context().close();
  });

  it('refuses a file that is not a spreadsheet with a clear message', async () => {
    const page = await clerk('yanghe');
    await openLedger(page, srv.url, 'MONITORED');
    const fake = join(dir, '不是表格.xlsx');
    writeFileSync(fake, 'this is plain text, not a workbook');
    await page.click('[data-testid="import-excel"]');
    await page.setInputFiles('[data-testid="import-file"]', fake);
    await page.click('[data-testid="import-analyse"]');
    const err = page.locator('[data-testid="import-error"]');
    await err.waitFor({ timeout: 30_000 });
    expect(await err.textContent()).toMatch(/导入失败：.+/);
    expect(await page.locator('[data-testid="import-mapping"]').count()).toBe(0);
    await page.context().close();
  });
});

describe('exporting the current view', () => {
  it('exports the filtered ledger with its visible columns, a title row and masked ID numbers', async () => {
    const page = await clerk('office'); // ledger:read, no pii:read
    await openLedger(page, srv.url, 'MONITORED');
    // a view: a quick search and one column hidden
    await page.fill('[data-testid="search"]', '杨和镇');
    await page.waitForTimeout(500);
    await waitForRows(page);
    const countText = (await rowCount(page)) ?? '';
    const n = Number(/共 ([\d,]+) 户/.exec(countText)?.[1]?.replace(/,/g, '') ?? NaN);
    expect(n).toBeGreaterThan(0);
    // sorted by 户编号, descending (two clicks on its header)
    const codeHeader = page.locator('.ag-header-cell[col-id="code"] .ag-header-cell-label');
    await codeHeader.click();
    await page.waitForTimeout(300);
    await codeHeader.click();
    await expect.poll(() => page.getAttribute('.ag-header-cell[col-id="code"]', 'aria-sort')).toBe('descending');
    await waitForRows(page);
    await page.waitForTimeout(500);
    const firstCode = ((await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="code"]').textContent()) ?? '').trim();
    await page.click('[data-testid="column-chooser"]');
    await page.locator('label[data-col="phone"] input').uncheck();
    await page.keyboard.press('Escape');
    const headers = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.ag-header-row-column .ag-header-cell[col-id]')]
        .filter((h) => h.getAttribute('col-id') !== '__row')
        .sort((a, b) => Number(a.getAttribute('aria-colindex')) - Number(b.getAttribute('aria-colindex')))
        .map((h) => h.querySelector('.ag-header-cell-text')?.textContent?.trim() ?? ''),
    );
    expect(headers).not.toContain('联系电话');
    expect(headers).toContain('户主身份证号');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-excel"]')]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const ws = wb.worksheets[0];
    const text = (v: any) => (v == null ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r: any) => r.text).join('') : String(v));
    const title = text(ws.getRow(1).getCell(1).value);
    expect(title).toMatch(/监测户/);
    expect(title).toMatch(/\d{4}年\d{1,2}月/);
    const headerRow = ws.getRow(2);
    const got = headers.map((_, i) => text(headerRow.getCell(i + 1).value));
    expect(got).toEqual(headers);
    expect(text(headerRow.getCell(headers.length + 1).value)).toBe('');
    // data rows = the grid's count under the same filter
    let dataRows = 0;
    const idCol = headers.indexOf('户主身份证号') + 1;
    const ids: string[] = [];
    ws.eachRow((row: any, i: number) => {
      if (i <= 2) return;
      dataRows++;
      const id = text(row.getCell(idCol).value);
      if (id) ids.push(id);
    });
    expect(dataRows).toBe(n);
    // in the grid's order
    expect(text(ws.getRow(3).getCell(headers.indexOf('户编号') + 1).value)).toBe(firstCode);
    const codes: string[] = [];
    ws.eachRow((row: any, i: number) => {
      if (i > 2) codes.push(text(row.getCell(headers.indexOf('户编号') + 1).value));
    });
    expect(codes).toEqual([...codes].sort().reverse());
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/\*/);
    await page.context().close();
  });

  it('exports the monthly check grid\'s 未走访 view: the township\'s unvisited households, title and visible columns', async () => {
    const page = await clerk('yanghe');
    await page.goto(`${srv.url}/monitoring`);
    await page.click('[data-testid="mc-unvisited"]');
    await page.waitForURL(/visited=false/);
    await expect.poll(() => rowCount(page), { timeout: 15_000 }).toMatch(/共 [\d,]+ 户/);
    await page.waitForSelector('.ag-row[row-index="0"] .ag-cell[col-id="householdCode"]');
    const n = Number(/共 ([\d,]+) 户/.exec((await rowCount(page)) ?? '')?.[1]?.replace(/,/g, '') ?? NaN);
    expect(n).toBeGreaterThan(0);
    const month = await page.inputValue('[data-testid="mc-month"]');
    const headers = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.ag-header-row-column .ag-header-cell[col-id]')]
        .filter((h) => h.getAttribute('col-id') !== '__row')
        .sort((a, b) => Number(a.getAttribute('aria-colindex')) - Number(b.getAttribute('aria-colindex')))
        .map((h) => h.querySelector('.ag-header-cell-text')?.textContent?.trim() ?? ''),
    );
    expect(headers.slice(0, 2)).toEqual(['户编号', '户主']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="mc-export-excel"]')]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const ws = wb.worksheets[0];
    const text = (v: any) => (v == null ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r: any) => r.text).join('') : String(v));
    const [y, m] = month.split('-').map(Number);
    const title = text(ws.getRow(1).getCell(1).value);
    expect(title).toContain('杨和镇');
    expect(title).toContain('月度监测记录');
    expect(title).toContain(`${y}年${m}月`);
    const headerRow = ws.getRow(2);
    expect(headers.map((_, i) => text(headerRow.getCell(i + 1).value))).toEqual(headers);
    const stateCol = headers.indexOf('本月状态') + 1;
    const dateCol = headers.indexOf('走访日期') + 1;
    const states: string[] = [];
    const dates: string[] = [];
    ws.eachRow((row: any, i: number) => {
      if (i <= 2) return;
      states.push(text(row.getCell(stateCol).value));
      dates.push(text(row.getCell(dateCol).value));
    });
    // as many rows as the grid counts under 未走访, and none with a visit date (no check yet, or a draft without one)
    expect(states).toHaveLength(n);
    expect(states).toContain('未走访');
    expect(states.every((st) => st === '未走访' || st === '草稿')).toBe(true);
    expect(dates.every((d) => d === '')).toBe(true);
    await page.context().close();
  });

  it('downloads the ledger template with its headers and an example row', async () => {
    const page = await clerk('yanghe');
    await openLedger(page, srv.url, 'UNLIFTED');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-template"]')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const ws = wb.worksheets[0];
    const firstRow = (ws.getRow(1).values as unknown[]).filter(Boolean).map(String);
    expect(firstRow).toContain('户编号');
    expect(firstRow).toContain('户主姓名');
    expect(ws.rowCount).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});
