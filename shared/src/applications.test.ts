import { describe, expect, it } from 'vitest';
import {
  applicationOverdue, approvalIncomeError, decisionDueDate, nextStep, noticeEndDate, noticeOver, stepOrderError, ApplicationStageDef,
  APPLICATION_FIELDS, maxLengthOf,
} from './index.js';

describe('application rules (申请→审批)', () => {
  it('takes the steps in order and names the missing ones', () => {
    expect(nextStep([])).toBe('ECONOMIC_CHECK');
    expect(nextStep(['ECONOMIC_CHECK', 'HOME_VISIT'])).toBe('DEMOCRATIC_REVIEW');
    expect(nextStep(['ECONOMIC_CHECK', 'HOME_VISIT', 'DEMOCRATIC_REVIEW', 'PUBLIC_NOTICE'])).toBeNull();
    expect(stepOrderError([], 'ECONOMIC_CHECK')).toBeNull();
    expect(stepOrderError([], 'DEMOCRATIC_REVIEW')).toBe('尚未完成“家庭经济状况核对”、“入户调查”，不能登记“民主评议”（须依次完成：核对→入户调查→民主评议→公示）');
    expect(stepOrderError(['ECONOMIC_CHECK'], 'PUBLIC_NOTICE')).toContain('尚未完成“入户调查”、“民主评议”');
    expect(stepOrderError(['ECONOMIC_CHECK'], 'ECONOMIC_CHECK')).toBe('家庭经济状况核对已登记，不能重复登记');
    expect(stepOrderError(['ECONOMIC_CHECK', 'HOME_VISIT', 'DEMOCRATIC_REVIEW'], 'PUBLIC_NOTICE')).toBeNull();
  });

  it('runs a 公示 of n days from its start (inclusive) and is over the day after', () => {
    expect(noticeEndDate('2026-06-01', 7)).toBe('2026-06-07');
    expect(noticeEndDate('2026-02-25', 7)).toBe('2026-03-03');
    expect(noticeOver('2026-06-01', 7, '2026-06-07')).toBe(false);
    expect(noticeOver('2026-06-01', 7, '2026-06-08')).toBe(true);
  });

  it('dates the county decision and flags it overdue only while undecided', () => {
    expect(decisionDueDate('2026-05-01', 30)).toBe('2026-05-31');
    expect(applicationOverdue(false, '2026-05-31', '2026-05-31')).toBe(false);
    expect(applicationOverdue(false, '2026-05-31', '2026-06-01')).toBe(true);
    expect(applicationOverdue(true, '2026-05-31', '2026-06-01')).toBe(false);
  });

  it('checks income against the standard at 审批, except 单人保 and 特困', () => {
    const a = { kind: 'DIBAO' as const, singlePerson: false, incomePerCapita: 7200 };
    expect(approvalIncomeError(a, 600, 2026, '农村')).toBeNull(); // exactly 12 × 600
    expect(approvalIncomeError({ ...a, incomePerCapita: 7200.5 }, 600, 2026, '农村'))
      .toBe('核对的家庭人均收入 7200.5 元/年（600.04 元/月）高于 2026 年农村低保标准 600 元/人·月，不能批准（单人保除外）');
    expect(approvalIncomeError({ ...a, incomePerCapita: 20000, singlePerson: true }, 600, 2026, '农村')).toBeNull();
    expect(approvalIncomeError({ ...a, kind: 'TEKUN', incomePerCapita: 20000 }, 600, 2026, '农村')).toBeNull();
    expect(approvalIncomeError({ ...a, incomePerCapita: null }, 600, 2026, '农村')).toBe('家庭经济状况核对未登记人均收入，不能审批');
    expect(approvalIncomeError(a, null, 2019, '城市')).toBe('2019 年城市低保标准未设置，请管理员先设置低保标准');
  });

  it('labels the queues and bounds the fields', () => {
    expect(ApplicationStageDef.values.map((v) => ApplicationStageDef.labels[v].zh)).toEqual(['申请待核对', '待入户', '待评议', '公示中', '待审批', '已批准', '未批准']);
    expect(maxLengthOf(APPLICATION_FIELDS, 'applicantName')).toBe(50);
  });
});
