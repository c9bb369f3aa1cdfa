import { HOUSEHOLD_FIELDS } from '@doudi/shared';

/**
 * The fields a user edits on a household, in the field table's order (@doudi/shared HOUSEHOLD_FIELDS): what a change
 * writes and what its audit snapshot records — for the ledger service and the Excel import's bulk write alike.
 */
export const HOUSEHOLD_EDITABLE: readonly string[] = Object.freeze(HOUSEHOLD_FIELDS.filter((f) => f.editable).map((f) => f.name));

/** A field's column: MikroORM's underscore naming (headIdNumber → head_id_number). */
export const columnOf = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
