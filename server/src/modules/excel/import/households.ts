// Households target: one row = one household (the head's data). Validated with the same shared validators as a grid
// edit (validateField over HOUSEHOLD_FIELDS), matched to existing households by household code, else by the head's
// ID number, and committed in bulk with audit rows under one change set, so that undoChangeSet reverts the import.
import {
  HOUSEHOLD_FIELDS, HouseholdCategoryDef, RiskTypeDef, enumLabel, regionPath, townshipCodeOf, validateField,
  validateIdNumber, type FieldMeta,
} from '@doudi/shared';
import type { Access } from '../../../common/access.js';
import type { AuditStamp } from '../../audit/audit.service.js';
import { diffEntries, type AuditEntry } from '../../audit/audit.service.js';
import type { ImportColumn } from './header.js';
import { SCIENTIFIC_MESSAGE, cellText, readIdCell, validatorInput } from './cells.js';
import { resolvePlace, type PlaceResult } from './places.js';
import { chunks, type RawDb } from './raw-db.js';
import type { DataRow, ImportError, Progress } from './types.js';

const META = new Map(HOUSEHOLD_FIELDS.map((m) => [m.name, m]));
const meta = (n: string): FieldMeta => META.get(n)!;

/** Fields a household sheet can set, in the order the mapping dialog lists them. */
export const HOUSEHOLD_IMPORT_FIELDS: { field: string; label: string }[] = [
  { field: 'code', label: '户编号' }, { field: 'headName', label: '户主姓名' }, { field: 'headIdNumber', label: '户主身份证号' },
  { field: 'category', label: '监测类别' }, { field: 'regionCode', label: '所在村(社区)' }, { field: 'townshipName', label: '乡镇(街道)' },
  { field: 'regionName', label: '村(社区)' }, { field: 'phone', label: '联系电话' }, { field: 'incomePerCapita', label: '人均纯收入(元/年)' },
  { field: 'riskTypes', label: '风险类型' }, { field: 'riskStatus', label: '风险状态' }, { field: 'helperName', label: '帮扶责任人' },
  { field: 'address', label: '住址' }, { field: 'remarks', label: '备注' }, { field: 'version', label: '版本' },
];

const SCALARS = ['code', 'category', 'regionCode', 'address', 'headName', 'headIdNumber', 'phone', 'incomePerCapita',
  'riskTypes', 'riskStatus', 'helperName', 'remarks'] as const;
type Scalar = (typeof SCALARS)[number];
type Snapshot = Record<Scalar, unknown>;

interface Planned {
  row: number;
  /** Validated values present in the sheet (riskTypes already as stored text). */
  value: Partial<Record<Scalar, unknown>>;
  version: number | null;
  errors: ImportError[];
  action?: 'create' | 'update' | 'unchanged';
  target?: ExistingHousehold;
}

interface ExistingHousehold {
  id: number;
  deleted: boolean;
  version: number;
  snap: Snapshot;
}

export interface HouseholdImportResult {
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
  committed: boolean;
  validateMs: number;
  commitMs: number;
}

export interface HouseholdImportDeps {
  db: RawDb;
  access: Access;
  stamp: AuditStamp;
  now: Date;
  progress?: Progress;
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
  const placeCache = new Map<string, PlaceResult>();
  return (r: DataRow): Planned => {
    const p: Planned = { row: r.row, value: {}, version: null, errors: [] };
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

export type { Planned as PlannedHousehold };

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
  helper_name: string; remarks: string; version: number | string; deleted_at: unknown;
}
const H_SELECT = 'SELECT id, code, category, region_code, address, head_name, head_id_number, phone, income_per_capita, risk_types, risk_status, helper_name, remarks, version, deleted_at FROM household';

const toExisting = (r: HouseholdDbRow): ExistingHousehold => ({
  id: Number(r.id), deleted: r.deleted_at != null, version: Number(r.version),
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
  for (const part of chunks(codes, 5000)) {
    for (const r of await db.all<HouseholdDbRow>(`${H_SELECT} WHERE code IN (${part.map(() => '?').join(',')})`, part)) byCode.set(r.code, toExisting(r));
  }
  for (const part of chunks(ids, 5000)) {
    const marks = part.map(() => '?').join(',');
    for (const r of await db.all<HouseholdDbRow>(`${H_SELECT} WHERE head_id_number IN (${marks}) AND deleted_at IS NULL`, part)) byHead.set(r.head_id_number, toExisting(r));
    const rows = await db.all<{ active_id_number: string; household_id: number | string; code: string; head_name: string; region_code: string }>(
      `SELECT m.active_id_number, m.household_id, h.code, h.head_name, h.region_code FROM member m JOIN household h ON h.id = m.household_id WHERE m.active_id_number IN (${marks})`, part);
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
        const who = access.canTouchRegion(dup.regionCode) ? `（户主 ${dup.headName}）` : '（其他乡镇）';
        err('headIdNumber', 'DUPLICATE_PERSON', `户主身份证号已在户 ${dup.code}${who}中登记，一人只能属于一个在册家庭`);
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
        err(code ? 'code' : 'headIdNumber', 'FORBIDDEN', `户 ${target.snap.code} 属于${regionPath(String(target.snap.regionCode).slice(0, 9))}，无权修改本乡镇(街道)以外的户`);
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
      const missing: [Scalar, string, string][] = [
        ['headName', '户主姓名', 'headName'], ['headIdNumber', '户主身份证号', 'headIdNumber'], ['category', '监测类别', 'category'],
        ['regionCode', '所在村(社区)', colOf.has('regionName') ? 'regionName' : 'regionCode'],
      ];
      for (const [f, label, col] of missing) {
        if (p.value[f] == null) err(f, 'REQUIRED', `${label}不能为空（新建户必须填写）`, col);
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

const H_COLS = ['id', 'code', 'category', 'region_code', 'township_code', 'address', 'head_name', 'head_id_number', 'phone',
  'member_count', 'income_per_capita', 'risk_types', 'risk_status', 'helper_name', 'remarks', 'version', 'created_at', 'updated_at'];
const M_COLS = ['id', 'household_id', 'name', 'id_number', 'active_id_number', 'gender', 'birth_date', 'relation', 'phone',
  'version', 'created_at', 'updated_at'];
const A_COLS = ['at', 'actor', 'request_id', 'change_set', 'action', 'entity_type', 'entity_id', 'field', 'before', 'after',
  'household_id', 'region_code'];
const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v instanceof Date ? v.toISOString() : v));

function memberSnap(name: string, idNumber: string, phone: string): Record<string, unknown> {
  return { name, idNumber, relation: 'HEAD', phone, health: null, disabilityType: null, disabilityGrade: null, laborAbility: null, schooling: null };
}

/** Next free household codes per village (region code + 4 digits), skipping codes the sheet itself uses. */
async function codeAllocator(db: RawDb, regions: string[], used: Set<string>): Promise<(region: string) => string> {
  const next = new Map<string, number>();
  for (const r of regions) {
    const [row] = await db.all<{ code: string | null }>('SELECT MAX(code) AS code FROM household WHERE code >= ? AND code < ? AND LENGTH(code) = 16', [`${r}0000`, `${r}a`]);
    next.set(r, row?.code ? Number(row.code.slice(12)) + 1 : 1);
  }
  return (region: string) => {
    let n = next.get(region) ?? 1;
    let code = `${region}${String(n).padStart(4, '0')}`;
    while (used.has(code)) code = `${region}${String(++n).padStart(4, '0')}`;
    next.set(region, n + 1);
    used.add(code);
    return code;
  };
}

/** Writes the planned creates and updates; answers the rows whose versioned update found the household changed. */
async function write(deps: HouseholdImportDeps, plans: Planned[]): Promise<{ created: number; updated: number; conflicts: Planned[] }> {
  const { db, stamp, now } = deps;
  const at = db.date(now);
  const creates = plans.filter((p) => p.action === 'create');
  const updates = plans.filter((p) => p.action === 'update');
  const total = creates.length + updates.length;
  let done = 0;
  const audit: unknown[][] = [];
  const auditRow = (e: AuditEntry) => [at, stamp.actor, stamp.requestId, stamp.changeSet, e.action, e.entityType, e.entityId,
    e.field ?? null, json(e.before), json(e.after), e.householdId ?? null, e.regionCode ?? null];
  const flushAudit = async (force = false) => {
    if (audit.length >= 10_000 || (force && audit.length)) await db.insert('audit_event', A_COLS, audit.splice(0));
  };

  // Updates first: each a compare-and-set on the version read when matching.
  const conflicts: Planned[] = [];
  let updated = 0;
  const headOf = new Map<number, { id: number; name: string; id_number: string; phone: string }>();
  const headChanged = updates.filter((p) => (p.value.headName !== undefined && p.value.headName !== p.target!.snap.headName)
    || (p.value.headIdNumber !== undefined && p.value.headIdNumber !== p.target!.snap.headIdNumber));
  for (const part of chunks(headChanged.map((p) => p.target!.id), 500)) {
    const rows = await db.all<{ id: number | string; household_id: number | string; name: string; id_number: string; phone: string }>(
      `SELECT id, household_id, name, id_number, phone FROM member WHERE relation = 'HEAD' AND household_id IN (${part.map(() => '?').join(',')})`, part);
    for (const r of rows) headOf.set(Number(r.household_id), { id: Number(r.id), name: r.name, id_number: r.id_number, phone: r.phone });
  }
  const values = (p: Planned) => {
    const after = { ...p.target!.snap, ...p.value } as Snapshot;
    const region = String(after.regionCode);
    return { after, region, params: [after.code, after.category, region, townshipCodeOf(region), after.address, after.headName, after.headIdNumber,
      after.phone, after.incomePerCapita, after.riskTypes, after.riskStatus, after.helperName, after.remarks] };
  };
  for (const part of chunks(updates, 1000)) {
    // PostgreSQL: one versioned UPDATE … FROM (VALUES …) per batch; SQLite: a prepared statement per row, in-process.
    let written: Set<number> | null = null;
    if (db.kind === 'postgresql') {
      const casts = ['int', 'int', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'float8', 'text', 'text', 'text', 'text'];
      const tuple = `(${casts.map((c) => `?::${c}`).join(',')})`;
      const rows = await db.all<{ id: number | string }>(
        'UPDATE household AS h SET code = v.code, category = v.category, region_code = v.region_code, township_code = v.township_code, ' +
        'address = v.address, head_name = v.head_name, head_id_number = v.head_id_number, phone = v.phone, income_per_capita = v.income, ' +
        'risk_types = v.risk_types, risk_status = v.risk_status, helper_name = v.helper_name, remarks = v.remarks, version = h.version + 1, updated_at = ? ' +
        `FROM (VALUES ${part.map(() => tuple).join(',')}) AS v(id, version, code, category, region_code, township_code, address, head_name, ` +
        'head_id_number, phone, income, risk_types, risk_status, helper_name, remarks) ' +
        'WHERE h.id = v.id AND h.version = v.version AND h.deleted_at IS NULL RETURNING h.id',
        [at, ...part.flatMap((p) => [p.target!.id, p.target!.version, ...values(p).params])]);
      written = new Set(rows.map((r) => Number(r.id)));
    }
    for (const p of part) {
      const t = p.target!;
      const { after, region, params } = values(p);
      const n = written ? (written.has(t.id) ? 1 : 0) : await db.run(
        'UPDATE household SET code = ?, category = ?, region_code = ?, township_code = ?, address = ?, head_name = ?, head_id_number = ?, phone = ?, ' +
        'income_per_capita = ?, risk_types = ?, risk_status = ?, helper_name = ?, remarks = ?, version = version + 1, updated_at = ? ' +
        'WHERE id = ? AND version = ? AND deleted_at IS NULL',
        [...params, at, t.id, t.version]);
      if (n !== 1) {
        conflicts.push(p);
        continue;
      }
      updated += 1;
      const base = { householdId: t.id, regionCode: region };
      const entries = diffEntries({ ...base, entityType: 'household', entityId: String(t.id) }, t.snap, after);
      const head = headOf.get(t.id);
      if (head && (after.headName !== t.snap.headName || after.headIdNumber !== t.snap.headIdNumber)) {
        const idn = String(after.headIdNumber);
        const parsed = validateIdNumber(idn, now);
        const gender = parsed.ok ? parsed.gender : null;
        const birth = parsed.ok ? parsed.birthDate : null;
        await db.run('UPDATE member SET name = ?, id_number = ?, active_id_number = ?, gender = COALESCE(?, gender), birth_date = COALESCE(?, birth_date), version = version + 1, updated_at = ? WHERE id = ?',
          [after.headName, idn, idn, gender, birth, at, head.id]);
        entries.push(...diffEntries({ ...base, entityType: 'member', entityId: String(head.id) },
          { name: head.name, idNumber: head.id_number }, { name: after.headName, idNumber: idn }));
      }
      for (const e of entries) audit.push(auditRow(e));
    }
    done += part.length;
    await flushAudit();
    deps.progress?.('commit', done, total);
  }

  // Creates: ids reserved up front, then households, their heads and the audit rows in bulk.
  const hIds = await db.reserveIds('household', creates.length);
  const mIds = await db.reserveIds('member', creates.length);
  const used = new Set(plans.map((p) => p.value.code as string | undefined).filter((c): c is string => !!c));
  const needCode = [...new Set(creates.filter((p) => !p.value.code).map((p) => p.value.regionCode as string))];
  const allocate = await codeAllocator(db, needCode, used);
  let k = 0;
  // PostgreSQL: fewer, larger COPYs (each is a round trip); SQLite: the statements run in-process either way.
  for (const part of chunks(creates, db.kind === 'postgresql' ? 5000 : 1000)) {
    const hRows: unknown[][] = [];
    const mRows: unknown[][] = [];
    for (const p of part) {
      const v = p.value;
      const hid = hIds[k]!;
      const mid = mIds[k]!;
      k += 1;
      const region = v.regionCode as string;
      const snap: Snapshot = {
        code: (v.code as string | undefined) ?? allocate(region), category: v.category, regionCode: region,
        address: v.address ?? '', headName: v.headName, headIdNumber: v.headIdNumber, phone: v.phone ?? '',
        incomePerCapita: v.incomePerCapita ?? 0, riskTypes: v.riskTypes ?? '', riskStatus: v.riskStatus ?? 'MONITORING',
        helperName: v.helperName ?? '', remarks: v.remarks ?? '',
      };
      const idn = String(v.headIdNumber);
      const parsed = validateIdNumber(idn, now);
      hRows.push([hid, snap.code, snap.category, region, townshipCodeOf(region), snap.address, snap.headName, idn, snap.phone, 1,
        snap.incomePerCapita, snap.riskTypes, snap.riskStatus, snap.helperName, snap.remarks, 1, at, at]);
      mRows.push([mid, hid, snap.headName, idn, idn, parsed.ok ? parsed.gender : 'MALE', parsed.ok ? parsed.birthDate : '1900-01-01', 'HEAD', '', 1, at, at]);
      const base = { householdId: hid, regionCode: region };
      audit.push(auditRow({ ...base, action: 'CREATE', entityType: 'household', entityId: String(hid), after: snap }));
      audit.push(auditRow({ ...base, action: 'CREATE', entityType: 'member', entityId: String(mid), after: memberSnap(String(snap.headName), idn, '') }));
    }
    await db.insert('household', H_COLS, hRows);
    await db.insert('member', M_COLS, mRows);
    await flushAudit();
    done += part.length;
    deps.progress?.('commit', done, total);
  }
  await flushAudit(true);
  return { created: creates.length, updated, conflicts };
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
  const rows = plans;
  deps.progress?.('validate', Math.ceil(rows.length / 2), rows.length);
  markFileDuplicates(plans, colOf);
  const { db } = deps;
  const res: HouseholdImportResult = { rows: rows.length, valid: 0, invalid: 0, created: 0, updated: 0, unchanged: 0, errors: [], committed: false, validateMs: 0, commitMs: 0 };
  const tally = () => {
    res.errors = plans.flatMap((p) => p.errors);
    res.invalid = plans.filter((p) => p.errors.length).length;
    res.valid = plans.length - res.invalid;
  };
  if (opts.commit) await db.begin();
  try {
    await match(db, plans, deps.access, colOf, opts.category);
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
    const w = await write(deps, todo);
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
    if (db.kind === 'postgresql' && w.created + w.updated >= 10_000) await db.run('ANALYZE household, member');
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
