import { describe, it, expect } from 'vitest';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS, validateField, type FieldMeta } from './fields.js';
import { fieldMeta, validateRecord } from './field-tables.js';

const NOW = new Date(2021, 5, 15);
const H = (name: string): FieldMeta => {
  const m = fieldMeta('household', name);
  if (!m) throw new Error(`no household field ${name}`);
  return m;
};
const M = (name: string): FieldMeta => {
  const m = fieldMeta('member', name);
  if (!m) throw new Error(`no member field ${name}`);
  return m;
};
const good = (meta: FieldMeta, v: unknown) => {
  const r = validateField(meta, v, NOW);
  if (!r.ok) throw new Error(`${meta.name}=${JSON.stringify(v)}: ${r.error.message}`);
  return r.value;
};
const bad = (meta: FieldMeta, v: unknown) => {
  const r = validateField(meta, v, NOW);
  if (r.ok) throw new Error(`${meta.name}=${JSON.stringify(v)} should fail, got ${JSON.stringify(r.value)}`);
  expect(r.error.field).toBe(meta.name);
  expect(r.error.message).toContain(meta.label.zh);
  return r.error;
};

describe('field metadata', () => {
  it('lists the household and member fields with their zh labels', () => {
    expect(HOUSEHOLD_FIELDS.map((f) => f.name)).toEqual([
      'id', 'code', 'category', 'regionCode', 'regionName', 'address', 'headName', 'headIdNumber', 'phone',
      'memberCount', 'incomePerCapita', 'riskTypes', 'riskStatus', 'helperName', 'remarks', 'version', 'updatedAt',
    ]);
    expect(MEMBER_FIELDS.map((f) => f.name)).toEqual([
      'name', 'idNumber', 'gender', 'birthDate', 'relation', 'phone', 'health', 'disabilityType', 'disabilityGrade',
      'laborAbility', 'schooling',
    ]);
    expect(H('regionCode').label.zh).toBe('所在村(社区)');
    expect(H('incomePerCapita').label.zh).toBe('人均纯收入(元/年)');
    expect(M('schooling').label.zh).toBe('在校生/文化程度');
  });

  it('marks what cannot be edited, what is required and what is personal data', () => {
    const ro = (list: readonly FieldMeta[]) => list.filter((f) => !f.editable).map((f) => f.name);
    expect(ro(HOUSEHOLD_FIELDS)).toEqual(['id', 'regionName', 'memberCount', 'version', 'updatedAt']);
    expect(ro(MEMBER_FIELDS)).toEqual(['gender', 'birthDate']);
    expect(MEMBER_FIELDS.filter((f) => f.required).map((f) => f.name)).toEqual(['name', 'idNumber', 'relation']);
    for (const n of ['headIdNumber', 'phone']) expect(H(n).pii).toBe(true);
    for (const n of ['idNumber', 'phone', 'health']) expect(M(n).pii).toBe(true);
    expect(H('headName').pii).toBeFalsy();
  });

  it('gives every enum field its definition', () => {
    for (const f of [...HOUSEHOLD_FIELDS, ...MEMBER_FIELDS]) {
      expect(Boolean(f.enumDef), f.name).toBe(f.type === 'enum' || f.type === 'enumList');
    }
    expect(fieldMeta('household', 'nope')).toBeUndefined();
    expect(fieldMeta('member', 'code')).toBeUndefined();
  });
});

describe('validateField', () => {
  it('trims strings and enforces length in characters', () => {
    expect(good(H('headName'), '  马 小 花 ')).toBe('马 小 花');
    expect(good(H('code'), 6401211002001)).toBe('6401211002001');
    expect(good(H('headName'), '𠮷'.repeat(50))).toHaveLength(100); // 50 characters, 100 UTF-16 units
    const e = bad(H('headName'), '马'.repeat(51));
    expect(e.code).toBe('TOO_LONG');
    expect(e.message).toContain('50');
    expect(bad(H('remarks'), 'x'.repeat(1001)).code).toBe('TOO_LONG');
    expect(bad(H('address'), { a: 1 }).code).toBe('INVALID_VALUE');
  });

  it('turns blanks into null for optional fields and REQUIRED for required ones', () => {
    for (const blank of ['', '   ', '\u3000', null, undefined]) {
      expect(good(H('address'), blank)).toBeNull();
      expect(good(H('riskStatus'), blank)).toBeNull();
      expect(good(H('riskTypes'), blank)).toBeNull();
    }
    expect(bad(H('headName'), '  ')).toEqual({ field: 'headName', code: 'REQUIRED', message: '户主姓名不能为空' });
    expect(bad(H('category'), null).code).toBe('REQUIRED');
  });

  it('accepts enum codes and labels and returns the code', () => {
    expect(good(H('category'), 'MONITORED')).toBe('MONITORED');
    expect(good(H('category'), '脱贫监测户')).toBe('MONITORED');
    expect(good(H('category'), ' 监测户 ')).toBe('MONITORED');
    expect(good(H('category'), 'marginal')).toBe('MARGINAL');
    expect(good(M('disabilityGrade'), 2)).toBe('GRADE_2');
    expect(good(M('disabilityType'), '无')).toBeNull();
    expect(good(M('laborAbility'), '无')).toBe('NONE'); // here 无 is a real value
    const e = bad(H('category'), 'xx');
    expect(e).toEqual({ field: 'category', code: 'INVALID_VALUE', message: '监测类别的值“xx”无效' });
    expect(bad(M('relation'), '无').code).toBe('REQUIRED');
  });

  it('accepts enum lists as arrays or separated text, deduplicated in declaration order', () => {
    expect(good(H('riskTypes'), ['ILLNESS', 'DISABILITY'])).toEqual(['ILLNESS', 'DISABILITY']);
    expect(good(H('riskTypes'), '因残，因病、因学;因病')).toEqual(['ILLNESS', 'DISABILITY', 'SCHOOLING']);
    expect(good(H('riskTypes'), '因病 因残')).toEqual(['ILLNESS', 'DISABILITY']);
    expect(good(H('riskTypes'), '因疫；其他')).toEqual(['EPIDEMIC', 'OTHER']);
    expect(good(H('riskTypes'), 'Unstable employment, Illness')).toEqual(['ILLNESS', 'UNSTABLE_EMPLOYMENT']);
    expect(good(H('riskTypes'), [])).toEqual([]);
    expect(good(H('riskTypes'), '无')).toBeNull();
    const e = bad(H('riskTypes'), '因病,因穷');
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toBe('风险类型的值“因穷”无效');
    expect(bad(H('riskTypes'), [1]).code).toBe('INVALID_VALUE');
    expect(bad(H('riskTypes'), 5).code).toBe('INVALID_VALUE');
  });

  it('parses numbers with thousands separators and full-width digits', () => {
    const income = H('incomePerCapita');
    expect(good(income, '12,345.67')).toBe(12345.67);
    expect(good(income, '１２，３４５')).toBe(12345);
    expect(good(income, ' 6000 ')).toBe(6000);
    expect(good(income, '6000元')).toBe(6000);
    expect(good(income, 0)).toBe(0);
    expect(good(income, '-0')).toBe(0);
    expect(good(income, '10000000')).toBe(10_000_000);
    expect(good(income, '1200.50')).toBe(1200.5);
    expect(bad(income, '-1').code).toBe('OUT_OF_RANGE');
    expect(bad(income, '10000000.01').code).toBe('OUT_OF_RANGE');
    expect(bad(income, '1234.567')).toMatchObject({ code: 'INVALID_VALUE', message: '人均纯收入(元/年)最多保留2位小数' });
    expect(bad(income, 0.125).code).toBe('INVALID_VALUE');
    expect(bad(income, '1,23').code).toBe('INVALID_VALUE');
    expect(bad(income, 'abc').code).toBe('INVALID_VALUE');
    expect(bad(income, Number.NaN).code).toBe('INVALID_VALUE');
    expect(bad(income, Number.POSITIVE_INFINITY).code).toBe('INVALID_VALUE');
  });

  it('requires whole numbers for integer fields', () => {
    const count = { ...H('memberCount'), editable: true };
    expect(good(count, '3')).toBe(3);
    expect(bad(count, '3.5').message).toBe('家庭人口必须是整数');
  });

  it('delegates ID numbers and phones, naming the field', () => {
    expect(good(H('headIdNumber'), ' 64012119900302003x ')).toBe('64012119900302003X');
    const e = bad(H('headIdNumber'), '640121198506150019');
    expect(e).toEqual({ field: 'headIdNumber', code: 'INVALID_ID_NUMBER', message: expect.stringMatching(/^户主身份证号校验位不正确/) });
    expect(bad(M('idNumber'), '').code).toBe('REQUIRED');
    expect(bad(M('idNumber'), '640121209912310014').message).toContain('晚于今天');
    expect(good(H('phone'), '+86 138-0013-8000')).toBe('13800138000');
    expect(bad(H('phone'), '0951-8012345')).toMatchObject({ code: 'INVALID_PHONE' });
  });

  it('accepts only known village/community codes, or names that resolve to one', () => {
    const region = H('regionCode');
    expect(good(region, '640121104205')).toBe('640121104205');
    expect(good(region, 640121104205)).toBe('640121104205');
    expect(good(region, '闽宁镇原隆村')).toBe('640121104205');
    expect(good(region, '王太村')).toBe('640121100200');
    const notVillage = bad(region, '640121104');
    expect(notVillage.code).toBe('INVALID_VALUE');
    expect(notVillage.message).toContain('所在村(社区)');
    expect(bad(region, '640121104299').code).toBe('INVALID_VALUE');
    expect(bad(region, '闽宁镇').message).toContain('应填写到村');
    expect(bad(region, '一分场').message).toContain('黄羊滩农场 一分场');
    expect(bad(region, '北京').code).toBe('INVALID_VALUE');
  });

  it('parses dates and datetimes', () => {
    const date = M('birthDate');
    expect(good(date, '1990-3-2')).toBe('1990-03-02');
    expect(good(date, '1990/03/02')).toBe('1990-03-02');
    expect(good(date, '1990年3月2日')).toBe('1990-03-02');
    expect(good(date, '19900302')).toBe('1990-03-02');
    expect(good(date, new Date(1990, 2, 2))).toBe('1990-03-02');
    expect(bad(date, '1990-02-30').code).toBe('INVALID_VALUE');
    expect(bad(date, 'yesterday').code).toBe('INVALID_VALUE');
    const dt = H('updatedAt');
    expect(good(dt, '2021-06-15T08:00:00Z')).toBe('2021-06-15T08:00:00.000Z');
    expect(good(dt, '2021-06-15T16:00:00+08:00')).toBe('2021-06-15T08:00:00.000Z');
    expect(bad(dt, '15/06/2021').code).toBe('INVALID_VALUE');
  });
});

describe('validateRecord', () => {
  const household = {
    code: 'YN-0001', category: '监测户', regionCode: '杨和镇王太村', headName: '马成', riskTypes: '因病、因残',
  };

  it('validates a full household for create', () => {
    const r = validateRecord('household', household, { partial: false, now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.value).toEqual({
      code: 'YN-0001', category: 'MONITORED', regionCode: '640121100200', headName: '马成', riskTypes: ['ILLNESS', 'DISABILITY'],
    });
  });

  it('reports missing required fields on create, not on update', () => {
    const r = validateRecord('household', { headName: '马成' }, { partial: false });
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([
      ['code', 'REQUIRED'], ['category', 'REQUIRED'], ['regionCode', 'REQUIRED'],
    ]);
    expect(r.errors[0]!.message).toBe('户编号不能为空');
    expect(validateRecord('household', { headName: '马成' }, { partial: true }).errors).toEqual([]);
    expect(validateRecord('household', { ...household, code: undefined }, { partial: false }).errors[0]!.field).toBe('code');
  });

  it('refuses blanking a required field on update', () => {
    const r = validateRecord('household', { headName: '' }, { partial: true });
    expect(r.errors).toEqual([{ field: 'headName', code: 'REQUIRED', message: '户主姓名不能为空' }]);
  });

  it('rejects unknown and read-only keys, and keeps validating the rest', () => {
    const r = validateRecord('household', { memberCount: 3, bogus: 1, phone: '123', address: '永宁县' }, { partial: true });
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([
      ['memberCount', 'INVALID_VALUE'], ['bogus', 'INVALID_VALUE'], ['phone', 'INVALID_PHONE'],
    ]);
    expect(r.errors[0]!.message).toContain('家庭人口');
    expect(r.value).toEqual({ address: '永宁县' });
  });

  it('derives gender and birth date of a member from the ID number', () => {
    const r = validateRecord('member', { name: '马小花', idNumber: '640425201001010024', relation: '之女' }, { partial: false, now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.value).toEqual({
      name: '马小花', idNumber: '640425201001010024', relation: 'DAUGHTER', gender: 'FEMALE', birthDate: '2010-01-01',
    });
    const typed = validateRecord('member', { gender: '男' }, { partial: true });
    expect(typed.errors[0]).toMatchObject({ field: 'gender', code: 'INVALID_VALUE' });
    expect(typed.errors[0]!.message).toContain('身份证');
  });

  it('uses `now` for ID numbers', () => {
    const input = { idNumber: '640121202402290015' };
    expect(validateRecord('member', input, { partial: true, now: new Date(2024, 0, 1) }).errors[0]!.code).toBe('INVALID_ID_NUMBER');
    expect(validateRecord('member', input, { partial: true, now: new Date(2024, 2, 1) }).errors).toEqual([]);
  });
});
