import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readRows } from './import/reader.js';

// Both xlsx readers (Doudi's, and exceljs' as its fallback) must decode UTF-8 across inflated chunks.
// exceljs' streaming reader inflates each part of the workbook in chunks (16 KiB). Unpatched, it decodes every chunk
// on its own, so a Chinese character (3 bytes in UTF-8) that a chunk boundary cuts becomes two U+FFFD. The pnpm patch
// of exceljs (patches/exceljs@4.4.0.patch) decodes across boundaries. These sheets hold far more than one chunk of
// 3-byte characters: with ~2,000 boundaries, a cut character is certain in each of them.
const ROWS = 4000;
const text = (i: number) => `第${i}户：饮水安全问题、住房安全有保障、义务教育阶段无辍学${'兜底'.repeat(i % 7)}`;

async function readBack(path: string): Promise<string[]> {
  const out: string[] = [];
  for await (const r of readRows(path, 'xlsx')) out.push(String(r.values[1]));
  return out;
}

describe('the xlsx reader decodes UTF-8 across chunk boundaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doudi-utf8-'));
  const expected = Array.from({ length: ROWS }, (_, i) => text(i));

  it.each([
    ['Doudi', 'shared strings (as Excel and WPS write them)', 'shared.xlsx', true],
    ['Doudi', 'inline strings in the worksheet', 'inline.xlsx', false],
    ['exceljs', 'shared strings (as Excel and WPS write them)', 'shared-x.xlsx', true],
    ['exceljs', 'inline strings in the worksheet', 'inline-x.xlsx', false],
  ])('%s reader: reads %s unchanged', async (reader, _what, file, useSharedStrings) => {
    if (reader === 'exceljs') process.env.DOUDI_XLSX_READER = 'exceljs';
    onTestFinished(() => {
      delete process.env.DOUDI_XLSX_READER;
    });
    const path = join(dir, file);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings });
    const ws = wb.addWorksheet('台账');
    for (let i = 0; i < ROWS; i++) ws.addRow([i + 1, expected[i]]).commit();
    ws.commit();
    await wb.commit();
    const got = await readBack(path);
    expect(got.filter((s) => s.includes('\ufffd'))).toEqual([]);
    expect(got).toEqual(expected);
  });
});
