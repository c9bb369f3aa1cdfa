// Cell values as sheets deliver them (exceljs objects, CSV text) turned into plain values, and the cell-level
// readings the import needs beyond the shared validators: ID numbers Excel turned into numbers, dates in the forms
// staff type, Excel serial dates.
import type { CellValue } from '../columns.js';

/** A plain cell value: what exceljs' rich text, formulas, hyperlinks and shared strings boil down to. */
export function plainCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return plainCell((o.richText as { text?: string }[]).map((t) => t.text ?? '').join(''));
    if ('result' in o) return plainCell(o.result);
    if ('formula' in o || 'sharedFormula' in o) return null;
    if ('text' in o) return plainCell(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

/** Text of a cell as a person reads it (for headers, names, places). */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).replace(/[\u200b\ufeff]/g, '').trim();
}

/** Column letter for a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const SCI = /^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/;

export type IdCellReading =
  | { kind: 'text'; value: string }
  | { kind: 'scientific'; shown: string }
  | { kind: 'masked' };

/**
 * How an ID-number cell arrived. A number cell, or text in scientific notation (6.40121E+17, what a CSV saved from
 * Excel holds), has lost its last digits for good: Excel keeps 15 significant digits. An 18-digit text ending in 000
 * whose check digit fails is the same loss after the column was formatted as a plain number.
 */
export function readIdCell(v: CellValue): IdCellReading {
  if (typeof v === 'number') return { kind: 'scientific', shown: v.toExponential(5).replace('e+', 'E+') };
  const s = cellText(v).normalize('NFKC').replace(/\s+/g, '');
  if (SCI.test(s)) return { kind: 'scientific', shown: s };
  if (s.includes('*')) return { kind: 'masked' };
  return { kind: 'text', value: s };
}

export const SCIENTIFIC_MESSAGE = (label: string, shown: string): string =>
  `${label}“${shown}”被 Excel 存成了数字（科学计数法），末尾几位已经丢失，无法还原；` +
  `请把该列设置为“文本”格式后重新录入完整的18位号码（或在号码前加英文单引号 '）`;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Excel's 1900 date system: serial 1 = 1900-01-01 (with the 1900 leap-year bug: 60 is the phantom 02-29). */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 109_574) return null; // up to 2199-12-31
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/**
 * A date as YYYY-MM-DD from a Date cell (exceljs reads dates as UTC midnight of the shown day), an Excel serial
 * number, or text: 2021-3-5, 2021/03/05, 2021.3.5, 2021年3月5日, 20210305.
 */
export function readDate(v: CellValue): string | null {
  if (v === null) return null;
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad2(v.getUTCMonth() + 1)}-${pad2(v.getUTCDate())}`;
  if (typeof v === 'number') {
    if (v >= 19000101 && v <= 21991231 && Number.isInteger(v)) return readDate(String(v));
    return serialToIso(v);
  }
  const s = v.normalize('NFKC').trim().replace(/\s+/g, '');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{2})-(\d{2})[T ]/.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.\d+)?$/.test(s)) return serialToIso(Number(s));
  return null;
}

/** A month (YYYY-MM) from a date cell or text like 2021-03, 2021年3月, 202103. */
export function readPeriod(v: CellValue): string | null {
  if (v === null) return null;
  if (typeof v === 'string') {
    const s = v.normalize('NFKC').trim().replace(/\s+/g, '');
    const m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${pad2(Number(m[2]))}`;
  }
  const d = readDate(v);
  return d ? d.slice(0, 7) : null;
}

/** The value handed to the shared validators: Dates as their day, numbers kept (the validators read 5,800元 too). */
export function validatorInput(v: CellValue): unknown {
  if (v === null) return undefined;
  if (v instanceof Date) return readDate(v);
  return v;
}
