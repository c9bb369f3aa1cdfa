// GraphQL fields from a record's field table (@doudi/shared fields*.ts): a type-graphql input class gets one field per
// table field, its GraphQL type from the field's type (an enum from its vocabulary), in the table's order — so a field
// added to the table is accepted by the API's inputs without a hand-written declaration.
import { Field, Float, Int } from 'type-graphql';
import type { EnumDef, FieldMeta } from '@doudi/shared';

/** GraphQL enums by the vocabulary they were registered from (common/enums.ts registers them). */
const ENUMS = new Map<EnumDef<string>, unknown>();
export const rememberEnum = (def: EnumDef<string>, gqlEnum: object): void => {
  ENUMS.set(def, gqlEnum);
};

function gqlType(m: FieldMeta): () => unknown {
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
}

/** Declares `names` of `table` (in that order) as GraphQL fields of the input class `cls`. */
export function tableInputFields(cls: { prototype: object }, table: readonly FieldMeta[], names: readonly string[], o: TableFieldOpts = {}): void {
  for (const name of names) {
    const m = table.find((x) => x.name === name);
    if (!m) throw new Error(`field table has no "${name}"`);
    const nullable = o.allOptional || !m.required || !!o.optional?.includes(name);
    const description = o.descriptions?.[name];
    // type-graphql does not export its type-function type; gqlType returns one of the types it accepts.
    Field(gqlType(m) as never, { ...(nullable ? { nullable: true } : {}), ...(description ? { description } : {}) })(cls.prototype, name);
  }
}
