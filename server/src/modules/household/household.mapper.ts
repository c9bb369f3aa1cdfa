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

/** The region joins behind the computed names (`regionName`, `townshipName`). */
const JOINED: Record<string, { col: string; join: string }> = {
  regionName: { col: 'r.name AS region_name', join: 'LEFT JOIN region r ON r.code = h.region_code ' },
  townshipName: { col: 't.name AS township_name', join: 'LEFT JOIN region t ON t.code = h.township_code ' },
};

/** What a query returning `Household` rows selects and joins, and how its rows become nodes. */
export interface HouseholdSelect {
  /** "h.id, h.code, …[, r.name AS region_name]" */
  columns: string;
  /** The region joins the selected names need ('' when none). */
  joins: string;
  /** The household columns selected (without the alias), e.g. to add sort keys that are not among them. */
  selected: ReadonlySet<string>;
  map: (r: HouseholdRow) => HouseholdNode;
}

const ALL_NAMES = Object.keys(JOINED);
const selects = new Map<string, HouseholdSelect>();

/**
 * The columns and joins for the node fields `fields` selects (null: every field). A page that shows seven fields
 * reads seven columns (and `id`), and joins the region table only for the names it shows.
 */
export function householdSelect(fields: ReadonlySet<string> | null): HouseholdSelect {
  const mapper = fields ? HOUSEHOLD.pick(fields) : HOUSEHOLD;
  const names = fields ? ALL_NAMES.filter((n) => fields.has(n)) : ALL_NAMES;
  const key = `${mapper.columns}|${names.join(',')}`;
  let s = selects.get(key);
  if (!s) {
    s = {
      columns: [mapper.columns, ...names.map((n) => JOINED[n].col)].join(', '),
      joins: names.map((n) => JOINED[n].join).join(''),
      selected: new Set(mapper.columns.split(', ').map((c) => c.slice(2))),
      map: mapper.map,
    };
    if (selects.size > 1000) selects.clear();
    selects.set(key, s);
  }
  return s;
}

const MEMBER = rowMapper<MemberNode>('m', [column('id', 'string'), column('householdId', 'string'), ...MEMBER_FIELDS, ...STAMP_COLUMNS]);

export const MEMBER_COLUMNS = MEMBER.columns;
export const toMemberNode: (r: MemberRow) => MemberNode = MEMBER.map;
