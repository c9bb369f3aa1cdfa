// Months as 'YYYY-MM' (the monthly checks' key), in China time whatever the browser's zone.
import { chinaMonth } from '@doudi/shared';

const pad = (n: number) => String(n).padStart(2, '0');
export const currentMonth = (d = new Date()): string => chinaMonth(d);
export const isMonth = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
/** 'YYYY-MM' n months on (n may be negative), across year boundaries: 2026-12 + 1 → 2027-01. */
export function addMonths(month: string, n: number): string {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
}

