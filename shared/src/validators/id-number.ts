// Resident ID numbers, GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence, check character.
// The address code is deliberately not checked against 640121: 闽宁镇 residents carry 固原 (6404xx) numbers.
import { chinaDate } from '../china-time.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export type IdNumberResult =
  | { ok: true; value: string; gender: 'MALE' | 'FEMALE'; birthDate: string /* YYYY-MM-DD */ }
  | { ok: false; code: 'INVALID_ID_NUMBER'; message: string };

const fail = (message: string): IdNumberResult => ({ ok: false, code: 'INVALID_ID_NUMBER', message: `身份证号码${message}` });

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Local calendar date of `d` as YYYY-MM-DD (the bureau works in local time; a birth "today" is not in the future). */
export function localDateString(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** YYYY-MM-DD from 8 digits if it is a real calendar date, else null. */
function dateFromDigits(yyyymmdd: string): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return null;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of next month = last day of this one
  if (d > dim) return null;
  return `${yyyymmdd.slice(0, 4)}-${pad2(m)}-${pad2(d)}`;
}

/** Digits 7–14 as YYYY-MM-DD, or null when they are not a real date (no other checks). */
export function birthDateFromId(v: string): string | null {
  const s = String(v).trim();
  return /^\d{14}/.test(s) ? dateFromDigits(s.slice(6, 14)) : null;
}

// Cells pasted from Excel or Word: full-width digits/X, stray spaces, zero-width characters, the text-marker apostrophe.
function clean(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '').replace(/^'/, '');
}

export function validateIdNumber(raw: unknown, now: Date = new Date()): IdNumberResult {
  if (typeof raw === 'number' || typeof raw === 'bigint') {
    // An 18-digit number cannot survive as a JS/Excel number (15 significant digits): the last digits are gone.
    return fail('看起来被 Excel 转成了数字（可能已显示为科学计数法），末几位已丢失；请把单元格设为“文本”后重新录入');
  }
  if (raw === null || raw === undefined) return fail('不能为空');
  if (typeof raw !== 'string') return fail('格式不正确');
  const s = clean(raw).toUpperCase();
  if (!s) return fail('不能为空');
  if (/^\d+(\.\d+)?E\+?\d+$/.test(s)) {
    return fail(`“${raw.trim()}”看起来被 Excel 转成了数字（科学计数法），末几位已丢失；请把单元格设为“文本”后重新录入`);
  }
  if (s.length !== 18) {
    if (s.length === 15 && /^\d{15}$/.test(s)) return fail('应为18位，当前为15位（旧版15位号码请换成18位新号码）');
    return fail(`应为18位，当前为${s.length}位`);
  }
  const bad = s.slice(0, 17).search(/\D/);
  if (bad >= 0) return fail(`第${bad + 1}位“${s[bad]}”不是数字；前17位必须是数字`);
  if (!/^[\dX]$/.test(s[17]!)) return fail(`最后一位“${s[17]}”无效，只能是数字或X`);
  const year = Number(s.slice(6, 10));
  if (year < 1900) return fail(`中的出生年份${year}早于1900年`);
  const birthDate = dateFromDigits(s.slice(6, 14));
  if (!birthDate) return fail(`中的出生日期${s.slice(6, 14)}不是有效日期`);
  // "today" is 永宁县's (China time), whatever the zone of the server or browser doing the check
  if (birthDate > chinaDate(now)) return fail(`中的出生日期${birthDate}晚于今天`);
  if (idCheckChar(s.slice(0, 17)) !== s[17]) return fail('校验位不正确，请核对是否有数字录错或顺序颠倒');
  return { ok: true, value: s, gender: Number(s[16]) % 2 === 1 ? 'MALE' : 'FEMALE', birthDate };
}

/** 640121********123X: keeps the address code and the last four, which is what staff use to tell people apart. */
export function maskIdNumber(v: string): string {
  const s = String(v ?? '');
  if (s.length <= 10) return '*'.repeat(s.length);
  return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
}

/** Whole years of age on the local date of `on`; a 29 February birthday counts from 1 March in common years. */
export function ageOn(birthDate: string, on: Date): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(birthDate).trim());
  if (!m) return Number.NaN;
  const [by, bm, bd] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [y, mo, d] = [on.getFullYear(), on.getMonth() + 1, on.getDate()];
  return y - by - (mo < bm || (mo === bm && d < bd) ? 1 : 0);
}
