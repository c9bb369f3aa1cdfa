import 'reflect-metadata';
// The household's API lists (HouseholdOrderField, HouseholdWhere) and its row mapper follow the shared field table.
import { describe, expect, it } from 'vitest';
import { GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType } from 'graphql';
import { HOUSEHOLD_FIELDS, HOUSEHOLD_FILTER_FIELDS, HOUSEHOLD_ORDER_FIELDS, MEMBER_FIELDS } from '@doudi/shared';
import { getSchema } from '../../schema.js';
import { HouseholdQueryBuilder } from './household.query.js';
import { toHouseholdNode, toMemberNode } from './household.mapper.js';

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

describe('household and member inputs and row mappers from the field tables', () => {
  const names = async (type: string) => Object.keys(((await getSchema()).getType(type) as GraphQLInputObjectType | GraphQLObjectType).getFields());
  const editable = (t: typeof HOUSEHOLD_FIELDS) => t.filter((m) => m.editable).map((m) => m.name);

  it('the inputs take every editable field of the table, in its order', async () => {
    expect(await names('HouseholdUpdateInput')).toEqual(['id', 'version', ...editable(HOUSEHOLD_FIELDS)]);
    expect(await names('HouseholdCreateInput')).toEqual([...editable(HOUSEHOLD_FIELDS).filter((n) => n !== 'headName' && n !== 'headIdNumber'), 'members']);
    expect(await names('MemberInput')).toEqual(editable(MEMBER_FIELDS));
    expect(await names('MemberUpdateInput')).toEqual(['id', 'version', ...editable(MEMBER_FIELDS)]);
    expect(await names('MemberAddInput')).toEqual([...editable(MEMBER_FIELDS), 'householdId']);
  });

  // The nodes (Household, Member) are generated from the tables: common/table-fields.unit.test.ts.

  it('maps a raw row by the table\'s types: ids as strings, optional text as null, sets split, stamps as dates', () => {
    const n = toHouseholdNode({
      id: 7, code: 'YN1', category: 'MONITORED', region_code: '640121100201', township_code: '640121100', region_name: '村',
      township_name: null, address: '', head_name: '甲', head_id_number: '', phone: '13800000000', member_count: '3',
      income_per_capita: '6050.5', risk_types: 'ILLNESS,HOUSING', risk_status: 'MONITORING', helper_name: '', remarks: 'x',
      version: '2', created_at: 1_700_000_000_000, updated_at: '2024-01-01T00:00:00.000Z', deleted_at: null,
    });
    expect(n).toEqual({
      id: '7', code: 'YN1', category: 'MONITORED', regionCode: '640121100201', townshipCode: '640121100', regionName: '村',
      townshipName: '', address: null, headName: '甲', headIdNumber: null, phone: '13800000000', memberCount: 3,
      incomePerCapita: 6050.5, riskTypes: ['ILLNESS', 'HOUSING'], riskStatus: 'MONITORING', helperName: null, remarks: 'x',
      version: 2, createdAt: new Date(1_700_000_000_000), updatedAt: new Date('2024-01-01T00:00:00.000Z'), deletedAt: null,
    });
    const m = toMemberNode({
      id: 1, household_id: 7, name: '乙', id_number: '640121199001011234', gender: 'MALE', birth_date: '1990-01-01',
      relation: 'SON', phone: '', health: null, disability_type: null, disability_grade: null, labor_ability: 'FULL',
      schooling: null, version: 1, created_at: 0, updated_at: 0,
    });
    expect(m).toMatchObject({ id: '1', householdId: '7', phone: null, health: null, laborAbility: 'FULL', version: 1, birthDate: '1990-01-01' });
  });
});
