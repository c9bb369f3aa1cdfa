import { describe, expect, it } from 'vitest';
import { JobSlots } from './jobs.js';

describe('JobSlots', () => {
  it('bounds jobs per caller and in total, and frees a slot once per release', () => {
    const slots = new JobSlots(2, 3);
    const a1 = slots.acquire('a');
    const a2 = slots.acquire('a');
    expect(a1 && a2).toBeTruthy();
    expect(slots.acquire('a')).toBeNull();
    const b1 = slots.acquire('b');
    expect(b1).toBeTruthy();
    expect(slots.acquire('c')).toBeNull();
    a1!();
    a1!();
    expect(slots.active).toBe(2);
    expect(slots.acquire('c')).toBeTruthy();
    expect(slots.acquire('b')).toBeNull();
  });
});
