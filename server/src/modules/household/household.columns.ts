import { HOUSEHOLD_FIELDS } from '@doudi/shared';

/**
 * The fields a user edits on a household, in the field table's order (@doudi/shared HOUSEHOLD_FIELDS): what a change
 * writes and what its audit snapshot records — for the ledger service and the Excel import's bulk write alike.
 */
export const HOUSEHOLD_EDITABLE: readonly string[] = Object.freeze(HOUSEHOLD_FIELDS.filter((f) => f.editable).map((f) => f.name));

export { columnOf } from '../../common/row-mapper.js';
