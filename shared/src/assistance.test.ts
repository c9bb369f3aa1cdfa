import { describe, it, expect } from 'vitest';
import {
  addMonths, monthsBetween, firstOfNextMonth, gradualExitMaxEnd, ageFromIdNumber, birthdayAt, deriveSelfCareResult,
  spotCheckSize, drawSpotCheckSample, singlePersonEligible, SELF_CARE_ITEMS, type SelfCareItems, DibaoStateDef,
  SelfCareResultDef, ReliefTypeDef, enumFromLabel,
} from './index.js';
import { idCheckChar } from './validators/id-number.js';

const id = (birth: string): string => {
  const first17 = `640121${birth}001`;
  return first17 + idCheckChar(first17);
};
const items = (unmet: number): SelfCareItems =>
  Object.fromEntries(SELF_CARE_ITEMS.map((k, i) => [k, i >= unmet])) as SelfCareItems;

describe('assistance dates', () => {
  it('adds months, clamping to the month end', () => {
    expect(addMonths('2026-01-15', 18)).toBe('2027-07-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01');
    expect(gradualExitMaxEnd('2026-03-10')).toBe('2027-09-10');
  });
  it('counts whole months between dates', () => {
    expect(monthsBetween('2026-01-15', '2026-03-14')).toBe(1);
    expect(monthsBetween('2026-01-15', '2026-03-15')).toBe(2);
    expect(monthsBetween('2026-01-15', '2027-07-15')).toBe(18);
    expect(monthsBetween('2026-01-15', '2027-07-16')).toBe(18);
    expect(monthsBetween('2026-03-15', '2026-01-15')).toBe(-2);
    expect(monthsBetween('2025-08-31', '2026-02-28')).toBe(6);
    expect(monthsBetween('2026-05-05', '2026-05-05')).toBe(0);
  });
  it('gives the first day of the next month', () => {
    expect(firstOfNextMonth('2026-06-15')).toBe('2026-07-01');
    expect(firstOfNextMonth('2026-12-31')).toBe('2027-01-01');
  });
  it('takes the age from the ID number', () => {
    expect(ageFromIdNumber(id('20080615'), '2026-06-14')).toBe(17);
    expect(ageFromIdNumber(id('20080615'), '2026-06-15')).toBe(18);
    expect(Number.isNaN(ageFromIdNumber('abc', '2026-01-01'))).toBe(true);
    expect(birthdayAt(id('20080615'), 18)).toBe('2026-06-15');
    expect(birthdayAt(id('20080229'), 18)).toBe('2026-03-01');
  });
});

describe('self-care result (six items)', () => {
  it.each([
    [0, 'CAPABLE'], [1, 'PARTIALLY_LOST'], [2, 'PARTIALLY_LOST'], [3, 'PARTIALLY_LOST'], [4, 'FULLY_LOST'],
    [5, 'FULLY_LOST'], [6, 'FULLY_LOST'],
  ])('%i items not met → %s', (unmet, result) => {
    expect(deriveSelfCareResult(items(unmet))).toBe(result);
  });
  it('has zh labels', () => {
    expect(SelfCareResultDef.labels.PARTIALLY_LOST.zh).toBe('部分丧失生活自理能力');
    expect(enumFromLabel(SelfCareResultDef, '完全丧失')).toBe('FULLY_LOST');
    expect(enumFromLabel(DibaoStateDef, '渐退期')).toBe('GRADUAL_EXIT');
    expect(enumFromLabel(ReliefTypeDef, '急难型')).toBe('EMERGENCY');
  });
});

describe('spot check (≥30%)', () => {
  it.each([[0, 0], [1, 1], [3, 1], [4, 2], [10, 3], [11, 4], [20, 6], [21, 7], [100, 30]])('batch of %i → %i', (n, k) => {
    expect(spotCheckSize(n)).toBe(k);
    if (n) expect(drawSpotCheckSample(Array.from({ length: n }, (_, i) => i + 1), 's').length).toBe(k);
  });
  it('is deterministic for a seed and varies with it', () => {
    const ids = Array.from({ length: 40 }, (_, i) => 100 + i);
    const a = drawSpotCheckSample(ids, 'seed-2026');
    expect(drawSpotCheckSample([...ids].reverse(), 'seed-2026')).toEqual(a);
    expect(new Set(a).size).toBe(12);
    for (const x of a) expect(ids).toContain(x);
    const samples = new Set(['a', 'b', 'c', 'd', 'e'].map((s) => drawSpotCheckSample(ids, s).join(',')));
    expect(samples.size).toBeGreaterThan(1);
  });
  it('draws every id about equally often', () => {
    const ids = Array.from({ length: 10 }, (_, i) => i + 1);
    const counts = new Map<number, number>();
    for (let s = 0; s < 3000; s++) for (const x of drawSpotCheckSample(ids, `s${s}`)) counts.set(x, (counts.get(x) ?? 0) + 1);
    // 3000 draws × 3 of 10 → 900 each expected.
    for (const x of ids) expect(counts.get(x)).toBeGreaterThan(780);
    for (const x of ids) expect(counts.get(x)).toBeLessThan(1020);
  });
});

describe('单人保 eligibility', () => {
  it('needs disability grade 1–2 or a serious illness', () => {
    expect(singlePersonEligible({ disabilityGrade: 'GRADE_1' })).toBe(true);
    expect(singlePersonEligible({ disabilityGrade: 'GRADE_2' })).toBe(true);
    expect(singlePersonEligible({ disabilityGrade: 'GRADE_3' })).toBe(false);
    expect(singlePersonEligible({ health: 'SERIOUS_ILLNESS' })).toBe(true);
    expect(singlePersonEligible({ health: 'CHRONIC_ILLNESS' })).toBe(false);
    expect(singlePersonEligible({})).toBe(false);
  });
});
