// Calendar tables of the demo generator: per day from 1930-01-01 to the reference date 2026-06-30, the ID-number
// date strings, their check-digit partial sums, the age at the reference date and the birth cohort.
import { COHORT_START_YEARS } from './names.js';

// ─── calendar tables (1930-01-01 = day 0 … 2026-06-30 = REF_DAY) ─────────────────────────────────────────────────

export const FIRST_YEAR = 1930;
const REF_YEAR = 2026;
export const YEAR = 365.2425;
export const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export interface Calendar {
  refDay: number;
  date8: string[];
  date10: string[];
  /** Weighted digit sum (mod 11) of the 8 date digits at ID positions 7–14. */
  dateSum: Uint8Array;
  /** Completed years at the reference date. */
  age: Uint8Array;
  /** Birth cohort index into the given-name lists. */
  cohort: Uint8Array;
  yearStart: Int32Array;
}

export function buildCalendar(): Calendar {
  const date8: string[] = [];
  const date10: string[] = [];
  const sums: number[] = [];
  const ages: number[] = [];
  const cohorts: number[] = [];
  const yearStart = new Int32Array(REF_YEAR - FIRST_YEAR + 1);
  const dim = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  for (let y = FIRST_YEAR; y <= REF_YEAR; y++) {
    yearStart[y - FIRST_YEAR] = date8.length;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    let cohort = 0;
    while (cohort < COHORT_START_YEARS.length && y >= COHORT_START_YEARS[cohort]!) cohort++;
    for (let m = 1; m <= 12; m++) {
      const days = m === 2 && leap ? 29 : dim[m - 1]!;
      for (let d = 1; d <= days; d++) {
        if (y === REF_YEAR && (m > 6 || (m === 6 && d > 30))) break;
        const mm = m < 10 ? '0' + m : String(m);
        const dd = d < 10 ? '0' + d : String(d);
        const s8 = `${y}${mm}${dd}`;
        date8.push(s8);
        date10.push(`${y}-${mm}-${dd}`);
        let sum = 0;
        for (let k = 0; k < 8; k++) sum += (s8.charCodeAt(k) - 48) * WEIGHTS[6 + k]!;
        sums.push(sum % 11);
        ages.push(REF_YEAR - y - (m > 6 || (m === 6 && d > 30) ? 1 : 0));
        cohorts.push(cohort);
      }
    }
  }
  return {
    refDay: date8.length - 1,
    date8,
    date10,
    dateSum: Uint8Array.from(sums),
    age: Uint8Array.from(ages),
    cohort: Uint8Array.from(cohorts),
    yearStart,
  };
}
