import { describe, expect, it } from 'vitest';
import { DEMO_DIBAO_STANDARDS, DibaoAreaDef, dibaoAreaOf, incomeAboveStandard, monthlyFromAnnual, standardFromTable } from './index.js';

describe('低保标准 rules', () => {
  it('derives the area from the village-level code: communities urban, villages rural, others unknown', () => {
    expect(dibaoAreaOf('640121001003')).toBe('URBAN');
    expect(dibaoAreaOf('640121100200')).toBe('RURAL');
    expect(dibaoAreaOf('640121104205')).toBe('RURAL');
    expect(dibaoAreaOf('640121100')).toBeNull();
    expect(dibaoAreaOf('')).toBeNull();
    expect(DibaoAreaDef.labels.RURAL.zh).toBe('农村');
  });

  it('reads a year from the table, else the nearest earlier year, else null', () => {
    const rows = [{ year: 2021, area: 'URBAN', amount: 670 }, { year: 2023, area: 'URBAN', amount: 730 }, { year: 2023, area: 'RURAL', amount: 490 }];
    expect(standardFromTable(rows, 2023, 'URBAN')).toBe(730);
    expect(standardFromTable(rows, 2022, 'URBAN')).toBe(670);
    expect(standardFromTable(rows, 2030, 'RURAL')).toBe(490);
    expect(standardFromTable(rows, 2022, 'RURAL')).toBeNull();
    expect(standardFromTable(rows, 2020, 'URBAN')).toBeNull();
    expect(standardFromTable([], 2026, 'URBAN')).toBeNull();
  });

  it('compares an annual per-capita income with a monthly standard (strictly above)', () => {
    expect(incomeAboveStandard(580 * 12, 580)).toBe(false);
    expect(incomeAboveStandard(580 * 12 + 0.01, 580)).toBe(true);
    expect(incomeAboveStandard(0, 580)).toBe(false);
    expect(monthlyFromAnnual(7000)).toBe(583.33);
  });

  it('seeds demo values for every year from 2020 with the urban standard above the rural one', () => {
    for (const [year, v] of Object.entries(DEMO_DIBAO_STANDARDS)) {
      expect(Number(year)).toBeGreaterThanOrEqual(2020);
      expect(v.URBAN).toBeGreaterThan(v.RURAL);
    }
  });
});
