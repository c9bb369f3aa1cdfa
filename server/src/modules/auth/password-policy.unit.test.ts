import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { assertStrongPassword, isCommonPassword, weakPasswordReason } from './password-policy.js';

describe('password policy', () => {
  it('refuses the most common passwords of 10 characters or more, in any case, with digits appended', () => {
    for (const pw of ['1qaz2wsx3edc', 'qwertyuiop', 'Password123', 'password1234', 'ILOVEYOU2020', 'Sunshine!!!1']) {
      expect(isCommonPassword(pw), pw).toBe(true);
      expect(weakPasswordReason(pw, 'zhangsan'), pw).toBe('密码过于常见（在常用密码表中），请换一个不易猜到的密码');
    }
  });
  it('accepts a long uncommon one', () => {
    expect(weakPasswordReason('杨和镇-民生-2026-春', 'zhangsan')).toBeNull();
    expect(weakPasswordReason('tiger-lamp-violet-38', 'zhangsan')).toBeNull();
  });
  it('says why in zh-CN under WEAK_PASSWORD, naming the field', () => {
    try {
      assertStrongPassword('short', 'zhangsan');
      expect.fail('accepted a short password');
    } catch (err) {
      expect(err).toBeInstanceOf(GraphQLError);
      const e = err as GraphQLError;
      expect(e.extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'newPassword', reason: '密码至少 10 个字符（当前 5 个）' });
      expect(e.message).toBe('密码不符合要求：密码至少 10 个字符（当前 5 个）');
    }
    expect(() => assertStrongPassword('zhangsan-2026', 'zhangsan')).toThrow('密码不能是用户名，也不能包含用户名');
  });
});
