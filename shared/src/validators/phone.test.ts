import { describe, it, expect } from 'vitest';
import { maskPhone, validatePhone } from './phone.js';

const value = (raw: unknown) => {
  const r = validatePhone(raw);
  if (!r.ok) throw new Error(`expected valid: ${String(raw)} → ${r.message}`);
  return r.value;
};
const message = (raw: unknown) => {
  const r = validatePhone(raw);
  if (r.ok) throw new Error(`expected invalid: ${String(raw)}`);
  expect(r.code).toBe('INVALID_PHONE');
  expect(r.message.startsWith('联系电话')).toBe(true);
  return r.message;
};

describe('validatePhone', () => {
  it('normalises the ways people write a mobile number', () => {
    expect(value('13800138000')).toBe('13800138000');
    expect(value('+86 138-0013-8000')).toBe('13800138000');
    expect(value('86 13800138000')).toBe('13800138000');
    expect(value('008613800138000')).toBe('13800138000');
    expect(value('138 0013 8000')).toBe('13800138000');
    expect(value('(138)0013-8000')).toBe('13800138000');
    expect(value('１３８\u3000００１３\u3000８０００')).toBe('13800138000');
    expect(value('（+86）19912345678')).toBe('19912345678');
    expect(value(13800138000)).toBe('13800138000');
  });

  it('rejects landlines', () => {
    expect(message('0951-8012345')).toContain('固定电话');
    expect(message('8012345')).toContain('11位');
  });

  it('rejects wrong lengths and prefixes', () => {
    expect(message('138001380001')).toContain('当前为12位');
    expect(message('1380013800')).toContain('当前为10位');
    expect(message('12800138000')).toContain('不是有效的手机号码');
    expect(message('86138001380')).toContain('不是有效的手机号码'); // 86 + 9 digits is not a prefix
    expect(message('138-0013-800O')).toContain('只能包含数字');
  });

  it('rejects empty and odd input', () => {
    expect(message('')).toBe('联系电话不能为空');
    expect(message(' - ')).toBe('联系电话不能为空');
    expect(message(null)).toBe('联系电话不能为空');
    expect(message(1.5)).toContain('格式不正确');
    expect(message(true)).toContain('格式不正确');
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('masks short strings entirely', () => {
    expect(maskPhone('1234567')).toBe('*******');
  });
});
