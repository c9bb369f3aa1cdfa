import { describe, it, expect } from 'vitest';
import { ErrorCode, isErrorCode } from './errors.js';

describe('ErrorCode', () => {
  it('has each value equal to its key', () => {
    for (const [k, v] of Object.entries(ErrorCode)) expect(v).toBe(k);
    expect(ErrorCode.INVALID_ID_NUMBER).toBe('INVALID_ID_NUMBER');
    expect(Object.keys(ErrorCode)).toHaveLength(57);
  });
  it('recognises its own codes only', () => {
    expect(isErrorCode('VERSION_CONFLICT')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(1)).toBe(false);
  });
});
