// 申请→审批 (measure 1: "经本人申请，通过家庭经济状况核对、入户调查和民主评议"): the steps of a 低保 or 特困 application,
// their order, the 公示 period and the income check at 审批. Pure: "today" is always passed in as YYYY-MM-DD.
import { defineEnum } from './labels.js';
import { addDays } from './deadlines.js';
import { incomeAboveStandard } from './dibao-standard.js';

export const ApplicationKind = { DIBAO: 'DIBAO', TEKUN: 'TEKUN' } as const;
export type ApplicationKind = (typeof ApplicationKind)[keyof typeof ApplicationKind];
export const ApplicationKindDef = defineEnum<ApplicationKind>('ApplicationKind', {
  DIBAO: { zh: '低保', en: 'Minimum living allowance' },
  TEKUN: { zh: '特困供养', en: 'Support for the extremely poor' },
}, { 最低生活保障: 'DIBAO', 特困: 'TEKUN', 特困人员: 'TEKUN' });

/** The four steps the township records, in this order. */
export const ApplicationStep = {
  ECONOMIC_CHECK: 'ECONOMIC_CHECK', HOME_VISIT: 'HOME_VISIT', DEMOCRATIC_REVIEW: 'DEMOCRATIC_REVIEW', PUBLIC_NOTICE: 'PUBLIC_NOTICE',
} as const;
export type ApplicationStep = (typeof ApplicationStep)[keyof typeof ApplicationStep];
export const ApplicationStepDef = defineEnum<ApplicationStep>('ApplicationStep', {
  ECONOMIC_CHECK: { zh: '家庭经济状况核对', en: 'Family finances check' },
  HOME_VISIT: { zh: '入户调查', en: 'Home visit' },
  DEMOCRATIC_REVIEW: { zh: '民主评议', en: 'Democratic review' },
  PUBLIC_NOTICE: { zh: '公示', en: 'Public notice' },
});
export const APPLICATION_STEPS: readonly ApplicationStep[] = ['ECONOMIC_CHECK', 'HOME_VISIT', 'DEMOCRATIC_REVIEW', 'PUBLIC_NOTICE'];

/**
 * Where an application stands (the queues): the step it waits for, 公示中 while the notice runs or an objection is
 * unanswered, 待审批 once the notice is over, then decided.
 */
export const ApplicationStage = {
  ECONOMIC_CHECK: 'ECONOMIC_CHECK', HOME_VISIT: 'HOME_VISIT', DEMOCRATIC_REVIEW: 'DEMOCRATIC_REVIEW', PUBLIC_NOTICE: 'PUBLIC_NOTICE',
  DECISION: 'DECISION', APPROVED: 'APPROVED', REJECTED: 'REJECTED',
} as const;
export type ApplicationStage = (typeof ApplicationStage)[keyof typeof ApplicationStage];
export const ApplicationStageDef = defineEnum<ApplicationStage>('ApplicationStage', {
  ECONOMIC_CHECK: { zh: '申请待核对', en: 'Awaiting the finances check' },
  HOME_VISIT: { zh: '待入户', en: 'Awaiting the home visit' },
  DEMOCRATIC_REVIEW: { zh: '待评议', en: 'Awaiting the democratic review' },
  PUBLIC_NOTICE: { zh: '公示中', en: 'Public notice' },
  DECISION: { zh: '待审批', en: 'Awaiting the county\'s decision' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REJECTED: { zh: '未批准', en: 'Rejected' },
});

/** The shortest 公示 (days, counted from its start date inclusive). */
export const NOTICE_MIN_DAYS = 7;
/** The county decides within this many days of the application (DOUDI_APPLICATION_DECISION_DAYS). */
export const DEFAULT_DECISION_DAYS = 30;
/** A home visit needs at least this many investigators. */
export const HOME_VISIT_MIN_INVESTIGATORS = 2;

/** The step an application waits for, from the steps already recorded (null when all four are). */
export function nextStep(recorded: readonly string[]): ApplicationStep | null {
  return APPLICATION_STEPS.find((s) => !recorded.includes(s)) ?? null;
}

/**
 * Whether `step` may be recorded now: null when it may, else the zh-CN reason naming the missing step (or that it was
 * already recorded).
 */
export function stepOrderError(recorded: readonly string[], step: ApplicationStep): string | null {
  if (recorded.includes(step)) return `${ApplicationStepDef.labels[step].zh}已登记，不能重复登记`;
  const next = nextStep(recorded);
  if (next === step) return null;
  const missing = APPLICATION_STEPS.slice(0, APPLICATION_STEPS.indexOf(step)).filter((s) => !recorded.includes(s));
  return `尚未完成${missing.map((s) => `“${ApplicationStepDef.labels[s].zh}”`).join('、')}，不能登记“${ApplicationStepDef.labels[step].zh}”（须依次完成：核对→入户调查→民主评议→公示）`;
}

/** The last day of a notice of `days` days starting on `start` (the start counts as day 1). */
export const noticeEndDate = (start: string, days: number): string => addDays(start, days - 1);

/** Whether the notice is over on `today` (the day after its last day). */
export const noticeOver = (start: string, days: number, today: string): boolean => today > noticeEndDate(start, days);

/** The day by which the county should decide: the application date plus the configured days. */
export const decisionDueDate = (appliedOn: string, days: number): string => addDays(appliedOn, days);

/** Overdue: undecided after its due date. */
export const applicationOverdue = (decided: boolean, dueDate: string, today: string): boolean => !decided && today > dueDate;

/**
 * The income check at 审批 (measure 2's standard): a 低保 application of a whole household whose per-capita income
 * (annual 元, from the finances check) is above the standard (元 per person per month) is refused; 单人保 is not
 * checked against the household's income. Answers the zh-CN reason, or null when it passes.
 */
export function approvalIncomeError(
  a: { kind: ApplicationKind; singlePerson: boolean; incomePerCapita: number | null },
  standard: number | null, year: number, areaLabel: string,
): string | null {
  if (a.kind !== 'DIBAO' || a.singlePerson) return null;
  if (a.incomePerCapita == null) return '家庭经济状况核对未登记人均收入，不能审批';
  if (standard == null) return `${year} 年${areaLabel}低保标准未设置，请管理员先设置低保标准`;
  if (incomeAboveStandard(a.incomePerCapita, standard)) {
    const monthly = Math.round((a.incomePerCapita / 12) * 100) / 100;
    return `核对的家庭人均收入 ${a.incomePerCapita} 元/年（${monthly} 元/月）高于 ${year} 年${areaLabel}低保标准 ${standard} 元/人·月，不能批准（单人保除外）`;
  }
  return null;
}
