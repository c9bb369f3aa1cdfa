import { describe, expect, it } from 'vitest';
import {
  COMPARISON_COLUMNS, ComparisonKindDef, comparisonFieldForHeader, findingDueDate, isFindingOverdue, normaliseIdNumber, readCategory,
  readGrade, readStatus, sameName,
} from './comparison.js';
import { idCheckChar, validateIdNumber } from './validators/id-number.js';

const full = (first17: string) => first17 + idCheckChar(first17);

describe('normaliseIdNumber', () => {
  it('keeps a valid 18-character number and upper-cases a lower-case x', () => {
    expect(normaliseIdNumber('640121199003020035')).toMatchObject({ ok: false });
    const id = full('64012119900302003');
    expect(normaliseIdNumber(id)).toEqual({ ok: true, value: id, converted: false });
    // a number whose check character is X, written with a lower-case x, spaces and full-width digits
    let x = '';
    for (let seq = 0; seq < 1000 && !x; seq++) {
      const f = `64012119850615${String(seq).padStart(3, "0")}`;
      if (idCheckChar(f) === 'X') x = `${f}X`;
    }
    expect(x).not.toBe('');
    expect(normaliseIdNumber(x.toLowerCase())).toEqual({ ok: true, value: x, converted: false });
    expect(normaliseIdNumber(` '${x.slice(0, 6)} ${x.slice(6).toLowerCase()} `)).toEqual({ ok: true, value: x, converted: false });
    const wide = x.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(normaliseIdNumber(wide)).toMatchObject({ ok: true, value: x });
  });

  it('converts a 15-digit number: 19 inserted before the year, the check character computed', () => {
    const r = normaliseIdNumber('640121850615001');
    expect(r).toEqual({ ok: true, value: full('64012119850615001'), converted: true });
    // the converted number is a valid 18-character number for the shared validator too
    expect(validateIdNumber((r as { value: string }).value, new Date('2026-01-01')).ok).toBe(true);
    expect(normaliseIdNumber('640121851315001')).toMatchObject({ ok: false, message: expect.stringContaining('出生日期') });
  });

  it('refuses a wrong check character, a wrong length, a number cell, an empty cell', () => {
    const id = full('64012119900302003');
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    expect(normaliseIdNumber(wrong)).toEqual({ ok: false, message: '身份证号校验位不正确' });
    expect(normaliseIdNumber('6401211990')).toMatchObject({ ok: false });
    expect(normaliseIdNumber(6.40121199003e17)).toMatchObject({ ok: false, message: expect.stringContaining('数字') });
    expect(normaliseIdNumber('')).toMatchObject({ ok: false, message: '身份证号不能为空' });
    expect(normaliseIdNumber(null)).toMatchObject({ ok: false });
  });
});

describe('source columns and cell readings', () => {
  it('every kind has the ID number and the name, required, and a label', () => {
    for (const k of ComparisonKindDef.values) {
      const cols = COMPARISON_COLUMNS[k];
      expect(cols.slice(0, 2).map((c) => [c.field, c.required])).toEqual([['idNumber', true], ['name', true]]);
      expect(ComparisonKindDef.labels[k].zh).toBeTruthy();
    }
  });
  it('finds a column by its header, an alias or a unit in brackets', () => {
    expect(comparisonFieldForHeader('EMPLOYMENT', '公民身份号码')?.field).toBe('idNumber');
    expect(comparisonFieldForHeader('EMPLOYMENT', '月工资（元）')?.field).toBe('monthlyWage');
    expect(comparisonFieldForHeader('EMPLOYMENT', '月工资')?.field).toBe('monthlyWage');
    expect(comparisonFieldForHeader('DEATH', '死亡日期')?.field).toBe('deathDate');
    expect(comparisonFieldForHeader('DEATH', '号牌号码')).toBeUndefined();
  });
  it('reads statuses, grades and categories as the agencies write them', () => {
    expect(readStatus('参保缴费')).toBe('ACTIVE');
    expect(readStatus('正在领取失业金')).toBe('ACTIVE');
    expect(readStatus('停保')).toBe('ENDED');
    expect(readStatus('注销')).toBe('ENDED');
    expect(readStatus('存续（在营、开业、在册）')).toBe('ACTIVE');
    expect(readStatus('')).toBeNull();
    expect(readGrade('一级')).toBe('1');
    expect(readGrade('2级')).toBe('2');
    expect(readGrade('GRADE_3')).toBe('3');
    expect(readGrade('五级')).toBeNull();
    expect(readCategory('脱贫不稳定户')).toBe('MONITORED');
    expect(readCategory('边缘易致贫户')).toBe('MARGINAL');
    expect(readCategory('突发严重困难户')).toBe('SUDDEN');
    expect(readCategory('其他')).toBeNull();
  });
  it('compares names without spaces and with one middle dot', () => {
    expect(sameName('马 文学', '马文学')).toBe(true);
    expect(sameName('阿依古丽•买买提', '阿依古丽·买买提')).toBe(true);
    expect(sameName('马文学', '马文雪')).toBe(false);
  });
});

describe('verification due dates', () => {
  it('counts calendar days and is overdue only while open and past due', () => {
    expect(findingDueDate('2026-06-20', 15)).toBe('2026-07-05');
    expect(findingDueDate('2026-02-20', 15)).toBe('2026-03-07');
    expect(isFindingOverdue('OPEN', '2026-07-05', '2026-07-06')).toBe(true);
    expect(isFindingOverdue('OPEN', '2026-07-05', '2026-07-05')).toBe(false);
    expect(isFindingOverdue('CONFIRMED', '2026-07-05', '2026-08-01')).toBe(false);
  });
});
