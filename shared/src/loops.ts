// The loops the plan closes (issue 16, points 3–7): county approval of large relief, 价格临时补贴 runs, the 动态救助
// referral loop, 集中供养, 委托照料 and 定期探访. Pure rules only — "today" and the settings are passed in; the server
// enforces them, the client shows the same answers.
import { defineEnum } from './labels.js';
import { addDays } from './deadlines.js';
import { ReferralState } from './monitoring.js';
import { ageFromIdNumber, RELIEF_NORMAL_CAP, SelfCareResult, SupportMode } from './assistance.js';

// ---- settings -------------------------------------------------------------------------------------------------

/** The configurable numbers of the loops (server: env DOUDI_REFERRAL_DUE_DAYS, DOUDI_RELIEF_TOWNSHIP_LIMIT, …). */
export interface LoopSettings {
  /** Days from a referral's opening by which help must start (the plan says 立即; default 7). */
  referralDueDays: number;
  /** The most a township grants alone, 元; above it (and any 一事一议) the county decides. Default RELIEF_NORMAL_CAP. */
  reliefTownshipLimit: number;
  /** Days between visits of a dispersed 特困 person (default 30: monthly). */
  visitDays: number;
  /** Days between visits of a person over 80 or FULLY_LOST (default 7: weekly). */
  visitDaysIntensive: number;
  /** Age from which visits are intensive (default 80: 80周岁及以上). */
  intensiveAge: number;
}

export const DEFAULT_LOOP_SETTINGS: LoopSettings = Object.freeze({
  referralDueDays: 7, reliefTownshipLimit: RELIEF_NORMAL_CAP, visitDays: 30, visitDaysIntensive: 7, intensiveAge: 80,
});

// ---- 动态救助: the referral loop ----------------------------------------------------------------------------------

/** States in which a referral is still being worked on (one per household; the overview's 风险待帮扶). */
export const ACTIVE_REFERRAL_STATES: readonly ReferralState[] = Object.freeze([ReferralState.OPEN, ReferralState.ASSIGNED, ReferralState.ASSISTING]);
/** SQL list of the active states, for `state IN (…)`. */
export const ACTIVE_REFERRAL_STATES_SQL = `('OPEN', 'ASSIGNED', 'ASSISTING')`;

export const isActiveReferral = (state: string): boolean => (ACTIVE_REFERRAL_STATES as readonly string[]).includes(state);

export type ReferralAction = 'assign' | 'start' | 'close';

const ACTION_ZH: Record<ReferralAction, string> = { assign: '指派责任人', start: '开始救助', close: '办结' };
const STATE_ZH: Record<string, string> = {
  OPEN: '待救助', ASSIGNED: '已指派', ASSISTING: '救助中', CLOSED: '已办结', WITHDRAWN: '已撤回',
};

/**
 * OPEN → ASSIGNED → ASSISTING → CLOSED. Assigning again (another owner) is allowed while OPEN or ASSIGNED or
 * ASSISTING; starting needs ASSIGNED (or ASSISTING: another measure is linked); closing needs ASSISTING, except
 * by 风险消除, which closes any active referral. Answers null when allowed, else the zh-CN refusal.
 */
export function referralTransition(state: string, action: ReferralAction, closeKind?: ReferralCloseKind | null): string | null {
  if (!isActiveReferral(state)) return `转介${STATE_ZH[state] ?? state}，不能${ACTION_ZH[action]}`;
  if (action === 'start' && state === ReferralState.OPEN) return '转介尚未指派责任人，请先指派再开始救助';
  if (action === 'close' && closeKind !== ReferralCloseKind.RISK_ELIMINATED && state !== ReferralState.ASSISTING) {
    return `转介${STATE_ZH[state]}，尚无救助措施，不能以“救助已落实”办结；请先开始救助，或以“风险消除”办结`;
  }
  return null;
}

/** The date by which help must start: the opening date (China time) plus the configured days. */
export function referralDueDate(openedOn: string, days: number): string {
  return addDays(openedOn, days);
}

/** Overdue: help has not started (OPEN or ASSIGNED) and the due date is past. */
export function isReferralOverdue(state: string, dueDate: string | null | undefined, today: string): boolean {
  return (state === ReferralState.OPEN || state === ReferralState.ASSIGNED) && !!dueDate && dueDate < today;
}

export const ReferralCloseKind = { RISK_ELIMINATED: 'RISK_ELIMINATED', ASSISTANCE_IN_PLACE: 'ASSISTANCE_IN_PLACE' } as const;
export type ReferralCloseKind = (typeof ReferralCloseKind)[keyof typeof ReferralCloseKind];
export const ReferralCloseKindDef = defineEnum<ReferralCloseKind>('ReferralCloseKind', {
  RISK_ELIMINATED: { zh: '风险消除', en: 'Risk eliminated' },
  ASSISTANCE_IN_PLACE: { zh: '救助已落实', en: 'Assistance in place' },
});

/** What a referral's assistance is: an application, a relief grant, a 低保 case, a 特困 person, or words. */
export const ReferralAssistanceKind = {
  APPLICATION: 'APPLICATION', RELIEF_GRANT: 'RELIEF_GRANT', DIBAO_CASE: 'DIBAO_CASE', TEKUN_PERSON: 'TEKUN_PERSON', OTHER_MEASURE: 'OTHER_MEASURE',
} as const;
export type ReferralAssistanceKind = (typeof ReferralAssistanceKind)[keyof typeof ReferralAssistanceKind];
export const ReferralAssistanceKindDef = defineEnum<ReferralAssistanceKind>('ReferralAssistanceKind', {
  APPLICATION: { zh: '低保/特困申请', en: 'Application' },
  RELIEF_GRANT: { zh: '临时救助', en: 'Relief grant' },
  DIBAO_CASE: { zh: '低保', en: 'Dibao case' },
  TEKUN_PERSON: { zh: '特困供养', en: 'Tekun support' },
  OTHER_MEASURE: { zh: '其他帮扶措施', en: 'Another measure (described)' },
});

// ---- 临时救助: the county decides large grants ---------------------------------------------------------------------

export const ReliefApproval = { NONE: 'NONE', PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
export type ReliefApproval = (typeof ReliefApproval)[keyof typeof ReliefApproval];
export const ReliefApprovalDef = defineEnum<ReliefApproval>('ReliefApproval', {
  NONE: { zh: '乡镇直接发放', en: 'Granted by the township' },
  PENDING: { zh: '待县级审批', en: 'Awaiting the county' },
  APPROVED: { zh: '县级已批准', en: 'Approved by the county' },
  REJECTED: { zh: '县级未批准', en: 'Rejected by the county' },
});

/**
 * Whether a grant is decided by the county: any 一事一议 grant, or an amount above the township's authority. A
 * 先行救助 (急难型, assist first) within the normal cap stays a one-step grant whatever the authority.
 */
export function reliefNeedsCounty(g: { amount: number; caseByCase: boolean; assistFirst: boolean }, townshipLimit: number): boolean {
  if (g.caseByCase) return true;
  if (g.assistFirst && g.amount <= RELIEF_NORMAL_CAP) return false;
  return g.amount > townshipLimit;
}

/** A grant draws on the reserve fund (and counts as assistance) once granted or approved — never pending or rejected. */
export const reliefPaid = (approval: string): boolean => approval === ReliefApproval.NONE || approval === ReliefApproval.APPROVED;

// ---- 价格临时补贴 ------------------------------------------------------------------------------------------------

export const SubsidyGroup = { DIBAO: 'DIBAO', TEKUN: 'TEKUN' } as const;
export type SubsidyGroup = (typeof SubsidyGroup)[keyof typeof SubsidyGroup];
export const SubsidyGroupDef = defineEnum<SubsidyGroup>('SubsidyGroup', {
  DIBAO: { zh: '低保对象', en: 'Dibao recipients' },
  TEKUN: { zh: '特困人员', en: 'Tekun persons' },
});

export interface SubsidyCandidate<T> {
  /** The person's key: the ID number (a person has one, whatever household or group lists them). */
  key: string;
  group: SubsidyGroup;
  row: T;
}

/**
 * Every eligible person once: candidates from several groups merged by key (the first row kept, the groups
 * collected in the order of SubsidyGroupDef); a person in two groups is paid once.
 */
export function dedupeSubsidyRecipients<T>(candidates: readonly SubsidyCandidate<T>[]): { key: string; groups: SubsidyGroup[]; row: T }[] {
  const byKey = new Map<string, { key: string; groups: SubsidyGroup[]; row: T }>();
  for (const c of candidates) {
    const k = c.key.trim().toUpperCase();
    if (!k) continue;
    const have = byKey.get(k);
    if (!have) byKey.set(k, { key: k, groups: [c.group], row: c.row });
    else if (!have.groups.includes(c.group)) have.groups.push(c.group);
  }
  const order = SubsidyGroupDef.values as readonly string[];
  for (const v of byKey.values()) v.groups.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...byKey.values()];
}

/** The first and last day of a month YYYY-MM. */
export function monthBounds(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}

// ---- 集中供养, 委托照料, 定期探访 ---------------------------------------------------------------------------------------

/** 集中供养 backlog: PARTIALLY_LOST or FULLY_LOST, wishes centralised care, still dispersed (the plan wants none). */
export function awaitsCentralCare(p: { supportMode: string; selfCare: string | null; wish: boolean | null }): boolean {
  return p.supportMode === SupportMode.DISPERSED && p.wish === true &&
    (p.selfCare === SelfCareResult.PARTIALLY_LOST || p.selfCare === SelfCareResult.FULLY_LOST);
}

export const CareAgreementStatus = { MISSING: 'MISSING', EXPIRED: 'EXPIRED', NOT_STARTED: 'NOT_STARTED', VALID: 'VALID' } as const;
export type CareAgreementStatus = (typeof CareAgreementStatus)[keyof typeof CareAgreementStatus];
export const CareAgreementStatusDef = defineEnum<CareAgreementStatus>('CareAgreementStatus', {
  MISSING: { zh: '未签协议', en: 'No agreement' },
  EXPIRED: { zh: '协议已到期', en: 'Expired' },
  NOT_STARTED: { zh: '协议未生效', en: 'Not yet in force' },
  VALID: { zh: '协议有效', en: 'In force' },
});

/** A person's care agreement on a day: the latest one (by start) decides. The end date is the last day in force. */
export function careAgreementStatus(latest: { startDate: string; endDate: string } | null, today: string): CareAgreementStatus {
  if (!latest) return CareAgreementStatus.MISSING;
  if (latest.endDate < today) return CareAgreementStatus.EXPIRED;
  if (latest.startDate > today) return CareAgreementStatus.NOT_STARTED;
  return CareAgreementStatus.VALID;
}

export const CarerKind = { PERSON: 'PERSON', ORGANISATION: 'ORGANISATION' } as const;
export type CarerKind = (typeof CarerKind)[keyof typeof CarerKind];
export const CarerKindDef = defineEnum<CarerKind>('CarerKind', {
  PERSON: { zh: '照料人', en: 'Carer (a person)' },
  ORGANISATION: { zh: '照料机构', en: 'Organisation' },
}, { 个人: 'PERSON', 机构: 'ORGANISATION' });

export const PersonCondition = { GOOD: 'GOOD', FAIR: 'FAIR', POOR: 'POOR' } as const;
export type PersonCondition = (typeof PersonCondition)[keyof typeof PersonCondition];
export const PersonConditionDef = defineEnum<PersonCondition>('PersonCondition', {
  GOOD: { zh: '良好', en: 'Good' },
  FAIR: { zh: '一般', en: 'Fair' },
  POOR: { zh: '较差', en: 'Poor' },
}, { 好: 'GOOD', 较好: 'GOOD', 差: 'POOR' });

/**
 * Days between visits: weekly (visitDaysIntensive) for a person aged intensiveAge or more (80周岁及以上) or FULLY_LOST, otherwise
 * visitDays (monthly). Age from the ID number on `today`.
 */
export function visitIntervalDays(p: { idNumber: string; selfCare: string | null }, today: string, s: LoopSettings = DEFAULT_LOOP_SETTINGS): number {
  const age = ageFromIdNumber(p.idNumber, today);
  return (Number.isFinite(age) && age >= s.intensiveAge) || p.selfCare === SelfCareResult.FULLY_LOST ? s.visitDaysIntensive : s.visitDays;
}

/** The next visit is due `interval` days after the last one, or after support started when never visited. */
export function nextVisitDue(lastVisit: string | null, since: string, interval: number): string {
  return addDays(lastVisit ?? since, interval);
}

export const isVisitOverdue = (due: string, today: string): boolean => due < today;
