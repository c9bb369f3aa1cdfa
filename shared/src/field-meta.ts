// The shape of a record's field table (see fields.ts and fields-*.ts) and the helpers that read it. One table per
// record drives validation, masking, sortable/filterable sets, grid columns, forms and the Excel columns.
import type { EnumDef, Label } from './labels.js';

export type FieldType =
  | 'string' | 'text' | 'number' | 'integer' | 'enum' | 'enumList' | 'date' | 'datetime' | 'idNumber' | 'phone' | 'regionCode';

export interface FieldMeta {
  name: string;
  label: Label;
  type: FieldType;
  enumDef?: EnumDef<string>;
  editable: boolean;
  required: boolean;
  sortable: boolean;
  filterable: boolean;
  /** Personal data (个人信息保护法): masked unless the reader is granted it; unmasked reads are logged. */
  pii?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  /** Most decimal places accepted for a 'number'. */
  decimals?: number;
  /** Computed from another field (gender and birth date from the ID number); never typed. */
  derived?: boolean;
  width?: number;
  /** The label in an input form where it says more than the column header (e.g. 渐退期开始日期 for 渐退开始). */
  formLabel?: Label;
  /** Other header spellings staff write in their sheets (the Excel import matches them). */
  aliases?: readonly string[];
}

export type FieldOpts = Partial<Omit<FieldMeta, 'name' | 'label' | 'type'>>;

/** A field builder with a table's defaults (editable, optional; sortable/filterable as the table says). */
export const fieldBuilder = (defaults: FieldOpts) =>
  (name: string, zh: string, en: string, type: FieldType, o: FieldOpts = {}): FieldMeta =>
    Object.freeze({ name, label: { zh, en }, type, editable: true, required: false, sortable: false, filterable: false, ...defaults, ...o });

/** The table's field by name; throws on a name the table lacks (a typo in code, never user input). */
export function metaOf(table: readonly FieldMeta[], name: string): FieldMeta {
  const m = table.find((x) => x.name === name);
  if (!m) throw new Error(`field table has no "${name}"`);
  return m;
}

/** Names of the fields marked as personal data. */
export const piiFieldNames = (table: readonly FieldMeta[]): string[] => table.filter((m) => m.pii).map((m) => m.name);
export const sortableFieldNames = (table: readonly FieldMeta[]): string[] => table.filter((m) => m.sortable).map((m) => m.name);
export const filterableFieldNames = (table: readonly FieldMeta[]): string[] => table.filter((m) => m.filterable).map((m) => m.name);

/** A form field from a table: the form label, optionally sent under another input name and with other rules. */
export function formField(table: readonly FieldMeta[], name: string, o: FieldOpts & { as?: string } = {}): FieldMeta {
  const m = metaOf(table, name);
  const { as, ...rest } = o;
  return Object.freeze({ ...m, name: as ?? m.name, label: m.formLabel ?? m.label, editable: true, ...rest });
}

/** A text field's most characters, from its table (the server's hand-written checks read their limits here). */
export const maxLengthOf = (table: readonly FieldMeta[], name: string): number => {
  const n = metaOf(table, name).maxLength;
  if (n === undefined) throw new Error(`field "${name}" has no maxLength`);
  return n;
};
/** A number field's largest value, from its table. */
export const maxOf = (table: readonly FieldMeta[], name: string): number => {
  const n = metaOf(table, name).max;
  if (n === undefined) throw new Error(`field "${name}" has no max`);
  return n;
};
