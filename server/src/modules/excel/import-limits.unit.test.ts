import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NotASpreadsheet, readRows, SheetTooLarge, sniffFormat } from './import/reader.js';

// The reader's limits (import/limits.ts), in-process: the end-to-end bombs are in test/src/hostile/.
const dir = mkdtempSync(join(tmpdir(), 'doudi-limits-'));

/** A zip written by hand: [name, deflated data, declared size] per entry (CRCs 0: the guard must refuse first). */
function zip(entries: [string, Buffer, number][]): Buffer {
  const out: Buffer[] = [];
  for (const [name, data, declared] of entries) {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(declared, 22);
    h.writeUInt16LE(Buffer.byteLength(name), 26);
    out.push(h, Buffer.from(name), data);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  return Buffer.concat([...out, end]);
}
/** Deflate output that inflates to `chunk` repeated (`times` copies of a full-flushed segment). */
const repeated = (chunk: string, times: number) => Buffer.concat([
  ...Array.from({ length: times }, () => deflateRawSync(Buffer.from(chunk), { finishFlush: constants.Z_FULL_FLUSH })), deflateRawSync(Buffer.alloc(0)),
]);
const sheet = (xml: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xml}</sheetData></worksheet>`;

async function read(bytes: Buffer, name: string): Promise<number> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  let n = 0;
  for await (const _ of readRows(path, await sniffFormat(path, name))) n += 1;
  return n;
}

describe('sheet limits', () => {
  it('reads a real workbook at the limits: 1,000 columns, a 32,767-character cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(Array.from({ length: 1000 }, (_, i) => `列${i}`));
    ws.addRow(['马', 'x'.repeat(32_767)]);
    expect(await read(Buffer.from(await wb.xlsx.writeBuffer()), 'ok.xlsx')).toBe(2);
  });

  it.each([
    ['shared strings of 100 MB declared as 1 KB', () => zip([['xl/sharedStrings.xml', repeated(`<si><t>${'A'.repeat(1000)}</t></si>`.repeat(1000), 100), 1000]]), /解压后超过 64 MB|压缩比超过 200 倍/],
    ['a sheet of 300,000 rows declared as 1 KB', () => zip([['xl/worksheets/sheet1.xml', repeated('<row><c><v>1</v></c></row>'.repeat(1000), 300), 1000]]), /超过 200,000 行|压缩比/],
    ['a 2 MB run of text without a tag', () => zip([['xl/worksheets/sheet1.xml', repeated('A'.repeat(1 << 16), 32), 1000]]), /超过 1 MB 的单元格内容/],
    ['an entry declared at 3 GB', () => zip([['xl/worksheets/sheet1.xml', deflateRawSync(Buffer.from(sheet(''))), 3_000_000_000]]), /超过 256 MB/],
    ['1,001 entries', () => zip(Array.from({ length: 1001 }, (_, i) => [`x${i}.xml`, deflateRawSync(Buffer.from('x')), 1] as [string, Buffer, number])), /条目超过 1000 个/],
  ])('refuses %s as TOO_LARGE', async (_n, build, message) => {
    const err = await read(build(), 'bomb.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetTooLarge);
    expect((err as Error).message).toMatch(message);
  });

  it('refuses corrupt deflate data as not a spreadsheet', async () => {
    const err = await read(zip([['xl/worksheets/sheet1.xml', Buffer.from('garbage, not deflate'), 100]]), 'bad.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotASpreadsheet);
  });

  it.each([
    ['1,001 columns', `a${',b'.repeat(1000)}\n`, /超过 1,000 列/],
    ['a 32,768-character cell', `${'x'.repeat(32_768)}\n`, /超过 32,767 个字符/],
    ['200,001 rows', 'a\n'.repeat(200_001), /超过 200,000 行/],
  ])('refuses a CSV with %s', async (_n, text, message) => {
    const err = await read(Buffer.from(text), 'bad.csv').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SheetTooLarge);
    expect((err as Error).message).toMatch(message);
  });

  it('reads a CSV at the limits: 1,000 columns and a 32,767-character cell', async () => {
    expect(await read(Buffer.from(`a${',b'.repeat(999)}\n${'x'.repeat(32_767)},y\n`), 'ok.csv')).toBe(2);
  });
});
