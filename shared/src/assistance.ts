// 救助 (assistance) of measures 1–8: 低保, 临时救助, 特困供养. Enums with zh/en labels and the pure rules the server
// enforces (no clock is read here: "today" is always passed in as a YYYY-MM-DD calendar date).
import { defineEnum } from './labels.js';
import { birthDateFromId } from './validators/id-number.js';
import { mulberry32 } from './random.js';

// ---- enums ---------------------------------------------------------------------------------------------------

export const DibaoKind = { HOUSEHOLD: 'HOUSEHOLD', SINGLE_PERSON: 'SINGLE_PERSON' } as const;
export type DibaoKind = (typeof DibaoKind)[keyof typeof DibaoKind];
export const DibaoKindDef = defineEnum<DibaoKind>('DibaoKind', {
  HOUSEHOLD: { zh: '整户保', en: 'Whole household' },
  SINGLE_PERSON: { zh: '单人保', en: 'Single-person household' },
}, { 整户: 'HOUSEHOLD', 单人户: 'SINGLE_PERSON' });

export const DibaoState = { ACTIVE: 'ACTIVE', GRADUAL_EXIT: 'GRADUAL_EXIT', ENDED: 'ENDED' } as const;
export type DibaoState = (typeof DibaoState)[keyof typeof DibaoState];
export const DibaoStateDef = defineEnum<DibaoState>('DibaoState', {
  ACTIVE: { zh: '在保', en: 'Active' },
  GRADUAL_EXIT: { zh: '渐退期', en: 'Gradual exit' },
  ENDED: { zh: '已退出', en: 'Ended' },
}, { 渐退: 'GRADUAL_EXIT', 退出: 'ENDED', 已清退: 'ENDED' });

/** Whether the formal written notice (正式文书告知) was given from the day the case entered the gradual-exit list. */
export const NoticeStatus = { ON_ENTRY: 'ON_ENTRY', LATE: 'LATE' } as const;
export type NoticeStatus = (typeof NoticeStatus)[keyof typeof NoticeStatus];
export const NoticeStatusDef = defineEnum<NoticeStatus>('NoticeStatus', {
  ON_ENTRY: { zh: '已于纳入之日书面告知', en: 'Notified in writing on entry' },
  LATE: { zh: '书面告知晚于纳入日期', en: 'Notified in writing after entry' },
});

export const ReliefType = { EMERGENCY: 'EMERGENCY', EXPENDITURE: 'EXPENDITURE' } as const;
export type ReliefType = (typeof ReliefType)[keyof typeof ReliefType];
export const ReliefTypeDef = defineEnum<ReliefType>('ReliefType', {
  EMERGENCY: { zh: '急难型', en: 'Emergency' },
  EXPENDITURE: { zh: '支出型', en: 'Expenditure' },
}, { 急难: 'EMERGENCY', 支出: 'EXPENDITURE' });

export const SupportMode = { CENTRALISED: 'CENTRALISED', DISPERSED: 'DISPERSED' } as const;
export type SupportMode = (typeof SupportMode)[keyof typeof SupportMode];
export const SupportModeDef = defineEnum<SupportMode>('SupportMode', {
  CENTRALISED: { zh: '集中供养', en: 'Centralised care' },
  DISPERSED: { zh: '分散供养', en: 'Dispersed support' },
}, { 集中: 'CENTRALISED', 分散: 'DISPERSED' });

export const TekunState = { ACTIVE: 'ACTIVE', ENDED: 'ENDED' } as const;
export type TekunState = (typeof TekunState)[keyof typeof TekunState];
export const TekunStateDef = defineEnum<TekunState>('TekunState', {
  ACTIVE: { zh: '在供养', en: 'Supported' },
  ENDED: { zh: '已终止', en: 'Ended' },
});

export const SelfCareResult = { CAPABLE: 'CAPABLE', PARTIALLY_LOST: 'PARTIALLY_LOST', FULLY_LOST: 'FULLY_LOST' } as const;
export type SelfCareResult = (typeof SelfCareResult)[keyof typeof SelfCareResult];
export const SelfCareResultDef = defineEnum<SelfCareResult>('SelfCareResult', {
  CAPABLE: { zh: '具备生活自理能力', en: 'Able to look after themselves' },
  PARTIALLY_LOST: { zh: '部分丧失生活自理能力', en: 'Partially unable' },
  FULLY_LOST: { zh: '完全丧失生活自理能力', en: 'Fully unable' },
}, { 具备: 'CAPABLE', 部分丧失: 'PARTIALLY_LOST', 完全丧失: 'FULLY_LOST' });

export const AssessmentStage = { PRELIMINARY: 'PRELIMINARY', FINAL: 'FINAL' } as const;
export type AssessmentStage = (typeof AssessmentStage)[keyof typeof AssessmentStage];
export const AssessmentStageDef = defineEnum<AssessmentStage>('AssessmentStage', {
  PRELIMINARY: { zh: '乡镇初步评估', en: 'Township preliminary' },
  FINAL: { zh: '县级最终结论', en: 'County final' },
}, { 初评: 'PRELIMINARY', 初步: 'PRELIMINARY', 终评: 'FINAL', 最终: 'FINAL' });

export const AssessmentBatchState = { OPEN: 'OPEN', SPOT_CHECK: 'SPOT_CHECK', FINALISED: 'FINALISED' } as const;
export type AssessmentBatchState = (typeof AssessmentBatchState)[keyof typeof AssessmentBatchState];
export const AssessmentBatchStateDef = defineEnum<AssessmentBatchState>('AssessmentBatchState', {
  OPEN: { zh: '乡镇初评中', en: 'Preliminary assessments open' },
  SPOT_CHECK: { zh: '县级抽查中', en: 'County spot check in progress' },
  FINALISED: { zh: '已作出最终结论', en: 'Finalised' },
});


// ---- constants (policy numbers kept in one place; documented in README) ---------------------------------------

/** 渐退期: at most 18 months (plan measure 2). */
export const GRADUAL_EXIT_MAX_MONTHS = 18;
/**
 * 临时救助: the normal ceiling of one grant, 元. Above it only by a 一事一议 decision (plan measure 5). The real figure
 * follows 《宁夏回族自治区临时救助工作规程》 and the regional notice; this is the system's default.
 */
export const RELIEF_NORMAL_CAP = 5000;
/** 特困: minors are covered up to 18 (plan measure 7, raised from 16). */
export const TEKUN_MINOR_AGE_LIMIT = 18;
/** County spot check of township preliminary self-care results: at least 30% of each batch (plan measure 8). */
export const SPOT_CHECK_PERCENT = 30;

// ---- dates ---------------------------------------------------------------------------------------------------

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad2 = (n: number): string => String(n).padStart(2, '0');

function parts(date: string): [number, number, number] {
  const m = DATE_RE.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `date` plus n calendar months; a day past the target month's end is clamped to it (08-31 + 6 → 02-28/29). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const idx = y * 12 + (m - 1) + n;
  const ty = Math.floor(idx / 12);
  const tm = (idx % 12) + 1;
  return `${String(ty).padStart(4, '0')}-${pad2(tm)}-${pad2(Math.min(d, daysInMonth(ty, tm)))}`;
}

/**
 * Whole calendar months from `from` to `to` (negative when `to` is earlier): 2026-01-15 → 2026-03-14 is 1,
 * → 2026-03-15 is 2. Consistent with addMonths: monthsBetween(a, addMonths(a, n)) === n.
 */
export function monthsBetween(from: string, to: string): number {
  if (to < from) return -monthsBetween(to, from);
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  let n = (ty - fy) * 12 + (tm - fm);
  if (addMonths(from, n) > to) n -= 1;
  return n;
}

/** The first day of the month after `date`. */
export function firstOfNextMonth(date: string): string {
  const [y, m] = parts(date);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${pad2(m + 1)}-01`;
}

/** 渐退期: the latest allowed end date, 18 months after the start. */
export function gradualExitMaxEnd(startDate: string): string {
  return addMonths(startDate, GRADUAL_EXIT_MAX_MONTHS);
}

/** Whole years of age on `date` (YYYY-MM-DD) from an ID number's birth date; NaN when it has none. */
export function ageFromIdNumber(idNumber: string, date: string): number {
  const birth = birthDateFromId(idNumber);
  if (!birth) return Number.NaN;
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(date);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The day a person turns `years` (a 29 February birthday falls on 1 March in common years), from an ID number;
 * null when it has no birth date.
 */
export function birthdayAt(idNumber: string, years: number): string | null {
  const birth = birthDateFromId(idNumber);
  if (!birth) return null;
  const [by, bm, bd] = parts(birth);
  const y = by + years;
  if (bm === 2 && bd === 29 && daysInMonth(y, 2) === 28) return `${y}-03-01`;
  return `${String(y).padStart(4, '0')}-${pad2(bm)}-${pad2(bd)}`;
}

// ---- 特困: self-care assessment (measure 8) -------------------------------------------------------------------

export const SELF_CARE_ITEMS = ['eating', 'dressing', 'bed', 'toilet', 'walking', 'bathing'] as const;
export type SelfCareItem = (typeof SELF_CARE_ITEMS)[number];
export const SELF_CARE_ITEM_LABELS: Record<SelfCareItem, { zh: string; en: string }> = {
  eating: { zh: '自主吃饭', en: 'Eating' },
  dressing: { zh: '穿衣', en: 'Dressing' },
  bed: { zh: '上下床', en: 'Getting in and out of bed' },
  toilet: { zh: '如厕', en: 'Toileting' },
  walking: { zh: '室内行走', en: 'Walking indoors' },
  bathing: { zh: '洗澡', en: 'Bathing' },
};
/** Each item true when the person manages it alone. */
export type SelfCareItems = Record<SelfCareItem, boolean>;

/** The result is derived, never typed: all met → 具备; 1–3 not met → 部分丧失; 4 or more → 完全丧失. */
export function deriveSelfCareResult(items: SelfCareItems): SelfCareResult {
  const unmet = SELF_CARE_ITEMS.filter((k) => items[k] !== true).length;
  if (unmet === 0) return SelfCareResult.CAPABLE;
  if (unmet <= 3) return SelfCareResult.PARTIALLY_LOST;
  return SelfCareResult.FULLY_LOST;
}

/** How many of a batch of n the county must spot-check: at least 30%, rounded up (n = 1 → 1, 10 → 3, 11 → 4). */
export function spotCheckSize(n: number): number {
  if (n <= 0) return 0;
  return Math.ceil((n * SPOT_CHECK_PERCENT) / 100 - 1e-9);
}

/** A 32-bit hash of a string (xmur3), used to seed the PRNG. */
function hashSeed(seed: string): number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}

/** A PRNG seeded by a string: mulberry32 over the string's hash → floats in [0, 1). */
export function seededRandom(seed: string): () => number {
  return mulberry32(hashSeed(seed));
}

/**
 * The county spot check: draws spotCheckSize(ids.length) of the ids at random with a PRNG seeded by `seed`
 * (a partial Fisher–Yates shuffle of the ids in ascending order). The same ids and seed always give the same
 * sample; the sample is returned in ascending order.
 */
export function drawSpotCheckSample<T extends number | string>(ids: readonly T[], seed: string): T[] {
  const pool = [...ids].sort((a, b) => (Number(a) - Number(b)) || String(a).localeCompare(String(b)));
  const k = spotCheckSize(pool.length);
  const rnd = seededRandom(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rnd() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k).sort((a, b) => (Number(a) - Number(b)) || String(a).localeCompare(String(b)));
}

// ---- 低保: 单人保 eligibility (measure 1) ----------------------------------------------------------------------

/** 单人保 is for a member with a severe disability (grade 1 or 2) or a serious illness (患有大病) who depends on the family. */
export function singlePersonEligible(m: { health?: string | null; disabilityGrade?: string | null }): boolean {
  return m.disabilityGrade === 'GRADE_1' || m.disabilityGrade === 'GRADE_2' || m.health === 'SERIOUS_ILLNESS';
}
