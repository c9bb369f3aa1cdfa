import { describe, it, expect } from 'vitest';
import {
  riskReasons, checkPasses, incomeTotalOf, isWorkingAgeMember, validateMonth, validateMonthlyCheck, monthsEnding,
  HousingGradeDef, enumFromLabel, checkJudgeable, ReferralStateDef,
} from './index.js';

const ok = { incomeTotal: 8000, foodOk: true, clothingOk: true, schoolingOk: true, medicalInsuranceOk: true, housingGrade: 'A', waterOk: true };
const china = (s: string) => new Date(`${s}+08:00`);

describe('monthly monitoring rules', () => {
  it('derives at-risk reasons from income under the line and failed checks; unanswered is not a failure', () => {
    expect(riskReasons(ok, 7500, 2026)).toEqual([]);
    expect(riskReasons({ ...ok, incomeTotal: 7499.5 }, 7500, 2026)).toEqual(['人均纯收入 7499.5 元低于 2026 年监测线 7500 元']);
    expect(riskReasons({ ...ok, incomeTotal: 7500 }, 7500, 2026)).toEqual([]);
    expect(riskReasons({ ...ok, housingGrade: 'D', waterOk: false }, 7500, 2026)).toEqual(['住房安全等级为 D 级（不安全）', '饮水安全未保障']);
    expect(riskReasons({ ...ok, incomeTotal: null, foodOk: null, housingGrade: null }, 7500, 2026)).toEqual([]);
    expect(checkPasses({ ...ok, waterOk: null }).failed).toEqual(['饮水安全有保障未核实']);
    expect(checkPasses({ ...ok, housingGrade: 'B' }).ok).toBe(true);
  });

  it('judges a check only once visited with every income source entered (0 counts, blank does not)', () => {
    const full = { visitDate: '2026-06-03', incomeWages: 1000, incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0 };
    expect(checkJudgeable(full)).toEqual({ ok: true, missing: [] });
    // a half-typed row: wages only
    expect(checkJudgeable({ visitDate: '2026-06-03', incomeWages: 1000 })).toEqual({ ok: false, missing: ['经营性收入', '财产性收入', '转移性收入'] });
    expect(checkJudgeable({ ...full, visitDate: '' })).toEqual({ ok: false, missing: ['走访日期'] });
    expect(checkJudgeable({ ...full, incomeTransfer: null }).ok).toBe(false);
    expect(checkJudgeable({})).toEqual({ ok: false, missing: ['走访日期', '工资性收入', '经营性收入', '财产性收入', '转移性收入'] });
    expect(ReferralStateDef.labels.WITHDRAWN.zh).toBe('已撤回');
  });

  it('sums only the income sources entered', () => {
    expect(incomeTotalOf({})).toBeNull();
    expect(incomeTotalOf({ incomeWages: 100.1, incomeTransfer: 0.2 })).toBe(100.3);
  });

  it('counts working-age members (16–60, able to work) on a date', () => {
    expect(isWorkingAgeMember({ birthDate: '2010-06-15', laborAbility: 'NORMAL' }, '2026-06-15')).toBe(true);
    expect(isWorkingAgeMember({ birthDate: '2010-06-16', laborAbility: 'NORMAL' }, '2026-06-15')).toBe(false);
    expect(isWorkingAgeMember({ birthDate: '1965-06-16', laborAbility: null }, '2026-06-15')).toBe(true);
    expect(isWorkingAgeMember({ birthDate: '1965-06-15', laborAbility: 'NORMAL' }, '2026-06-15')).toBe(false);
    expect(isWorkingAgeMember({ birthDate: '1990-01-01', laborAbility: 'LOST' }, '2026-06-15')).toBe(false);
  });

  it('checks months and visit dates in China time', () => {
    expect(validateMonth('2026-07', china('2026-06-30T23:59:59'))?.code).toBe('OUT_OF_RANGE');
    expect(validateMonth('2026-07', china('2026-07-01T00:00:00'))).toBeNull();
    expect(validateMonth('2026-7', new Date())?.code).toBe('INVALID_VALUE');
    const v = validateMonthlyCheck({ visitDate: '2026-06-30', housingGrade: 'c级', riskTypes: '因病、缺劳力' }, '2026-06', china('2026-06-30T08:00:00'));
    expect(v).toEqual({ value: { visitDate: '2026-06-30', housingGrade: 'C', riskTypes: ['ILLNESS', 'LABOR_SHORTAGE'] }, errors: [] });
    expect(validateMonthlyCheck({ visitDate: '2026-07-01' }, '2026-06', china('2026-07-02T08:00:00')).errors[0]!.code).toBe('OUT_OF_RANGE');
    expect(monthsEnding('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(enumFromLabel(HousingGradeDef, '危房')).toBe('D');
  });
});
