import { describe, expect, it } from 'vitest';
import { FIGURES, figureLabel, figureTip, isLockedCheck, isOpenAssignment, isSubmittedCheck, sqlStateList, SUBMITTED_CHECK_STATES } from './figures.js';
import { MonthlyCheckStateDef } from './monitoring.js';
import { AssignmentStatusDef } from './task-enums.js';

describe('figures', () => {
  it('counts a locked check as submitted, and a draft as neither', () => {
    expect(isSubmittedCheck('SUBMITTED')).toBe(true);
    expect(isSubmittedCheck('LOCKED')).toBe(true);
    expect(isSubmittedCheck('DRAFT')).toBe(false);
    expect(isSubmittedCheck(null)).toBe(false);
    expect(isLockedCheck('LOCKED')).toBe(true);
    expect(isLockedCheck('SUBMITTED')).toBe(false);
    // every state named is a real state
    for (const s of SUBMITTED_CHECK_STATES) expect(MonthlyCheckStateDef.values).toContain(s);
  });

  it('counts every status but CLOSED as open (在办)', () => {
    expect(AssignmentStatusDef.values.filter(isOpenAssignment)).toEqual(AssignmentStatusDef.values.filter((s) => s !== 'CLOSED'));
  });

  it('writes states as SQL literals', () => {
    expect(sqlStateList(SUBMITTED_CHECK_STATES)).toBe("'SUBMITTED', 'LOCKED'");
  });

  it('gives every figure a distinct label in each language and a description', () => {
    for (const lang of ['zh', 'en'] as const) {
      const labels = Object.keys(FIGURES).map((k) => figureLabel(k as keyof typeof FIGURES, lang));
      expect(new Set(labels).size).toBe(labels.length);
      for (const k of Object.keys(FIGURES)) expect(figureTip(k as keyof typeof FIGURES, lang).length).toBeGreaterThan(8);
    }
    // the month's at-risk checks and the open referrals are two figures with two names
    expect(figureLabel('checkAtRisk', 'zh')).not.toBe(figureLabel('openReferrals', 'zh'));
    expect(figureLabel('notVisited', 'en')).toBe('Not visited');
    expect(figureTip('submitted', 'zh')).toContain('含已被县级锁定');
  });
});
