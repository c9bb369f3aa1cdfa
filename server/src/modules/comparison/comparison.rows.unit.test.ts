import { describe, expect, it } from 'vitest';
import { idCheckChar } from '@doudi/shared';
import { prepareRows } from './comparison.rows.js';

// The checks every source row goes through (import wizard and API alike), without a server.

const full = (f: string) => f + idCheckChar(f);
const A = full('64012119480303001');
const B = full('64012119520404002');
const rows = (...cells: Record<string, string | number | Date | null>[]) => cells.map((c, i) => ({ row: i + 2, cells: c }));

describe('prepareRows', () => {
  it('normalises ID numbers (15 digits, lower-case x) and names, and reads each slot', () => {
    const r = prepareRows('EMPLOYMENT', rows({ idNumber: `${B.slice(0, 6)}${B.slice(8, 17)}`, name: ' 苏 桂兰 ', employer: '某公司', monthlyWage: '3,200元' }));
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ rowNo: 2, idNumber: B, name: '苏桂兰', detail: '某公司', amount: 3200 });
    expect(r.rows[0]!.rowKey).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(r.rows[0]!.cells)).toMatchObject({ employer: '某公司', monthlyWage: '3,200元' });
  });

  it('an exact repeat is a warning and loaded once; two different rows of one person are both kept', () => {
    const r = prepareRows('VEHICLE', rows({ idNumber: A, name: '纳富贵', plate: '宁A1' }, { idNumber: A.toLowerCase(), name: '纳富贵', plate: '宁A1' }, { idNumber: A, name: '纳富贵', plate: '宁A2' }));
    expect(r.rows.map((x) => x.detail)).toEqual(['宁A1', '宁A2']);
    expect(r.warnings).toEqual([{ row: 3, field: 'idNumber', code: 'DUPLICATE_IN_FILE', message: '与第 2 行完全相同，只载入一次' }]);
    expect(r).toMatchObject({ total: 3, invalid: 0 });
  });

  it('refuses a row with its field and code: a missing cell, a bad number, date, status, grade, category or place', () => {
    const r = prepareRows('DISABILITY', rows({ idNumber: A, name: '纳富贵', certificateType: '肢体', disabilityGrade: '五级' }, { idNumber: 6.4e17, name: '某', certificateType: '', disabilityGrade: '1' }));
    expect(r.errors.map((e) => [e.row, e.field, e.code])).toEqual([[2, 'disabilityGrade', 'INVALID_VALUE'], [3, 'idNumber', 'INVALID_ID_NUMBER'], [3, 'certificateType', 'REQUIRED']]);
    expect(r.invalid).toBe(2);
    const bad = prepareRows('MONITORING_LIST', rows({ idNumber: A, name: '纳富贵', monitoringCategory: '其他', regionName: '火星村' }));
    expect(bad.errors.map((e) => [e.field, e.code])).toEqual([['monitoringCategory', 'INVALID_VALUE'], ['regionName', 'UNKNOWN_PLACE']]);
    const ok = prepareRows('MONITORING_LIST', rows({ idNumber: A, name: '纳富贵', monitoringCategory: '边缘户', regionName: '杨和镇王太村' }));
    expect(ok.rows[0]).toMatchObject({ category: 'MARGINAL', regionCode: '640121100200' });
    const death = prepareRows('DEATH', rows({ idNumber: A, name: '纳富贵', deathDate: new Date(Date.UTC(2026, 2, 1)) }, { idNumber: B, name: '苏桂兰', deathDate: '昨天' }));
    expect(death.rows[0]!.eventDate).toBe('2026-03-01');
    expect(death.errors).toEqual([expect.objectContaining({ row: 3, field: 'deathDate', code: 'INVALID_VALUE' })]);
  });
});
