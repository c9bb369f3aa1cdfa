import { describe, it, expect } from 'vitest';
import { defineEnum, enumFromLabel, enumLabel, normalizeLookupKey } from './labels.js';

const Color = defineEnum('Color', {
  RED: { zh: '红色', en: 'Red' },
  DARK_BLUE: { zh: '深蓝色', en: 'Dark blue' },
  GREEN: { zh: '绿色', en: 'Green' },
}, { 红: 'RED', 蓝: 'DARK_BLUE' });

describe('defineEnum', () => {
  it('keeps values in declaration order', () => {
    expect(Color.values).toEqual(['RED', 'DARK_BLUE', 'GREEN']);
    expect(Color.name).toBe('Color');
  });

  it('refuses a spelling that would mean two values', () => {
    expect(() => defineEnum('Bad', { A: { zh: '甲', en: 'Same' }, B: { zh: '乙', en: 'same' } })).toThrow(/both A and B/);
    expect(() => defineEnum('Bad2', { A: { zh: '甲', en: 'a1' }, B: { zh: '乙', en: 'b1' } }, { 甲: 'B' })).toThrow();
  });

  it('refuses an alias to a value that does not exist', () => {
    expect(() => defineEnum('Bad3', { A: { zh: '甲', en: 'a' } }, { 丙: 'C' as 'A' })).toThrow(/unknown value/);
  });
});

describe('enumLabel', () => {
  it('gives zh by default and en on request', () => {
    expect(enumLabel(Color, 'DARK_BLUE')).toBe('深蓝色');
    expect(enumLabel(Color, 'DARK_BLUE', 'en')).toBe('Dark blue');
  });
  it('shows an unknown value as it is', () => {
    expect(enumLabel(Color, 'PURPLE')).toBe('PURPLE');
    expect(enumLabel(Color, 'toString')).toBe('toString');
  });
});

describe('enumFromLabel', () => {
  it('accepts the code in any case, the zh label and the en label in any case', () => {
    expect(enumFromLabel(Color, 'DARK_BLUE')).toBe('DARK_BLUE');
    expect(enumFromLabel(Color, 'dark_blue')).toBe('DARK_BLUE');
    expect(enumFromLabel(Color, '深蓝色')).toBe('DARK_BLUE');
    expect(enumFromLabel(Color, 'DARK BLUE')).toBe('DARK_BLUE');
  });
  it('trims ordinary and full-width spaces, folds full-width letters', () => {
    expect(enumFromLabel(Color, '  绿色\u3000')).toBe('GREEN');
    expect(enumFromLabel(Color, 'ＲＥＤ')).toBe('RED');
  });
  it('accepts aliases', () => {
    expect(enumFromLabel(Color, '红')).toBe('RED');
    expect(enumFromLabel(Color, ' 蓝 ')).toBe('DARK_BLUE');
  });
  it('returns undefined for anything else', () => {
    expect(enumFromLabel(Color, '紫色')).toBeUndefined();
    expect(enumFromLabel(Color, '')).toBeUndefined();
    expect(enumFromLabel(Color, '   ')).toBeUndefined();
    expect(enumFromLabel(Color, 'toString')).toBeUndefined();
    expect(enumFromLabel(Color, 42 as unknown as string)).toBeUndefined();
  });
});

describe('normalizeLookupKey', () => {
  it('ignores case, width and whitespace', () => {
    expect(normalizeLookupKey(' Ａ b\u3000C ')).toBe('abc');
  });
});
