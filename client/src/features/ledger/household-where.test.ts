import { describe, expect, it } from 'vitest';
import { buildWhere, columnWhere, searchWhere, sortToOrderBy } from './household-where';

describe('columnWhere', () => {
  it('maps text filters, with AND/OR conditions', () => {
    expect(columnWhere('headName', { filterType: 'text', type: 'contains', filter: '马' })).toEqual({ headName: { contains: '马' } });
    expect(columnWhere('headName', { filterType: 'text', type: 'blank' })).toEqual({ headName: { isNull: true } });
    expect(
      columnWhere('headName', {
        filterType: 'text',
        operator: 'OR',
        conditions: [
          { filterType: 'text', type: 'startsWith', filter: '马' },
          { filterType: 'text', type: 'equals', filter: '王芳' },
        ],
      }),
    ).toEqual({ or: [{ headName: { startsWith: '马' } }, { headName: { eq: '王芳' } }] });
  });
  it('matches personal data exactly, normalised', () => {
    expect(columnWhere('headIdNumber', { filterType: 'text', type: 'contains', filter: ' 64012119800101001x ' })).toEqual({
      headIdNumber: { eq: '64012119800101001X' },
    });
    expect(columnWhere('phone', { filterType: 'text', type: 'equals', filter: '+86 139-5100-1234' })).toEqual({ phone: { eq: '13951001234' } });
  });
  it('maps number ranges inclusively and rounds integer columns', () => {
    expect(columnWhere('incomePerCapita', { filterType: 'number', type: 'inRange', filter: 7000, filterTo: 5000 })).toEqual({
      incomePerCapita: { gte: 5000, lte: 7000 },
    });
    expect(columnWhere('memberCount', { filterType: 'number', type: 'equals', filter: 3.4 })).toEqual({ memberCount: { eq: 3 } });
  });
  it('maps a date to the whole day in China time, whatever the browser\'s zone', () => {
    const w = columnWhere('updatedAt', { filterType: 'date', type: 'equals', dateFrom: '2024-05-01 00:00:00' }) as any;
    expect(w.updatedAt).toEqual({ gte: '2024-04-30T16:00:00.000Z', lte: '2024-05-01T15:59:59.999Z' });
  });
  it('maps the enum and region filters', () => {
    expect(columnWhere('riskStatus', { filterType: 'enum', values: ['MONITORING'] })).toEqual({ riskStatus: { in: ['MONITORING'] } });
    expect(columnWhere('riskTypes', { filterType: 'enum', values: ['ILLNESS', 'DISABILITY'], mode: 'all' })).toEqual({
      riskTypes: { containsAll: ['ILLNESS', 'DISABILITY'] },
    });
    expect(columnWhere('riskTypes', { filterType: 'enum', values: [], mode: 'none' })).toEqual({ riskTypes: { isNull: true } });
    expect(columnWhere('regionCode', { filterType: 'region', code: '640121100' })).toEqual({ regionCode: { startsWith: '640121100' } });
    expect(columnWhere('riskStatus', { filterType: 'enum', values: [] })).toBeNull();
  });
});

describe('searchWhere and buildWhere', () => {
  it('looks up ID numbers and mobiles exactly, other text broadly', () => {
    expect(searchWhere('64012119800101001x')).toEqual({ headIdNumber: { eq: '64012119800101001X' } });
    expect(searchWhere('139 5100 1234')).toEqual({ phone: { eq: '13951001234' } });
    const w = searchWhere('王太村') as any;
    expect(w.or).toContainEqual({ headName: { contains: '王太村' } });
    expect(w.or).toContainEqual({ regionCode: { startsWith: '640121100200' } });
    expect(searchWhere('  ')).toBeNull();
  });
  it('combines the category, the deleted view, the region tree and column filters', () => {
    expect(
      buildWhere({
        category: 'MONITORED',
        deleted: true,
        search: '',
        regionPrefix: '640121104',
        filterModel: { riskStatus: { filterType: 'enum', values: ['ELIMINATED'] } },
      }),
    ).toEqual({
      category: { eq: 'MONITORED' },
      deleted: true,
      and: [{ regionCode: { startsWith: '640121104' } }, { riskStatus: { in: ['ELIMINATED'] } }],
    });
  });
  it('sorts only by orderable fields', () => {
    expect(sortToOrderBy([{ colId: 'incomePerCapita', sort: 'desc' }, { colId: 'riskTypes', sort: 'asc' }])).toEqual([
      { field: 'incomePerCapita', direction: 'DESC' },
    ]);
  });
});
