import { describe, expect, it } from 'vitest';
import { appendAll } from './append.js';

// Unit tier: appending a list as long as a 100,000-household import's change events (200,000) or refused rows.

describe('appendAll', () => {
  it('appends 300,000 items in order, where push(...items) throws', () => {
    const items = Array.from({ length: 300_000 }, (_, i) => i);
    expect(() => [0].push(...items)).toThrow(RangeError);
    const out = appendAll([-1], items);
    expect(out).toHaveLength(300_001);
    expect(out[0]).toBe(-1);
    expect(out[300_000]).toBe(299_999);
  });

  it('takes any iterable', () => {
    expect(appendAll(['a'], new Set(['b', 'c']))).toEqual(['a', 'b', 'c']);
  });
});
