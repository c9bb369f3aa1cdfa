import { describe, it, expect } from 'vitest';
import { ageOn, birthDateFromId, idCheckChar, maskIdNumber, validateIdNumber } from './id-number.js';

// Fixtures computed independently (Python) from the GB 11643-1999 weights, not with idCheckChar.
const NOW = new Date(2021, 5, 15, 12, 0, 0); // 2021-06-15, local time

const valid = (raw: unknown) => {
  const r = validateIdNumber(raw, NOW);
  if (!r.ok) throw new Error(`expected valid: ${String(raw)} → ${r.message}`);
  return r;
};
const invalid = (raw: unknown) => {
  const r = validateIdNumber(raw, NOW);
  if (r.ok) throw new Error(`expected invalid: ${String(raw)}`);
  expect(r.code).toBe('INVALID_ID_NUMBER');
  expect(r.message.startsWith('身份证号码')).toBe(true);
  return r.message;
};

describe('idCheckChar', () => {
  it('matches the examples of the standard', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('44052418800101001')).toBe('4');
    expect(idCheckChar('64012119850615001')).toBe('8');
  });
  it('needs exactly 17 digits', () => {
    expect(() => idCheckChar('1234')).toThrow();
    expect(() => idCheckChar('6401211985061500X')).toThrow();
  });
});

describe('validateIdNumber', () => {
  it('accepts a valid number and derives gender and birth date', () => {
    expect(valid('640121198506150018')).toEqual({
      ok: true, value: '640121198506150018', gender: 'MALE', birthDate: '1985-06-15',
    });
    expect(valid('640121201001010022')).toMatchObject({ gender: 'FEMALE', birthDate: '2010-01-01' });
  });

  it('accepts a check character X, in upper or lower case, and stores X', () => {
    expect(valid('11010519491231002X')).toMatchObject({ value: '11010519491231002X', gender: 'FEMALE', birthDate: '1949-12-31' });
    expect(valid('64012119900302003x').value).toBe('64012119900302003X');
  });

  it('accepts 闽宁镇 residents whose numbers carry 固原 address codes', () => {
    for (const id of [
      '640402198506150015', '64040219900302007X', '640422201001010025', '64042319900302008X',
      '640424198506150013', '64042519850615001X', '640425201001010024',
    ]) {
      expect(valid(id).value).toBe(id);
    }
  });

  it('accepts numbers from anywhere in the country (no 640121 requirement)', () => {
    for (const id of ['371523197705231238', '532931198811117655', '152529196508079875', '650102200512314560']) {
      expect(valid(id).value).toBe(id);
    }
  });

  it('catches every single mistyped digit (what MOD 11-2 guarantees)', () => {
    for (const id of ['640121198506150018', '64042519850615001X', '532931198811117655']) {
      for (let i = 0; i < 18; i++) {
        for (const c of '0123456789X') {
          if (c === id[i] || (c === 'X' && i < 17)) continue;
          const typo = id.slice(0, i) + c + id.slice(i + 1);
          expect(validateIdNumber(typo, NOW).ok, typo).toBe(false);
        }
      }
    }
  });

  it('trims spaces around (including full-width ones) and folds full-width digits', () => {
    expect(valid('  640121198506150018\t').value).toBe('640121198506150018');
    expect(valid('\u3000640121198506150018\u3000').value).toBe('640121198506150018');
    expect(valid('６４０１２１１９８５０６１５００１８').value).toBe('640121198506150018');
    expect(valid('６４０１２１１９９００３０２００３ｘ').value).toBe('64012119900302003X');
    expect(valid("'640121198506150018").value).toBe('640121198506150018'); // Excel's text marker
  });

  it('handles leap days', () => {
    expect(valid('640121200002290017').birthDate).toBe('2000-02-29');
    expect(invalid('640121190002290010')).toContain('不是有效日期'); // 1900 was not a leap year
  });

  it('rejects impossible dates, years before 1900 and future dates', () => {
    expect(invalid('640121200102300016')).toContain('20010230');
    expect(invalid('640121200113010014')).toContain('不是有效日期');
    expect(invalid('440524188001010014')).toContain('1900');
    expect(invalid('640121189912310019')).toContain('早于1900年');
    expect(valid('640121190001010013').birthDate).toBe('1900-01-01');
    expect(invalid('640121209912310014')).toContain('晚于今天');
  });

  it('compares the birth date with the given day, not the real clock', () => {
    expect(validateIdNumber('640121202402290015', new Date(2024, 1, 28)).ok).toBe(false);
    expect(validateIdNumber('640121202402290015', new Date(2024, 1, 29)).ok).toBe(true);
  });

  it('says when the length is wrong, with the length found', () => {
    expect(invalid('64012119850615001')).toBe('身份证号码应为18位，当前为17位');
    expect(invalid('6401211985061500188')).toBe('身份证号码应为18位，当前为19位');
    expect(invalid('640121850615001')).toContain('15位');
  });

  it('rejects letters inside and a bad last character', () => {
    expect(invalid('6401211985O6150018')).toContain('第11位');
    expect(invalid('640121198506150A18')).toContain('不是数字');
    expect(invalid('64012119850615001Y')).toContain('最后一位');
  });

  it('rejects a wrong check character without revealing the right one', () => {
    const msg = invalid('640121198506150019');
    expect(msg).toContain('身份证号码校验位不正确');
    expect(msg).not.toContain('8');
    expect(invalid('110105194912310021')).toContain('校验位不正确');
  });

  it('explains numbers that Excel turned into scientific notation', () => {
    expect(invalid('6.40121E+17')).toContain('Excel');
    expect(invalid('6.40121e17')).toContain('科学计数法');
    expect(invalid(640121198506150018)).toContain('Excel');
  });

  it('rejects empty and non-string input', () => {
    expect(invalid('')).toContain('不能为空');
    expect(invalid('   ')).toContain('不能为空');
    expect(invalid(null)).toContain('不能为空');
    expect(invalid({})).toContain('格式不正确');
  });
});

describe('maskIdNumber', () => {
  it('keeps the first six and the last four', () => {
    expect(maskIdNumber('64012119900302003X')).toBe('640121********003X');
    expect(maskIdNumber('640121198506150018')).toBe('640121********0018');
    expect(maskIdNumber('640121198506150018')).toHaveLength(18);
  });
  it('masks everything when there is too little to keep', () => {
    expect(maskIdNumber('1234567890')).toBe('**********');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('birthDateFromId and ageOn', () => {
  it('reads the birth date', () => {
    expect(birthDateFromId('64012119900302003X')).toBe('1990-03-02');
    expect(birthDateFromId('640121200102300016')).toBeNull();
    expect(birthDateFromId('abc')).toBeNull();
  });
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('2003-06-15', new Date(2021, 5, 14))).toBe(17);
    expect(ageOn('2003-06-15', new Date(2021, 5, 15))).toBe(18);
    expect(ageOn('2000-02-29', new Date(2018, 1, 28))).toBe(17);
    expect(ageOn('2000-02-29', new Date(2018, 2, 1))).toBe(18);
    expect(ageOn('2000-02-29', new Date(2020, 1, 29))).toBe(20);
    expect(ageOn('not a date', NOW)).toBeNaN();
  });
});
