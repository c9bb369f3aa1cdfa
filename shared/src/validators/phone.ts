// Mainland mobile numbers. Family members share phones, so uniqueness is deliberately not a rule here.

export type PhoneResult = { ok: true; value: string } | { ok: false; code: 'INVALID_PHONE'; message: string };

const fail = (message: string): PhoneResult => ({ ok: false, code: 'INVALID_PHONE', message: `联系电话${message}` });

export function validatePhone(raw: unknown): PhoneResult {
  if (raw === null || raw === undefined) return fail('不能为空');
  let s: string;
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw)) return fail('格式不正确，应为11位手机号码');
    s = String(raw); // an 11-digit mobile survives as a number, unlike an ID number
  } else if (typeof raw === 'string') {
    // NFKC folds full-width digits, spaces, dashes, parentheses and the plus sign.
    s = raw.normalize('NFKC').replace(/[\s\u200b\ufeff\-–—()]+/g, '').replace(/^'/, '');
  } else {
    return fail('格式不正确，应为11位手机号码');
  }
  if (!s) return fail('不能为空');
  const intl = /^(?:\+?86|0086)(\d{11})$/.exec(s);
  if (intl) s = intl[1]!;
  if (/^1[3-9]\d{9}$/.test(s)) return { ok: true, value: s };
  if (/\D/.test(s)) return fail('只能包含数字，应为11位手机号码');
  if (s.startsWith('0')) return fail('应填写11位手机号码，不能是固定电话');
  if (s.length !== 11) return fail(`应为11位手机号码，当前为${s.length}位`);
  return fail('不是有效的手机号码（应以13–19开头）');
}

/** 138****5678 */
export function maskPhone(v: string): string {
  const s = String(v ?? '');
  if (s.length < 8) return '*'.repeat(s.length);
  return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4);
}
