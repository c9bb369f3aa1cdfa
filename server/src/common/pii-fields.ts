import type { GraphQLSchema } from 'graphql';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS, piiFieldNames } from '@doudi/shared';
import type { RequestContext } from './context.js';

/**
 * Personal-data access is recorded when unmasked personal data is actually returned, not when a row that holds some
 * is read: a page that selects no personal field writes no pii_access row (and costs no commit).
 *
 * A service that hands out a row unmasked marks it with `markUnmasked(row, householdId)`; the resolvers of the
 * personal fields (those the shared field tables mark `pii`) then add the household to the request's record when
 * the field is resolved with a value. Masked rows carry no mark, so they are never recorded.
 */
const UNMASKED = Symbol('unmasked household id');

type Marked = { [UNMASKED]?: string };

export function markUnmasked<T extends object>(row: T, householdId: string): T {
  (row as Marked)[UNMASKED] = householdId;
  return row;
}

/** The household whose unmasked row this is (marked by `markUnmasked`), or undefined for a masked or unmarked row. */
export function unmaskedHouseholdOf(row: object): string | undefined {
  return (row as Marked)[UNMASKED];
}

type PiiTable = readonly { name: string; pii?: boolean }[];
/** The personal fields of each table, built once per table (not per event). */
const PII_OF = new WeakMap<PiiTable, ReadonlySet<string>>();
function piiSetOf(table: PiiTable): ReadonlySet<string> {
  let set = PII_OF.get(table);
  if (!set) PII_OF.set(table, (set = new Set(table.filter((m) => m.pii).map((m) => m.name))));
  return set;
}

/**
 * For payloads that carry field values outside the Household and Member types (subscription events): the household
 * to record when `names` includes a personal field of `table` with a value and the row was handed out unmasked.
 */
export function piiReturnedOf(table: PiiTable, row: object, values: ReadonlyArray<{ field: string; value: unknown }>): string | undefined {
  const id = unmaskedHouseholdOf(row);
  if (id === undefined) return undefined;
  const pii = piiSetOf(table);
  return values.some((v) => pii.has(v.field) && v.value != null && v.value !== '') ? id : undefined;
}

/** Wraps the personal fields of Household and Member: plain resolvers, so the rows keep their cheap default path. */
export function trackPiiFields(schema: GraphQLSchema): GraphQLSchema {
  const tables: Array<[string, readonly string[]]> = [
    ['Household', piiFieldNames(HOUSEHOLD_FIELDS)],
    ['Member', piiFieldNames(MEMBER_FIELDS)],
  ];
  for (const [typeName, names] of tables) {
    const type = schema.getType(typeName);
    if (!type || !('getFields' in type)) throw new Error(`trackPiiFields: no object type ${typeName}`);
    const fields = type.getFields() as Record<string, { resolve?: unknown }>;
    for (const name of names) {
      const field = fields[name];
      if (!field) throw new Error(`trackPiiFields: ${typeName}.${name} is marked pii but is not in the schema`);
      field.resolve = (source: Record<string, unknown> & Marked, _args: unknown, ctx: RequestContext) => {
        const value = source[name];
        const id = source[UNMASKED];
        if (id !== undefined && value != null && value !== '') ctx.pii?.households.add(id);
        return value;
      };
    }
  }
  return schema;
}
