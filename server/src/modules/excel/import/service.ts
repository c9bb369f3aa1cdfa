// One import: read the stored upload, find the header, map the columns, validate, and (commit) write.
import { randomUUID } from 'node:crypto';
import { HouseholdCategoryDef } from '@doudi/shared';
import type { RequestContext } from '../../../common/context.js';
import { stampOf } from '../../../common/service-context.js';
import { applyMapping, detectHeader, HEADER_SEARCH_ROWS, type HeaderResult, type ImportColumn } from './header.js';
import { readRows, sniffFormat, NotASpreadsheet, SheetTooLarge, type SheetFormat, type SheetRow } from './reader.js';
import { cellText } from './cells.js';
import { householdRowValidator, importHouseholds, missingHouseholdColumns, type PlannedHousehold } from './households.js';
import { importAssignments, missingAssignmentColumns } from './assignments.js';
import { importRolls, missingRollColumns } from './rolls.js';
import { ASSIGNMENT_IMPORT_FIELDS, HOUSEHOLD_IMPORT_FIELDS, ROLL_IMPORT_FIELDS } from './fields.js';

const ROLL_REQUIRED = { 'dibao-roll': ['idNumber', 'startDate'], 'tekun-roll': ['idNumber', 'supportMode', 'careProviderOrg', 'startDate'] };
import { openRawDb } from './raw-db.js';
import { appendAll } from '../../../common/append.js';
import { roundPhases, type Phases } from './phase-timer.js';
import type { DataRow, ImportError, ImportOptions, ImportReport, Progress } from './types.js';

/** Footer rows under the data (totals, signatures, notes) are not records. */
const FOOTER = /^(合计|总计|小计|共计|填表人|制表人|审核人|负责人|填报人|经办人|单位负责人|备注[:：]|说明[:：]|注[:：]|注\d)/;

export function emptyReport(opts: Pick<ImportOptions, 'mode' | 'atomic' | 'target'>): ImportReport {
  return {
    rows: 0, valid: 0, invalid: 0, created: 0, updated: 0, unchanged: 0, errors: [], warnings: [], headerRow: null, sheet: null, columns: [],
    fields: fieldsOf(opts.target, null), changeSet: null, importId: null, mode: opts.mode, atomic: opts.atomic, committed: false,
    timings: { parseMs: 0, validateMs: 0, commitMs: 0 },
  };
}

function fieldsOf(target: ImportOptions['target'], category: string | null): ImportReport['fields'] {
  if (target === 'dibao-roll' || target === 'tekun-roll') return ROLL_IMPORT_FIELDS[target].map((f) => ({ ...f, required: ROLL_REQUIRED[target].includes(f.field) }));
  if (target === 'assignments') {
    return ASSIGNMENT_IMPORT_FIELDS.map((f) => ({ ...f, required: f.field === 'measureNo' || f.field === 'unitName' }));
  }
  const required = new Set(['headName', 'headIdNumber', 'regionCode', ...(category ? [] : ['category'])]);
  return HOUSEHOLD_IMPORT_FIELDS.map((f) => ({ ...f, required: required.has(f.field) }));
}

export interface ImportOutcome {
  status: number;
  report: ImportReport;
  format: SheetFormat | null;
  width: number;
}

export async function runImport(
  ctx: RequestContext, upload: { path: string; fileName: string }, opts: ImportOptions, progress?: Progress,
): Promise<ImportOutcome> {
  const report = emptyReport(opts);
  report.fields = fieldsOf(opts.target, opts.category);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let format: SheetFormat;
  let width = 0;
  let total = 0;
  // Rows are read as a stream: the first ones are held until the header is found, then each data row is validated
  // (households) or kept (assignments, a few hundred rows at most) as it comes.
  const limit = (opts.headerRow ?? 0) + HEADER_SEARCH_ROWS + 5;
  const head: SheetRow[] = [];
  let header: HeaderResult | null = null;
  let decided = false;
  let columns: ImportColumn[] = [];
  let mappedIdx: number[] = [];
  let missing: ImportError[] = [];
  let mappingErrors: string[] = [];
  const data: DataRow[] = [];
  const households: PlannedHousehold[] = [];
  let validate: ((r: DataRow) => PlannedHousehold) | null = null;
  const decide = () => {
    decided = true;
    header = detectHeader(opts.target, head, opts.headerRow);
    if (!header) return;
    // The one place the mapping is decided, for the dry run and the commit alike.
    const mapped = applyMapping(opts.target, header.columns, opts.mapping);
    columns = mapped.columns;
    mappingErrors = mapped.errors;
    mappedIdx = columns.filter((c) => c.field).map((c) => c.index - 1);
    missing = opts.target === 'households' ? missingHouseholdColumns(columns, opts.category, header.headerRow)
      : opts.target === 'assignments' ? missingAssignmentColumns(columns, header.headerRow) : missingRollColumns(opts.target, columns, header.headerRow);
    if (opts.target === 'households' && !missing.length && !mappingErrors.length) validate = householdRowValidator(columns, ctx.clock.now());
    for (const r of head.splice(0)) take(r);
  };
  let count = 0;
  const take = (r: SheetRow) => {
    const h = header as HeaderResult | null;
    if (!h || r.row <= h.headerRow) return;
    if (!mappedIdx.some((i) => r.values[i] != null)) return;
    const first = r.values.find((v) => v !== null);
    if (typeof first === 'string' && FOOTER.test(cellText(first))) return;
    count += 1;
    if (validate) households.push(validate(r));
    else if (opts.target !== 'households' && !missing.length) data.push(r);
  };
  try {
    format = await sniffFormat(upload.path, upload.fileName);
    for await (const r of readRows(upload.path, format)) {
      total += 1;
      if (r.values.length > width) width = r.values.length;
      if (!decided) {
        head.push(r);
        if (r.row > limit) decide();
      } else take(r);
      if (total % 5000 === 0) progress?.('parse', total, 0);
    }
    if (!decided) decide();
    progress?.('parse', total, total);
  } catch (err) {
    if (err instanceof SheetTooLarge) {
      report.errors.push({ row: null, column: null, field: 'file', code: 'TOO_LARGE', message: `无法导入：${err.message}` });
      return { status: 413, report, format: null, width: 0 };
    }
    if (!(err instanceof NotASpreadsheet)) throw err;
    report.errors.push({ row: null, column: null, field: null, code: 'NOT_A_SPREADSHEET', message: `无法导入：${err.message}` });
    return { status: 400, report, format: null, width: 0 };
  }
  report.sheet = format === 'csv' ? upload.fileName : 'Sheet1';
  report.timings.parseMs = performance.now() - t0;

  const found = header as HeaderResult | null;
  if (!found) {
    report.errors.push({
      row: opts.headerRow ?? null, column: null, field: null, code: 'MISSING_COLUMN',
      message: opts.headerRow ? `第 ${opts.headerRow} 行不是表头：没有认出任何列名` : `前 ${HEADER_SEARCH_ROWS} 行中找不到表头：没有认出任何列名（如 户主姓名、身份证号、所在村）`,
    });
    report.rows = total;
    report.invalid = total;
    return { status: 200, report, format, width };
  }
  report.headerRow = found.headerRow;
  report.columns = columns;
  for (const m of mappingErrors) report.errors.push({ row: null, column: null, field: null, code: 'BAD_USER_INPUT', message: m });
  report.rows = count;
  if (missing.length || mappingErrors.length) {
    appendAll(report.errors, missing);
    report.invalid = count;
    return { status: 200, report, format, width };
  }

  const t1 = performance.now();
  const commit = opts.mode === 'commit';
  if (opts.target === 'assignments') {
    const r = await importAssignments(ctx, data, columns, { commit, atomic: opts.atomic, progress });
    Object.assign(report, { rows: r.rows, valid: r.valid, invalid: r.invalid, created: r.created, updated: r.updated, unchanged: r.unchanged, committed: r.committed });
    appendAll(report.errors, r.errors);
    report.timings.validateMs = performance.now() - t1;
    return { status: 200, report, format, width };
  }

  if (opts.target === 'dibao-roll' || opts.target === 'tekun-roll') {
    const r = await importRolls(ctx, opts.target, data, columns, { commit, atomic: opts.atomic, progress });
    if (r.newHouseholds) report.newHouseholds = r.newHouseholds;
    Object.assign(report, { rows: r.rows, valid: r.valid, invalid: r.invalid, created: r.created, updated: r.updated, unchanged: r.unchanged, committed: r.committed });
    appendAll(report.errors, r.errors);
    appendAll(report.warnings, r.warnings);
    report.timings.validateMs = performance.now() - t1;
    return { status: 200, report, format, width };
  }

  const changeSet = commit ? randomUUID() : null;
  const parseCpu = process.cpuUsage(cpu0);
  const phases: Phases = { parse: report.timings.parseMs, parseCpu: (parseCpu.user + parseCpu.system) / 1000 };
  const db = await openRawDb(ctx.em, ctx.config.db.kind, phases);
  try {
    const r = await importHouseholds(
      { db, access: ctx.access, stamp: stampOf(ctx, changeSet), now: ctx.clock.now(), progress, phases },
      households, columns, { category: opts.category, commit, atomic: opts.atomic },
    );
    Object.assign(report, { rows: r.rows, valid: r.valid, invalid: r.invalid, created: r.created, updated: r.updated, unchanged: r.unchanged, committed: r.committed });
    appendAll(report.errors, r.errors);
    appendAll(report.warnings, r.warnings);
    report.timings.validateMs = r.validateMs;
    report.timings.commitMs = r.commitMs;
    report.timings.phasesMs = roundPhases(phases);
    if (r.committed && r.created + r.updated > 0) report.changeSet = changeSet;
  } finally {
    await db.release();
  }
  return { status: 200, report, format, width };
}

export const CATEGORY_VALUES = new Set<string>(HouseholdCategoryDef.values);

/** The ImportError list sorted as a person reads the sheet: by row, then column. */
export function sortErrors(errors: ImportError[]): ImportError[] {
  const col = (c: string | null) => (c ? c.length * 100 + c.charCodeAt(c.length - 1) : 0);
  return [...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || col(a.column) - col(b.column));
}
