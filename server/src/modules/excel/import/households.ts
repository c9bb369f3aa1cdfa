// Households target: one row = one household (the head's data). Validated with the same shared validators as a grid
// edit (validateField over HOUSEHOLD_FIELDS), matched to existing households by household code, else by the head's
// ID number, and committed in bulk with audit rows under one change set, so that undoChangeSet reverts the import.
import {
  HOUSEHOLD_FIELDS, HouseholdCategoryDef, RiskTypeDef, enumLabel, regionPath, validateField, type FieldMeta,
} from '@doudi/shared';
import type { Access } from '../../../common/access.js';
import type { AuditStamp } from '../../audit/audit.service.js';
import { diffEntries } from '../../audit/audit.service.js';
import type { ImportColumn } from './header.js';
import { SCIENTIFIC_MESSAGE, cellText, readIdCell, validatorInput } from './cells.js';
import { MEMBER_COUNT_FIELD } from './fields.js';
import { writeHouseholds } from './households-write.js';
import { resolvePlace, type PlaceResult } from './places.js';
import { chunks, type RawDb } from './raw-db.js';
import { timed, type Phases } from './phase-timer.js';
import type { DataRow, ImportError, ImportReport, Progress } from './types.js';

const META = new Map(HOUSEHOLD_FIELDS.map((m) => [m.name, m]));
/** Hands the event loop back between lookups (SQLite's statements run synchronously in this process). */
const breathe = () => new Promise<void>((r) => setImmediate(r));
const meta = (n: string): FieldMeta => META.get(n)!;


/** A household field a sheet can write: any editable field of the household table (@doudi/shared HOUSEHOLD_FIELDS). */
type Scalar = string;
type Snapshot = Record<Scalar, unknown>;

interface Planned {
  row: number;
  /** Validated values present in the sheet (riskTypes already as stored text). */
  value: Partial<Record<Scalar, unknown>>;
  version: number | null;
  errors: ImportError[];
  /** Problems that do not stop the row (told in the report and the error sheet). */
  warnings: ImportError[];
  /** The sheet's 家庭人口, checked against the members the household has after the import. */
  memberCount: number | null;
  action?: 'create' | 'update' | 'unchanged';
  target?: ExistingHousehold;
}

interface ExistingHousehold {
  id: number;
  deleted: boolean;
  version: number;
  memberCount: number;
  snap: Snapshot;
}

/** The counts and problems of the report (ImportReport), with the two timings this part measures. */
export interface HouseholdImportResult
  extends Pick<ImportReport, 'rows' | 'valid' | 'invalid' | 'created' | 'updated' | 'unchanged' | 'errors' | 'warnings' | 'committed'> {
  validateMs: number;
  commitMs: number;
}

export interface HouseholdImportDeps {
  db: RawDb;
  access: Access;
  stamp: AuditStamp;
  now: Date;
  progress?: Progress;
  /** Milliseconds per phase, filled in as the import runs (report.timings.phasesMs). */
  phases?: Phases;
}

/** Required columns that are missing (MISSING_COLUMN), given the mapped columns and the ledger chosen by the caller. */
export function missingHouseholdColumns(columns: ImportColumn[], category: string | null, headerRow: number): ImportError[] {
  const has = (f: string) => columns.some((c) => c.field === f);
  const byCode = has('code');
  const out: ImportError[] = [];
  const miss = (field: string, label: string, extra = '') =>
    out.push({ row: headerRow, column: null, field, code: 'MISSING_COLUMN', message: `缺少必填列“${label}”${extra}` });
  if (!has('headName')) miss('headName', '户主姓名', '（表头可写作 户主姓名、户主 或 姓名）');
  if (!has('headIdNumber') && !byCode) miss('headIdNumber', '户主身份证号', '（表头可写作 身份证号、身份证号码 或 公民身份号码）');
  if (!has('regionCode') && !has('regionName') && !byCode) miss('regionCode', '所在村(社区)', '（或 “乡镇”和“村”两列）');
  if (!has('category') && !category) miss('category', '监测类别', '（或在导入时选择台账类别）');
  return out;
}

const shown = (s: string) => ([...s].length > 30 ? `${[...s].slice(0, 30).join('')}…` : s);

/**
 * A validator of single rows (no database): the cell-level half of the report. Rows are validated as they are read,
 * so only their validated values stay in memory, not the sheet.
 */
export function householdRowValidator(columns: ImportColumn[], now: Date): (r: DataRow) => Planned {
  const colOf = new Map<string, ImportColumn>();
  for (const c of columns) if (c.field) colOf.set(c.field, c);
  // 家庭人口 is not imported (the members make it) but read, to be checked against them.
  const countCol = columns.find((c) => !c.field && c.known === MEMBER_COUNT_FIELD);
  const placeCache = new Map<string, PlaceResult>();
  return (r: DataRow): Planned => {
    const p: Planned = { row: r.row, value: {}, version: null, errors: [], warnings: [], memberCount: null };
    if (countCol) readMemberCount(p, countCol, r.values[countCol.index - 1] ?? null);
    const cell = (f: string) => {
      const c = colOf.get(f);
      return c ? r.values[c.index - 1] ?? null : null;
    };
    const fail = (field: string, code: string, message: string, colField = field) =>
      p.errors.push({ row: r.row, column: colOf.get(colField)?.letter ?? null, field, code, message });
    const take = (field: Scalar, raw: unknown) => {
      if (raw === undefined || raw === null || raw === '') return;
      const res = validateField(meta(field), raw, now);
      if (res.ok) {
        if (res.value !== null) p.value[field] = field === 'riskTypes' ? riskText(res.value) : res.value;
      } else fail(field, res.error.code, res.error.message);
    };
    // Text columns: a number cell is its digits (a 16-digit code typed as a number has lost its last digit).
    const text = (f: Scalar) => {
      const v = cell(f);
      if (typeof v === 'number') {
        if (f === 'code' && Math.abs(v) >= 1e15) {
          fail(f, 'ID_NUMBER_SCIENTIFIC', `户编号被 Excel 存成了数字，末尾几位可能已经丢失；请把该列设置为“文本”格式后重新录入`);
          return undefined;
        }
        return String(v);
      }
      return validatorInput(v);
    };
    for (const f of ['code', 'headName', 'address', 'helperName', 'remarks'] as const) take(f, text(f));
    for (const f of ['incomePerCapita', 'riskTypes', 'riskStatus'] as const) take(f, validatorInput(cell(f)));
    // The ledger chosen for the import is the category of new households only: it never moves an existing one.
    const cat = cell('category');
    if (cat !== null) take('category', validatorInput(cat));

    const idCell = cell('headIdNumber');
    if (idCell !== null) {
      const id = readIdCell(idCell);
      if (id.kind === 'scientific') fail('headIdNumber', 'ID_NUMBER_SCIENTIFIC', SCIENTIFIC_MESSAGE('户主身份证号', id.shown));
      else if (id.kind === 'text') {
        const res = validateField(meta('headIdNumber'), id.value, now);
        if (res.ok) p.value.headIdNumber = res.value;
        else if (/^\d{15}000$/.test(id.value)) {
          fail('headIdNumber', 'ID_NUMBER_SCIENTIFIC', `户主身份证号“${id.value}”末三位是 000 且校验位不符：很可能被 Excel 当作数字处理后丢失了末尾几位；请把该列设置为“文本”格式后重新录入`);
        } else fail('headIdNumber', res.error.code, res.error.message);
      }
      // masked (640121********123X, as an export shows it without pii:read): left as it is
    }
    const phone = cell('phone');
    if (phone !== null) {
      const s = typeof phone === 'number' ? String(phone) : cellText(phone);
      if (!s.includes('*')) take('phone', s);
    }
    const ver = cell('version');
    if (ver !== null) {
      const n = typeof ver === 'number' ? ver : Number(cellText(ver));
      if (Number.isInteger(n) && n > 0) p.version = n;
      else fail('version', 'INVALID_VALUE', `版本“${shown(cellText(ver))}”应为正整数`);
    }

    // Place: a path or code in 所在村(社区), or a village with its township in two columns.
    const path = cellText(cell('regionCode'));
    const village = cellText(cell('regionName'));
    const town = cellText(cell('townshipName'));
    if (path || village || town) {
      const key = `${village || path}\u0000${town}`;
      let res = placeCache.get(key);
      if (!res) placeCache.set(key, (res = resolvePlace(village || path, town)));
      if (res.ok) p.value.regionCode = res.code;
      else {
        const col = res.on === 'township' ? 'townshipName' : colOf.has('regionName') ? 'regionName' : 'regionCode';
        fail('regionCode', res.code, res.message, col);
      }
    }
    return p;
  };
}

export type { Planned as PlannedHousehold, Snapshot as HouseholdSnapshot };

function readMemberCount(p: Planned, col: ImportColumn, v: DataRow['values'][number]): void {
  if (v === null || v === '') return;
  const n = typeof v === 'number' ? v : Number(cellText(v).replace(/人$/, ''));
  if (Number.isInteger(n) && n >= 0) p.memberCount = n;
  else {
    p.warnings.push({ row: p.row, column: col.letter, field: MEMBER_COUNT_FIELD, code: 'INVALID_VALUE', message: `家庭人口“${shown(cellText(v))}”不是人数，未核对` });
  }
}

/** 家庭人口 as the sheet gives it against the members the household has once imported: told, never overwritten. */
function checkMemberCount(p: Planned, col: ImportColumn | undefined): void {
  if (p.memberCount === null || !col || !p.action) return;
  const actual = p.action === 'create' ? 1 : p.target!.memberCount;
  if (p.memberCount === actual) return;
  const message = p.action === 'create'
    ? `家庭人口填写为${p.memberCount}，实际导入成员1人（导入只登记户主，其他成员请在台账中补录）`
    : `家庭人口填写为${p.memberCount}，台账中该户现有成员${actual}人（导入不改家庭成员）`;
  p.warnings.push({ row: p.row, column: col.letter, field: MEMBER_COUNT_FIELD, code: 'MEMBER_COUNT_MISMATCH', message });
}

const riskText = (v: unknown): string => {
  const set = new Set((v as string[] | null) ?? []);
  return RiskTypeDef.values.filter((t) => set.has(t)).join(',');
};

/** Later rows repeating a household code or a head's ID number of an earlier row. */
function markFileDuplicates(plans: Planned[], colOf: Map<string, ImportColumn>): void {
  const firstCode = new Map<string, number>();
  const firstId = new Map<string, number>();
  for (const p of plans) {
    const code = p.value.code as string | undefined;
    const id = p.value.headIdNumber as string | undefined;
    if (code) {
      const first = firstCode.get(code);
      if (first !== undefined) {
        p.errors.push({ row: p.row, column: colOf.get('code')?.letter ?? null, field: 'code', code: 'DUPLICATE_IN_FILE', message: `户编号“${code}”与第 ${first} 行重复` });
      } else firstCode.set(code, p.row);
    }
    if (id) {
      const first = firstId.get(id);
      if (first !== undefined) {
        p.errors.push({ row: p.row, column: colOf.get('headIdNumber')?.letter ?? null, field: 'headIdNumber', code: 'DUPLICATE_IN_FILE', message: `户主身份证号与第 ${first} 行重复，同一人只能登记一次` });
      } else firstId.set(id, p.row);
    }
  }
}

interface HouseholdDbRow {
  id: number | string; code: string; category: string; region_code: string; address: string; head_name: string;
  head_id_number: string; phone: string; income_per_capita: number | string; risk_types: string; risk_status: string;
  helper_name: string; remarks: string; version: number | string; deleted_at: unknown; member_count: number | string;
}
const H_SELECT = 'SELECT id, code, category, region_code, address, head_name, head_id_number, phone, income_per_capita, risk_types, risk_status, helper_name, remarks, version, deleted_at, member_count FROM household';

const toExisting = (r: HouseholdDbRow): ExistingHousehold => ({
  id: Number(r.id), deleted: r.deleted_at != null, version: Number(r.version), memberCount: Number(r.member_count),
  snap: {
    code: r.code, category: r.category, regionCode: r.region_code, address: r.address, headName: r.head_name,
    headIdNumber: r.head_id_number, phone: r.phone, incomePerCapita: Number(r.income_per_capita), riskTypes: r.risk_types,
    riskStatus: r.risk_status, helperName: r.helper_name, remarks: r.remarks,
  },
});

/** Matches rows to existing households and decides create / update / unchanged, with the database-level errors. */
async function match(db: RawDb, plans: Planned[], access: Access, colOf: Map<string, ImportColumn>, category: string | null): Promise<void> {
  const ok = plans.filter((p) => p.errors.length === 0);
  const codes = [...new Set(ok.map((p) => p.value.code as string | undefined).filter((c): c is string => !!c))];
  const ids = [...new Set(ok.map((p) => p.value.headIdNumber as string | undefined).filter((c): c is string => !!c))];
  const byCode = new Map<string, ExistingHousehold>();
  const byHead = new Map<string, ExistingHousehold>();
  const active = new Map<string, { householdId: number; code: string; headName: string; regionCode: string }>();
  // PostgreSQL: one array parameter per look-up (`= ANY(?)`), planned once, instead of an IN list of 5,000 parameters.
  const pg = db.kind === 'postgresql';
  const inList = (part: string[]) => (pg ? '= ANY(?::text[])' : `IN (${part.map(() => '?').join(',')})`);
  const params = (part: string[]) => (pg ? [part] : part);
  for (const part of chunks(codes, pg ? 20_000 : 5000)) {
    for (const r of await db.all<HouseholdDbRow>(`${H_SELECT} WHERE code ${inList(part)}`, params(part))) byCode.set(r.code, toExisting(r));
    await breathe();
  }
  for (const part of chunks(ids, pg ? 20_000 : 5000)) {
    await breathe();
    for (const r of await db.all<HouseholdDbRow>(`${H_SELECT} WHERE head_id_number ${inList(part)} AND deleted_at IS NULL`, params(part))) byHead.set(r.head_id_number, toExisting(r));
    const rows = await db.all<{ active_id_number: string; household_id: number | string; code: string; head_name: string; region_code: string }>(
      `SELECT m.active_id_number, m.household_id, h.code, h.head_name, h.region_code FROM member m JOIN household h ON h.id = m.household_id WHERE m.active_id_number ${inList(part)}`, params(part));
    for (const r of rows) active.set(r.active_id_number, { householdId: Number(r.household_id), code: r.code, headName: r.head_name, regionCode: r.region_code });
  }
  const taken = new Map<number, number>(); // household id → first row targeting it
  for (const p of ok) {
    const err = (field: string, code: string, message: string, colField = field) =>
      p.errors.push({ row: p.row, column: colOf.get(colField)?.letter ?? null, field, code, message });
    const code = p.value.code as string | undefined;
    const idn = p.value.headIdNumber as string | undefined;
    let target: ExistingHousehold | undefined;
    if (code) {
      const h = byCode.get(code);
      if (h?.deleted) {
        err('code', 'INVALID_VALUE', `户编号“${code}”属于一户已删除的家庭，请先在台账中恢复该户，或改用其他户编号`);
        continue;
      }
      target = h;
    }
    if (!target && idn) target = byHead.get(idn);
    if (idn) {
      const dup = active.get(idn);
      if (dup && dup.householdId !== target?.id) {
        // A household outside the caller's region is not named (neither its code nor its township).
        err('headIdNumber', 'DUPLICATE_PERSON', access.canTouchRegion(dup.regionCode)
          ? `户主身份证号已在户 ${dup.code}（户主 ${dup.headName}）中登记，一人只能属于一个在册家庭`
          : '户主身份证号已登记在其他户，一人只能属于一个在册家庭');
        continue;
      }
    }
    if (target) {
      const first = taken.get(target.id);
      if (first !== undefined) {
        err(code ? 'code' : 'headIdNumber', 'DUPLICATE_IN_FILE', `与第 ${first} 行是同一户（户编号 ${target.snap.code}）`);
        continue;
      }
      taken.set(target.id, p.row);
      if (!access.canTouchRegion(target.snap.regionCode as string)) {
        err(code ? 'code' : 'headIdNumber', 'FORBIDDEN', code
          ? `户编号“${code}”不在本乡镇(街道)，无权修改本乡镇(街道)以外的户`
          : '户主身份证号已登记在其他户，无权修改本乡镇(街道)以外的户');
        continue;
      }
      if (p.value.regionCode && !access.canTouchRegion(p.value.regionCode as string)) {
        err('regionCode', 'FORBIDDEN', `无权把户迁到本乡镇(街道)以外（${regionPath(p.value.regionCode as string)}）`, colOf.has('regionName') ? 'regionName' : 'regionCode');
        continue;
      }
      if (p.version !== null && p.version !== target.version) {
        err('version', 'VERSION_CONFLICT', `户 ${target.snap.code} 已被他人修改（当前版本 ${target.version}，表中版本 ${p.version}），请重新导出后再改`);
        continue;
      }
      p.target = target;
      const after = { ...target.snap, ...p.value };
      p.action = diffEntries({ entityType: 'household', entityId: '' }, target.snap, after).length ? 'update' : 'unchanged';
    } else {
      if (p.value.category == null && category) p.value.category = category;
      const missing: [Scalar, string][] = [
        ['headName', 'headName'], ['headIdNumber', 'headIdNumber'], ['category', 'category'],
        ['regionCode', colOf.has('regionName') ? 'regionName' : 'regionCode'],
      ];
      for (const [f, col] of missing) {
        if (p.value[f] == null) err(f, 'REQUIRED', `${meta(f).label.zh}不能为空（新建户必须填写）`, col);
      }
      if (p.errors.length) continue;
      if (!access.canTouchRegion(p.value.regionCode as string)) {
        err('regionCode', 'FORBIDDEN', `无权在本乡镇(街道)以外新建户（${regionPath(p.value.regionCode as string)}）`, colOf.has('regionName') ? 'regionName' : 'regionCode');
        continue;
      }
      p.action = 'create';
    }
  }
}

/**
 * Validates (and with `commit`, writes) a households sheet. Atomic: any invalid row, or a version conflict found
 * while writing, and nothing is written. Not atomic: the valid rows are written, the others reported.
 */
export async function importHouseholds(
  deps: HouseholdImportDeps, plans: Planned[], columns: ImportColumn[],
  opts: { category: string | null; commit: boolean; atomic: boolean },
): Promise<HouseholdImportResult> {
  const t0 = performance.now();
  const colOf = new Map<string, ImportColumn>();
  for (const c of columns) if (c.field) colOf.set(c.field, c);
  const countCol = columns.find((c) => !c.field && c.known === MEMBER_COUNT_FIELD);
  const rows = plans;
  deps.progress?.('validate', Math.ceil(rows.length / 2), rows.length);
  markFileDuplicates(plans, colOf);
  const { db } = deps;
  const res: HouseholdImportResult = { rows: rows.length, valid: 0, invalid: 0, created: 0, updated: 0, unchanged: 0, errors: [], warnings: [], committed: false, validateMs: 0, commitMs: 0 };
  const tally = () => {
    res.errors = plans.flatMap((p) => p.errors);
    // Warnings of the rows that are (or would be) imported: a refused row's problems are its errors.
    res.warnings = plans.flatMap((p) => (p.errors.length ? [] : p.warnings));
    res.invalid = plans.filter((p) => p.errors.length).length;
    res.valid = plans.length - res.invalid;
  };
  if (opts.commit) await db.begin();
  try {
    await timed(deps.phases, 'match', () => match(db, plans, deps.access, colOf, opts.category));
    for (const p of plans) if (!p.errors.length) checkMemberCount(p, countCol);
    deps.progress?.('validate', rows.length, rows.length);
    tally();
    res.validateMs = performance.now() - t0;
    const count = (a: string) => plans.filter((p) => p.errors.length === 0 && p.action === a).length;
    if (!opts.commit) {
      res.created = count('create');
      res.updated = count('update');
      res.unchanged = count('unchanged');
      return res;
    }
    if (opts.atomic && res.invalid > 0) {
      await db.rollback();
      return res;
    }
    const t1 = performance.now();
    const todo = plans.filter((p) => p.errors.length === 0);
    const w = await writeHouseholds(deps, todo);
    for (const p of w.conflicts) {
      p.errors.push({ row: p.row, column: colOf.get('version')?.letter ?? null, field: 'version', code: 'VERSION_CONFLICT', message: `户 ${p.target!.snap.code} 在导入过程中被他人修改，请重新核对后再导入` });
    }
    tally();
    if (opts.atomic && w.conflicts.length) {
      await db.rollback();
      return res;
    }
    await db.commit();
    // Fresh statistics after a big load, so that the next import's lookups (and the grid) plan with the indexes.
    if (db.kind === 'postgresql' && w.created + w.updated >= 10_000) await timed(deps.phases, 'analyze', () => db.run('ANALYZE household, member'));
    res.committed = true;
    res.created = w.created;
    res.updated = w.updated;
    res.unchanged = count('unchanged');
    res.commitMs = performance.now() - t1;
    return res;
  } catch (err) {
    await db.rollback();
    const msg = String((err as Error)?.message ?? '');
    if (/member_active_id_number_unique|household_code_unique|UNIQUE constraint|duplicate key/i.test(msg)) {
      tally();
      res.errors.push({ row: null, column: null, field: null, code: 'DUPLICATE_PERSON', message: '导入过程中有其他人同时登记了相同的身份证号或户编号，未写入任何数据，请重新导入' });
      res.committed = false;
      return res;
    }
    throw err;
  }
}

export const categoryLabel = (c: string): string => enumLabel(HouseholdCategoryDef, c);
