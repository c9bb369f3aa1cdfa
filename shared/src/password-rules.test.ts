import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH, USERNAME_PATTERN, passwordRuleProblem } from './password-rules.js';

describe('password rules', () => {
  it('needs at least 10 characters', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(passwordRuleProblem('Abc-12345', 'zhangsan')).toBe('密码至少 10 个字符（当前 9 个）');
    expect(passwordRuleProblem('Abc-123456', 'zhangsan')).toBeNull();
  });
  it('refuses the username, inside the password or reversed, in any case', () => {
    expect(passwordRuleProblem('zhangsan01', 'zhangsan')).toBe('密码不能是用户名，也不能包含用户名');
    expect(passwordRuleProblem('ZHANGSAN-xyz', 'zhangsan')).toBe('密码不能是用户名，也不能包含用户名');
    expect(passwordRuleProblem('nasgnahzab', 'bazhangsan')).toBe('密码不能是用户名，也不能包含用户名');
  });
  it('refuses a run of one or two characters and over-long ones', () => {
    expect(passwordRuleProblem('aaaaaaaaaaaa', 'zhangsan')).toBe('密码过于简单（重复字符过多）');
    expect(passwordRuleProblem('x'.repeat(257), 'zhangsan')).toBe('密码最多 256 个字符');
  });
  it('usernames: lower-case, starting with a letter', () => {
    expect(USERNAME_PATTERN.test('zhang.san')).toBe(true);
    expect(USERNAME_PATTERN.test('Zhang')).toBe(false);
    expect(USERNAME_PATTERN.test('1abc')).toBe(false);
    expect(USERNAME_PATTERN.test('a')).toBe(false);
  });
});
