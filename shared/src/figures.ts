// The figures people read on 统计, 本月走访 and 月度通报: each defined once — its label and what exactly it counts —
// so one word always means one count. The server's queries take their conditions from here and the pages show the
// description as the figure's tooltip.
import type { Label } from './labels.js';
import type { MonthlyCheckState } from './monitoring.js';
import type { AssignmentStatus } from './task-enums.js';

export interface FigureDef {
  /** the word shown beside the number */
  label: Label;
  /** what the number counts (the tooltip) */
  description: Label;
}

/** Check states that count as 已提交: a locked check was submitted first, so LOCKED counts too. */
export const SUBMITTED_CHECK_STATES: readonly MonthlyCheckState[] = Object.freeze(['SUBMITTED', 'LOCKED']);
/** Check states that count as 已锁定. */
export const LOCKED_CHECK_STATES: readonly MonthlyCheckState[] = Object.freeze(['LOCKED']);
/** Assignment statuses that count as 在办 (not yet closed off). */
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = Object.freeze(['NOT_STARTED', 'IN_PROGRESS', 'CLOSE_REQUESTED']);

export const isSubmittedCheck = (state: string | null | undefined): boolean => SUBMITTED_CHECK_STATES.includes(state as MonthlyCheckState);
export const isLockedCheck = (state: string | null | undefined): boolean => LOCKED_CHECK_STATES.includes(state as MonthlyCheckState);
export const isOpenAssignment = (status: string | null | undefined): boolean => OPEN_ASSIGNMENT_STATUSES.includes(status as AssignmentStatus);

/** A list of states as SQL literals for `IN (…)` (the values are fixed enum codes, never user input). */
export const sqlStateList = (states: readonly string[]): string => states.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ');

const fig = (zh: string, en: string, descZh: string, descEn: string): FigureDef => ({ label: { zh, en }, description: { zh: descZh, en: descEn } });

export const FIGURES = {
  // ---- the month's checks (统计 › 本月走访完成情况, 本月走访's completion bars) ----
  checkHouseholds: fig('应走访', 'To visit',
    '本月应走访的户数：范围内未删除的监测对象户',
    'Households to visit this month: the ledgers\' households in the scope, deleted ones excepted'),
  visited: fig('已走访', 'Visited',
    '本月走访记录已填写走访日期的户数',
    'Households whose check of the month has a visit date'),
  notVisited: fig('未走访', 'Not visited',
    '应走访户数减去已走访户数：本月没有走访记录或未填写走访日期的户',
    'Households to visit minus those visited: no check this month, or no visit date'),
  submitted: fig('已提交', 'Submitted',
    '本月走访记录已提交的户数，含已被县级锁定的（锁定前均已提交）',
    'Checks of the month submitted, including those the county has locked (a locked check was submitted first)'),
  locked: fig('已锁定', 'Locked',
    '本月走访记录已被县级锁定的户数（已提交中的一部分）',
    'Checks of the month locked by the county (part of the submitted ones)'),
  checkAtRisk: fig('本月发现风险', 'Risk found this month',
    '本月走访记录判定为有返贫致贫风险的户数（只看本月）',
    'Checks of the month judged at risk (this month only)'),
  openReferrals: fig('风险待帮扶', 'Open referrals',
    '有未关闭风险转介的户数，不论转介发生在哪个月；风险消除后不再计入',
    'Households with an open risk referral, whatever month it was opened; no longer counted once the risk is eliminated'),
  rate: fig('完成率', 'Rate',
    '已走访户数 ÷ 应走访户数',
    'Households visited ÷ households to visit'),
  // ---- the accountability tables (月度通报, 督办总览) ----
  tasksInForce: fig('事项数', 'Items',
    '本月已下达的全部责任事项，含已销号的',
    'Every assignment issued by this month, closed ones included'),
  tasksOpen: fig('在办', 'Open',
    '截至统计时点尚未销号的责任事项（未开始、推进中、申请销号）',
    'Assignments not closed off at the time of the figures (not started, in progress, close-off requested)'),
  tasksOverdue: fig('逾期', 'Overdue',
    '截至统计时点已过完成时限或缺报月度进展、且未销号的事项',
    'Open assignments past their deadline or missing a monthly report at the time of the figures'),
  tasksEscalated: fig('重点督办', 'Escalated',
    '连续逾期或多次被退回而列为重点督办、且未销号的事项',
    'Open assignments escalated for being overdue in a row or sent back repeatedly'),
  tasksClosedThisMonth: fig('本月销号', 'Closed this month',
    '本月内经领导小组办公室同意销号的事项',
    'Assignments the office closed off during the month'),
} as const satisfies Record<string, FigureDef>;

export type FigureKey = keyof typeof FIGURES;

export const figureLabel = (key: FigureKey, lang: 'zh' | 'en'): string => FIGURES[key].label[lang];
export const figureTip = (key: FigureKey, lang: 'zh' | 'en'): string => FIGURES[key].description[lang];
