// Issue 11, in a real Chromium against the production build: a township sheet with a 家庭人口 column goes through the
// import wizard end to end. The mapping step shows 家庭人口 as not imported, with the reason; the dry run finds 4 valid
// rows and 1 invalid; with 仅导入有效行 the commit imports those 4, says so with the mode, the counts and the list of
// the row left out; the households appear in the ledger with the ledger's YN… codes, whole in their column.
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { idCheckChar } from '@doudi/shared';
import { repoRoot, type RunningServer } from '../server-process.js';
import { apiAs, login, newContext, openLedger, useBrowserSuite } from './chromium.js';

// exceljs is the server's dependency (the test package has none of its own): load it from there.
const requireFromServer = createRequire(join(repoRoot, 'server', 'package.json'));
const ExcelJS: any = requireFromServer('exceljs');

let srv: RunningServer;
let browser: Browser;
let dir: string;

useBrowserSuite(60, async (s) => {
  ({ srv, browser } = s);
  dir = mkdtempSync(join(tmpdir(), 'doudi-import-e2e-'));
});

// Valid fictitious ID numbers, born 1958-08-08, serials the demo data does not use.
let serial = 700;
function idNumber(): string {
  const first17 = `64012119580808${String(serial++).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

const NAMES = ['家口测甲', '家口测乙', '家口测丙', '家口测丁', '家口测戊'];

/** Header on row 1; 家庭人口 in column E; row 6 has an ID number with a wrong check character. */
async function sheet(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('监测户');
  ws.addRow(['户主姓名', '身份证号码', '乡镇', '村', '家庭人口', '人均纯收入']);
  const good = idNumber();
  const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
  ws.addRow([NAMES[0], idNumber(), '杨和镇', '王太村', 1, 5200]);
  ws.addRow([NAMES[1], idNumber(), '杨和镇', '王太村', 4, 4800]);
  ws.addRow([NAMES[2], idNumber(), '杨和镇', '红星村', 3, 6100]);
  ws.addRow([NAMES[3], idNumber(), '杨和镇', '红星村', 1, 3900]);
  ws.addRow([NAMES[4], bad, '杨和镇', '王太村', 2, 4100]);
  ws.getColumn(2).numFmt = '@';
  await wb.xlsx.writeFile(path);
}

const rowCount = (page: Page) => page.textContent('[data-testid="row-count"]');

describe('the import wizard with a 家庭人口 column', () => {
  it('shows 家庭人口 as not imported, dry-runs 4 valid / 1 invalid, commits the valid rows and says what it did', async () => {
    const file = join(dir, '杨和镇家庭人口.xlsx');
    await sheet(file);
    const context = await newContext(browser, srv.url);
    const page = await context.newPage();
    await login(page, srv.url, 'yanghe');
    await openLedger(page, srv.url, 'MONITORED');
    await page.fill('[data-testid="search"]', '家口测');
    await expect.poll(() => rowCount(page), { timeout: 15_000 }).toMatch(/共 0 户/);

    await page.click('[data-testid="import-excel"]');
    await page.locator('[data-testid="import-dialog"]').waitFor();
    await page.setInputFiles('[data-testid="import-file"]', file);
    await page.click('[data-testid="import-analyse"]');
    const mappingTable = page.locator('[data-testid="import-mapping"]');
    await mappingTable.waitFor({ timeout: 30_000 });

    // The mapping step: 家庭人口 is not importable, with the reason; no blank dropdown marked 自动识别.
    const countRow = mappingTable.locator('tr[data-column="E"]');
    expect(await countRow.getAttribute('data-importable')).toBe('false');
    expect(await countRow.getAttribute('data-field')).toBe('');
    expect((await page.textContent('[data-testid="map-E"]'))?.trim()).toBe('不导入');
    expect(await page.locator('select[data-testid="map-E"]').count()).toBe(0);
    const state = await countRow.locator('[data-testid="import-column-state"]').textContent();
    expect(state).toContain('家庭人口由家庭成员自动计算，仅用于核对');
    expect(state).not.toContain('自动识别');
    expect(await mappingTable.locator('tr[data-column="A"]').getAttribute('data-field')).toBe('headName');

    // The dry run: 4 valid, 1 invalid (row 6), and the 家庭人口 that differ from the one member imported.
    await page.click('[data-testid="import-dry-run"]');
    const report = page.locator('[data-testid="import-report"]');
    await report.waitFor({ timeout: 30_000 });
    const stat = (k: string) => report.locator(`[data-stat="${k}"]`).textContent();
    expect([await stat('valid'), await stat('invalid'), await stat('created')]).toEqual(['4', '1', '4']);
    expect(await page.locator('[data-testid="import-errors"] tbody tr').count()).toBe(1);
    expect(await page.getAttribute('[data-testid="import-errors"] tbody tr', 'data-row')).toBe('6');
    const warnings = page.locator('[data-testid="import-warnings"] tbody tr');
    expect(await warnings.count()).toBe(2);
    expect(await warnings.first().textContent()).toContain('家庭人口填写为4，实际导入成员1人');

    // Commit only the valid rows: the message states the mode, the counts and lists the row left out.
    await page.click('[data-testid="import-valid-only"]');
    await page.click('[data-testid="import-commit"]');
    const result = page.locator('[data-testid="import-result"]');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute('data-mode')).toBe('valid-only');
    expect(await result.getAttribute('data-committed')).toBe('true');
    const text = await page.textContent('[data-testid="import-result-text"]');
    expect(text).toContain('仅导入有效行');
    expect(text).toContain('新增 4 户');
    expect(text).toContain('跳过有错误的 1 行');
    expect(text).not.toContain('全部或全不');
    expect(await page.getAttribute('[data-testid="import-errors"] tbody tr', 'data-row')).toBe('6');
    expect(await page.locator('[data-testid="import-warnings"] tbody tr').count()).toBe(2);
    await page.click('[data-testid="import-close"]');
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });

    // The 4 households are in the ledger with YN… codes, whole in the grid's column.
    const yanghe = await apiAs(srv.url, 'yanghe');
    const api = (await yanghe(`{ households(where: { headName: { contains: "家口测" } }) { totalCount edges { node { code headName memberCount } } } }`)).data.households;
    expect(api.totalCount).toBe(4);
    expect(api.edges.map((e: any) => e.node.headName).sort()).toEqual(NAMES.slice(0, 4).sort());
    for (const e of api.edges) expect(e.node.code).toMatch(/^YN\d{7}$/);
    await expect.poll(() => rowCount(page), { timeout: 15_000 }).toMatch(/共 4 户/);
    const cells = page.locator('.ag-row[row-index] .ag-cell[col-id="code"]');
    await expect.poll(() => cells.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    const shown = (await cells.allTextContents()).map((c) => c.trim()).filter((c) => c);
    expect(shown.sort()).toEqual(api.edges.map((e: any) => e.node.code).sort());
    for (const fits of await cells.evaluateAll((els) => els.map((el) => el.scrollWidth <= el.clientWidth))) expect(fits).toBe(true);
    await context.close();
  });
});
