// The models of the ledger's text, number and date column filters, in the shapes AG Grid's built-in filters
// (agTextColumnFilter, agNumberColumnFilter, agDateColumnFilter) produced, so saved layouts, the export and
// `household-where.ts` read them unchanged. The built-in filters were replaced by `condition-filter.vue` to keep
// ~21 kB gzipped of AG Grid out of the JavaScript loaded before the first ledger row (client/README.md).

export type ConditionKind = 'text' | 'number' | 'date';

/** One condition as typed: the option and up to two inputs (the second for a range). */
export interface Condition {
  type: string;
  a: string;
  b: string;
}

export interface SimpleConditionModel {
  filterType: ConditionKind;
  type: string;
  filter?: string | number | null;
  filterTo?: number | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}
export interface CombinedConditionModel {
  filterType: ConditionKind;
  operator: 'AND' | 'OR';
  conditions: SimpleConditionModel[];
}
export type ConditionModel = SimpleConditionModel | CombinedConditionModel;

/** Options that take no input. */
export const NO_INPUT: ReadonlySet<string> = new Set(['blank', 'notBlank']);

const num = (s: string): number | null => {
  const t = s.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
};
const day = (s: string): string | null => (/^\d{4}-\d{2}-\d{2}$/.test(s.trim()) ? `${s.trim()} 00:00:00` : null);

/** One condition → its model, or null while it is incomplete (as the built-in filters did). */
export function conditionModel(kind: ConditionKind, c: Condition): SimpleConditionModel | null {
  if (NO_INPUT.has(c.type)) return { filterType: kind, type: c.type };
  const range = c.type === 'inRange';
  if (kind === 'text') return c.a === '' ? null : { filterType: 'text', type: c.type, filter: c.a };
  if (kind === 'number') {
    const a = num(c.a);
    const b = range ? num(c.b) : null;
    if (a === null || (range && b === null)) return null;
    return range ? { filterType: 'number', type: c.type, filter: a, filterTo: b } : { filterType: 'number', type: c.type, filter: a };
  }
  const from = day(c.a);
  const to = range ? day(c.b) : null;
  if (from === null || (range && to === null)) return null;
  return { filterType: 'date', type: c.type, dateFrom: from, dateTo: to };
}

/** The column's model: null, one condition, or two joined by AND/OR. */
export function columnModel(kind: ConditionKind, conditions: Condition[], operator: 'AND' | 'OR'): ConditionModel | null {
  const parts = conditions.map((c) => conditionModel(kind, c)).filter((m): m is SimpleConditionModel => !!m);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  return { filterType: kind, operator, conditions: parts };
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const dayText = (v: unknown): string => text(v).slice(0, 10);

/** A model (applied, saved in a layout) → the conditions to show; `first` is the option of an empty condition. */
export function conditionsOf(model: ConditionModel | null | undefined, first: string): { conditions: Condition[]; operator: 'AND' | 'OR' } {
  if (!model) return { conditions: [{ type: first, a: '', b: '' }], operator: 'AND' };
  const simple = 'conditions' in model ? model.conditions : [model];
  return {
    operator: 'conditions' in model && model.operator === 'OR' ? 'OR' : 'AND',
    conditions: simple.map((m) =>
      m.filterType === 'date'
        ? { type: m.type, a: dayText(m.dateFrom), b: dayText(m.dateTo) }
        : { type: m.type, a: text(m.filter), b: text(m.filterTo) },
    ),
  };
}
