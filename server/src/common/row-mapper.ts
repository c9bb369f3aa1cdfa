// Raw-SQL rows → GraphQL nodes, from a record's field table: each field is read from its column (MikroORM's
// underscore naming) by its type, so a field added to the table, the entity and the migration is selected and mapped
// without a hand-written assignment.
import type { FieldMeta, FieldType } from '@doudi/shared';
import { fromDbDate } from './sql.js';

/** A field's column: MikroORM's underscore naming (headIdNumber → head_id_number). */
export const columnOf = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export type SqlRow = Record<string, unknown>;
type Read = (v: unknown) => unknown;

/** How a stored value reads in the node, by the field's type: ids as strings, optional text '' as null, … */
export function readerOf(m: Pick<FieldMeta, 'name' | 'type' | 'required'>): Read {
  if (m.name === 'id' || m.name.endsWith('Id')) return (v) => String(v);
  switch (m.type) {
    case 'integer':
    case 'number':
      return (v) => Number(v);
    case 'enumList':
      return (v) => (v ? String(v).split(',') : []);
    case 'datetime':
      return m.required ? fromDbDate : (v) => (v == null ? null : fromDbDate(v));
    case 'enum':
    case 'date':
      return (v) => v;
    default:
      return m.required ? (v) => v : (v) => (v ? v : null);
  }
}

/** A stored column the table does not list (the bookkeeping stamps, a foreign key): its name, type and whether set. */
export const column = (name: string, type: FieldType, required = true): Pick<FieldMeta, 'name' | 'type' | 'required'> =>
  ({ name, type, required });

/** The bookkeeping columns of a VersionedEntity (common/base-entity.ts). */
export const STAMP_COLUMNS = [column('version', 'integer'), column('createdAt', 'datetime'), column('updatedAt', 'datetime')];

export interface RowMapper<N> {
  /** The SELECT list, e.g. "h.id, h.code, …". */
  readonly columns: string;
  readonly map: (row: SqlRow) => N;
  /**
   * The mapper of only `names` (of the stored and computed fields; `id` always): fewer columns to read and convert
   * when a query selects few fields. The node then holds only those fields. Memoised per set of names.
   */
  readonly pick: (names: Iterable<string>) => RowMapper<N>;
}

/**
 * A mapper for the rows of one table aliased `alias`: `stored` fields are selected and read by type (a name given
 * twice is read once, the last wins); `computed` node fields come from other columns of the row (joined names).
 */
export function rowMapper<N>(
  alias: string,
  stored: readonly Pick<FieldMeta, 'name' | 'type' | 'required'>[],
  computed: Record<string, (row: SqlRow) => unknown> = {},
): RowMapper<N> {
  const byName = new Map(stored.filter((m) => !(m.name in computed)).map((m) => [m.name, m]));
  const reads = [...byName.values()].map((m) => ({ key: m.name, col: columnOf(m.name), read: readerOf(m) }));
  const more = Object.entries(computed);
  const picked = new Map<string, RowMapper<N>>();
  const self: RowMapper<N> = {
    columns: reads.map((x) => `${alias}.${x.col}`).join(', '),
    map: (row) => {
      const node: Record<string, unknown> = {};
      for (const x of reads) node[x.key] = x.read(row[x.col]);
      for (const [k, f] of more) node[k] = f(row);
      return node as N;
    },
    pick: (names) => {
      const want = new Set(names);
      want.add('id');
      const key = [...want].filter((n) => byName.has(n) || n in computed).sort().join(',');
      let m = picked.get(key);
      if (!m) {
        if (picked.size > 1000) picked.clear(); // bounded: the names come from the (schema-valid) selections
        m = rowMapper<N>(alias, [...byName.values()].filter((x) => want.has(x.name)),
          Object.fromEntries(more.filter(([k]) => want.has(k))));
        picked.set(key, m);
      }
      return m;
    },
  };
  return self;
}
