import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows } from './import/reader.js';

// Unit tier: exceljs' streaming reader copies a worksheet that comes before the shared strings or the workbook's
// relationships into a temp file (tmp-<pid>-… in the system temp folder) and removes it only when the read goes on
// to the next worksheet — which an import never does. The reader hands exceljs the parts in the order it needs them,
// so no temp file is made, whatever the order in the file and however early the read stops.
const FIX = fileURLToPath(new URL('../../../test-fixtures/excel/', import.meta.url));
const ours = () => readdirSync(tmpdir()).filter((n) => n.startsWith(`tmp-${process.pid}-`));

/** A workbook from exceljs' streaming writer: the worksheet is written first, the shared strings and rels after it. */
async function sheetFirst(useSharedStrings: boolean, rows: number): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'doudi-order-')), `${useSharedStrings ? 'shared' : 'inline'}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings });
  const ws = wb.addWorksheet('台账');
  for (let i = 1; i <= rows; i++) ws.addRow([i, `户主${i}`]).commit();
  ws.commit();
  await wb.commit();
  return path;
}

async function collect(path: string, stopAfter = Infinity): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for await (const r of readRows(path, 'xlsx')) {
    out.push(r.values);
    if (out.length >= stopAfter) break;
  }
  return out;
}

describe('the xlsx reader needs no temp file', () => {
  // exceljs reads these (the fallback of Doudi's own reader, xlsx-rows.ts, which makes no temp file at all).
  beforeAll(() => {
    process.env.DOUDI_XLSX_READER = 'exceljs';
  });
  afterAll(() => {
    delete process.env.DOUDI_XLSX_READER;
  });

  it('reads a LibreOffice workbook (worksheet before shared strings and rels) whole, leaving no temp file', async () => {
    const before = ours();
    const rows = await collect(`${FIX}varied-headers.xlsx`);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.flat()).toContain('纳海成');
    expect(ours()).toEqual(before);
  });

  it('stops early in a sheet-first workbook with shared strings, leaving no temp file', async () => {
    const path = await sheetFirst(true, 3000);
    const before = ours();
    expect(await collect(path, 1)).toEqual([[1, '户主1']]);
    const all = await collect(path);
    expect(all).toHaveLength(3000);
    expect(all[2999]).toEqual([3000, '户主3000']);
    expect(ours()).toEqual(before);
  });

  it('reads a sheet-first workbook with inline strings only (no sharedStrings.xml), leaving no temp file', async () => {
    const path = await sheetFirst(false, 50);
    const before = ours();
    const all = await collect(path);
    expect(all).toHaveLength(50);
    expect(all[49]).toEqual([50, '户主50']);
    expect(ours()).toEqual(before);
  });
});
