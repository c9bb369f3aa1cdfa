// GraphQL fields from a record's field table (@doudi/shared fields*.ts): a type-graphql input or object class gets one
// field per table field, its GraphQL type from the field's type (an enum from its vocabulary), in the table's order —
// so a field added to the table is accepted by the API's inputs and returned by its nodes without a hand-written
// declaration. type-graphql's decorators are plain functions: they are applied here to the class's prototype.
import { Field, Float, ID, Int } from 'type-graphql';
import { YesNoDef, type EnumDef, type FieldMeta } from '@doudi/shared';

/** GraphQL enums by the vocabulary they were registered from (common/enums.ts registers them). */
const ENUMS = new Map<EnumDef<string>, unknown>();
export const rememberEnum = (def: EnumDef<string>, gqlEnum: object): void => {
  ENUMS.set(def, gqlEnum);
};

/** A field's GraphQL type: ids as ID, 是/否 as Boolean, a vocabulary as its registered enum, stamps as Date. */
export function gqlType(m: FieldMeta): () => unknown {
  if (m.name === 'id' || m.name.endsWith('Id')) return () => ID;
  if (m.enumDef === YesNoDef) return () => Boolean;
  switch (m.type) {
    case 'number':
      return () => Float;
    case 'integer':
      return () => Int;
    case 'enum':
    case 'enumList': {
      const e = m.enumDef && ENUMS.get(m.enumDef);
      if (!e) throw new Error(`field "${m.name}": vocabulary ${m.enumDef?.name ?? '?'} is not a registered GraphQL enum`);
      return m.type === 'enum' ? () => e : () => [e];
    }
    case 'datetime':
      return () => Date;
    default:
      return () => String;
  }
}

export interface TableFieldOpts {
  /** every field optional (an update: only the fields to change); else optional unless the table requires it */
  allOptional?: boolean;
  /** fields the API lets out although the table requires them (a default fills them) */
  optional?: readonly string[];
  /** the schema's description of a field */
  descriptions?: Readonly<Record<string, string>>;
  /** a field the API takes in another type than the table's (e.g. a code or label checked per row as a String) */
  types?: Readonly<Record<string, () => unknown>>;
}

/** Declares `names` of `table` (in that order) as GraphQL fields of the input class `cls`. */
export function tableInputFields(cls: { prototype: object }, table: readonly FieldMeta[], names: readonly string[], o: TableFieldOpts = {}): void {
  for (const name of names) {
    const m = table.find((x) => x.name === name);
    if (!m) throw new Error(`field table has no "${name}"`);
    const nullable = o.allOptional || !m.required || !!o.optional?.includes(name);
    const description = o.descriptions?.[name];
    // type-graphql does not export its type-function type; gqlType returns one of the types it accepts.
    Field((o.types?.[name] ?? gqlType(m)) as never, { ...(nullable ? { nullable: true } : {}), ...(description ? { description } : {}) })(cls.prototype, name);
  }
}

/** A field of an object type: for a table field what differs from the table (its type, nullability); else all of it. */
export interface NodeField {
  /** the GraphQL type: required for a field the table lacks; for a table field it replaces the one its type gives */
  type?: () => unknown;
  /** default: a table field is nullable unless the table requires it; another field is non-null */
  nullable?: boolean;
  description?: string;
  /** the table field this one is, taken under another name (an action's `reason` is the record's `endReason`) */
  from?: string;
}

/**
 * Declares the fields of the object class `cls` (a node the API returns): every field of `table` but `omit`, and the
 * fields of `layout` the table lacks (id, version, relations, computed values). `layout` lists fields in the schema's
 * order: a table field it names stands there (with what `layout` says of it, e.g. a description); a table field it
 * does not name — one just added to the table — follows the table field before it. Returns the declared order.
 * A field that is neither in the table nor typed, or one both named and omitted, is a typo and throws.
 */
export function tableObjectFields(
  cls: { name: string; prototype: object },
  table: readonly FieldMeta[],
  layout: Readonly<Record<string, NodeField>>,
  o: { omit?: readonly string[] } = {},
): string[] {
  return declareLaidOut(cls, table, table, layout, o.omit ?? [], false);
}

/**
 * The same for an input class: every editable field of `table` but `omit` (a table field an input takes although
 * the record's form does not edit it is named in `layout`), optional unless the table requires it (`allOptional`:
 * every field optional, an update's), and the fields of `layout` the table lacks (ids, options).
 */
export function tableInputLayout(
  cls: { name: string; prototype: object },
  table: readonly FieldMeta[],
  layout: Readonly<Record<string, NodeField>>,
  o: { omit?: readonly string[]; allOptional?: boolean } = {},
): string[] {
  return declareLaidOut(cls, table, table.filter((m) => m.editable), layout, o.omit ?? [], !!o.allOptional);
}

/**
 * The same for a flat list filter (a `*Where` input, common/table-where.ts): every filterable field of `table` as an
 * optional equality field of the field's type, and the fields of `layout` (table fields it names, and the filter's
 * own: region prefix, search, derived flags). Every field is optional unless `layout` says otherwise.
 */
export function tableWhereLayout(
  cls: { name: string; prototype: object },
  table: readonly FieldMeta[],
  layout: Readonly<Record<string, NodeField>>,
): string[] {
  const order = declareLaidOut(cls, table, table.filter((m) => m.filterable), layout, [], true);
  WHERE_FIELDS.set(cls, order.filter((n) => table.some((m) => m.name === n)));
  return order;
}

const WHERE_FIELDS = new WeakMap<object, readonly string[]>();
/** The table fields a filter input declared with tableWhereLayout takes, in the schema's order. */
export function whereFieldsOf(cls: { name: string }): readonly string[] {
  const f = WHERE_FIELDS.get(cls);
  if (!f) throw new Error(`${cls.name} is not declared with tableWhereLayout`);
  return f;
}

function declareLaidOut(
  cls: { name: string; prototype: object },
  table: readonly FieldMeta[],
  included: readonly FieldMeta[],
  layout: Readonly<Record<string, NodeField>>,
  omitted: readonly string[],
  allOptional: boolean,
): string[] {
  const byName = new Map(table.map((m) => [m.name, m]));
  const omit = new Set(omitted);
  for (const name of omit) {
    if (!byName.has(name) || name in layout) throw new Error(`${cls.name}: omitted "${name}" is not in the field table or is laid out`);
  }
  const order = Object.keys(layout);
  let prev: string | undefined;
  for (const { name } of included) {
    if (omit.has(name)) continue;
    if (!order.includes(name)) {
      const firstTableField = order.findIndex((k) => byName.has(k));
      const at = prev !== undefined ? order.indexOf(prev) + 1 : firstTableField < 0 ? order.length : firstTableField;
      order.splice(at, 0, name);
    }
    prev = name;
  }
  for (const name of order) {
    const from = layout[name]?.from;
    if (from !== undefined && !byName.has(from)) throw new Error(`${cls.name}: "${name}" is from "${from}", which is not in the field table`);
    const m = byName.get(from ?? name);
    const spec = layout[name] ?? {};
    const type = spec.type ?? (m && gqlType(m));
    if (!type) throw new Error(`${cls.name}: "${name}" is not in the field table and has no type`);
    const nullable = spec.nullable ?? (allOptional || (m ? !m.required : false));
    const description = spec.description;
    Field(type as never, { ...(nullable ? { nullable: true } : {}), ...(description ? { description } : {}) })(cls.prototype, name);
  }
  return order;
}

/**
 * The same for an action's input that takes a few of a record's fields: exactly the fields of `layout`, in its order;
 * a table field (by its name, or by `from` under another name) typed from the table, optional unless the table
 * requires it; the others (ids, version) as `layout` types them.
 */
export function tablePickLayout(
  cls: { name: string; prototype: object },
  table: readonly FieldMeta[],
  layout: Readonly<Record<string, NodeField>>,
): string[] {
  return declareLaidOut(cls, table, [], layout, [], false);
}

/** The bookkeeping stamps of a VersionedEntity (common/base-entity.ts) as node fields. */
export const STAMP_FIELDS: Readonly<Record<string, NodeField>> = Object.freeze({
  version: { type: () => Int },
  createdAt: { type: () => Date },
  updatedAt: { type: () => Date },
});
