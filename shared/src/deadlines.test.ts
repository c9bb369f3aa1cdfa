import { describe, expect, it } from 'vitest';
import {
  assessDeadline, chinaDate, periodOf, addPeriods, lastDayOfPeriod, periodsBetween, periodEnd, reportDueDate, isIsoDate,
  isPeriod, firstReportPeriod, type DeadlineSubject,
} from './deadlines.js';

const at = (s: string) => new Date(s);
const china = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);
const dated = (over: Partial<DeadlineSubject> = {}): DeadlineSubject => ({
  deadline: '2020-12-30', recurrence: 'ONGOING', firstPeriod: '2020-12', reports: [], closedAt: null, rejections: [], ...over,
});
const monthly = (periods: string[], over: Partial<DeadlineSubject> = {}): DeadlineSubject => ({
  deadline: null, recurrence: 'MONTHLY', firstPeriod: '2020-12',
  reports: periods.map((p) => ({ period: p, at: china(`${p}-25`) })), closedAt: null, rejections: [], ...over,
});

describe('calendar helpers', () => {
  it('reads dates in China time', () => {
    expect(chinaDate(at('2020-12-30T15:59:59Z'))).toBe('2020-12-30');
    expect(chinaDate(at('2020-12-30T16:00:00Z'))).toBe('2020-12-31');
    expect(periodOf(at('2021-01-31T16:30:00Z'))).toBe('2021-02');
    expect(periodEnd('2021-02').toISOString()).toBe('2021-02-28T15:59:59.999Z');
  });
  it('counts months and month ends', () => {
    expect(addPeriods('2020-12', 1)).toBe('2021-01');
    expect(addPeriods('2021-01', -1)).toBe('2020-12');
    expect(lastDayOfPeriod('2024-02')).toBe('2024-02-29');
    expect(periodsBetween('2020-11', '2021-02')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(reportDueDate('2021-01', 5)).toBe('2021-02-05');
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isPeriod('2021-13')).toBe(false);
    expect(firstReportPeriod(null, '2020-12-16')).toBe('2020-12');
  });
});

describe('assessDeadline: a dated measure (2020-12-30, then ongoing)', () => {
  it('is on time up to the deadline day, overdue the day after', () => {
    expect(assessDeadline(dated(), china('2020-12-30', '23:59'))).toMatchObject({ overdue: false, escalated: false, dueDate: '2020-12-30' });
    expect(assessDeadline(dated(), china('2020-12-31', '00:01'))).toMatchObject({ overdue: true, escalated: false, reasons: ['DEADLINE_PASSED'], overduePeriods: 0 });
  });
  it('escalates after two month ends overdue in a row', () => {
    expect(assessDeadline(dated(), china('2021-01-01'))).toMatchObject({ overdue: true, escalated: false, overduePeriods: 1 });
    expect(assessDeadline(dated(), china('2021-01-31'))).toMatchObject({ escalated: false, overduePeriods: 1 });
    expect(assessDeadline(dated(), china('2021-02-01'))).toMatchObject({ escalated: true, overduePeriods: 2, reasons: ['DEADLINE_PASSED', 'OVERDUE_PERIODS'] });
  });
  it('counts grace days before a month end counts', () => {
    const rules = { graceDays: 5, escalateAfterPeriods: 2, escalateAfterRejections: 2 };
    expect(assessDeadline(dated(), china('2021-02-05'), rules)).toMatchObject({ overdue: true, escalated: false, overduePeriods: 1 });
    expect(assessDeadline(dated(), china('2021-02-06'), rules)).toMatchObject({ escalated: true });
  });
  it('is neither once closed, and was overdue before it was closed', () => {
    const s = dated({ closedAt: china('2021-03-10') });
    expect(assessDeadline(s, china('2021-04-01'))).toMatchObject({ closed: true, overdue: false, escalated: false, dueDate: null });
    expect(assessDeadline(s, china('2021-03-01'))).toMatchObject({ closed: false, overdue: true, escalated: true });
  });
  it('escalates when sent back twice, even before the deadline', () => {
    const s = dated({ rejections: [china('2020-12-20'), china('2020-12-25')] });
    expect(assessDeadline(s, china('2020-12-22'))).toMatchObject({ overdue: false, escalated: false, rejections: 1 });
    expect(assessDeadline(s, china('2020-12-26'))).toMatchObject({ overdue: false, escalated: true, reasons: ['SENT_BACK'] });
  });
  it('has no due date and is never overdue without a deadline (长期坚持)', () => {
    expect(assessDeadline(dated({ deadline: null }), china('2026-06-01'))).toMatchObject({ overdue: false, escalated: false, dueDate: null });
  });
});

describe('assessDeadline: a monthly measure', () => {
  it('needs each past month reported by its end', () => {
    expect(assessDeadline(monthly([]), china('2020-12-31'))).toMatchObject({ overdue: false, dueDate: '2020-12-31' });
    expect(assessDeadline(monthly([]), china('2021-01-01'))).toMatchObject({ overdue: true, escalated: false, missingPeriods: ['2020-12'], dueDate: '2020-12-31' });
    expect(assessDeadline(monthly(['2020-12']), china('2021-01-15'))).toMatchObject({ overdue: false, dueDate: '2021-01-31' });
    expect(assessDeadline(monthly(['2020-12', '2021-01']), china('2021-01-28'))).toMatchObject({ overdue: false, dueDate: '2021-02-28' });
  });
  it('escalates on two missing months in a row, not on two apart', () => {
    expect(assessDeadline(monthly(['2020-12']), china('2021-03-01'))).toMatchObject({ missingPeriods: ['2021-01', '2021-02'], escalated: true, overduePeriods: 2 });
    expect(assessDeadline(monthly(['2020-12', '2021-02']), china('2021-04-01'))).toMatchObject({ missingPeriods: ['2021-01', '2021-03'], overdue: true, escalated: false, overduePeriods: 1 });
  });
  it('counts a late report once it is in, and not before', () => {
    const s = monthly(['2020-12', '2021-02'], {});
    const late = { ...s, reports: [...s.reports, { period: '2021-01', at: china('2021-02-20') }] };
    expect(assessDeadline(late, china('2021-02-10'))).toMatchObject({ overdue: true, missingPeriods: ['2021-01'] });
    expect(assessDeadline(late, china('2021-02-21'))).toMatchObject({ overdue: false, missingPeriods: [] });
  });
  it('allows the grace days after a month end', () => {
    const rules = { graceDays: 3, escalateAfterPeriods: 2, escalateAfterRejections: 2 };
    expect(assessDeadline(monthly(['2020-12']), china('2021-02-03'), rules)).toMatchObject({ overdue: false, dueDate: '2021-02-03' });
    expect(assessDeadline(monthly(['2020-12']), china('2021-02-04'), rules)).toMatchObject({ overdue: true, missingPeriods: ['2021-01'] });
  });
  it('is due from its first period on', () => {
    expect(assessDeadline(monthly([], { firstPeriod: '2021-03' }), china('2021-01-10'))).toMatchObject({ overdue: false, dueDate: '2021-03-31' });
  });
});
