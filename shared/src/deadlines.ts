// Deadlines of the accountability tables: pure functions of an assignment's history and "now" (always passed in,
// never read from a clock here). Dates are calendar dates in China Standard Time (UTC+8, no daylight saving):
// a deadline of 2020-12-30 has passed once it is 2020-12-31 in 永宁县, whatever the server's time zone.
import type { Recurrence } from './task-enums.js';
import { chinaDate, chinaDayStart } from './china-time.js';

// The China-time helpers live in one module; re-exported here for the modules that import them from deadlines.
export { CHINA_UTC_OFFSET_MINUTES, chinaDate, chinaDayStart } from './china-time.js';
const DAY_MS = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD_RE = /^(\d{4})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: unknown): s is string {
  const m = typeof s === 'string' ? DATE_RE.exec(s) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** A reporting period (month) written YYYY-MM. */
export function isPeriod(s: unknown): s is string {
  const m = typeof s === 'string' ? PERIOD_RE.exec(s) : null;
  return Boolean(m && +m[2]! >= 1 && +m[2]! <= 12 && +m[1]! >= 1900);
}

/** The period (YYYY-MM) of a date (YYYY-MM-DD) or of an instant (in China time). */
export function periodOf(at: string | Date): string {
  return (typeof at === 'string' ? at : chinaDate(at)).slice(0, 7);
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function addPeriods(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + n;
  return `${String(Math.floor(idx / 12)).padStart(4, '0')}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

export function lastDayOfPeriod(period: string): string {
  return addDays(`${addPeriods(period, 1)}-01`, -1);
}

/** Every period from `from` to `to`, both included (empty when from > to). */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to; p = addPeriods(p, 1)) out.push(p);
  return out;
}

/** The last instant of a period in China time (for "as of the end of that month"). */
export function periodEnd(period: string): Date {
  return new Date(chinaDayStart(`${addPeriods(period, 1)}-01`).getTime() - 1);
}

export interface DeadlineRules {
  /** Days after a month's end by which that month's report is still on time. */
  graceDays: number;
  /** Overdue this many periods in a row → escalated (重点督办). */
  escalateAfterPeriods: number;
  /** Sent back this many times → escalated. */
  escalateAfterRejections: number;
}

export const DEFAULT_DEADLINE_RULES: DeadlineRules = Object.freeze({ graceDays: 0, escalateAfterPeriods: 2, escalateAfterRejections: 2 });

/** The date by which a period's report is due: the month's last day plus the grace days. */
export function reportDueDate(period: string, graceDays = 0): string {
  return addDays(lastDayOfPeriod(period), graceDays);
}

/** What the deadline rules need to know of an assignment: its measure's terms and its history. */
export interface DeadlineSubject {
  /** The measure's first deadline (YYYY-MM-DD), if any. */
  deadline: string | null;
  recurrence: Recurrence;
  /** Monthly measures: the first period a report is due for. */
  firstPeriod: string;
  /** Progress reports: the period each is for and when it was submitted. */
  reports: readonly { period: string; at: Date }[];
  closedAt: Date | null;
  /** When the office sent a close-off request back. */
  rejections: readonly Date[];
}

export type EscalationReason = 'DEADLINE_PASSED' | 'REPORT_MISSING' | 'OVERDUE_PERIODS' | 'SENT_BACK';

export interface DeadlineAssessment {
  closed: boolean;
  overdue: boolean;
  escalated: boolean;
  /** The earliest date an unmet duty is (or was) due: the first deadline, the oldest missing month's due date, or
   *  the coming month's; null once closed, or when nothing is dated. */
  dueDate: string | null;
  /** Past-due monthly periods without a report. */
  missingPeriods: string[];
  /** How many periods in a row it has been overdue (the longest run of missing months, or the month-ends passed
   *  since the first deadline). */
  overduePeriods: number;
  rejections: number;
  /** Why it is overdue or escalated. */
  reasons: EscalationReason[];
}

/**
 * Assesses an assignment as of `now` (history after `now` is ignored, so a past month can be assessed as it stood):
 * - overdue: its first deadline has passed and it is not closed; or (monthly) a past month's report is missing after
 *   that month's due date (month end + grace);
 * - escalated (重点督办): overdue for `escalateAfterPeriods` periods in a row, or sent back `escalateAfterRejections`
 *   times or more; a closed assignment is neither.
 */
export function assessDeadline(s: DeadlineSubject, now: Date, rules: DeadlineRules = DEFAULT_DEADLINE_RULES): DeadlineAssessment {
  const t = now.getTime();
  const rejections = s.rejections.filter((d) => d.getTime() <= t).length;
  const closed = s.closedAt != null && s.closedAt.getTime() <= t;
  if (closed) return { closed, overdue: false, escalated: false, dueDate: null, missingPeriods: [], overduePeriods: 0, rejections, reasons: [] };

  const today = chinaDate(now);
  const current = periodOf(today);
  const reasons: EscalationReason[] = [];
  let overduePeriods = 0;
  const dues: string[] = [];

  if (s.deadline) {
    dues.push(s.deadline);
    if (today > s.deadline) {
      reasons.push('DEADLINE_PASSED');
      // Month-end checks that found it overdue: every month whose end (plus grace) has passed since the deadline.
      for (let p = periodOf(s.deadline); reportDueDate(p, rules.graceDays) < today; p = addPeriods(p, 1)) {
        if (s.deadline < lastDayOfPeriod(p)) overduePeriods += 1;
      }
    }
  }

  const missingPeriods: string[] = [];
  if (s.recurrence === 'MONTHLY') {
    const reported = new Set(s.reports.filter((r) => r.at.getTime() <= t).map((r) => r.period));
    let run = 0;
    let nextDue: string | null = null;
    for (const p of periodsBetween(s.firstPeriod, current)) {
      const due = reportDueDate(p, rules.graceDays);
      if (reported.has(p)) {
        run = 0;
        continue;
      }
      if (due < today) {
        missingPeriods.push(p);
        run += 1;
        overduePeriods = Math.max(overduePeriods, run);
      } else {
        nextDue ??= due;
      }
    }
    // Before the first period, or every period so far reported: the next one.
    if (!missingPeriods.length && !nextDue) {
      nextDue = reportDueDate(s.firstPeriod > current ? s.firstPeriod : addPeriods(current, 1), rules.graceDays);
    }
    if (missingPeriods.length) {
      reasons.push('REPORT_MISSING');
      dues.push(reportDueDate(missingPeriods[0]!, rules.graceDays));
    } else if (nextDue) {
      dues.push(nextDue);
    }
  }

  const overdue = reasons.length > 0;
  if (overduePeriods >= rules.escalateAfterPeriods) reasons.push('OVERDUE_PERIODS');
  if (rejections >= rules.escalateAfterRejections) reasons.push('SENT_BACK');
  const escalated = reasons.includes('OVERDUE_PERIODS') || reasons.includes('SENT_BACK');
  dues.sort();
  return { closed, overdue, escalated, dueDate: dues[0] ?? null, missingPeriods, overduePeriods, rejections, reasons };
}

/** The first period a monthly measure needs a report for: its deadline's month, else the plan's month of issue. */
export function firstReportPeriod(deadline: string | null, issuedOn: string): string {
  return periodOf(deadline ?? issuedOn);
}
