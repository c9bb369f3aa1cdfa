// A record's flat list filter (`DibaoCaseWhere`, `MonthlyCheckWhere`, `AssignmentWhere` …) from its field table, the
// way the household list's filter is (household.query.ts): the input's equality fields are the table's filterable
// fields, typed from the table (tableWhereLayout in table-fields.ts, beside the input class), and their SQL is
// `column = ?` from one column map (tableWhere, in the record's service). A filterable field added to the table is
// accepted by the filter and applied with no other code but its column — a field without one throws at start-up.
// The filter's own fields (a region prefix, a search, a flag derived from several columns) stay with the service.
import { sql, type Sql } from './sql.js';
import { whereFieldsOf } from './table-fields.js';

/**
 * Where a table field's filter applies: a column or SQL expression (`c.kind`), one built per call from the call's
 * context (a state derived from today's date), or null when the service applies it itself (in memory, after the SQL).
 */
export type WhereColumn<C> = string | ((ctx: C) => Sql) | null;

/** An int id from a GraphQL ID; -1 (matches nothing) when it is not one. */
const toId = (v: unknown): number => {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : -1;
};

/** The equality conditions of the table fields a filter gives (AND-ed by the caller). */
export type WhereConditions<W, C> = (where: W | null | undefined, ctx: C) => Sql[];

/**
 * The SQL of the table fields of the filter input `cls` (declared with tableWhereLayout). `columns` names the column
 * of every table field the input takes, and no other; a missing or stray one is a programming error and throws.
 */
export function tableWhere<W, C = void>(cls: { name: string }, columns: Readonly<Record<string, WhereColumn<C>>>): WhereConditions<W, C> {
  const fields = whereFieldsOf(cls);
  for (const n of fields) if (!(n in columns)) throw new Error(`${cls.name}: filter field "${n}" has no column`);
  for (const n of Object.keys(columns)) if (!fields.includes(n)) throw new Error(`${cls.name}: a column for "${n}", which the filter lacks`);
  return (where, ctx) => {
    if (!where) return [];
    const given = where as unknown as Record<string, unknown>;
    const out: Sql[] = [];
    for (const name of fields) {
      const v = given[name];
      const col = columns[name];
      if (v == null || col == null) continue;
      const value = name.endsWith('Id') ? toId(v) : v;
      if (typeof col === 'string') out.push(sql(`${col} = ?`, value));
      else {
        const e = col(ctx);
        out.push({ text: `${e.text} = ?`, params: [...e.params, value] });
      }
    }
    return out;
  };
}
