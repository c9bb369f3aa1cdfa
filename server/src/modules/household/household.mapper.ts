// Household and member rows of raw SQL → nodes, built from the shared field tables (common/row-mapper.ts).
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from '@doudi/shared';
import { STAMP_COLUMNS, column, rowMapper, type SqlRow } from '../../common/row-mapper.js';
import type { HouseholdNode, MemberNode } from './household.types.js';

/** A household row of raw SQL: the household's columns, with the joined region_name and township_name. */
export type HouseholdRow = SqlRow;
export type MemberRow = SqlRow;

// The table's fields (regionName comes from the joined region), the township and the bookkeeping stamps.
const HOUSEHOLD = rowMapper<HouseholdNode>('h', [
  ...HOUSEHOLD_FIELDS, column('townshipCode', 'string'), ...STAMP_COLUMNS, column('deletedAt', 'datetime', false),
], {
  regionName: (r) => r.region_name ?? '',
  townshipName: (r) => r.township_name ?? '',
});

/** The household columns a page reads, in one place for every query that returns `Household` rows. */
export const HOUSEHOLD_COLUMNS = HOUSEHOLD.columns;
export const toHouseholdNode: (r: HouseholdRow) => HouseholdNode = HOUSEHOLD.map;

const MEMBER = rowMapper<MemberNode>('m', [column('id', 'string'), column('householdId', 'string'), ...MEMBER_FIELDS, ...STAMP_COLUMNS]);

export const MEMBER_COLUMNS = MEMBER.columns;
export const toMemberNode: (r: MemberRow) => MemberNode = MEMBER.map;
