// Shared bits of the assistance pages: column helpers (from the records' field tables in @doudi/shared), the township
// scope, the forms' error mapping.
import type { ColDef } from 'ag-grid-community';
import { TOWNSHIPS, chinaToday, enumLabel, metaOf, type EnumDef, type FieldMeta, type FieldError } from '@doudi/shared';
import { lang } from '../../i18n';
import { isCountyRole, session } from '../auth/session';
import { ownTownship } from '../monitoring/use-monthly-checks';

export { ownTownship, TOWNSHIPS };
export const isCounty = (): boolean => !ownTownship() && isCountyRole(session.user?.role);

export const money = (v: unknown): string => (typeof v === 'number' ? v.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 }) : '');
export const yes = (v: unknown): string => (v === true ? '是' : v === false ? '否' : '');

export function col<T>(field: string, header: string, width = 110, fmt?: (v: unknown, row: T) => string, extra: Partial<ColDef<T>> = {}): ColDef<T> {
  return {
    colId: field,
    field: field as never,
    headerName: header,
    width,
    ...(fmt ? { valueFormatter: (p) => fmt(p.value, p.data as T) } : {}),
    ...extra,
  };
}
export const enumCol = <T>(field: string, header: string, def: EnumDef<string>, width = 110): ColDef<T> =>
  col<T>(field, header, width, (v) => (typeof v === 'string' ? enumLabel(def, v, lang.value) : ''));

/**
 * A read-only grid column from a record's field table (@doudi/shared): its zh header and width; an enum field shows
 * its labels unless `fmt` formats the value itself.
 */
export function fcol<T>(table: readonly FieldMeta[], name: string, fmt?: (v: unknown, row: T) => string, extra: Partial<ColDef<T>> = {}): ColDef<T> {
  const m = metaOf(table, name);
  return m.enumDef && !fmt ? enumCol<T>(name, m.label.zh, m.enumDef, m.width) : col<T>(name, m.label.zh, m.width, fmt, extra);
}

/** Server field errors → the form's error map (unknown fields go under `_`). */
export function applyErrors(target: Record<string, string>, errors: FieldError[], known: readonly FieldMeta[], extra: string[] = []): void {
  for (const k of Object.keys(target)) delete target[k];
  const names = new Set([...known.map((m) => m.name), ...extra]);
  for (const e of errors) {
    const k = names.has(e.field) ? e.field : '_';
    target[k] = target[k] ? `${target[k]}；${e.message}` : e.message;
  }
}

/** Today in 永宁县 (China Standard Time, UTC+8, no daylight saving): the date the server's rules use. */
export const today = (d = new Date()): string => chinaToday(d);
