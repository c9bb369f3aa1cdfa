import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Arg, buildSchema, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import {
  getNamedType, getNullableType, graphql, isListType, isNonNullType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import {
  ASSIGNMENT_FIELDS, DIBAO_CASE_FIELDS, HOUSEHOLD_FIELDS, MEMBER_FIELDS, MONTHLY_CHECK_FIELDS, RELIEF_GRANT_FIELDS,
  RiskTypeDef, SELF_CARE_ASSESSMENT_FIELDS, TEKUN_PERSON_FIELDS, YesNoDef, fieldBuilder, type FieldMeta,
} from '@doudi/shared';
import './enums.js';
import { STAMP_FIELDS, tableInputLayout, tableObjectFields } from './table-fields.js';
import { getSchema } from '../schema.js';

// Unit tier: the API's nodes are generated from the shared field tables — a field added to a table is a field of the
// node, typed from the table, with nothing else written by hand.

const f = fieldBuilder({});

// A copy of the 低保 case's table with fields a later change might add: one of each kind the generator types.
const SYNTHETIC: readonly FieldMeta[] = [
  ...DIBAO_CASE_FIELDS.slice(0, 5),
  f('visitCount', '走访次数', 'Visits', 'integer', { required: true }),
  ...DIBAO_CASE_FIELDS.slice(5),
  f('caseworkerId', '经办人', 'Caseworker', 'string'),
  f('homeVisited', '已入户', 'Home visited', 'enum', { enumDef: YesNoDef }),
  f('risks', '风险类型', 'Risks', 'enumList', { enumDef: RiskTypeDef }),
  f('reviewedAt', '复核时间', 'Reviewed at', 'datetime', { required: true }),
  f('subsidy', '补贴', 'Subsidy', 'number'),
];

class SyntheticCaseNode {
  [field: string]: unknown;
}
const ORDER = tableObjectFields(SyntheticCaseNode, SYNTHETIC, {
  id: { type: () => String },
  householdCode: { nullable: false, description: '户编号' },
  kind: {},
  note: { type: () => String, nullable: true },
  ...STAMP_FIELDS,
}, { omit: ['dependsOnFamily'] });
ObjectType('SyntheticCase', { simpleResolvers: true })(SyntheticCaseNode);

// An input from the same table: the editable fields (the synthetic ones too), ids and options laid out around them.
class SyntheticCaseInput {
  [field: string]: unknown;
}
const INPUT_ORDER = tableInputLayout(SyntheticCaseInput, SYNTHETIC, { householdId: { type: () => String }, kind: {} }, { omit: ['remarks'] });
InputType('SyntheticCaseInput')(SyntheticCaseInput);

class SyntheticResolver {
  syntheticCase(_input?: unknown) {
    return { id: '1', householdCode: 'H1', kind: 'HOUSEHOLD', visitCount: 3, homeVisited: true, risks: ['ILLNESS'], subsidy: 12.5 };
  }
}
Arg('input', () => SyntheticCaseInput, { nullable: true })(SyntheticResolver.prototype, 'syntheticCase', 0);
Query(() => SyntheticCaseNode)(SyntheticResolver.prototype, 'syntheticCase', Object.getOwnPropertyDescriptor(SyntheticResolver.prototype, 'syntheticCase')!);
Resolver()(SyntheticResolver);

const fieldsOf = (schema: GraphQLSchema, name: string) => (schema.getType(name) as GraphQLObjectType).getFields();
const typeOf = (schema: GraphQLSchema, type: string, field: string): string => String(fieldsOf(schema, type)[field]!.type);

describe('object types generated from a field table', () => {
  it('exposes a field added to a copy of a table, typed and placed from the table', async () => {
    const schema = await buildSchema({ resolvers: [SyntheticResolver], validate: false, authChecker: () => true });
    const names = Object.keys(fieldsOf(schema, 'SyntheticCase'));
    expect(names).toEqual(ORDER);
    // A required integer added after `kind` follows it; the fields after the table's last laid-out one follow that.
    expect(names.slice(names.indexOf('kind'), names.indexOf('kind') + 2)).toEqual(['kind', 'visitCount']);
    expect(names.indexOf('subsidy')).toBeLessThan(names.indexOf('note'));
    expect(names).not.toContain('dependsOnFamily');
    expect(typeOf(schema, 'SyntheticCase', 'visitCount')).toBe('Int!');
    expect(typeOf(schema, 'SyntheticCase', 'caseworkerId')).toBe('ID');
    expect(typeOf(schema, 'SyntheticCase', 'homeVisited')).toBe('Boolean');
    expect(typeOf(schema, 'SyntheticCase', 'risks')).toBe('[RiskType!]');
    expect(typeOf(schema, 'SyntheticCase', 'reviewedAt')).toMatch(/^(DateTimeISO|Timestamp)!$/);
    expect(typeOf(schema, 'SyntheticCase', 'subsidy')).toBe('Float');
    expect(typeOf(schema, 'SyntheticCase', 'householdCode')).toBe('String!');
    expect(typeOf(schema, 'SyntheticCase', 'kind')).toBe('DibaoKind!');
    expect(fieldsOf(schema, 'SyntheticCase').householdCode!.description).toBe('户编号');

    const r = await graphql({ schema, source: '{ syntheticCase { visitCount homeVisited risks subsidy kind } }' });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ syntheticCase: { visitCount: 3, homeVisited: true, risks: ['ILLNESS'], subsidy: 12.5, kind: 'HOUSEHOLD' } });
  });

  it('takes the editable fields of a copy of a table in an input, the added ones too', async () => {
    const schema = await buildSchema({ resolvers: [SyntheticResolver], validate: false, authChecker: () => true });
    const input = (schema.getType('SyntheticCaseInput') as unknown as GraphQLObjectType).getFields();
    expect(Object.keys(input)).toEqual(INPUT_ORDER);
    const editable = SYNTHETIC.filter((m) => m.editable && m.name !== 'remarks').map((m) => m.name);
    expect([...INPUT_ORDER].sort()).toEqual(['householdId', ...editable].sort());
    expect(String(input.visitCount!.type)).toBe('Int!');
    expect(String(input.homeVisited!.type)).toBe('Boolean');
    expect(String(input.kind!.type)).toBe('DibaoKind!');
    expect(INPUT_ORDER).not.toContain('state'); // read-only
  });

  it('refuses a layout field with no type that is not in the table, and a field both omitted and laid out', () => {
    class A {}
    expect(() => tableObjectFields(A, SYNTHETIC, { nosuch: {} })).toThrow(/nosuch/);
    class B {}
    expect(() => tableObjectFields(B, SYNTHETIC, { kind: {} }, { omit: ['kind'] })).toThrow(/kind/);
    class C {}
    expect(() => tableObjectFields(C, SYNTHETIC, {}, { omit: ['nosuch'] })).toThrow(/nosuch/);
  });

  // Every node of the API that has a field table: its table's fields are its fields, each of the table's vocabulary.
  const NODES: Array<[string, readonly FieldMeta[], readonly string[]]> = [
    ['Household', HOUSEHOLD_FIELDS, []],
    ['Member', MEMBER_FIELDS, []],
    ['MonthlyCheckRow', MONTHLY_CHECK_FIELDS, []],
    ['DibaoCase', DIBAO_CASE_FIELDS, ['dependsOnFamily']],
    ['ReliefGrant', RELIEF_GRANT_FIELDS, []],
    ['TekunPerson', TEKUN_PERSON_FIELDS, []],
    ['SelfCareAssessment', SELF_CARE_ASSESSMENT_FIELDS, ['finalOrg']],
    ['Assignment', ASSIGNMENT_FIELDS, ['measureNo', 'measureTitle', 'deadlineText', 'unitName', 'unitKind', 'urged', 'lastReportText', 'unitCode']],
  ];
  it.each(NODES)('%s has the fields of its table, typed from it', async (typeName, table, omitted) => {
    const fields = fieldsOf(await getSchema(), typeName);
    for (const m of table) {
      if (omitted.includes(m.name)) {
        expect(fields[m.name], `${typeName}.${m.name} is omitted`).toBeUndefined();
        continue;
      }
      const field = fields[m.name];
      expect(field, `${typeName}.${m.name}`).toBeDefined();
      if (m.required) expect(isNonNullType(field!.type), `${typeName}.${m.name} is required`).toBe(true);
      const named = getNamedType(field!.type).name;
      if (m.enumDef === YesNoDef) expect(named).toBe('Boolean');
      else if (m.enumDef) expect(named).toBe(m.enumDef.name);
      if (m.type === 'enumList') expect(isListType(getNullableType(field!.type))).toBe(true);
    }
  });
});
