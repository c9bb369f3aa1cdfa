import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { InputType } from 'type-graphql';
import type { GraphQLInputObjectType } from 'graphql';
import { DIBAO_CASE_FIELDS, YesNoDef, fieldBuilder, type FieldMeta } from '@doudi/shared';
import './enums.js';
import '../modules/assistance/assistance.enums.js';
import { tablePickLayout, tableWhereLayout, whereFieldsOf } from './table-fields.js';
import { tableWhere } from './table-where.js';
import { DibaoCaseWhere } from '../modules/assistance/assistance.where.js';
import { getSchema } from '../schema.js';

// Unit tier: a list filter's equality fields are its table's filterable fields, and their SQL follows from one
// column map — a filterable field added to the table is a filter with no other code but its column.

const f = fieldBuilder({});
const SYNTHETIC: readonly FieldMeta[] = [
  ...DIBAO_CASE_FIELDS,
  f('visitCount', '走访次数', 'Visits', 'integer', { filterable: true }),
  f('homeVisited', '已入户', 'Home visited', 'enum', { enumDef: YesNoDef, filterable: true }),
];

class SyntheticWhere {
  [field: string]: unknown;
}
tableWhereLayout(SyntheticWhere, SYNTHETIC, { regionCode: { type: () => String }, kind: {}, search: { type: () => String } });
InputType('SyntheticWhere')(SyntheticWhere);

describe('tableWhere', () => {
  it('takes every filterable table field, in the table order after those laid out', () => {
    expect(whereFieldsOf(SyntheticWhere)).toEqual(['kind', 'state', 'visitCount', 'homeVisited']);
  });

  it('builds one equality condition per given table field, a derived column with its own parameters, none for the service\'s', () => {
    const where = tableWhere<Record<string, unknown>, string>(SyntheticWhere, {
      kind: 'c.kind', state: (today) => ({ text: '(CASE WHEN c.end <= ? THEN \'ENDED\' ELSE c.state END)', params: [today] }),
      visitCount: 'c.visit_count', homeVisited: null,
    });
    const conds = where({ kind: 'HOUSEHOLD', state: 'ENDED', visitCount: 0, homeVisited: true, search: 'x', regionCode: null }, '2026-12-05');
    expect(conds).toEqual([
      { text: 'c.kind = ?', params: ['HOUSEHOLD'] },
      { text: '(CASE WHEN c.end <= ? THEN \'ENDED\' ELSE c.state END) = ?', params: ['2026-12-05', 'ENDED'] },
      { text: 'c.visit_count = ?', params: [0] },
    ]);
    expect(where(null, '2026-12-05')).toEqual([]);
  });

  it('refuses a column map that misses a filter field or names one the filter lacks', () => {
    expect(() => tableWhere(SyntheticWhere, { kind: 'c.kind', state: 'c.state', visitCount: 'c.v' })).toThrow(/homeVisited/);
    expect(() => tableWhere(SyntheticWhere, { kind: 'c.kind', state: 'c.state', visitCount: 'c.v', homeVisited: null, remarks: 'c.r' })).toThrow(/remarks/);
  });

  it('types the 低保 filter from its table: enums and the yes/no flag, all optional', async () => {
    const t = (await getSchema()).getType('DibaoCaseWhere') as GraphQLInputObjectType;
    const fields = t.getFields();
    expect(String(fields.state!.type)).toBe('DibaoState');
    expect(String(fields.kind!.type)).toBe('DibaoKind');
    expect(String(fields.aboveLine!.type)).toBe('Boolean');
    expect(whereFieldsOf(DibaoCaseWhere)).toEqual(['state', 'kind', 'aboveLine']);
  });
});

describe('tablePickLayout', () => {
  it('takes exactly the laid-out fields, a renamed one typed from its table field', () => {
    class Pick {
      [field: string]: unknown;
    }
    expect(tablePickLayout(Pick, DIBAO_CASE_FIELDS, { id: { type: () => String }, reason: { from: 'endReason' }, startDate: {} })).toEqual(['id', 'reason', 'startDate']);
    class Bad {
      [field: string]: unknown;
    }
    expect(() => tablePickLayout(Bad, DIBAO_CASE_FIELDS, { reason: { from: 'noSuchField' } })).toThrow(/noSuchField/);
  });
});
