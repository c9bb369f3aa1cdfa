// Finding the header under title rows and merged cells, and mapping its columns to fields.
import type { CellValue } from '../columns.js';
import { fieldForHeader, normalizeHeader } from '../columns.js';
import { cellText, columnLetter } from './cells.js';
import { importFieldsOf, notImportableReason } from './fields.js';
import type { SheetRow } from './reader.js';
import type { ImportTarget } from './types.js';

/** How far down a header may be (title rows, a unit/date row, notes). */
export const HEADER_SEARCH_ROWS = 30;

export interface ImportColumn {
  /** 1-based column index. */
  index: number;
  letter: string;
  /** The header as the sheet writes it ("家庭成员 / 姓名" for a two-row header). */
  header: string;
  /** The field the column is imported into; null: not imported. */
  field: string | null;
  /** true when the field came from the header, false when the caller's mapping set it. */
  auto: boolean;
  /** The field the header names, imported or not (家庭人口 → memberCount, which is only checked). */
  known: string | null;
  /** Why the column is not imported, when the server decided so (a derived or read-only field, a repeated field). */
  reason: string | null;
}

export interface HeaderResult {
  /** 1-based row of the (lowest) header row. */
  headerRow: number;
  /** Rows of the header: 1, or 2 when a merged parent row sits above it. */
  headerRows: number;
  columns: ImportColumn[];
}

const texts = (values: CellValue[], width: number): string[] =>
  Array.from({ length: width }, (_, i) => cellText(values[i] ?? null).replace(/\s+/g, ' '));

/**
 * The parent row above a child header row, with merged cells filled in: LibreOffice and Excel keep a merged cell's
 * text in its first cell only, so a parent label carries to the right over child cells until the next parent label,
 * a column without a child label (a cell merged downwards), or the end.
 */
function fillParents(parent: string[], child: string[]): string[] {
  const out = [...parent];
  for (let i = 1; i < out.length; i++) {
    if (!out[i] && out[i - 1] && child[i] && child[i - 1]) out[i] = out[i - 1]!;
  }
  return out;
}

/** The field a column's label means: the combined parent+child label, then the child alone, then the parent. */
function labelField(target: ImportTarget, parent: string, child: string): { header: string; field: string | null } {
  if (!parent) return { header: child, field: child ? fieldForHeader(target, child) ?? null : null };
  if (!child) return { header: parent, field: fieldForHeader(target, parent) ?? null };
  const combined = fieldForHeader(target, parent + child) ?? fieldForHeader(target, child) ?? null;
  return { header: `${parent} / ${child}`, field: combined };
}

function build(target: ImportTarget, parent: string[] | null, child: string[]): { columns: ImportColumn[]; score: number } {
  const columns: ImportColumn[] = [];
  const seen = new Map<string, string>();
  let score = 0;
  const filled = parent ? fillParents(parent, child) : null;
  for (let i = 0; i < child.length; i++) {
    const { header, field } = labelField(target, filled?.[i] ?? '', child[i] ?? '');
    if (!header) continue;
    const letter = columnLetter(i + 1);
    // A known but read-only column (家庭人口) still identifies the header row; it is not imported.
    if (field) score += seen.has(field) ? 0 : 1;
    let reason = field ? notImportableReason(target, field) : null;
    // A field named twice maps to its first column; the later one is not imported.
    if (field && !reason && seen.has(field)) reason = `与 ${seen.get(field)} 列同为“${labelOf(target, field)}”，只导入第一列`;
    if (field && !seen.has(field)) seen.set(field, letter);
    const f = field && !reason ? field : null;
    columns.push({ index: i + 1, letter, header, field: f, auto: f !== null, known: field, reason });
  }
  return { columns, score };
}

const labelOf = (target: ImportTarget, field: string): string => importFieldsOf(target).find((f) => f.field === field)?.label ?? field;

/**
 * The header among the first rows: the row (or pair of rows, for merged two-row headers) whose cells name the most
 * known columns. Title rows ("永宁县2021年脱贫监测户台账", merged across) and unit/date rows name none and lose.
 * `forcedRow` (1-based) overrides the search.
 */
export function detectHeader(target: ImportTarget, rows: SheetRow[], forcedRow?: number | null): HeaderResult | null {
  const head = forcedRow ? rows.filter((r) => r.row >= forcedRow - 1 && r.row <= forcedRow) : rows.filter((r) => r.row <= HEADER_SEARCH_ROWS);
  const width = Math.max(0, ...head.map((r) => r.values.length));
  const byNo = new Map(head.map((r) => [r.row, texts(r.values, width)]));
  let best: (HeaderResult & { score: number }) | null = null;
  const consider = (row: number, parentRow: number | null) => {
    const child = byNo.get(row);
    if (!child) return;
    const parent = parentRow !== null ? byNo.get(parentRow) ?? null : null;
    if (parentRow !== null && !parent) return;
    const { columns, score } = build(target, parent, child);
    if (score === 0 && !forcedRow) return;
    // A two-row header must name more than its lower row alone would, else the single row wins.
    if (!best || score > best.score || (forcedRow && !best.columns.length)) {
      best = { headerRow: row, headerRows: parent ? 2 : 1, columns, score };
    }
  };
  if (forcedRow) {
    consider(forcedRow, null);
    consider(forcedRow, forcedRow - 1);
    return best;
  }
  for (const r of head) {
    consider(r.row, null);
    consider(r.row, r.row - 1);
  }
  return best;
}

/**
 * Applies the caller's mapping ({ "<column index>": "<field>" | null }) over the automatic one. A read-only field
 * (家庭人口 → memberCount) is never imported, whether detected or named in the mapping: the column stays "not
 * imported" with its reason, as the automatic mapping shows it, so that an explicit mapping means what the mapping
 * step showed. Unknown fields and columns are errors.
 */
export function applyMapping(target: ImportTarget, columns: ImportColumn[], mapping: Record<string, string | null> | null): { columns: ImportColumn[]; errors: string[] } {
  if (!mapping) return { columns, errors: [] };
  const known = new Set(importFieldsOf(target).map((f) => f.field));
  const errors: string[] = [];
  const out = columns.map((c) => ({ ...c }));
  for (const [key, field] of Object.entries(mapping)) {
    const index = /^\d+$/.test(key) ? Number(key) : NaN;
    const col = out.find((c) => c.index === index) ?? out.find((c) => c.letter === key.toUpperCase());
    if (!col) {
      errors.push(`映射中的列“${key}”在表头中不存在`);
      continue;
    }
    const reason = field !== null && !known.has(field) ? notImportableReason(target, field) : null;
    if (field !== null && !known.has(field) && !reason) {
      errors.push(`映射中的字段“${field}”不存在`);
      continue;
    }
    if (reason) {
      Object.assign(col, { field: null, auto: false, known: field, reason });
      continue;
    }
    col.field = field;
    col.auto = false;
    if (field !== null) col.reason = null;
  }
  // One column per field: a field set explicitly takes it from an automatically mapped column.
  const owner = new Map<string, ImportColumn>();
  const drop = (c: ImportColumn, by: ImportColumn) => {
    c.reason = `与 ${by.letter} 列同为“${labelOf(target, c.field!)}”，只导入 ${by.letter} 列`;
    c.field = null;
  };
  for (const c of out) {
    if (!c.field) continue;
    const prev = owner.get(c.field);
    if (!prev) owner.set(c.field, c);
    else if (prev.auto && !c.auto) {
      drop(prev, c);
      owner.set(c.field, c);
    } else drop(c, prev);
  }
  return { columns: out, errors };
}

export { normalizeHeader };
