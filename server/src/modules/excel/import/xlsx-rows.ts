// Doudi's own reader of the one worksheet an import reads, ~3× faster than exceljs' streaming reader and giving the
// same rows: the parts are inflated with node:zlib as they stream from the offsets the zip guard found, the worksheet
// and the shared strings are tokenised by xml-scan.ts, and every cell gets the value exceljs' WorksheetReader would
// give it (worksheet-reader.js, exceljs 4.4.0: the same quirks included — text after a <v> inside a cell belongs to
// it, an inline rich string keeps its last run, a number whose style's format exceljs takes for a date is a Date).
// The small parts (workbook, relationships, styles) are parsed by exceljs' own xforms, so date formats and the 1904
// date system are read exactly as before. Anything else throws `Unsupported` and the caller reads the file with
// exceljs (import-reader-exceljs.unit.test.ts compares the two).
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createInflateRaw } from 'node:zlib';
import type { CellValue } from '../columns.js';
import { plainCell } from './cells.js';
import { NotASpreadsheet } from './limits.js';
import { type Attrs, Unsupported, XmlScanner, type XmlHandler } from './xml-scan.js';
import { orderedParts } from './workbook-first.js';
import type { XlsxLayout } from './zip-guard.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const require = createRequire(import.meta.url);
const StyleManager = require('exceljs/lib/xlsx/xform/style/styles-xform.js');
const WorkbookXform = require('exceljs/lib/xlsx/xform/book/workbook-xform.js');
const RelationshipsXform = require('exceljs/lib/xlsx/xform/core/relationships-xform.js');
const exUtils = require('exceljs/lib/utils/utils.js') as {
  isDateFmt(fmt: unknown): boolean; excelToDate(v: number, date1904: boolean): Date; xmlDecode(s: string): string;
};

// exceljs decodes the five entities once more in a text cell (so &amp;lt; in the file is "<").
const xmlDecode = (s: string): string => (s.includes('&') ? exUtils.xmlDecode(s) : s);

/** A row as exceljs' Row gives it: its number, and the plain value of columns 1..width (width: last non-empty cell). */
export interface RawRow {
  number: number;
  /** values[0] is column A; length is exceljs' `row.values.length - 1`. */
  values: CellValue[];
}

type Part = XlsxLayout['parts'][number];
const SHEET = /xl\/worksheets\/sheet\d+[.]xml/; // as exceljs' WorkbookReader matches it (unanchored)

/** The inflated bytes of one part, streamed. */
async function* partBytes(path: string, p: Part): AsyncGenerator<Buffer> {
  if (p.dataEnd <= p.dataStart) return;
  const raw = createReadStream(path, { start: p.dataStart, end: p.dataEnd - 1, highWaterMark: 1 << 16 });
  if (p.method === 0) {
    for await (const c of raw) yield c as Buffer;
    return;
  }
  const inflate = createInflateRaw({ chunkSize: 1 << 16 });
  raw.pipe(inflate);
  try {
    for await (const c of inflate) yield c as Buffer;
  } finally {
    raw.destroy();
    inflate.destroy();
  }
}

async function* partText(path: string, p: Part): AsyncGenerator<string> {
  const dec = new TextDecoder('utf-8');
  for await (const b of partBytes(path, p)) yield dec.decode(b, { stream: true });
  const tail = dec.decode();
  if (tail) yield tail;
}

/** Shared strings as exceljs caches them, boiled down: null where exceljs has none, else the cell's text. */
async function sharedStrings(path: string, p: Part): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  let text: string | null = null;
  let runs: (string | null)[] = [];
  const h: XmlHandler = {
    open(name) {
      if (name === 'si') {
        runs = [];
        text = null;
      } else if (name === 't') text = null;
    },
    text(t) {
      text = text ? text + t : t;
    },
    close(name) {
      if (name === 'r') {
        runs.push(text);
        text = null;
      } else if (name === 'si') {
        // exceljs: {richText} when the string has runs (never null, even if empty), else the text (null if none).
        out.push(runs.length ? runs.map((t) => t ?? '').join('') : text);
        runs = [];
        text = null;
      }
    },
  };
  const scan = new XmlScanner(h);
  for await (const s of partText(path, p)) scan.feed(s);
  scan.end();
  return out;
}

async function xform(path: string, p: Part | undefined, make: () => any): Promise<any> {
  const x = make();
  if (p) await x.parseStream(partBytes(path, p));
  return x;
}

interface Cell {
  col: number;
  s: number;
  t: string | undefined;
  f: { text: string } | null;
  v: { text: string } | null;
}

/** The column of a plain cell address (A1 … XFD1048576); anything else is Unsupported (exceljs may refuse it). */
function columnOf(ref: string | undefined): number {
  let n = 0;
  let i = 0;
  const len = ref === undefined ? 0 : ref.length;
  for (; i < len; i++) {
    const c = ref!.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) break;
    n = n * 26 + c - 64;
  }
  if (i === 0 || i > 3 || i === len || n > 16384) throw new Unsupported('cell without a plain address');
  for (let k = i; k < len; k++) {
    const c = ref!.charCodeAt(k);
    if (c < 0x30 || c > 0x39) throw new Unsupported('cell without a plain address');
  }
  return n;
}

/**
 * The rows of the first worksheet, as exceljs' streaming reader would give them to readRows. Throws Unsupported for
 * what it does not reproduce (possibly after some rows: the caller then re-reads with exceljs and skips those).
 */
export async function* fastXlsxRows(path: string, layout: XlsxLayout): AsyncGenerator<RawRow> {
  const parts = orderedParts(layout);
  const named = (n: string) => parts.filter((p) => p.name === n);
  // Repeated special parts would each be parsed in turn; no real workbook has them.
  for (const n of ['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels']) {
    if (named(n).length > 1) throw new Unsupported(`two ${n}`);
  }
  const sheet = parts.find((p) => SHEET.test(p.name));
  const wbPart = named('xl/workbook.xml')[0];
  if (!wbPart) throw new Unsupported('no workbook.xml'); // exceljs fails on the first date cell
  await xform(path, named('xl/_rels/workbook.xml.rels')[0], () => new RelationshipsXform());
  const wb = await xform(path, wbPart, () => new WorkbookXform());
  const date1904 = Boolean(wb.map.workbookPr?.model?.date1904);
  const stylesPart = named('xl/styles.xml')[0];
  const styles = stylesPart ? await xform(path, stylesPart, () => new StyleManager()) : new StyleManager();
  if (!stylesPart) styles.init();
  const ssPart = named('xl/sharedStrings.xml')[0];
  const strings = ssPart ? await sharedStrings(path, ssPart) : [];
  if (!sheet) throw new NotASpreadsheet('文件是 ZIP 压缩包，但不是有效的 Excel 工作簿（没有工作表）');

  // Per style id: undefined = no such style (the cell keeps the row's format), else whether exceljs reads a date.
  const dateStyle = new Map<number, boolean | undefined>();
  const isDateStyle = (id: number): boolean | undefined => {
    if (dateStyle.has(id)) return dateStyle.get(id);
    const model = styles.getStyleModel(id);
    const r = model ? exUtils.isDateFmt(model.numFmt) : undefined;
    dateStyle.set(id, r);
    return r;
  };

  let inRows = false;
  let rowNo = -1;
  let rowDate = false;
  let vals: CellValue[] = [];
  let width = 0;
  let c: Cell | null = null;
  let current: { text: string } | null = null;
  const ready: RawRow[] = [];

  const finishCell = (cell: Cell) => {
    let v: CellValue;
    let isNull = false;
    if (cell.f) {
      // {formula, result}: readRows keeps the result; a formula without one is an empty cell that still counts.
      if (cell.v) v = cell.t === 'str' ? plainCell(xmlDecode(cell.v.text)) : plainCell(parseFloat(cell.v.text));
      else v = null;
    } else if (cell.v) {
      const text = cell.v.text;
      switch (cell.t) {
        case 's': {
          const s = strings[parseInt(text, 10)];
          if (s === null || s === undefined) isNull = true;
          v = s == null ? null : plainCell(s);
          break;
        }
        case 'inlineStr':
        case 'str':
          v = plainCell(xmlDecode(text));
          break;
        case 'e':
          v = String(text);
          break;
        case 'b':
          v = parseInt(text, 10) !== 0 ? '是' : '否';
          break;
        default: {
          let date = rowDate;
          if (cell.s) {
            const d = isDateStyle(cell.s);
            if (d !== undefined) date = d;
          }
          v = plainCell(date ? exUtils.excelToDate(parseFloat(text), date1904) : parseFloat(text));
        }
      }
    } else {
      isNull = true;
      v = null;
    }
    // exceljs keeps the last value written to a column (a repeated address overwrites; an empty one does not).
    if (isNull) return;
    while (vals.length < cell.col) vals.push(null);
    vals[cell.col - 1] = v;
    if (cell.col > width) width = cell.col;
  };

  const h: XmlHandler = {
    open(name: string, a: Attrs) {
      switch (name) {
        case 'sheetData':
          inRows = true;
          break;
        case 'row':
          if (inRows) {
            const r = parseInt(a.r!, 10);
            if (!Number.isFinite(r)) throw new Unsupported('row without a number');
            rowNo = r;
            vals = [];
            width = 0;
            rowDate = false;
            if (a.s) {
              const d = isDateStyle(parseInt(a.s, 10));
              if (d !== undefined) rowDate = d;
            }
          }
          break;
        case 'c':
          if (rowNo !== -1) c = { col: columnOf(a.r), s: parseInt(a.s!, 10), t: a.t, f: null, v: null };
          break;
        case 'f':
          if (c) current = c.f = { text: '' };
          break;
        case 'v':
        case 'is':
        case 't':
          if (c) current = c.v = { text: '' };
          break;
        default:
      }
    },
    text(t: string) {
      if (current) current.text += t;
    },
    close(name: string) {
      switch (name) {
        case 'sheetData':
          inRows = false;
          break;
        case 'row':
          if (rowNo === -1) throw new Unsupported('a row outside sheetData');
          if (vals.length > width) vals.length = width;
          ready.push({ number: rowNo, values: vals });
          rowNo = -1;
          break;
        case 'c':
          if (rowNo !== -1 && c) {
            finishCell(c);
            c = null;
          }
          break;
        default:
      }
    },
  };
  const scan = new XmlScanner(h);
  for await (const s of partText(path, sheet)) {
    scan.feed(s);
    if (ready.length) {
      yield* ready;
      ready.length = 0;
    }
  }
  scan.end();
  yield* ready;
}
