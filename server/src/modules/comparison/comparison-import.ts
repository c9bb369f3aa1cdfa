// POST /api/imports with target=comparison and a kind: another agency's sheet through the import wizard's reader
// (xlsx or csv, GBK, title rows, header detection, the caller's mapping, dry run, per-row errors), then loaded as a
// source and, on commit, compared (progress streamed as the import's `commit` phase).
import { readFile } from 'node:fs/promises';
import { COMPARISON_COLUMNS, ComparisonKindDef, chinaDate, comparisonFieldForHeader, type ComparisonKind } from '@doudi/shared';
import type { RequestContext } from '../../common/context.js';
import { cellText, columnLetter } from '../excel/import/cells.js';
import { HEADER_SEARCH_ROWS, type ImportColumn } from '../excel/import/header.js';
import { readRows, sniffFormat, NotASpreadsheet, SheetTooLarge, type SheetFormat, type SheetRow } from '../excel/import/reader.js';
import type { ImportError, ImportReport, Progress } from '../excel/import/types.js';
import { comparisonService } from './comparison.context.js';
import type { SourceRowIn } from './comparison.rows.js';

const FOOTER = /^(合计|总计|小计|共计|填表人|制表人|审核人|负责人|填报人|经办人|单位负责人|备注[:：]|说明[:：]|注[:：]|注\d)/;

export interface ComparisonImportOutcome {
  status: number;
  report: ImportReport;
  format: SheetFormat | null;
  width: number;
}

/** A field problem of the upload's options, answered as HTTP 400 by the route. */
export class ComparisonImportOptionError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

function report(kind: ComparisonKind | null, mode: 'dry-run' | 'commit', atomic: boolean): ImportReport {
  return {
    rows: 0, valid: 0, invalid: 0, created: 0, updated: 0, unchanged: 0, errors: [], warnings: [], headerRow: null, sheet: null, columns: [],
    fields: kind ? COMPARISON_COLUMNS[kind].map((c) => ({ field: c.field, label: c.zh, required: c.required })) : [], changeSet: null, importId: null,
    mode, atomic, committed: false, timings: { parseMs: 0, validateMs: 0, commitMs: 0 },
  };
}

/** The header among the first rows: the row naming the most columns of the kind. */
function detect(kind: ComparisonKind, rows: SheetRow[], forced: number | null): { headerRow: number; columns: ImportColumn[] } | null {
  let best: { headerRow: number; columns: ImportColumn[]; score: number } | null = null;
  for (const r of rows) {
    if (forced ? r.row !== forced : r.row > HEADER_SEARCH_ROWS) continue;
    const seen = new Map<string, string>();
    const columns: ImportColumn[] = [];
    r.values.forEach((v, i) => {
      const header = cellText(v).replace(/\s+/g, ' ');
      if (!header) return;
      const letter = columnLetter(i + 1);
      const col = comparisonFieldForHeader(kind, header);
      const dup = col && seen.has(col.field) ? `与 ${seen.get(col.field)} 列同为“${col.zh}”，只导入第一列` : null;
      if (col && !dup) seen.set(col.field, letter);
      columns.push({ index: i + 1, letter, header, field: col && !dup ? col.field : null, auto: Boolean(col && !dup), known: col?.field ?? null, reason: dup });
    });
    if ((seen.size > (best?.score ?? 0)) || (forced && !best)) best = { headerRow: r.row, columns, score: seen.size };
  }
  return best && (best.score > 0 || forced) ? { headerRow: best.headerRow, columns: best.columns } : null;
}

export async function runComparisonImport(
  ctx: RequestContext, upload: { path: string; fileName: string }, fields: Record<string, string>,
  opts: { mode: 'dry-run' | 'commit'; atomic: boolean; mapping: Record<string, string | null> | null; headerRow: number | null }, progress?: Progress,
): Promise<ComparisonImportOutcome> {
  const kindText = (fields.kind ?? '').trim();
  if (!(ComparisonKindDef.values as readonly string[]).includes(kindText)) {
    throw new ComparisonImportOptionError('kind', `kind“${kindText.slice(0, 40)}”无效，应为 ${ComparisonKindDef.values.join('、')} 之一`);
  }
  const kind = kindText as ComparisonKind;
  const svc = comparisonService(ctx);
  const checked = svc.checkOptions(kind, fields.agency, (fields.asOf ?? '').trim() || chinaDate(ctx.clock.now()));
  const out = report(kind, opts.mode, opts.atomic);
  const t0 = performance.now();
  let format: SheetFormat;
  let width = 0;
  const head: SheetRow[] = [];
  const data: SheetRow[] = [];
  try {
    format = await sniffFormat(upload.path, upload.fileName);
    let total = 0;
    for await (const r of readRows(upload.path, format)) {
      total += 1;
      if (r.values.length > width) width = r.values.length;
      if (r.row <= Math.max(HEADER_SEARCH_ROWS, opts.headerRow ?? 0)) head.push(r);
      else data.push(r);
      if (total % 5000 === 0) progress?.('parse', total, 0);
    }
    progress?.('parse', total, total);
  } catch (err) {
    if (err instanceof SheetTooLarge) {
      out.errors.push({ row: null, column: null, field: 'file', code: 'TOO_LARGE', message: `无法导入：${err.message}` });
      return { status: 413, report: out, format: null, width: 0 };
    }
    if (!(err instanceof NotASpreadsheet)) throw err;
    out.errors.push({ row: null, column: null, field: null, code: 'NOT_A_SPREADSHEET', message: `无法导入：${err.message}` });
    return { status: 400, report: out, format: null, width: 0 };
  }
  out.sheet = format === 'csv' ? upload.fileName : 'Sheet1';
  out.timings.parseMs = performance.now() - t0;
  const found = detect(kind, head, opts.headerRow);
  if (!found) {
    out.errors.push({ row: opts.headerRow, column: null, field: null, code: 'MISSING_COLUMN', message: `前 ${HEADER_SEARCH_ROWS} 行中找不到表头：没有认出任何列名（如 身份证号、姓名）` });
    return { status: 200, report: out, format, width };
  }
  const columns = found.columns;
  for (const [key, field] of Object.entries(opts.mapping ?? {})) {
    const col = columns.find((c) => String(c.index) === key || c.letter === key.toUpperCase());
    if (!col) out.errors.push({ row: null, column: null, field: null, code: 'BAD_USER_INPUT', message: `映射中的列“${key.slice(0, 20)}”在表头中不存在` });
    else if (field !== null && !COMPARISON_COLUMNS[kind].some((c) => c.field === field)) {
      out.errors.push({ row: null, column: null, field: null, code: 'BAD_USER_INPUT', message: `映射中的字段“${String(field).slice(0, 40)}”不是该数据源的列` });
    } else {
      for (const c of columns) if (field !== null && c.field === field && c !== col) Object.assign(c, { field: null, reason: `与 ${col.letter} 列同为一个字段，只导入 ${col.letter} 列` });
      Object.assign(col, { field, auto: false, reason: field === null ? col.reason : null });
    }
  }
  out.headerRow = found.headerRow;
  out.columns = columns;
  for (const c of COMPARISON_COLUMNS[kind]) {
    if (c.required && !columns.some((x) => x.field === c.field)) {
      out.errors.push({ row: found.headerRow, column: null, field: c.field, code: 'MISSING_COLUMN', message: `缺少必填列“${c.zh}”` });
    }
  }
  const letterOf = new Map(columns.filter((c) => c.field).map((c) => [c.field!, c.letter]));
  const rows: SourceRowIn[] = [];
  for (const r of [...head.filter((x) => x.row > found.headerRow), ...data]) {
    const cells: SourceRowIn['cells'] = {};
    let any = false;
    for (const c of columns) {
      if (!c.field) continue;
      const v = r.values[c.index - 1] ?? null;
      cells[c.field] = v;
      if (v !== null) any = true;
    }
    const first = r.values.find((v) => v !== null);
    if (!any || (typeof first === 'string' && FOOTER.test(cellText(first)))) continue;
    rows.push({ row: r.row, cells });
  }
  out.rows = rows.length;
  if (out.errors.length) {
    out.invalid = rows.length;
    return { status: 200, report: out, format, width };
  }
  const t1 = performance.now();
  const loaded = await svc.load({
    kind, agency: checked.agency, asOf: checked.asOf, via: 'IMPORT', fileName: upload.fileName, bytes: await readFile(upload.path), rows,
    commit: opts.mode === 'commit', atomic: opts.atomic,
  });
  const toError = (p: { row: number | null; field: string | null; code: string; message: string }): ImportError =>
    ({ row: p.row, column: p.field ? letterOf.get(p.field) ?? null : null, field: p.field, code: p.code, message: p.message });
  Object.assign(out, { valid: loaded.valid, invalid: loaded.invalid, errors: loaded.errors.map(toError), warnings: loaded.warnings.map(toError) });
  out.timings.validateMs = performance.now() - t1;
  // As for households: the dry run says how many rows a commit would add.
  if (opts.mode === 'dry-run') out.created = loaded.loadable;
  if (loaded.source) {
    out.created = loaded.source.rowCount;
    out.committed = true;
    out.changeSet = null;
    (out as ImportReport & { sourceId?: string }).sourceId = loaded.source.id;
    if (fields.run !== 'false') {
      const t2 = performance.now();
      const ran = await svc.run(loaded.source.id, (pct) => progress?.('commit', pct, 100));
      (out as ImportReport & { findings?: number }).findings = ran.outcome.findings;
      out.timings.commitMs = performance.now() - t2;
    }
  }
  return { status: 200, report: out, format, width };
}
