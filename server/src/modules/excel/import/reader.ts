// Reads the first worksheet of an uploaded file row by row, without loading it whole: XLSX through Doudi's own
// streaming reader (xlsx-rows.ts; exceljs' streaming reader for what it does not reproduce), CSV through a small RFC 4180 parser (UTF-8 with or without BOM, or GB18030 as WPS and Chinese Excel save).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue } from '../columns.js';
import { plainCell } from './cells.js';
import { NotASpreadsheet, SHEET_LIMITS as L, SheetTooLarge } from './limits.js';
import { guardXlsx, type XlsxLayout } from './zip-guard.js';
import { fastXlsxRows, type RawRow } from './xlsx-rows.js';
import { workbookFirst } from './workbook-first.js';

export { NotASpreadsheet, SheetTooLarge };

export type SheetFormat = 'xlsx' | 'csv';

export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  row: number;
  /** values[0] is column A. */
  values: CellValue[];
}

/** Decides the format from the file's first bytes (never from its name alone): a renamed PNG is not a sheet. */
export async function sniffFormat(path: string, fileName: string): Promise<SheetFormat> {
  const fh = await open(path, 'r');
  const head = Buffer.alloc(4096);
  let n = 0;
  try {
    n = (await fh.read(head, 0, head.length, 0)).bytesRead;
  } finally {
    await fh.close();
  }
  const b = head.subarray(0, n);
  if (n === 0) throw new NotASpreadsheet('文件是空的');
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'xlsx';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    throw new NotASpreadsheet('这是旧版 Excel 97-2003（.xls）文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入');
  }
  const lower = fileName.toLowerCase();
  const looksText = !b.includes(0) && !/^\x89PNG|^GIF8|^%PDF|^\xff\xd8\xff/.test(b.toString('latin1', 0, 8));
  if ((lower.endsWith('.csv') || lower.endsWith('.txt')) && looksText) return 'csv';
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) {
    throw new NotASpreadsheet(`“${fileName}”的扩展名是 .xlsx，但内容不是 Excel 工作簿（可能是改了扩展名的其他文件）`);
  }
  throw new NotASpreadsheet(`“${fileName}”不是 Excel（.xlsx）或 CSV 文件`);
}

/** Rows of the first worksheet (only rows with something in them; row numbers are the sheet's own). */
export async function* readRows(path: string, format: SheetFormat): AsyncGenerator<SheetRow> {
  if (format === 'csv') {
    yield* readCsv(path);
    return;
  }
  const layout = await guardXlsx(path);
  for await (const r of rawXlsxRows(path, layout)) {
    if (r.number > L.rows) throw new SheetTooLarge(tooManyRows());
    if (r.values.length > L.columns) throw new SheetTooLarge(tooManyColumns(r.number));
    let any = false;
    for (const v of r.values) {
      if (typeof v === 'string' && v.length > L.cellChars) throw new SheetTooLarge(tooLongCell(r.number));
      if (v !== null) any = true;
    }
    if (any) yield { row: r.number, values: r.values };
    // Rows are checked synchronously as they come: let other requests (and /healthz) in every so often.
    if (r.number % YIELD_EVERY === 0) await breathe();
  }
}

/**
 * The first worksheet's rows: Doudi's reader (xlsx-rows.ts), or exceljs' for a file it does not reproduce — then the
 * rows it already gave are skipped. DOUDI_XLSX_READER=exceljs reads every file with exceljs (for comparisons).
 */
async function* rawXlsxRows(path: string, layout: XlsxLayout): AsyncGenerator<RawRow> {
  let given = 0;
  if (process.env.DOUDI_XLSX_READER !== 'exceljs') {
    try {
      for await (const r of fastXlsxRows(path, layout)) {
        given += 1;
        yield r;
      }
      return;
    } catch (err) {
      if (err instanceof NotASpreadsheet || err instanceof SheetTooLarge) throw err;
      // Unsupported, or anything unforeseen: exceljs reads the file (and reports its own errors).
    }
  }
  for await (const r of exceljsRows(path, layout)) {
    if (given > 0) given -= 1;
    else yield r;
  }
}

/** The first worksheet's rows through exceljs' streaming reader, values made plain (cells.ts). */
export async function* exceljsRows(path: string, layout: XlsxLayout): AsyncGenerator<RawRow> {
  // exceljs is patched (patches/exceljs@4.4.0.patch) to decode UTF-8 across inflated chunks; see import-reader.unit.test.ts.
  // It gets the parts in the order it needs them (workbook-first.ts), so it never parks a worksheet in a temp file,
  // and the stream is destroyed however the read ends.
  const source = Readable.from(workbookFirst(path, layout), { objectMode: false });
  let reader: AsyncIterable<AsyncIterable<ExcelJS.Row>>;
  try {
    reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
      worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore',
    });
  } catch {
    source.destroy();
    throw new NotASpreadsheet('无法读取该 Excel 文件');
  }
  let sawSheet = false;
  try {
    for await (const ws of reader) {
      sawSheet = true;
      for await (const r of ws) {
        const raw = r.values as unknown[]; // 1-based, sparse
        const values: CellValue[] = [];
        for (let i = 1; i < raw.length; i++) values.push(plainCell(raw[i]));
        yield { number: r.number, values };
      }
      break; // the first worksheet only
    }
  } catch (err) {
    if (err instanceof NotASpreadsheet || err instanceof SheetTooLarge) throw err;
    if (!sawSheet) throw new NotASpreadsheet('文件是 ZIP 压缩包，但不是有效的 Excel 工作簿');
    // Never the library's message ("Cannot read properties of undefined", "Invalid Address: ANaN"): a fixed one.
    throw new NotASpreadsheet('读取 Excel 文件出错：文件已损坏或格式不受支持，请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入');
  } finally {
    source.destroy();
  }
  if (!sawSheet) throw new NotASpreadsheet('文件是 ZIP 压缩包，但不是有效的 Excel 工作簿（没有工作表）');
}

const YIELD_EVERY = 2000;
const breathe = () => new Promise<void>((r) => setImmediate(r));

const tooManyRows = () => `工作表超过 ${L.rows.toLocaleString('en-US')} 行，请拆分后分批导入`;
const tooManyColumns = (row: number) => `第 ${row} 行超过 ${L.columns.toLocaleString('en-US')} 列，已拒绝`;
const tooLongCell = (row: number) => `第 ${row} 行有单元格超过 ${L.cellChars.toLocaleString('en-US')} 个字符，已拒绝`;

/** UTF-8 unless the first 64 KiB are not valid UTF-8: then GB18030 (a superset of GBK / GB2312). */
async function csvEncoding(path: string): Promise<{ encoding: 'utf-8' | 'gb18030'; bom: number }> {
  const fh = await open(path, 'r');
  const buf = Buffer.alloc(65536);
  let n = 0;
  try {
    n = (await fh.read(buf, 0, buf.length, 0)).bytesRead;
  } finally {
    await fh.close();
  }
  const b = buf.subarray(0, n);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  try {
    // stream: true lets a multi-byte character cut at the sample's end pass.
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'gb18030', bom: 0 };
  }
}

/** A cell read from CSV: text stays text (ID numbers keep their digits); only what Excel shows as a number parses. */
function csvCell(s: string): CellValue {
  const t = s.trim();
  if (t === '') return null;
  return t;
}

async function* readCsv(path: string): AsyncGenerator<SheetRow> {
  const { encoding, bom } = await csvEncoding(path);
  const decoder = new TextDecoder(encoding);
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteSeen = false; // the previous char was a quote inside a quoted field
  let rowNo = 1;
  let pendingCR = false;
  const out: SheetRow[] = [];
  let lineChars = 0;
  const endRow = () => {
    lineChars = 0;
    if (rowNo > L.rows) throw new SheetTooLarge(tooManyRows());
    if (row.length >= L.columns) throw new SheetTooLarge(tooManyColumns(rowNo));
    row.push(field);
    field = '';
    const values = row.map(csvCell);
    if (values.some((v) => v !== null)) out.push({ row: rowNo, values });
    row = [];
    rowNo += 1;
  };
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      // A long line, cell or row is refused as it streams, never accumulated.
      if (++lineChars > L.csvLineChars) throw new SheetTooLarge(`第 ${rowNo} 行超过 ${L.csvLineChars.toLocaleString('en-US')} 个字符，已拒绝`);
      if (field.length > L.cellChars) throw new SheetTooLarge(tooLongCell(rowNo));
      if (pendingCR) {
        pendingCR = false;
        if (c === '\n') continue;
      }
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === '"') {
            field += '"';
            continue;
          }
          inQuotes = false; // fall through: the closing quote was real
        } else if (c === '"') {
          quoteSeen = true;
          continue;
        } else {
          field += c;
          continue;
        }
      }
      if (c === '"' && field.trim() === '') {
        field = '';
        inQuotes = true;
      } else if (c === ',') {
        if (row.length >= L.columns) throw new SheetTooLarge(tooManyColumns(rowNo));
        row.push(field);
        field = '';
      } else if (c === '\n' || c === '\r') {
        endRow();
        if (c === '\r') pendingCR = true;
      } else {
        field += c;
      }
    }
  };
  const stream = createReadStream(path, { start: bom, highWaterMark: 1 << 16 });
  for await (const chunk of stream) {
    feed(decoder.decode(chunk as Buffer, { stream: true }));
    for (let i = 0; i < out.length; i += YIELD_EVERY) {
      yield* out.slice(i, i + YIELD_EVERY);
      await breathe();
    }
    out.length = 0;
  }
  feed(decoder.decode());
  if (quoteSeen) inQuotes = false;
  if (field !== '' || row.length) endRow();
  yield* out.splice(0);
}
