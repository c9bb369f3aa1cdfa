import { describe, expect, it } from 'vitest';
import {
  chinaDate, chinaDateTime, chinaDayStart, chinaTime, chinaMonth, chinaParts, chinaToday, chinaWallClock, formatChinaDate, formatChinaDateTime,
} from './china-time.js';

describe('China time', () => {
  it('dates an instant by the China calendar, not UTC', () => {
    // A referral made at 03:55 on 1 April in 永宁县 is still 31 March in UTC.
    const at = new Date('2026-03-31T19:55:00Z');
    expect(chinaDate(at)).toBe('2026-04-01');
    expect(chinaDateTime(at)).toBe('2026-04-01 03:55');
    expect(chinaToday(at)).toBe('2026-04-01');
    expect(chinaTime(at)).toBe('03:55:00');
    expect(chinaMonth(at)).toBe('2026-04');
    expect(chinaParts(at)).toEqual({ year: 2026, month: 4, day: 1, hour: 3, minute: 55 });
  });

  it('turns the day over at 16:00 UTC', () => {
    expect(chinaDate(new Date('2020-12-30T15:59:59Z'))).toBe('2020-12-30');
    expect(chinaDate(new Date('2020-12-30T16:00:00Z'))).toBe('2020-12-31');
    expect(chinaMonth(new Date('2020-12-31T16:00:00Z'))).toBe('2021-01');
    expect(chinaDateTime(new Date('2020-12-31T15:59:00Z'))).toBe('2020-12-31 23:59');
  });

  it('finds the instant a China day begins', () => {
    expect(chinaDayStart('2026-04-01').toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(chinaDate(chinaDayStart('2026-04-01'))).toBe('2026-04-01');
  });

  it('gives a spreadsheet Date whose UTC fields are the China wall clock', () => {
    expect(chinaWallClock(new Date('2026-03-31T19:55:00Z')).toISOString()).toBe('2026-04-01T03:55:00.000Z');
  });

  it('formats ISO text and epoch ms for display, and nothing for a missing value', () => {
    expect(formatChinaDate('2026-03-31T19:55:00.000Z')).toBe('2026-04-01');
    expect(formatChinaDateTime(Date.parse('2026-03-31T19:55:00Z'))).toBe('2026-04-01 03:55');
    expect(formatChinaDate(null)).toBe('');
    expect(formatChinaDateTime(undefined)).toBe('');
    expect(formatChinaDate('not a date')).toBe('');
  });
});
