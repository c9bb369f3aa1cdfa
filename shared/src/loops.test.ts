import { describe, expect, it } from 'vitest';
import {
  awaitsCentralCare, careAgreementStatus, dedupeSubsidyRecipients, DEFAULT_LOOP_SETTINGS, isReferralOverdue, monthBounds, nextVisitDue,
  referralDueDate, referralTransition, reliefNeedsCounty, reliefPaid, visitIntervalDays,
} from './loops.js';
import { idCheckChar } from './validators/id-number.js';

const id = (birth: string): string => {
  const first17 = `640121${birth.replace(/-/g, '')}123`;
  return first17 + idCheckChar(first17);
};

describe('the referral loop', () => {
  it('moves OPEN → ASSIGNED → ASSISTING → CLOSED and refuses the steps out of order', () => {
    expect(referralTransition('OPEN', 'assign')).toBeNull();
    expect(referralTransition('ASSIGNED', 'assign')).toBeNull();
    expect(referralTransition('OPEN', 'start')).toBe('转介尚未指派责任人，请先指派再开始救助');
    expect(referralTransition('ASSIGNED', 'start')).toBeNull();
    expect(referralTransition('ASSISTING', 'start')).toBeNull();
    expect(referralTransition('ASSIGNED', 'close', 'ASSISTANCE_IN_PLACE')).toContain('不能以“救助已落实”办结');
    expect(referralTransition('ASSISTING', 'close', 'ASSISTANCE_IN_PLACE')).toBeNull();
    expect(referralTransition('OPEN', 'close', 'RISK_ELIMINATED')).toBeNull();
    expect(referralTransition('CLOSED', 'assign')).toBe('转介已办结，不能指派责任人');
    expect(referralTransition('WITHDRAWN', 'close', 'RISK_ELIMINATED')).toBe('转介已撤回，不能办结');
  });

  it('is due a configurable number of days after opening, overdue only until help starts', () => {
    expect(referralDueDate('2026-06-28', 7)).toBe('2026-07-05');
    expect(referralDueDate('2026-12-30', DEFAULT_LOOP_SETTINGS.referralDueDays)).toBe('2027-01-06');
    expect(isReferralOverdue('OPEN', '2026-07-05', '2026-07-05')).toBe(false);
    expect(isReferralOverdue('OPEN', '2026-07-05', '2026-07-06')).toBe(true);
    expect(isReferralOverdue('ASSIGNED', '2026-07-05', '2026-07-06')).toBe(true);
    expect(isReferralOverdue('ASSISTING', '2026-07-05', '2026-07-06')).toBe(false);
    expect(isReferralOverdue('CLOSED', '2026-07-05', '2026-08-01')).toBe(false);
    expect(isReferralOverdue('OPEN', null, '2026-08-01')).toBe(false);
  });
});

describe('large relief', () => {
  it('goes to the county above the township limit or by 一事一议; 先行救助 within the cap stays one step', () => {
    expect(reliefNeedsCounty({ amount: 3000, caseByCase: false, assistFirst: false }, 3000)).toBe(false);
    expect(reliefNeedsCounty({ amount: 3000.01, caseByCase: false, assistFirst: false }, 3000)).toBe(true);
    expect(reliefNeedsCounty({ amount: 100, caseByCase: true, assistFirst: false }, 3000)).toBe(true);
    expect(reliefNeedsCounty({ amount: 4000, caseByCase: false, assistFirst: true }, 3000)).toBe(false);
    expect(reliefNeedsCounty({ amount: 9000, caseByCase: true, assistFirst: true }, 3000)).toBe(true);
    expect(reliefPaid('NONE')).toBe(true);
    expect(reliefPaid('APPROVED')).toBe(true);
    expect(reliefPaid('PENDING')).toBe(false);
    expect(reliefPaid('REJECTED')).toBe(false);
  });
});

describe('价格临时补贴', () => {
  it('pays a person in two groups once, keyed by the ID number (any case of x)', () => {
    const a = id('1950-03-01').replace(/X$/, 'x');
    const out = dedupeSubsidyRecipients([
      { key: a, group: 'TEKUN', row: { name: '甲' } },
      { key: a.toUpperCase(), group: 'DIBAO', row: { name: '甲(低保)' } },
      { key: id('1980-01-02'), group: 'DIBAO', row: { name: '乙' } },
      { key: id('1980-01-02'), group: 'DIBAO', row: { name: '乙' } },
      { key: ' ', group: 'DIBAO', row: { name: '无证件' } },
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ groups: ['DIBAO', 'TEKUN'], row: { name: '甲' } });
    expect(out[1]).toMatchObject({ groups: ['DIBAO'], row: { name: '乙' } });
  });

  it('knows the bounds of a month', () => {
    expect(monthBounds('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthBounds('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });
});

describe('集中供养, 委托照料, 探访', () => {
  it('lists the dispersed who cannot look after themselves and wish centralised care', () => {
    expect(awaitsCentralCare({ supportMode: 'DISPERSED', selfCare: 'FULLY_LOST', wish: true })).toBe(true);
    expect(awaitsCentralCare({ supportMode: 'DISPERSED', selfCare: 'PARTIALLY_LOST', wish: true })).toBe(true);
    expect(awaitsCentralCare({ supportMode: 'DISPERSED', selfCare: 'CAPABLE', wish: true })).toBe(false);
    expect(awaitsCentralCare({ supportMode: 'DISPERSED', selfCare: 'FULLY_LOST', wish: false })).toBe(false);
    expect(awaitsCentralCare({ supportMode: 'DISPERSED', selfCare: 'FULLY_LOST', wish: null })).toBe(false);
    expect(awaitsCentralCare({ supportMode: 'CENTRALISED', selfCare: 'FULLY_LOST', wish: true })).toBe(false);
  });

  it('reads a care agreement as missing, expired, not started or in force (the end day is in force)', () => {
    expect(careAgreementStatus(null, '2026-06-15')).toBe('MISSING');
    expect(careAgreementStatus({ startDate: '2025-01-01', endDate: '2026-06-14' }, '2026-06-15')).toBe('EXPIRED');
    expect(careAgreementStatus({ startDate: '2025-01-01', endDate: '2026-06-15' }, '2026-06-15')).toBe('VALID');
    expect(careAgreementStatus({ startDate: '2026-06-16', endDate: '2027-06-15' }, '2026-06-15')).toBe('NOT_STARTED');
  });

  it('visits monthly, weekly over 80 or fully unable', () => {
    const today = '2026-06-15';
    expect(visitIntervalDays({ idNumber: id('1950-01-01'), selfCare: 'PARTIALLY_LOST' }, today)).toBe(30);
    expect(visitIntervalDays({ idNumber: id('1946-06-16'), selfCare: 'CAPABLE' }, today)).toBe(30); // 79, 80 tomorrow
    expect(visitIntervalDays({ idNumber: id('1946-06-15'), selfCare: null }, today)).toBe(7); // 80 today (80周岁及以上)
    expect(visitIntervalDays({ idNumber: id('1990-01-01'), selfCare: 'FULLY_LOST' }, today)).toBe(7);
    expect(visitIntervalDays({ idNumber: id('1990-01-01'), selfCare: null }, today, { ...DEFAULT_LOOP_SETTINGS, visitDays: 14 })).toBe(14);
    expect(nextVisitDue(null, '2026-05-20', 30)).toBe('2026-06-19');
    expect(nextVisitDue('2026-06-10', '2020-01-01', 7)).toBe('2026-06-17');
  });
});
