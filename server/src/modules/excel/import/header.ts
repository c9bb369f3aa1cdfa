// Finding the header under title rows and merged cells, and mapping its columns to fields.
import type { CellValue, ExportTarget } from '../columns.js';
import { fieldForHeader, normalizeHeader } from '../columns.js';
import { cellText, columnLetter } from './cells.js';
import type { SheetRow } from './reader.js';

/** How far down a header may be (title rows, a unit/date row, notes). */
export const HEADER_SEARCH_ROWS = 30;

export interface ImportColumn {
  /** 1-based column index. */
  index: number;
  letter: string;
  /** The header as the sheet writes it ("家庭成员 / 姓名" for a two-row header). */
  header: string;
  field: string | null;
  /** true when the field came from the header, false when the caller's mapping set it. */
  auto: boolean;
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
function labelField(target: ExportTarget, parent: string, child: string): { header: string; field: string | null } {
  if (!parent) return { header: child, field: child ? fieldForHeader(target, child) ?? null : null };
  if (!child) return { header: parent, field: fieldForHeader(target, parent) ?? null };
  const combined = fieldForHeader(target, parent + child) ?? fieldForHeader(target, child) ?? null;
  return { header: `${parent} / ${child}`, field: combined };
}

function build(target: ExportTarget, parent: string[] | null, child: string[]): { columns: ImportColumn[]; score: number } {
  const columns: ImportColumn[] = [];
  const seen = new Set<string>();
  let score = 0;
  const filled = parent ? fillParents(parent, child) : null;
  for (let i = 0; i < child.length; i++) {
    const { header, field } = labelField(target, filled?.[i] ?? '', child[i] ?? '');
    if (!header) continue;
    // A field named twice maps to its first column; the later one is left unmapped (reported as such).
    const f = field && !seen.has(field) ? field : null;
    if (f) {
      seen.add(f);
      score += 1;
    }
    columns.push({ index: i + 1, letter: columnLetter(i + 1), header, field: f, auto: f !== null });
  }
  return { columns, score };
}

/**
 * The header among the first rows: the row (or pair of rows, for merged two-row headers) whose cells name the most
 * known columns. Title rows ("永宁县2021年脱贫监测户台账", merged across) and unit/date rows name none and lose.
 * `forcedRow` (1-based) overrides the search.
 */
export function detectHeader(target: ExportTarget, rows: SheetRow[], forcedRow?: number | null): HeaderResult | null {
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

/** Applies the caller's mapping ({ "<column index>": "<field>" | null }) over the automatic one. */
export function applyMapping(columns: ImportColumn[], mapping: Record<string, string | null> | null, known: Set<string>): { columns: ImportColumn[]; errors: string[] } {
  if (!mapping) return { columns, errors: [] };
  const errors: string[] = [];
  const out = columns.map((c) => ({ ...c }));
  for (const [key, field] of Object.entries(mapping)) {
    const index = /^\d+$/.test(key) ? Number(key) : NaN;
    const col = out.find((c) => c.index === index) ?? out.find((c) => c.letter === key.toUpperCase());
    if (!col) {
      errors.push(`映射中的列“${key}”在表头中不存在`);
      continue;
    }
    if (field !== null && !known.has(field)) {
      errors.push(`映射中的字段“${field}”不存在`);
      continue;
    }
    col.field = field;
    col.auto = false;
  }
  // One column per field: a field set explicitly takes it from an automatically mapped column.
  const owner = new Map<string, ImportColumn>();
  for (const c of out) {
    if (!c.field) continue;
    const prev = owner.get(c.field);
    if (!prev) owner.set(c.field, c);
    else if (prev.auto && !c.auto) {
      prev.field = null;
      owner.set(c.field, c);
    } else c.field = null;
  }
  return { columns: out, errors };
}

export { normalizeHeader };
