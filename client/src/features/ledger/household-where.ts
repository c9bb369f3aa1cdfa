// AG Grid's filter and sort models, the quick search and the region tree → the API's HouseholdWhere and orderBy.
import type { FilterModel, SortModelItem } from 'ag-grid-community';
import { HOUSEHOLD_FIELDS, HOUSEHOLD_ORDER_FIELDS, chinaDayStart, resolveRegionName, validatePhone, type FieldMeta } from '@doudi/shared';

export type Where = Record<string, unknown>;

// The household field table only (not the shared fieldMeta, whose index of every record's table would put all of
// them in the JavaScript loaded before the first ledger row).
const META: ReadonlyMap<string, FieldMeta> = new Map(HOUSEHOLD_FIELDS.map((m) => [m.name, m]));

// The API's HouseholdOrderField: the field table's sortable fields.
const ORDER_FIELDS = new Set(HOUSEHOLD_ORDER_FIELDS);

export function sortToOrderBy(sort: SortModelItem[]): { field: string; direction: 'ASC' | 'DESC' }[] {
  return sort.filter((s) => ORDER_FIELDS.has(s.colId)).map((s) => ({ field: s.colId, direction: s.sort === 'desc' ? 'DESC' : 'ASC' }));
}

interface SimpleModel {
  filterType?: string;
  type?: string | null;
  filter?: string | number | null;
  filterTo?: number | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  values?: string[];
  mode?: 'any' | 'all' | 'none';
  code?: string;
}
interface CombinedModel {
  filterType?: string;
  operator: 'AND' | 'OR';
  conditions: SimpleModel[];
}

/** One column's filter model → a where clause; null when it does not restrict anything. */
export function columnWhere(colId: string, model: SimpleModel | CombinedModel): Where | null {
  if ('conditions' in model && Array.isArray(model.conditions)) {
    const parts = model.conditions.map((m) => columnWhere(colId, m)).filter((w): w is Where => !!w);
    if (parts.length === 0) return null;
    if (parts.length === 1) return parts[0]!;
    return { [model.operator === 'OR' ? 'or' : 'and']: parts };
  }
  const m = model as SimpleModel;
  const meta = META.get(colId);
  const integer = meta?.type === 'integer';
  switch (m.filterType) {
    case 'text': {
      const v = typeof m.filter === 'string' ? m.filter.trim() : m.filter;
      if (m.type === 'blank') return { [colId]: { isNull: true } };
      if (m.type === 'notBlank') return { [colId]: { isNull: false } };
      if (v === null || v === undefined || v === '') return null;
      const exact = meta?.type === 'idNumber' || meta?.type === 'phone';
      if (exact) return { [colId]: { eq: normaliseExact(meta!.type, String(v)) } };
      const op = m.type === 'equals' ? 'eq' : m.type === 'startsWith' ? 'startsWith' : 'contains';
      return { [colId]: { [op]: String(v) } };
    }
    case 'number': {
      const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? (integer ? Math.round(x) : x) : null);
      const a = num(m.filter);
      const b = num(m.filterTo);
      if (a === null) return null;
      if (m.type === 'greaterThanOrEqual' || m.type === 'greaterThan') return { [colId]: { gte: a } };
      if (m.type === 'lessThanOrEqual' || m.type === 'lessThan') return { [colId]: { lte: a } };
      if (m.type === 'inRange' && b !== null) return { [colId]: { gte: Math.min(a, b), lte: Math.max(a, b) } };
      return { [colId]: { eq: a } };
    }
    case 'date': {
      const from = m.dateFrom ? dayStart(m.dateFrom) : null;
      if (!from) return null;
      if (m.type === 'greaterThan') return { [colId]: { gte: addDays(from, 1).toISOString() } };
      if (m.type === 'lessThan') return { [colId]: { lte: new Date(from.getTime() - 1).toISOString() } };
      const to = m.type === 'inRange' && m.dateTo ? dayStart(m.dateTo) : from;
      if (!to) return null;
      return { [colId]: { gte: from.toISOString(), lte: new Date(addDays(to, 1).getTime() - 1).toISOString() } };
    }
    case 'enum': {
      const values = m.values ?? [];
      if (meta?.type === 'enumList') {
        if (m.mode === 'none') return { [colId]: { isNull: true } };
        if (!values.length) return null;
        return { [colId]: m.mode === 'all' ? { containsAll: values } : { in: values } };
      }
      return values.length ? { [colId]: { in: values } } : null;
    }
    case 'region':
      return m.code ? { regionCode: { startsWith: m.code } } : null;
    default:
      return null;
  }
}

function normaliseExact(type: string, v: string): string {
  if (type === 'phone') {
    const p = validatePhone(v);
    return p.ok ? p.value : v.trim();
  }
  return v.replace(/\s/g, '').toUpperCase();
}

// "2024-05-01 00:00:00" (AG Grid's date filter) → the instant that day begins in China time (the grid shows times
// in China time, whatever the browser's zone).
function dayStart(s: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  return m ? chinaDayStart(m[1]!) : null;
}
// China has no daylight saving: a day is always 24 hours
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** The quick search box: an ID number or a mobile matches exactly; other text looks in names, numbers and places. */
export function searchWhere(q: string): Where | null {
  const s = q.trim();
  if (!s) return null;
  const compact = s.replace(/\s/g, '').toUpperCase();
  if (/^\d{17}[\dX]$/.test(compact)) return { headIdNumber: { eq: compact } };
  const phone = validatePhone(s);
  if (phone.ok) return { phone: { eq: phone.value } };
  const or: Where[] = [
    { headName: { contains: s } },
    { code: { contains: s } },
    { address: { contains: s } },
    { helperName: { contains: s } },
  ];
  const region = resolveRegionName(s);
  if (region.ok) or.push({ regionCode: { startsWith: region.code } });
  return { or };
}

export interface LedgerScope {
  category: string;
  deleted: boolean;
  search: string;
  /** a 9- or 12-digit prefix from the township → village tree */
  regionPrefix: string | null;
  filterModel: FilterModel;
  /** 风险状态 from the page's address (?risk=MONITORING, a drill from 统计) */
  riskStatus?: string | null;
}

export function buildWhere(s: LedgerScope): Where {
  const and: Where[] = [];
  const search = searchWhere(s.search);
  if (search) and.push(search);
  if (s.regionPrefix) and.push({ regionCode: { startsWith: s.regionPrefix } });
  if (s.riskStatus) and.push({ riskStatus: { eq: s.riskStatus } });
  for (const [colId, model] of Object.entries(s.filterModel ?? {})) {
    const w = model ? columnWhere(colId, model as SimpleModel) : null;
    if (w) and.push(w);
  }
  const where: Where = { category: { eq: s.category } };
  if (s.deleted) where.deleted = true;
  if (and.length) where.and = and;
  return where;
}
