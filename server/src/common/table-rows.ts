// A record's stored fields, from its field table: the SELECT list of the columns that hold them and a reader that
// turns a raw-SQL row into those node fields by type — so a field added to the table, the entity and the migration is
// selected and returned without a hand-written column or assignment. The record's service adds what the table does
// not store (joined names, derived values) to what this reads. (Household and member rows use common/row-mapper.ts.)
import { YesNoDef, type FieldMeta } from '@doudi/shared';
import { columnOf, type SqlRow } from './row-mapper.js';
import { fromDbDate } from './sql.js';

/** A boolean as the two dialects return it (SQLite 0/1, PostgreSQL true/false; 't' and '1' from text casts). */
export const truthy = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't' || v === 'true' || v === 1n;

type Read = (v: unknown) => unknown;

export interface StoredFields {
  /** The columns, e.g. "c.visit_date AS c_visit_date, …" (with `prefix`) or "c.visit_date, …". */
  readonly columns: string;
  /** The stored fields of one row, each read by its type. */
  readonly read: (row: object) => Record<string, unknown>;
  /** The fields read, in the table's order. */
  readonly names: readonly string[];
}

export interface StoredOpts {
  /** the table's fields that are not columns of this record (joined from another table, or derived when read) */
  notStored?: readonly string[];
  /** columns the table does not list (a foreign key, a stamp), read by the type given */
  more?: readonly Pick<FieldMeta, 'name' | 'type'>[];
  /** select each column as `<prefix><column>` (rows that join tables with the same column names) */
  prefix?: string;
  /** '' in a text or date column reads as null (columns that store '' for "no value") */
  emptyAsNull?: boolean;
  /** a 是/否 column with no value reads as null (not checked yet) rather than false */
  nullBooleans?: boolean;
}

function readerOf(m: Pick<FieldMeta, 'name' | 'type' | 'enumDef'>, o: StoredOpts): Read {
  const nullable = (f: Read): Read => (v) => (v == null ? null : f(v));
  if (m.name === 'id' || m.name.endsWith('Id')) return nullable(String);
  if (m.enumDef === YesNoDef) return o.nullBooleans ? nullable(truthy) : truthy;
  switch (m.type) {
    case 'integer':
    case 'number':
      return nullable(Number);
    case 'enumList':
      return (v) => (v ? String(v).split(',') : []);
    case 'datetime':
      return nullable(fromDbDate);
    default:
      return o.emptyAsNull ? (v) => (v == null || v === '' ? null : v) : nullable((v) => v);
  }
}

/** The stored fields of `table` (all but `notStored`, plus `more`) in table `alias`. */
export function storedFields(alias: string, table: readonly FieldMeta[], o: StoredOpts = {}): StoredFields {
  const skip = new Set(o.notStored ?? []);
  const fields = [...table.filter((m) => !skip.has(m.name)), ...(o.more ?? [])];
  const reads = fields.map((m) => {
    const col = columnOf(m.name);
    return { key: m.name, col, as: o.prefix ? `${o.prefix}${col}` : col, read: readerOf(m, o) };
  });
  return {
    columns: reads.map((x) => (o.prefix ? `${alias}.${x.col} AS ${x.as}` : `${alias}.${x.col}`)).join(', '),
    read: (row: object) => {
      const out: Record<string, unknown> = {};
      for (const x of reads) out[x.key] = x.read((row as SqlRow)[x.as]);
      return out;
    },
    names: reads.map((x) => x.key),
  };
}
