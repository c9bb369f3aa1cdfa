import 'reflect-metadata';
// The household's API lists (HouseholdOrderField, HouseholdWhere) and its row mapper follow the shared field table.
import { describe, expect, it } from 'vitest';
import { GraphQLEnumType, GraphQLInputObjectType } from 'graphql';
import { HOUSEHOLD_FIELDS, HOUSEHOLD_FILTER_FIELDS, HOUSEHOLD_ORDER_FIELDS } from '@doudi/shared';
import { getSchema } from '../../schema.js';
import { HouseholdQueryBuilder } from './household.query.js';

describe('household sort and filter lists from the field table', () => {
  it('HouseholdOrderField is the table\'s sortable fields, in the order the schema had', async () => {
    const e = (await getSchema()).getType('HouseholdOrderField') as GraphQLEnumType;
    expect(e.getValues().map((v) => v.name)).toEqual([...HOUSEHOLD_ORDER_FIELDS]);
    expect([...HOUSEHOLD_ORDER_FIELDS]).toEqual([
      'id', 'code', 'category', 'regionCode', 'regionName', 'address', 'headName', 'headIdNumber', 'phone', 'memberCount',
      'incomePerCapita', 'riskStatus', 'helperName', 'createdAt', 'updatedAt',
    ]);
  });

  it('HouseholdWhere has a filter for exactly the table\'s filterable fields', async () => {
    const w = (await getSchema()).getType('HouseholdWhere') as GraphQLInputObjectType;
    const fields = Object.keys(w.getFields()).filter((n) => !['and', 'or', 'deleted'].includes(n));
    expect(fields.sort()).toEqual([...HOUSEHOLD_FILTER_FIELDS].sort());
  });

  it('builds a condition for every filterable field from its type', () => {
    const qb = new HouseholdQueryBuilder('sqlite');
    const one = (w: Record<string, unknown>) => qb.conditions(w as never).map((c) => [c.text, c.params]);
    expect(one({ id: { eq: '7' } })).toEqual([['h.id = ?', [7]]]);
    expect(one({ headIdNumber: { eq: ' 64012119800101123x ' } })).toEqual([['h.head_id_number = ?', ['64012119800101123X']]]);
    expect(one({ riskTypes: { contains: 'ILLNESS' } })).toEqual([[`(',' || h.risk_types || ',') LIKE ?`, ['%,ILLNESS,%']]]);
    expect(one({ category: { in: ['A', 'B'] } })).toEqual([['h.category IN (?, ?)', ['A', 'B']]]);
    expect(one({ memberCount: { gte: 2 } })).toEqual([['h.member_count >= ?', [2]]]);
    expect(one({ regionCode: { startsWith: '640121104' } })).toEqual([['h.township_code = ?', ['640121104']]]);
    expect(one({ remarks: { isNull: true } })).toEqual([[`h.remarks = ''`, []]]);
    expect(one({ createdAt: { gte: new Date('2024-01-01T00:00:00Z') } })).toHaveLength(1);
    // A read-only name the table does not let filter (the region's name) builds nothing.
    expect(one({ regionName: { eq: 'x' } })).toEqual([]);
    for (const name of HOUSEHOLD_FILTER_FIELDS) expect(HOUSEHOLD_FIELDS.some((m) => m.name === name) || name === 'createdAt').toBe(true);
  });
});
