// The Excel column catalogue, one list per target: what the export writes and what the import reads. Both use it so
// that an exported sheet imports back unchanged (same headers, same value forms: zh labels, names, dates, text IDs).
import {
  ASSIGNMENT_FIELDS, AssignmentStatusDef, HOUSEHOLD_FIELDS, HouseholdCategoryDef, HousingGradeDef, MONTHLY_CHECK_FIELDS,
  MonthlyCheckStateDef, RiskStatusDef, RiskTypeDef, UnitKindDef, chinaWallClock, enumLabel, metaOf, normalizeLookupKey,
  regionPath, type EnumDef, type FieldMeta,
} from '@doudi/shared';
import type { HouseholdNode } from '../household/household.types.js';
import type { MonthlyCheckRow } from '../monitoring/monitoring.types.js';
import { DIBAO_ROLL_COLUMNS, TEKUN_ROLL_COLUMNS, type RollTarget } from './roll-columns.js';

/** How a column's value is written and read. */
export type ColumnKind =
  | 'text' // free text
  | 'number' // decimal
  | 'integer'
  | 'enum' // one value: written as its zh label, read from code / zh / en / alias
  | 'enumList' // several values: zh labels joined by 、
  | 'idNumber' // 18-character ID number: always a TEXT cell (a number cell would be rounded)
  | 'phone' // text cell
  | 'date' // Excel date (yyyy-mm-dd)
  | 'datetime' // Excel date-time (yyyy-mm-dd hh:mm), local time
  | 'boolean' // 是 / 否
  | 'place'; // a region written by name: 乡镇 村 path (regionCode), a township name, or a village name

/** What a cell gets: a string, a number, a Date (local wall time, see `excelDate`), or empty. */
export type CellValue = string | number | Date | null;

export interface ExcelColumn<R = unknown> {
  /** The field key: the API's field name (households: `Household` fields; what `columns=` lists). */
  field: string;
  /** Header as the grid shows it (zh-CN). */
  zh: string;
  en: string;
  /** Other header spellings staff write (compared with `normalizeHeader`). The zh/en headers and the field key match too. */
  aliases: string[];
  kind: ColumnKind;
  enumDef?: EnumDef<string>;
  /** For 'place': what the name stands for. */
  place?: 'path' | 'township' | 'village';
  /** Column width in Excel characters. */
  width: number;
  /** Excel number format of the data cells. */
  numFmt?: string;
  /** Personal data: masked unless the caller has pii:read (the export masks it as the grid does). */
  pii?: boolean;
  /** The import may write this field (read-only columns such as 更新时间 are recognised and skipped). */
  importable: boolean;
  required?: boolean;
  /** Shown in the grid's default layout (and so in an export without `columns=`, and in the template). */
  visibleByDefault: boolean;
  /** Example value for the template's sample row, as it would be typed. */
  example?: CellValue;
  /** The cell value written for one row. */
  value: (row: R) => CellValue;
}

export type ExportTarget = 'households' | 'assignments' | 'monthly-checks' | RollTarget;

// ---- helpers ----------------------------------------------------------------------------------------------------

/** Header text for matching: NFKC (full-width brackets → ASCII), case, whitespace, required markers (*) and a
 *  trailing colon ignored; "（元）" and "(元)" compare equal. */
export function normalizeHeader(text: unknown): string {
  return normalizeLookupKey(String(text ?? '')).replace(/^[*＊]+|[*＊]+$/g, '').replace(/[:：]$/, '');
}

const zhLabel = (def: EnumDef<string>, v: unknown): string | null => (v == null || v === '' ? null : enumLabel(def, String(v), 'zh'));
const orNull = (v: unknown): string | null => (v == null || v === '' ? null : String(v));

/**
 * A Date for an Excel cell that shows the China wall-clock time. exceljs turns a Date into a serial number from its
 * UTC fields, so the China offset (+08:00, no daylight saving) is added — whatever the server's own time zone.
 */
export function excelDate(d: Date | string | number | null | undefined): Date | null {
  if (d == null || d === '') return null;
  const t = d instanceof Date ? d : new Date(d);
  if (Number.isNaN(t.getTime())) return null;
  return chinaWallClock(t);
}

/** 'YYYY-MM-DD' → a Date at UTC midnight (what exceljs writes as that day). */
export function excelDay(s: string | null | undefined): Date | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  return new Date(`${s}T00:00:00Z`);
}

const FMT = { text: '@', money: '#,##0.00', int: '0', date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm' } as const;

// ---- households -------------------------------------------------------------------------------------------------

/** A household row as exported: the `households` query's node (personal data already masked as the caller sees it). */
export type HouseholdExportRow = HouseholdNode;

const META = new Map(HOUSEHOLD_FIELDS.map((m) => [m.name, m]));
const meta = (name: string): FieldMeta => {
  const m = META.get(name);
  if (!m) throw new Error(`HOUSEHOLD_FIELDS has no ${name}`);
  return m;
};
/** Grid pixel width → Excel characters (a zh character is about two). */
const chars = (px: number | undefined, min = 8): number => Math.max(min, Math.round((px ?? 100) / 7));

type H = HouseholdExportRow;
type Extra = Partial<ExcelColumn<H>> & Pick<ExcelColumn<H>, 'value'>;

function hField(name: string, kind: ColumnKind, x: Extra): ExcelColumn<H> {
  const m = meta(name);
  return {
    field: name, zh: m.label.zh, en: m.label.en, kind, enumDef: m.enumDef, width: chars(m.width), pii: m.pii,
    importable: m.editable, required: m.required, visibleByDefault: true, aliases: [...(m.aliases ?? [])], ...x,
  };
}

/**
 * The household ledgers' columns, in the grid's order (client/src/features/ledger/household-columns.ts): what the
 * clerks read first, then the bookkeeping; the last five are hidden in the grid's default layout.
 */
const HOUSEHOLD_CATALOGUE: readonly ExcelColumn<H>[] = Object.freeze([
  hField('code', 'text', {
    numFmt: FMT.text, example: '640121104201-0001', value: (r) => r.code,
  }),
  hField('headName', 'text', {
    example: '马建国', value: (r) => r.headName,
  }),
  hField('regionCode', 'place', {
    place: 'path', width: 24,
    example: '杨和镇 王太村', value: (r) => (r.regionCode ? regionPath(r.regionCode) : null),
  }),
  hField('headIdNumber', 'idNumber', {
    numFmt: FMT.text, width: 22, example: '640121198503150012', value: (r) => orNull(r.headIdNumber),
  }),
  hField('phone', 'phone', {
    numFmt: FMT.text, width: 14, example: '13895012345', value: (r) => orNull(r.phone),
  }),
  hField('memberCount', 'integer', {
    numFmt: FMT.int, width: 10, example: 1, value: (r) => r.memberCount,
  }),
  hField('incomePerCapita', 'number', {
    numFmt: FMT.money, width: 18, example: 6150, value: (r) => r.incomePerCapita,
  }),
  hField('riskTypes', 'enumList', {
    width: 24, example: `${RiskTypeDef.labels.ILLNESS.zh}、${RiskTypeDef.labels.DISABILITY.zh}`,
    value: (r) => (r.riskTypes?.length ? r.riskTypes.map((t) => enumLabel(RiskTypeDef, t, 'zh')).join('、') : null),
  }),
  hField('riskStatus', 'enum', {
    width: 12, example: RiskStatusDef.labels.MONITORING?.zh ?? null, value: (r) => zhLabel(RiskStatusDef, r.riskStatus),
  }),
  hField('helperName', 'text', {
    width: 12, example: '李明', value: (r) => orNull(r.helperName),
  }),
  hField('address', 'text', {
    width: 30, example: '王太村三队12号', value: (r) => orNull(r.address),
  }),
  hField('remarks', 'text', {
    width: 30, example: null, value: (r) => orNull(r.remarks),
  }),
  hField('updatedAt', 'datetime', {
    numFmt: FMT.datetime, width: 18, value: (r) => excelDate(r.updatedAt),
  }),
  hField('category', 'enum', {
    visibleByDefault: false, width: 18,
    example: HouseholdCategoryDef.labels.UNLIFTED.zh, value: (r) => zhLabel(HouseholdCategoryDef, r.category),
  }),
  {
    field: 'townshipName', zh: '乡镇(街道)', en: 'Township', kind: 'place', place: 'township', width: 14,
    aliases: ['乡镇(街道)', '所属乡镇', '乡镇', '镇', '乡', '所属乡镇(街道)', '乡镇名称', '街道', '镇(乡)', '乡(镇)', 'township', 'town'],
    importable: false, visibleByDefault: false, example: '杨和镇', value: (r) => orNull(r.townshipName),
  },
  hField('regionName', 'place', {
    place: 'village', visibleByDefault: false, width: 14,
    example: '王太村', value: (r) => orNull(r.regionName),
  }),
  hField('id', 'integer', {
    visibleByDefault: false, width: 10, value: (r) => (r.id ? Number(r.id) : null),
  }),
  hField('version', 'integer', {
    visibleByDefault: false, width: 8, value: (r) => r.version,
  }),
]);

/** The column kind a household field is written as, for fields the catalogue does not spell out. */
const KIND_OF: Record<FieldMeta['type'], ColumnKind> = {
  string: 'text', text: 'text', number: 'number', integer: 'integer', enum: 'enum', enumList: 'enumList', date: 'date',
  datetime: 'datetime', idNumber: 'idNumber', phone: 'phone', regionCode: 'place',
};
function genericValue(m: FieldMeta): (r: H) => CellValue {
  const get = (r: H) => (r as unknown as Record<string, unknown>)[m.name];
  if (m.type === 'enum') return (r) => zhLabel(m.enumDef!, get(r));
  if (m.type === 'enumList') return (r) => ((get(r) as string[] | null)?.map((v) => enumLabel(m.enumDef!, v, 'zh')).join('、') || null);
  if (m.type === 'date') return (r) => excelDay(get(r) as string | null);
  if (m.type === 'datetime') return (r) => excelDate(get(r) as string | null);
  if (m.type === 'regionCode') return (r) => (get(r) ? regionPath(String(get(r))) : null);
  return (r) => (typeof get(r) === 'number' ? (get(r) as number) : orNull(get(r)));
}

/** The household columns: the catalogue above, then any field of the shared table it does not list yet. */
export const HOUSEHOLD_COLUMNS: readonly ExcelColumn<H>[] = Object.freeze([
  ...HOUSEHOLD_CATALOGUE,
  ...HOUSEHOLD_FIELDS.filter((m) => !HOUSEHOLD_CATALOGUE.some((c) => c.field === m.name))
    .map((m) => hField(m.name, KIND_OF[m.type], { place: m.type === 'regionCode' ? 'path' : undefined, value: genericValue(m) })),
]);

// ---- accountability rows (责任台账) ---------------------------------------------------------------------------

/** One assignment row as the board (督办总览) shows it. */
export interface AssignmentExportRow {
  id: string;
  measureNo: number;
  measureTitle: string;
  deadlineText: string;
  unitCode: string;
  unitName: string;
  unitKind: string;
  status: string;
  dueDate: string | null;
  overdue: boolean;
  escalated: boolean;
  missingPeriods: string[];
  rejectionCount: number;
  lastReportAt: Date | null;
  lastReportText: string | null;
  urged: boolean;
}

type A = AssignmentExportRow;
const yesNo = (b: boolean): string => (b ? '是' : '否');
/** An assignment column: header, sheet spellings and vocabulary from the assignment's field table (@doudi/shared). */
function aCol(field: string, kind: ColumnKind, x: Partial<ExcelColumn<A>> & Pick<ExcelColumn<A>, 'value'>): ExcelColumn<A> {
  const m = metaOf(ASSIGNMENT_FIELDS, field);
  return {
    field, zh: m.label.zh, en: m.label.en, kind, enumDef: kind === 'enum' ? m.enumDef : undefined, aliases: [...(m.aliases ?? [])],
    width: 12, importable: false, visibleByDefault: true, ...x,
  };
}

/** The columns of the board's CSV export, in its order, plus the unit code (which names the unit unambiguously). */
export const ASSIGNMENT_COLUMNS: readonly ExcelColumn<A>[] = Object.freeze([
  aCol('measureNo', 'integer', { width: 9, numFmt: FMT.int, importable: true, example: 1, value: (r) => r.measureNo }),
  aCol('measureTitle', 'text', { width: 40, value: (r) => r.measureTitle }),
  aCol('deadlineText', 'text', { width: 18, value: (r) => r.deadlineText }),
  aCol('unitName', 'text', { width: 16, importable: true, example: '人社局', value: (r) => r.unitName }),
  aCol('unitKind', 'enum', { width: 10, value: (r) => zhLabel(UnitKindDef, r.unitKind) }),
  aCol('status', 'enum', { width: 10, value: (r) => zhLabel(AssignmentStatusDef, r.status) }),
  aCol('dueDate', 'date', { numFmt: FMT.date, value: (r) => excelDay(r.dueDate) }),
  aCol('overdue', 'boolean', { width: 6, value: (r) => yesNo(r.overdue) }),
  aCol('escalated', 'boolean', { width: 9, value: (r) => yesNo(r.escalated) }),
  aCol('urged', 'boolean', { width: 6, value: (r) => yesNo(r.urged) }),
  aCol('missingPeriods', 'text', { width: 16, value: (r) => (r.missingPeriods.length ? r.missingPeriods.join(' ') : null) }),
  aCol('rejectionCount', 'integer', { width: 9, numFmt: FMT.int, value: (r) => r.rejectionCount }),
  aCol('lastReportAt', 'datetime', { numFmt: FMT.datetime, width: 17, value: (r) => excelDate(r.lastReportAt) }),
  aCol('lastReportText', 'text', { width: 50, importable: true, example: '本月已完成……', value: (r) => r.lastReportText }),
  aCol('unitCode', 'text', { width: 12, numFmt: FMT.text, importable: true, visibleByDefault: false, example: 'RSJ', value: (r) => r.unitCode }),
]);

// ---- monthly checks (台账月度记录) --------------------------------------------------------------------------------

/** One row of the monthly check grid: the `monthlyChecks` query's node. */
export type MonthlyCheckExportRow = MonthlyCheckRow;

type M = MonthlyCheckExportRow;
const yn = (b: boolean | null | undefined): string | null => (b == null ? null : b ? '是' : '否');
/** A monthly check column: header, sheet spellings, vocabulary and importability from the check's field table. */
function mCol(field: string, kind: ColumnKind, x: Partial<ExcelColumn<M>> & Pick<ExcelColumn<M>, 'value'>): ExcelColumn<M> {
  const m = metaOf(MONTHLY_CHECK_FIELDS, field);
  return {
    field, zh: m.label.zh, en: m.label.en, kind, enumDef: kind === 'enum' || kind === 'enumList' ? m.enumDef : undefined,
    aliases: [...(m.aliases ?? [])], width: 12, importable: m.editable, visibleByDefault: true, ...x,
  };
}
const money = (field: keyof M & string) => mCol(field, 'number', { numFmt: FMT.money, width: 13, value: (r) => r[field] as number | null });

/** The monthly check grid's columns (client/src/features/monitoring/check-columns.ts), in its order. */
export const MONTHLY_CHECK_COLUMNS: readonly ExcelColumn<M>[] = Object.freeze([
  // the household's number and head identify the row on import, though the check does not edit them
  mCol('householdCode', 'text', { importable: true, numFmt: FMT.text, width: 19, value: (r) => r.householdCode }),
  mCol('headName', 'text', { importable: true, width: 10, value: (r) => r.headName }),
  mCol('regionName', 'place', { place: 'village', width: 14, value: (r) => orNull(r.regionName) }),
  mCol('category', 'enum', { width: 17, value: (r) => zhLabel(HouseholdCategoryDef, r.category) }),
  mCol('state', 'enum', { width: 10, value: (r) => (r.state ? zhLabel(MonthlyCheckStateDef, r.state) : '未走访') }),
  mCol('visitDate', 'date', { numFmt: FMT.date, value: (r) => excelDay(r.visitDate) }),
  mCol('visitor', 'text', { width: 14, value: (r) => orNull(r.visitor) }),
  money('incomeWages'),
  money('incomeBusiness'),
  money('incomeProperty'),
  money('incomeTransfer'),
  mCol('incomeTotal', 'number', { numFmt: FMT.money, width: 15, value: (r) => r.incomeTotal }),
  money('spendingMedical'),
  money('spendingSchooling'),
  mCol('foodOk', 'boolean', { width: 8, value: (r) => yn(r.foodOk) }),
  mCol('clothingOk', 'boolean', { width: 8, value: (r) => yn(r.clothingOk) }),
  mCol('schoolingOk', 'boolean', { width: 10, value: (r) => yn(r.schoolingOk) }),
  mCol('medicalInsuranceOk', 'boolean', { width: 10, value: (r) => yn(r.medicalInsuranceOk) }),
  mCol('housingGrade', 'enum', { width: 15, value: (r) => zhLabel(HousingGradeDef, r.housingGrade) }),
  mCol('waterOk', 'boolean', { width: 10, value: (r) => yn(r.waterOk) }),
  mCol('riskFound', 'boolean', { width: 10, value: (r) => yn(r.riskFound) }),
  mCol('riskTypes', 'enumList', { width: 20, value: (r) => (r.riskTypes?.length ? r.riskTypes.map((t) => enumLabel(RiskTypeDef, t, 'zh')).join('、') : null) }),
  mCol('measures', 'text', { width: 26, value: (r) => orNull(r.measures) }),
  mCol('remarks', 'text', { width: 22, value: (r) => orNull(r.remarks) }),
  {
    field: 'townshipName', zh: '乡镇(街道)', en: 'Township', kind: 'place', place: 'township', aliases: ['乡镇', '所属乡镇'], importable: false,
    visibleByDefault: false, width: 14, value: (r) => orNull(r.townshipName),
  },
]);

// ---- lookup -------------------------------------------------------------------------------------------------------

export const TARGET_LABELS: Record<ExportTarget, { zh: string; en: string }> = {
  households: { zh: '监测台账', en: 'Monitoring ledger' },
  assignments: { zh: '责任台账', en: 'Accountability table' },
  'monthly-checks': { zh: '月度监测记录', en: 'Monthly checks' },
  'dibao-roll': { zh: '低保名册', en: 'Dibao roll' },
  'tekun-roll': { zh: '特困名册', en: 'Tekun roll' },
};

export function columnsOf(target: 'households'): readonly ExcelColumn<HouseholdExportRow>[];
export function columnsOf(target: 'assignments'): readonly ExcelColumn<AssignmentExportRow>[];
export function columnsOf(target: 'monthly-checks'): readonly ExcelColumn<MonthlyCheckExportRow>[];
export function columnsOf(target: ExportTarget): readonly ExcelColumn<never>[];
export function columnsOf(target: ExportTarget): readonly ExcelColumn<never>[] {
  const cols = target === 'households' ? HOUSEHOLD_COLUMNS : target === 'assignments' ? ASSIGNMENT_COLUMNS
    : target === 'dibao-roll' ? DIBAO_ROLL_COLUMNS : target === 'tekun-roll' ? TEKUN_ROLL_COLUMNS : MONTHLY_CHECK_COLUMNS;
  return cols as readonly ExcelColumn<never>[];
}

const headerIndexCache = new Map<ExportTarget, Map<string, string>>();

/**
 * Normalised header → field, for one target: every zh header, en header, field key and alias. A spelling that would
 * name two columns is a catalogue bug and fails at first use.
 */
export function headerIndex(target: ExportTarget): ReadonlyMap<string, string> {
  let idx = headerIndexCache.get(target);
  if (idx) return idx;
  idx = new Map();
  // Own headers first, so an alias can never steal another column's own header.
  const cols = columnsOf(target);
  const own = new Map<string, string>();
  for (const c of cols) for (const h of [c.zh, c.en, c.field]) own.set(normalizeHeader(h), c.field);
  for (const [k, f] of own) idx.set(k, f);
  for (const c of cols) {
    for (const a of c.aliases) {
      const k = normalizeHeader(a);
      if (!k || own.has(k)) continue;
      const prev = idx.get(k);
      if (prev !== undefined && prev !== c.field) throw new Error(`columns.ts: header "${a}" names both ${prev} and ${c.field}`);
      idx.set(k, c.field);
    }
  }
  headerIndexCache.set(target, idx);
  return idx;
}

/** The field a sheet header stands for, or undefined. */
export function fieldForHeader(target: ExportTarget, header: unknown): string | undefined {
  return headerIndex(target).get(normalizeHeader(header));
}

export function columnByField<R>(cols: readonly ExcelColumn<R>[], field: string): ExcelColumn<R> | undefined {
  return cols.find((c) => c.field === field);
}
