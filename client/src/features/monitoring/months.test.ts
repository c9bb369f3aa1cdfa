import { describe, expect, it } from 'vitest';
import { addMonths, currentMonth, isMonth } from './months';

describe('months of the monthly checks', () => {
  it('steps across year boundaries both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-06', 0)).toBe('2026-06');
    expect(addMonths('2026-11', 14)).toBe('2028-01');
    expect(addMonths('2026-01', -13)).toBe('2024-12');
  });
  it('reads the current month and checks the format', () => {
    // China time, whatever the browser's zone: the month turns at 16:00 UTC
    expect(currentMonth(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12');
    expect(currentMonth(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01');
    expect(isMonth('2027-01')).toBe(true);
    expect(isMonth('2027-13')).toBe(false);
    expect(isMonth('2027-1')).toBe(false);
  });
});
