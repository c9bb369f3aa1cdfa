import { dictionary } from '@zxcvbn-ts/language-common';
import { passwordRuleProblem } from '@doudi/shared';
import { appError } from '../../common/errors.js';

/**
 * The most common passwords (about 49,000, from breached-password lists, lower-case), as maintained by zxcvbn-ts
 * (@zxcvbn-ts/language-common, MIT). Built once, on first use.
 */
let common: Set<string> | null = null;
export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  const pw = password.toLowerCase();
  // "Password123!" is as common as "password123": a trailing run of digits and punctuation is no defence.
  const stem = pw.replace(/[\d\W_]+$/u, '');
  return common.has(pw) || (stem.length >= 6 && common.has(stem));
}

/** The zh-CN reason a new password is refused, or null when it keeps every rule. */
export function weakPasswordReason(password: string, username: string): string | null {
  const rule = passwordRuleProblem(password, username);
  if (rule) return rule;
  if (isCommonPassword(password)) return '密码过于常见（在常用密码表中），请换一个不易猜到的密码';
  return null;
}

/** Refuses a new password that breaks the rules: WEAK_PASSWORD with the reason, on the given input field. */
export function assertStrongPassword(password: string, username: string, field = 'newPassword'): void {
  const reason = weakPasswordReason(password, username);
  if (reason) throw appError('WEAK_PASSWORD', `密码不符合要求：${reason}`, { field, reason });
}
