// A source's rows as the agency sent them (a sheet's cells by field, or rows pushed over the API) checked and turned
// into comparison_row values: the ID number normalised (15 digits converted, x upper-cased), the name as compared,
// each column into its typed slot. One function for the import wizard and the API, so both refuse the same rows.
import { createHash } from 'node:crypto';
import {
  COMPARISON_COLUMNS, normaliseIdNumber, readCategory, readGrade, readStatus, resolveRegionName, type ComparisonKind,
} from '@doudi/shared';
import type { CellValue } from '../excel/columns.js';
import { cellText, readDate } from '../excel/import/cells.js';

export interface SourceRowIn {
  /** The sheet's row number, or the index + 1 of an API row. */
  row: number;
  cells: Record<string, CellValue>;
}

export interface RowProblem {
  row: number | null;
  field: string | null;
  code: string;
  message: string;
}

export interface PreparedRow {
  rowNo: number;
  idNumber: string;
  name: string;
  detail: string | null;
  amount: number | null;
  status: string | null;
  grade: string | null;
  eventDate: string | null;
  category: string | null;
  regionCode: string | null;
  cells: string;
  rowKey: string;
}

export const MAX_SOURCE_ROWS = 200_000;

/** The name as compared with the ledger's: NFKC, no spaces, one middle dot. */
export const comparedName = (s: string): string => s.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '').replace(/[·•‧∙]/g, '·');

function readNumber(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = cellText(v).normalize('NFKC').replace(/[,，\s元套辆]/g, '');
  if (!s) return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/**
 * Checks every row of a source of `kind`. Exact repeats of an earlier row (same ID number and values) are warnings and
 * are loaded once; two different rows of one person (two vehicles, two employers) are both kept.
 */
export function prepareRows(kind: ComparisonKind, rows: Iterable<SourceRowIn>): { rows: PreparedRow[]; errors: RowProblem[]; warnings: RowProblem[]; invalid: number; total: number } {
  const cols = COMPARISON_COLUMNS[kind];
  const out: PreparedRow[] = [];
  const errors: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const seen = new Map<string, number>();
  let invalid = 0;
  let total = 0;
  for (const r of rows) {
    total += 1;
    const errs: RowProblem[] = [];
    const err = (field: string, code: string, message: string) => errs.push({ row: r.row, field, code, message });
    const p: PreparedRow = {
      rowNo: r.row, idNumber: '', name: '', detail: null, amount: null, status: null, grade: null, eventDate: null, category: null,
      regionCode: null, cells: '', rowKey: '',
    };
    const shown: Record<string, string> = {};
    for (const c of cols) {
      const v = r.cells[c.field] ?? null;
      const text = cellText(v);
      shown[c.field] = v instanceof Date ? readDate(v) ?? text : text;
      if (!text) {
        if (c.required) err(c.field, 'REQUIRED', `${c.zh}不能为空`);
        continue;
      }
      if (c.slot === 'idNumber') {
        const id = normaliseIdNumber(typeof v === 'number' ? v : text);
        if (id.ok) p.idNumber = id.value;
        else err(c.field, 'INVALID_ID_NUMBER', id.message);
      } else if (c.slot === 'name') {
        if (text.length > 50) err(c.field, 'TOO_LONG', `${c.zh}不能超过 50 个字`);
        else p.name = comparedName(text);
      } else if (c.type === 'number') {
        const n = readNumber(v);
        if (n === null || Number.isNaN(n) || n < 0 || n > 1e9) err(c.field, 'INVALID_VALUE', `${c.zh}“${text}”不是有效的数字`);
        else p.amount = n;
      } else if (c.type === 'date') {
        const d = readDate(v);
        if (!d) err(c.field, 'INVALID_VALUE', `${c.zh}“${text}”不是有效日期`);
        else p.eventDate = d;
      } else if (c.type === 'status') {
        const s = readStatus(text);
        if (!s) err(c.field, 'INVALID_VALUE', `${c.zh}“${text}”无法识别（应如 参保、停保、存续、注销）`);
        else p.status = s;
      } else if (c.type === 'grade') {
        const g = readGrade(text);
        if (!g) err(c.field, 'INVALID_VALUE', `${c.zh}“${text}”无效，应为一级到四级`);
        else p.grade = g;
      } else if (c.type === 'category') {
        const k = readCategory(text);
        if (!k) err(c.field, 'INVALID_VALUE', `${c.zh}“${text}”无法识别（应为 脱贫不稳定户、边缘易致贫户、突发严重困难户 等）`);
        else p.category = k;
      } else if (c.slot === 'region') {
        const reg = resolveRegionName(text);
        if (reg.ok) p.regionCode = reg.code;
        else err(c.field, 'UNKNOWN_PLACE', `${c.zh}“${text}”不是本县的村（社区）`);
      } else if (c.slot === 'status') {
        p.status = text.slice(0, 16);
      } else {
        if (text.length > 200) err(c.field, 'TOO_LONG', `${c.zh}不能超过 200 个字`);
        else p.detail = text;
      }
    }
    if (errs.length) {
      invalid += 1;
      errors.push(...errs);
      continue;
    }
    p.cells = JSON.stringify(shown);
    const content = `${kind}|${p.idNumber}|${p.name}|${p.detail ?? ''}|${p.amount ?? ''}|${p.status ?? ''}|${p.grade ?? ''}|${p.eventDate ?? ''}|${p.category ?? ''}|${p.regionCode ?? ''}`;
    p.rowKey = createHash('sha256').update(content).digest('hex');
    const first = seen.get(p.rowKey);
    if (first !== undefined) {
      warnings.push({ row: r.row, field: 'idNumber', code: 'DUPLICATE_IN_FILE', message: `与第 ${first} 行完全相同，只载入一次` });
      continue;
    }
    seen.set(p.rowKey, r.row);
    out.push(p);
  }
  return { rows: out, errors, warnings, invalid, total };
}
