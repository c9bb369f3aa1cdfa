// Demo data for 永宁县: households of the three monitoring ledgers (+ 突发严重困难户) with their members.
//
// Deterministic: household i of a run is a pure function of (seed, i) plus the ID-sequence bookkeeping of the
// households before it in the same block (see "ID numbers" below), so a run can be produced in chunks (`start`) and
// chunk boundaries change nothing. Fixed reference date 2026-06-30: nobody is born after it, nobody before 1930.
//
// Fast by design (the seed must insert ≥ 50k households/s; this alone makes 350k–600k/s on the 2-core machine): one
// PRNG per household (mulberry32) reseeded from (seed, i), date strings / check-digit partial sums / age at the
// reference date precomputed per day, no Date, no regex, no per-member temporary objects besides the output.
//
// ID numbers (GB 11643: 6-digit address code, 8-digit birth date, 3-digit sequence, check char) are unique across a
// whole run by construction:
//   - Households are grouped in blocks of DEMO_BLOCK_SIZE (8000) consecutive indices; block b gets the lane
//     L = (97·b + 31) mod LANES (LANES = 250), a bijection on [0, LANES) because gcd(97, 250) = 1, so no two blocks
//     of a run share a lane. That is why a run is limited to DEMO_MAX_HOUSEHOLDS = 250 · 8000 = 2,000,000
//     households (start + count); beyond it the generator throws a RangeError rather than risk a duplicate.
//   - The sequence's last digit carries the gender (odd male, even female), so per (address code, birth date,
//     gender) there are 500 sequence values u ∈ [0, 500): seq = 2u + gender. Within a block, a counter per
//     (address code, birth date, gender) hands out slots 0..SLOTS-1 (SLOTS = 2), and u = (L·SLOTS + slot + rot) mod
//     500, where rot depends only on the seed and (address code, birth date, gender). For a fixed key, (L, slot) ↦ u
//     is a bijection, so two people with the same key get different u unless they have the same lane (same block)
//     and the same slot, which the block's counter rules out. People with different keys differ in the first 17
//     digits anyway.
//   - When a key's SLOTS slots are taken in the block, the person's birth date moves by ±1, ±2, … days (staying in
//     1930-01-01..2026-06-30) to the nearest free key. This always ends: a block holds at most
//     7 · DEMO_BLOCK_SIZE people, fewer than the SLOTS × (days in range) keys of any address code and gender.
//     It happens to about 1.6% of people and moves their date by a day or two (at most 6 days seen in a
//     1,000,000-household run). Family relations are planned with 15-day margins, so such a move does not break an
//     age rule in practice.
//   - Resuming at `start` inside a block replays the planning of the block's earlier households (at most
//     DEMO_BLOCK_SIZE − 1, planning only, ≤ 15 ms) to rebuild its counters; chunks that start at a multiple of
//     DEMO_BLOCK_SIZE replay nothing.
import { REGIONS, idCheckChar } from '@doudi/shared';
import {
  CN_NUMERALS,
  COHORT_START_YEARS,
  FEMALE_GIVEN,
  HAN_SURNAMES,
  HUI_FEMALE_GIVEN,
  HUI_MALE_GIVEN,
  HUI_SURNAMES,
  MALE_GIVEN,
} from './names.js';

// ─── public types ────────────────────────────────────────────────────────────────────────────────────────────────

export type DemoCategory = 'UNLIFTED' | 'MONITORED' | 'MARGINAL' | 'SUDDEN';
export type DemoGender = 'MALE' | 'FEMALE';
export type DemoRelation =
  | 'HEAD' | 'SPOUSE' | 'SON' | 'DAUGHTER' | 'SON_IN_LAW' | 'DAUGHTER_IN_LAW' | 'GRANDSON' | 'GRANDDAUGHTER'
  | 'FATHER' | 'MOTHER' | 'GRANDFATHER' | 'GRANDMOTHER' | 'BROTHER' | 'SISTER' | 'OTHER';
export type DemoHealth = 'HEALTHY' | 'CHRONIC_ILLNESS' | 'SERIOUS_ILLNESS' | 'DISABLED';
export type DemoDisabilityType = 'VISUAL' | 'HEARING' | 'SPEECH' | 'PHYSICAL' | 'INTELLECTUAL' | 'MENTAL' | 'MULTIPLE';
export type DemoDisabilityGrade = 'GRADE_1' | 'GRADE_2' | 'GRADE_3' | 'GRADE_4';
export type DemoLaborAbility = 'NORMAL' | 'SKILLED' | 'WEAK' | 'LOST' | 'NONE';
export type DemoSchooling =
  | 'PRESCHOOL' | 'IN_PRIMARY' | 'IN_JUNIOR' | 'IN_SENIOR' | 'IN_VOCATIONAL' | 'IN_COLLEGE' | 'DROPPED_OUT'
  | 'ILLITERATE' | 'PRIMARY' | 'JUNIOR' | 'SENIOR' | 'COLLEGE';
export type DemoRiskType =
  | 'ILLNESS' | 'DISABILITY' | 'SCHOOLING' | 'DISASTER' | 'ACCIDENT' | 'EPIDEMIC' | 'BUSINESS_FAILURE'
  | 'UNSTABLE_EMPLOYMENT' | 'LABOR_SHORTAGE' | 'HOUSING' | 'DRINKING_WATER' | 'OTHER';
export type DemoRiskStatus = 'MONITORING' | 'ELIMINATED';

export interface DemoMember {
  name: string;
  idNumber: string;
  gender: DemoGender;
  /** YYYY-MM-DD, equal to digits 7–14 of idNumber. */
  birthDate: string;
  relation: DemoRelation;
  phone: string | null;
  health: DemoHealth;
  disabilityType: DemoDisabilityType | null;
  disabilityGrade: DemoDisabilityGrade | null;
  laborAbility: DemoLaborAbility;
  schooling: DemoSchooling | null;
}

export interface DemoHousehold {
  /** 'YN' + 7-digit 1-based household index: unique in a run. */
  code: string;
  category: DemoCategory;
  /** 12-digit village/community code. */
  regionCode: string;
  /** 9-digit township code. */
  townshipCode: string;
  address: string;
  phone: string | null;
  /** 元 per person per year. */
  incomePerCapita: number;
  riskTypes: DemoRiskType[];
  riskStatus: DemoRiskStatus;
  helperName: string;
  remarks: string | null;
  /** members[0] is the HEAD. */
  members: DemoMember[];
}

export interface DemoGeneratorOptions {
  /** Number of households to produce. */
  count: number;
  /** PRNG seed (uint32); default 1. */
  seed?: number;
  /** Index of the first household (for chunked runs); default 0. */
  start?: number;
}

/** Everyone's age and schooling are as of this date; no birth date is after it. */
export const DEMO_REFERENCE_DATE = '2026-06-30';
/** Households per ID-allocation block: chunks that start at a multiple of this never replay earlier households. */
export const DEMO_BLOCK_SIZE = 8000;
const LANES = 250;
const SLOTS = 2; // LANES · SLOTS must be 500 (sequence values per gender)
/** A run (start + count) may not go beyond this many households: each block needs its own sequence lane. */
export const DEMO_MAX_HOUSEHOLDS = LANES * DEMO_BLOCK_SIZE;
const MAX_MEMBERS = 7;

/** The household code of the i-th (0-based) household of a run. */
export function demoHouseholdCode(index: number): string {
  const n = index + 1;
  if (n < 1e7 && STATIC !== null) return 'YN' + STATIC.pad3[(n / 10000) | 0]! + STATIC.pad4[n % 10000]!;
  return 'YN' + String(n).padStart(7, '0');
}

// ─── calendar tables (1930-01-01 = day 0 … 2026-06-30 = REF_DAY) ─────────────────────────────────────────────────

const FIRST_YEAR = 1930;
const REF_YEAR = 2026;
const YEAR = 365.2425;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

interface Calendar {
  refDay: number;
  date8: string[];
  date10: string[];
  /** Weighted digit sum (mod 11) of the 8 date digits at ID positions 7–14. */
  dateSum: Uint8Array;
  /** Completed years at the reference date. */
  age: Uint8Array;
  /** Birth cohort index into the given-name lists. */
  cohort: Uint8Array;
  yearStart: Int32Array;
}

function buildCalendar(): Calendar {
  const date8: string[] = [];
  const date10: string[] = [];
  const sums: number[] = [];
  const ages: number[] = [];
  const cohorts: number[] = [];
  const yearStart = new Int32Array(REF_YEAR - FIRST_YEAR + 1);
  const dim = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  for (let y = FIRST_YEAR; y <= REF_YEAR; y++) {
    yearStart[y - FIRST_YEAR] = date8.length;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    let cohort = 0;
    while (cohort < COHORT_START_YEARS.length && y >= COHORT_START_YEARS[cohort]!) cohort++;
    for (let m = 1; m <= 12; m++) {
      const days = m === 2 && leap ? 29 : dim[m - 1]!;
      for (let d = 1; d <= days; d++) {
        if (y === REF_YEAR && (m > 6 || (m === 6 && d > 30))) break;
        const mm = m < 10 ? '0' + m : String(m);
        const dd = d < 10 ? '0' + d : String(d);
        const s8 = `${y}${mm}${dd}`;
        date8.push(s8);
        date10.push(`${y}-${mm}-${dd}`);
        let sum = 0;
        for (let k = 0; k < 8; k++) sum += (s8.charCodeAt(k) - 48) * WEIGHTS[6 + k]!;
        sums.push(sum % 11);
        ages.push(REF_YEAR - y - (m > 6 || (m === 6 && d > 30) ? 1 : 0));
        cohorts.push(cohort);
      }
    }
  }
  return {
    refDay: date8.length - 1,
    date8,
    date10,
    dateSum: Uint8Array.from(sums),
    age: Uint8Array.from(ages),
    cohort: Uint8Array.from(cohorts),
    yearStart,
  };
}

// ─── address codes ───────────────────────────────────────────────────────────────────────────────────────────────

// Index 0 is the county itself; then 固原 (闽宁镇's resettled families), then the rest of Ningxia.
const PREFIXES = [
  '640121',
  '640402', '640422', '640423', '640424', '640425', // 原州区 西吉县 隆德县 泾源县 彭阳县
  '640104', '640105', '640106', '640122', '640181', '640302', '640381', '640324', '640521', '640502', '640221',
  '640522',
] as const;
const NATIVE = 0;
const GUYUAN_FIRST = 1;
const GUYUAN_END = 6;
/** Cumulative weights over PREFIXES indices 1..5 (西吉 sent the most people to 闽宁). */
const GUYUAN_CUM = cumulative([18, 35, 15, 17, 15]);
/** Other Ningxia origins, PREFIXES indices 6..17. */
const NINGXIA_CUM = cumulative([20, 10, 8, 15, 12, 8, 10, 8, 4, 2, 3, 2]);

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  for (const w of weights) total += w;
  let acc = 0;
  for (let k = 0; k < weights.length; k++) {
    acc += weights[k]! / total;
    out[k] = acc;
  }
  out[weights.length - 1] = 1;
  return out;
}

// ─── regions ─────────────────────────────────────────────────────────────────────────────────────────────────────

// Share of households per township (by code); rural towns and the resettlement town carry most of the caseload.
const TOWNSHIP_WEIGHT: Record<string, number> = {
  '640121001': 0.05, // 团结西路街道 (county seat)
  '640121100': 0.16, // 杨和镇
  '640121101': 0.15, // 李俊镇
  '640121102': 0.14, // 望远镇
  '640121103': 0.13, // 望洪镇
  '640121104': 0.22, // 闽宁镇
  '640121200': 0.11, // 胜利乡
  '640121400': 0.02, // 黄羊滩农场
  '640121401': 0.02, // 玉泉营农场
};
const TOWNSHIP_HUI: Record<string, number> = {
  '640121001': 0.15, '640121100': 0.22, '640121101': 0.12, '640121102': 0.12, '640121103': 0.15,
  '640121104': 0.7, '640121200': 0.15, '640121400': 0.1, '640121401': 0.1,
};
const MINNING = '640121104';
const URBAN = '640121001';
/** Villages known for a Hui majority (name → share of Hui households), and their clan surname if any. */
const HUI_VILLAGES: Record<string, readonly [number, string | null]> = {
  纳家户村: [0.95, '纳'],
  原隆村: [0.85, null],
};
/** Relative size within the township (the big resettlement villages). */
const VILLAGE_WEIGHT: Record<string, number> = { 原隆村: 2, 福宁村: 1.3 };

// Where a village's families come from (decides the address codes of their ID numbers).
const P_NATIVE = 0, P_URBAN = 1, P_MINNING = 2, P_YUANLONG = 3;

interface Village {
  code: string;
  township: string;
  addr: string;
  community: boolean;
  teamWord: string;
  teams: number;
  hui: number;
  profile: number;
  /** 1024-entry surname samplers (index into SURNAMES). */
  huiSur: Uint16Array;
  hanSur: Uint16Array;
}

interface Static {
  cal: Calendar;
  villages: Village[];
  /** 4096-entry region sampler. */
  villagePick: Uint16Array;
  surnames: string[];
  given: string[][][]; // [sex][cohort]
  huiGiven: string[][][]; // [sex][0 older | 1 younger]
  prefixSum: Uint8Array;
  /** [r · 1000 + seq]: the 3 sequence digits and the check char, when the first 14 digits' sum ≡ r (mod 11). */
  seqCheck: string[];
  pad4: string[];
  pad3: string[];
  /** '0'…'999' */
  num: string[];
  /** [mask]: the risk types of a 12-bit mask, in RISK_TYPES order (copied before use). */
  riskLists: DemoRiskType[][];
}

let STATIC: Static | null = null;

function surnameSampler(
  list: readonly (readonly [string, number])[],
  index: Map<string, number>,
  boost: string | null,
  boostShare: number,
): Uint16Array {
  const out = new Uint16Array(1024);
  let total = 0;
  for (const [, w] of list) total += w;
  const entries: [number, number][] = list.map(([s, w]) => [index.get(s)!, w / total]);
  if (boost !== null && index.has(boost)) {
    for (const e of entries) e[1] *= 1 - boostShare;
    const b = entries.find((e) => e[0] === index.get(boost));
    if (b) b[1] += boostShare;
    else entries.push([index.get(boost)!, boostShare]);
  }
  let acc = 0;
  let k = 0;
  for (let j = 0; j < 1024; j++) {
    const x = (j + 0.5) / 1024;
    while (k < entries.length - 1 && acc + entries[k]![1] < x) acc += entries[k++]![1];
    out[j] = entries[k]![0];
  }
  return out;
}

function addressName(name: string): string {
  // Official long forms ('王太村委会', '宁和社区居委会') read oddly in an address.
  if (name.endsWith('村委会')) return name.slice(0, -2);
  if (name.endsWith('村民委员会')) return name.slice(0, -4);
  if (name.endsWith('居委会')) return name.slice(0, -3);
  if (name.endsWith('居民委员会')) return name.slice(0, -5);
  return name;
}

function buildStatic(): Static {
  const cal = buildCalendar();

  const surnames: string[] = [];
  const surIndex = new Map<string, number>();
  for (const [s] of [...HUI_SURNAMES, ...HAN_SURNAMES]) {
    if (!surIndex.has(s)) {
      surIndex.set(s, surnames.length);
      surnames.push(s);
    }
  }
  const hanSet = new Set(HAN_SURNAMES.map(([s]) => s));

  const townshipNames = new Map<string, string>();
  for (const r of REGIONS) if (r.level === 'TOWNSHIP') townshipNames.set(r.code, r.name);

  const villages: Village[] = [];
  const weights: number[] = [];
  const byTownship = new Map<string, number>();
  for (const r of REGIONS) {
    if (r.level !== 'VILLAGE') continue;
    const township = r.parentCode && r.parentCode.length === 9 ? r.parentCode : r.code.slice(0, 9);
    byTownship.set(township, (byTownship.get(township) ?? 0) + 1);
  }
  for (const r of REGIONS) {
    if (r.level !== 'VILLAGE') continue;
    const township = r.parentCode && r.parentCode.length === 9 ? r.parentCode : r.code.slice(0, 9);
    const name = addressName(r.name);
    const suffix = Number(r.code.slice(9, 12));
    const community = suffix < 200; // 统计用区划代码: 001–199 居委会, 200–399 村委会
    const special = HUI_VILLAGES[name];
    const hui = special ? special[0] : (TOWNSHIP_HUI[township] ?? 0.15);
    const profile =
      township === MINNING ? (name === '原隆村' ? P_YUANLONG : P_MINNING)
        : township === URBAN ? P_URBAN : P_NATIVE;
    // Villages named after a founding clan (王太村, 侯寨村, 许桥村, 陈俊村 …) keep many families of that name.
    const clan = name.endsWith('村') && hanSet.has(name[0]!) ? name[0]! : null;
    let teams = 4 + (hash32(suffix * 7919 + Number(township.slice(6))) % 9);
    if (profile === P_YUANLONG) teams = 16;
    villages.push({
      code: r.code,
      township,
      addr: (townshipNames.get(township) ?? '') + name,
      community,
      teamWord: community ? '' : hash32(suffix + 17 * Number(township.slice(6))) % 3 === 0 ? '组' : '队',
      teams,
      hui,
      profile,
      huiSur: surnameSampler(HUI_SURNAMES, surIndex, special?.[1] ?? null, 0.45),
      hanSur: surnameSampler(HAN_SURNAMES, surIndex, clan, 0.15),
    });
    weights.push((community && township !== URBAN ? 0.35 : 1) * (VILLAGE_WEIGHT[name] ?? 1));
  }
  if (villages.length === 0) throw new Error('demo generator: REGIONS has no village-level regions');
  // Normalise each township's villages to the township's share.
  const townshipTotal = new Map<string, number>();
  villages.forEach((v, k) => townshipTotal.set(v.township, (townshipTotal.get(v.township) ?? 0) + weights[k]!));
  const norm = villages.map((v, k) => {
    const tw = TOWNSHIP_WEIGHT[v.township] ?? 0.03;
    return (weights[k]! / townshipTotal.get(v.township)!) * tw;
  });
  const villageCum = cumulative(norm);
  const villagePick = new Uint16Array(4096);
  for (let j = 0, k = 0; j < 4096; j++) {
    const x = (j + 0.5) / 4096;
    while (k < villages.length - 1 && villageCum[k]! < x) k++;
    villagePick[j] = k;
  }

  const split = (s: string): string[] => s.split(' ').filter((x) => x.length > 0);
  const given = [FEMALE_GIVEN.map(split), MALE_GIVEN.map(split)];
  const huiGiven = [HUI_FEMALE_GIVEN.map(split), HUI_MALE_GIVEN.map(split)];

  // Check character: the weighted sum of the 17 digits mod 11 decides it. The sum is assembled from per-part tables
  // (address code, date, sequence); the residue → character map itself comes from the shared idCheckChar.
  const checkMap: string[] = new Array<string>(11).fill('');
  const base = '64012119800101';
  let baseSum = 0;
  for (let k = 0; k < 14; k++) baseSum += (base.charCodeAt(k) - 48) * WEIGHTS[k]!;
  for (let seq = 0; seq < 1000 && checkMap.includes(''); seq++) {
    const s3 = String(seq).padStart(3, '0');
    let sum = baseSum;
    for (let k = 0; k < 3; k++) sum += (s3.charCodeAt(k) - 48) * WEIGHTS[14 + k]!;
    const r = sum % 11;
    if (checkMap[r] === '') checkMap[r] = idCheckChar(base + s3);
  }
  const prefixSum = new Uint8Array(PREFIXES.length);
  PREFIXES.forEach((p, k) => {
    let sum = 0;
    for (let j = 0; j < 6; j++) sum += (p.charCodeAt(j) - 48) * WEIGHTS[j]!;
    prefixSum[k] = sum % 11;
  });
  const seqCheck: string[] = new Array<string>(11000);
  for (let seq = 0; seq < 1000; seq++) {
    const s3 = String(seq).padStart(3, '0');
    let sum = 0;
    for (let k = 0; k < 3; k++) sum += (s3.charCodeAt(k) - 48) * WEIGHTS[14 + k]!;
    for (let r = 0; r < 11; r++) seqCheck[r * 1000 + seq] = s3 + checkMap[(r + sum) % 11]!;
  }
  const pad4: string[] = [];
  for (let k = 0; k < 10000; k++) pad4.push(String(k).padStart(4, '0'));
  const num: string[] = [];
  for (let k = 0; k < 1000; k++) num.push(String(k));
  const pad3 = pad4.slice(0, 1000).map((x) => x.slice(1));
  const riskLists: DemoRiskType[][] = [];
  for (let mask = 0; mask < 1 << RISK_TYPES.length; mask++) {
    riskLists.push(RISK_TYPES.filter((_, b) => mask & (1 << b)));
  }

  // Termination of the date-nudging search (see the header): a block's people never fill every key.
  if (DEMO_BLOCK_SIZE * MAX_MEMBERS >= SLOTS * (cal.refDay - MIN_DAY + 1)) throw new Error('ID block too large');

  return { cal, villages, villagePick, surnames, given, huiGiven, prefixSum, seqCheck, pad4, pad3, num, riskLists };
}

function getStatic(): Static {
  return (STATIC ??= buildStatic());
}

/** murmur3 finaliser: a well-mixed uint32 from an int. */
function hash32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// ─── vocabularies as arrays (index = code used in the typed scratch arrays) ──────────────────────────────────────

const CATEGORIES: readonly DemoCategory[] = ['UNLIFTED', 'MONITORED', 'MARGINAL', 'SUDDEN'];
const CATEGORY_CUM = cumulative([20, 40, 35, 5]);
const C_UNLIFTED = 0, C_MONITORED = 1, C_MARGINAL = 2, C_SUDDEN = 3;

const RELATIONS: readonly DemoRelation[] = [
  'HEAD', 'SPOUSE', 'SON', 'DAUGHTER', 'SON_IN_LAW', 'DAUGHTER_IN_LAW', 'GRANDSON', 'GRANDDAUGHTER',
  'FATHER', 'MOTHER', 'GRANDFATHER', 'GRANDMOTHER', 'BROTHER', 'SISTER', 'OTHER',
];
const R_HEAD = 0, R_SPOUSE = 1, R_SON = 2, R_DAUGHTER = 3, R_SON_IN_LAW = 4, R_DAUGHTER_IN_LAW = 5, R_GRANDSON = 6;
const R_FATHER = 8, R_MOTHER = 9, R_GRANDFATHER = 10, R_BROTHER = 12;
// relation + 1 gives the female form for SON→DAUGHTER, GRANDSON→GRANDDAUGHTER, FATHER→MOTHER, GRANDFATHER→
// GRANDMOTHER, BROTHER→SISTER.

const GENDERS: readonly DemoGender[] = ['FEMALE', 'MALE'];
const HEALTHS: readonly DemoHealth[] = ['HEALTHY', 'CHRONIC_ILLNESS', 'SERIOUS_ILLNESS', 'DISABLED'];
const H_HEALTHY = 0, H_CHRONIC = 1, H_SERIOUS = 2, H_DISABLED = 3;
const DISABILITY_TYPES: readonly DemoDisabilityType[] = [
  'PHYSICAL', 'VISUAL', 'HEARING', 'SPEECH', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE',
];
const DISABILITY_TYPE_CUM = cumulative([40, 12, 12, 4, 12, 12, 8]);
const DISABILITY_TYPE_CHILD_CUM = cumulative([20, 8, 14, 8, 30, 6, 14]);
const GRADES: readonly DemoDisabilityGrade[] = ['GRADE_1', 'GRADE_2', 'GRADE_3', 'GRADE_4'];
const GRADE_CUM = cumulative([15, 30, 30, 25]);
const LABOR: readonly DemoLaborAbility[] = ['NORMAL', 'SKILLED', 'WEAK', 'LOST', 'NONE'];
const L_NORMAL = 0, L_SKILLED = 1, L_WEAK = 2, L_LOST = 3, L_NONE = 4;
const SCHOOLING: readonly (DemoSchooling | null)[] = [
  null, 'PRESCHOOL', 'IN_PRIMARY', 'IN_JUNIOR', 'IN_SENIOR', 'IN_VOCATIONAL', 'IN_COLLEGE', 'DROPPED_OUT',
  'ILLITERATE', 'PRIMARY', 'JUNIOR', 'SENIOR', 'COLLEGE',
];
const S_NONE = 0, S_PRESCHOOL = 1, S_IN_PRIMARY = 2, S_IN_JUNIOR = 3, S_IN_SENIOR = 4, S_IN_VOCATIONAL = 5;
const S_IN_COLLEGE = 6, S_DROPPED_OUT = 7, S_ILLITERATE = 8, S_JUNIOR = 10, S_SENIOR = 11;
/** Attained education of adults by cohort: cumulative over ILLITERATE, PRIMARY, JUNIOR, SENIOR, COLLEGE. */
const ATTAINED_CUM = [
  cumulative([42, 42, 13, 3, 0.0001]),
  cumulative([22, 45, 27, 5, 1]),
  cumulative([7, 33, 46, 11, 3]),
  cumulative([2, 16, 50, 22, 10]),
  cumulative([0.5, 5, 42, 33, 19.5]),
];

const RISK_TYPES: readonly DemoRiskType[] = [
  'ILLNESS', 'DISABILITY', 'SCHOOLING', 'DISASTER', 'ACCIDENT', 'EPIDEMIC', 'BUSINESS_FAILURE',
  'UNSTABLE_EMPLOYMENT', 'LABOR_SHORTAGE', 'HOUSING', 'DRINKING_WATER', 'OTHER',
];
const RK_ILLNESS = 1, RK_DISABILITY = 2, RK_SCHOOLING = 4, RK_DISASTER = 8, RK_ACCIDENT = 16, RK_EPIDEMIC = 32;
const RK_BUSINESS = 64, RK_UNSTABLE = 128, RK_LABOR = 256, RK_HOUSING = 512, RK_WATER = 1024, RK_OTHER = 2048;

/** A remark per risk type (index as RISK_TYPES); one is picked from the household's first risk type. */
const RISK_REMARKS: readonly (readonly string[])[] = [
  ['家庭成员患大病，已落实大病保险和医疗救助', '户主患慢性病需长期服药，医疗支出较大', '已签约家庭医生，定期随访'],
  ['已享受困难残疾人生活补贴和重度残疾人护理补贴', '残疾人已办理第二代残疾人证', '已申请单人保'],
  ['子女就读高中，已落实教育资助', '子女在外地上大学，已申请生源地助学贷款', '已落实雨露计划补助'],
  ['2025年7月暴雨致房屋受损，已申请临时救助', '农作物受灾减产，已落实灾后补助'],
  ['户主务工时受伤，已申请临时救助', '家庭成员遭遇交通事故，医疗费用较高'],
  ['受疫情影响务工收入减少'],
  ['养殖项目亏损，已对接产业指导员', '种植枸杞收益下降'],
  ['主要劳动力外出务工，收入不稳定', '已推荐公益性岗位', '已参加技能培训，推荐就业'],
  ['家中无劳动力，已纳入低保', '老人独居，村委会定期探视'],
  ['房屋经鉴定为C级危房，已列入改造计划', '已落实危房改造补助'],
  ['自来水入户管道老化，已报修'],
  ['已纳入防返贫监测，落实帮扶措施'],
];
const ELIMINATED_REMARKS: readonly string[] = [
  '务工收入稳定，经村级评议、乡镇审核风险已消除',
  '已落实产业帮扶，收入稳定超过监测线',
  '监测满6个月，收入持续稳定，风险消除',
];

const MOBILE_PREFIXES: readonly string[] = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157',
  '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188',
  '189', '191', '193', '195', '198', '199',
];

// Household structures and their weights per category.
const ST_ELDER_SINGLE = 0, ST_SINGLE_DISABLED = 1, ST_ELDER_COUPLE = 2, ST_NUCLEAR = 3, ST_SINGLE_PARENT = 4;
const ST_THREE_UP = 5, ST_THREE_DOWN = 6, ST_SKIP_GEN = 7, ST_SIBLING = 8, ST_YOUNG_WITH_GRANDPARENT = 9;
const STRUCTURE_CUM = [
  cumulative([15, 8, 15, 27, 8, 8, 10, 5, 3, 1]), // UNLIFTED: more elderly, ill and disabled people alone
  cumulative([8, 4, 12, 38, 6, 10, 12, 6, 3, 1]), // MONITORED
  cumulative([6, 3, 10, 42, 5, 11, 13, 6, 3, 1]), // MARGINAL
  cumulative([5, 3, 8, 45, 6, 11, 13, 5, 3, 1]), // SUDDEN
];

// Forced health for a member, decided while planning.
const F_NONE = 0, F_DISABLED_OR_SERIOUS = 1, F_DISABLED = 2, F_SERIOUS = 3, F_MAYBE_DISABLED = 4;
// Sudden hardship's main cause.
const SUDDEN_NONE = 0, SUDDEN_ILLNESS = 1, SUDDEN_ACCIDENT = 2, SUDDEN_DISASTER = 3;

const MIN_DAY = 15; // keep births a little inside 1930 so date nudging never leaves the range
const HELPERS_PER_VILLAGE = 5;

// ─── the engine ──────────────────────────────────────────────────────────────────────────────────────────────────

class Engine {
  private readonly st: Static;
  private readonly refDay: number;
  private readonly seedMix: number;
  private s = 0; // PRNG state (mulberry32)
  // ID allocation
  private readonly occ: Uint8Array;
  private lane = -1;
  private blockEnd = -1;
  private readonly helpers: string[];
  // per-household plan
  private n = 0;
  private cat = 0;
  private village!: Village;
  private villageIdx = 0;
  private hui = false;
  private origin = 0;
  private moveDay = 0;
  private sudden = 0;
  private readonly rel = new Uint8Array(8);
  private readonly sex = new Uint8Array(8);
  private readonly day = new Int32Array(8);
  private readonly pre = new Uint8Array(8);
  private readonly seq = new Uint16Array(8);
  private readonly sur = new Uint16Array(8);
  private readonly forced = new Uint8Array(8);

  constructor(seed: number) {
    this.st = getStatic();
    this.refDay = this.st.cal.refDay;
    this.seedMix = hash32(seed ^ 0x5bd1e995);
    this.occ = new Uint8Array(PREFIXES.length * (this.refDay + 1) * 2);
    // A few 帮扶责任人 per village (cadres born 1965–1998), fixed for the run.
    this.helpers = [];
    const vs = this.st.villages;
    for (let v = 0; v < vs.length; v++) {
      for (let h = 0; h < HELPERS_PER_VILLAGE; h++) {
        this.s = hash32(this.seedMix + Math.imul(v + 1, 0x9e3779b1) + h * 0x632be5ab);
        const hui = this.next() < (vs[v]!.hui > 0.5 ? 0.6 : 0.2);
        const sex = this.next() < 0.7 ? 1 : 0;
        const year = 1965 + this.int(34);
        const day = this.st.cal.yearStart[year - FIRST_YEAR]! + this.int(365);
        const sur = hui ? vs[v]!.huiSur[this.int(1024)]! : vs[v]!.hanSur[this.int(1024)]!;
        this.helpers.push(this.st.surnames[sur]! + this.givenName(sex, day, hui));
      }
    }
  }

  // ── PRNG ──
  private reseed(i: number): void {
    this.s = hash32(this.seedMix ^ Math.imul(i + 1, 0x9e3779b1));
  }
  private next(): number {
    const a = (this.s = (this.s + 0x6d2b79f5) | 0);
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  private int(n: number): number {
    return (this.next() * n) | 0;
  }
  private pick(cum: Float64Array): number {
    const x = this.next();
    let k = 0;
    while (cum[k]! <= x && k < cum.length - 1) k++;
    return k;
  }
  /** A day number whose completed age at the reference date is in [minAge, maxAge] (15-day margins). */
  private dayForAge(minAge: number, maxAge: number): number {
    const span = (maxAge + 1 - minAge) * YEAR - 30;
    return this.refDay - Math.floor(minAge * YEAR + 15 + this.next() * span);
  }
  /** d, or when outside [lo, hi] a random day in the year inside the bound (clamping would pile people on one date). */
  private within(d: number, lo: number, hi: number): number {
    if (d > hi) return hi - this.int(Math.min(365, hi - lo + 1));
    if (d < lo) return lo + this.int(Math.min(365, hi - lo + 1));
    return d;
  }
  private years(min: number, max: number): number {
    return Math.floor(min * YEAR + this.next() * (max - min) * YEAR);
  }

  // ── blocks ──
  enter(i: number): void {
    if (i < this.blockEnd) return;
    const b = Math.floor(i / DEMO_BLOCK_SIZE);
    this.lane = (b * 97 + 31) % LANES;
    this.blockEnd = (b + 1) * DEMO_BLOCK_SIZE;
    this.occ.fill(0);
  }

  // ── planning: structure, birth dates, ID numbers (everything the ID bookkeeping depends on) ──
  plan(i: number): void {
    this.reseed(i);
    const st = this.st;
    const nv = st.villages.length;
    // Every 8th household walks the village list so that any run of 8 × (number of villages) covers them all.
    this.villageIdx = (i & 7) === 0 ? (i >>> 3) % nv : st.villagePick[this.int(4096)]!;
    const v = (this.village = st.villages[this.villageIdx]!);
    this.cat = this.pick(CATEGORY_CUM);
    this.hui = this.next() < v.hui;
    this.n = 0;
    this.sudden = SUDDEN_NONE;
    this.forced.fill(0);

    // Where the family's ID numbers come from.
    const r = this.next();
    let moveFrom = 1985, moveTo = 2021;
    if (v.profile === P_MINNING || v.profile === P_YUANLONG) {
      // 闽宁镇: families resettled from 固原's mountain counties (1997–2012; 原隆村 2012–2016).
      this.origin = r < 0.72 ? GUYUAN_FIRST + this.pick(GUYUAN_CUM) : r < 0.78 ? 6 + this.pick(NINGXIA_CUM) : NATIVE;
      moveFrom = v.profile === P_YUANLONG ? 2012 : 1997;
      moveTo = v.profile === P_YUANLONG ? 2016 : 2012;
    } else {
      const other = v.profile === P_URBAN ? 0.22 : 0.09;
      this.origin =
        r < other ? 6 + this.pick(NINGXIA_CUM) : r < other + 0.03 ? GUYUAN_FIRST + this.pick(GUYUAN_CUM) : NATIVE;
    }
    this.moveDay = 0;
    if (this.origin !== NATIVE) {
      this.moveDay = st.cal.yearStart[moveFrom + this.int(moveTo - moveFrom + 1) - FIRST_YEAR]! + this.int(365);
    }

    if (this.cat === C_SUDDEN) {
      const x = this.next();
      this.sudden = x < 0.4 ? SUDDEN_ILLNESS : x < 0.7 ? SUDDEN_ACCIDENT : SUDDEN_DISASTER;
    }

    const structure = this.pick(STRUCTURE_CUM[this.cat]!);
    const Y = YEAR;
    switch (structure) {
      case ST_ELDER_SINGLE: {
        this.head(this.next() < 0.4 ? 1 : 0, 60, 85);
        break;
      }
      case ST_SINGLE_DISABLED: {
        this.head(this.next() < 0.6 ? 1 : 0, 30, 75);
        this.forced[0] = F_DISABLED_OR_SERIOUS;
        break;
      }
      case ST_ELDER_COUPLE: {
        const h = this.head(this.next() < 0.92 ? 1 : 0, 60, 85);
        this.spouse(h);
        break;
      }
      case ST_NUCLEAR:
      case ST_SINGLE_PARENT: {
        const nuclear = structure === ST_NUCLEAR;
        const headMale = nuclear ? this.next() < 0.92 : this.next() < 0.35;
        const h = this.head(headMale ? 1 : 0, nuclear ? 25 : 28, nuclear ? 62 : 60);
        let kids = 1 + this.pick(nuclear ? KIDS_NUCLEAR : KIDS_SINGLE);
        if (this.hui && this.next() < 0.35) kids++;
        if (nuclear) {
          const s = this.spouse(h);
          this.children(kids, h, s, this.fatherSurname(h, s));
        } else {
          this.children(kids, h, h, this.fatherSurname(h, -1));
        }
        break;
      }
      case ST_THREE_UP: {
        // The head's parent(s) live with the family.
        const h = this.head(this.next() < 0.92 ? 1 : 0, 28, 58);
        const hDay = this.day[h]!;
        const s = this.next() < 0.9 ? this.spouse(h) : -1;
        this.children(this.int(4), h, s < 0 ? h : s, this.fatherSurname(h, s));
        const wantFather = this.next() < 0.5;
        const wantMother = !wantFather || this.next() < 0.6;
        if (wantFather && this.n < MAX_MEMBERS) {
          const d = hDay - this.years(22, 35);
          if (d >= MIN_DAY) this.add(R_FATHER, 1, d, this.sur[h]!);
        }
        if (wantMother && this.n < MAX_MEMBERS) {
          const d = hDay - this.years(20, 33);
          if (d >= MIN_DAY) this.add(R_MOTHER, 0, d, this.surname());
        }
        break;
      }
      case ST_THREE_DOWN: {
        const h = this.head(this.next() < 0.88 ? 1 : 0, 50, 80);
        const s = this.next() < 0.8 ? this.spouse(h) : -1;
        const p2 = s < 0 ? h : s;
        const famSur = this.fatherSurname(h, s);
        // The married child: usually a son with his wife; sometimes a daughter with a 上门女婿.
        const older = Math.min(this.day[h]!, this.day[p2]!);
        const younger = Math.max(this.day[h]!, this.day[p2]!);
        const lo = younger + Math.ceil(20 * Y) + 15;
        const hi = Math.min(older + Math.floor(35 * Y) - 15, this.refDay - Math.ceil(22 * Y) - 15);
        if (lo <= hi) {
          const daughter = this.next() < 0.15;
          const cDay = lo + this.int(hi - lo + 1);
          const c = this.add(daughter ? R_DAUGHTER : R_SON, daughter ? 0 : 1, cDay, famSur);
          const inLawDay = daughter ? this.day[c]! - this.years(-1, 5) : this.day[c]! + this.years(-1, 5);
          const il = this.add(
            daughter ? R_SON_IN_LAW : R_DAUGHTER_IN_LAW,
            daughter ? 1 : 0,
            this.within(inLawDay, MIN_DAY, this.refDay - Math.ceil(20 * Y) - 15),
            this.surname(),
          );
          const kidSur = daughter ? famSur : this.sur[c]!;
          this.grandchildren(1 + this.int(3), c, il, kidSur);
          if (this.next() < 0.2) this.children(1, h, p2, famSur);
        } else {
          this.children(1 + this.int(3), h, p2, famSur);
        }
        break;
      }
      case ST_SKIP_GEN: {
        const h = this.head(this.next() < 0.7 ? 1 : 0, 55, 80);
        if (this.next() < 0.65) this.spouse(h);
        // Left-behind grandchildren whose parents work away (not members of this household).
        const hDay = this.day[h]!;
        const lo = Math.max(hDay + Math.ceil(40 * Y), this.refDay - Math.floor(17 * Y) + 15);
        const hi = Math.min(hDay + Math.floor(65 * Y), this.refDay);
        const sur = this.sex[h] === 1 && this.next() < 0.8 ? this.sur[h]! : this.surname();
        this.spaced(1 + this.int(3), lo, hi, R_GRANDSON, sur);
        break;
      }
      case ST_SIBLING: {
        const h = this.head(this.next() < 0.75 ? 1 : 0, 35, 70);
        if (this.next() < 0.35) this.spouse(h);
        const d = this.within(this.day[h]! + this.years(-10, 10), MIN_DAY, this.refDay - Math.ceil(16 * Y) - 15);
        const male = this.next() < 0.55 ? 1 : 0;
        const k = this.add(R_BROTHER + (1 - male), male, d, this.sur[h]!);
        this.forced[k] = this.next() < 0.65 ? F_DISABLED : F_NONE;
        break;
      }
      case ST_YOUNG_WITH_GRANDPARENT: {
        const h = this.head(this.next() < 0.6 ? 1 : 0, 25, 35);
        const male = this.next() < 0.3 ? 1 : 0;
        const gd = this.within(this.day[h]! - this.years(45, 60), MIN_DAY, this.refDay);
        this.add(R_GRANDFATHER + (1 - male), male, gd, male ? this.sur[h]! : this.surname());
        if (this.next() < 0.5) {
          const sd = this.within(this.day[h]! + this.years(1, 12), MIN_DAY, this.refDay - Math.ceil(8 * Y));
          const sm = this.next() < 0.5 ? 1 : 0;
          this.add(R_BROTHER + (1 - sm), sm, sd, this.sur[h]!);
        }
        break;
      }
    }

    if (this.sudden === SUDDEN_ILLNESS) {
      // The major illness hits the head or the spouse.
      const k = this.n > 1 && this.rel[1] === R_SPOUSE && this.next() < 0.4 ? 1 : 0;
      this.forced[k] = F_SERIOUS;
    } else if (this.sudden === SUDDEN_ACCIDENT) {
      this.forced[0] = this.next() < 0.6 ? F_SERIOUS : F_MAYBE_DISABLED;
    }
  }

  private head(male: number, minAge: number, maxAge: number): number {
    return this.add(R_HEAD, male, this.dayForAge(minAge, maxAge), this.surname());
  }

  /** A spouse of the opposite sex, a few years apart (husbands usually older); at least 20 years old. */
  private spouse(h: number): number {
    if (this.n >= MAX_MEMBERS) return -1;
    const male = 1 - this.sex[h]!;
    const gap = this.years(-1.5, 6);
    let d = male === 1 ? this.day[h]! - gap : this.day[h]! + gap;
    d = this.within(d, MIN_DAY, this.refDay - Math.ceil(20 * YEAR) - 15);
    return this.add(R_SPOUSE, male, d, this.surname());
  }

  /** Surname of the children of h (and spouse s, or -1): the father's, or a late/absent father's. */
  private fatherSurname(h: number, s: number): number {
    if (this.sex[h] === 1) return this.sur[h]!;
    if (s >= 0) return this.sur[s]!;
    return this.surname();
  }

  /** k children of parents a and b (indices), 20–35 years younger than both, spaced 1–5 years. */
  private children(k: number, a: number, b: number, sur: number): void {
    const da = this.day[a]!, db = b < 0 ? da : this.day[b]!;
    const older = Math.min(da, db), younger = Math.max(da, db);
    const lo = younger + Math.ceil(20 * YEAR) + 15;
    const hi = Math.min(older + Math.floor(35 * YEAR) - 15, this.refDay);
    this.spaced(k, lo, hi, R_SON, sur);
  }

  private grandchildren(k: number, a: number, b: number, sur: number): void {
    const da = this.day[a]!, db = this.day[b]!;
    const lo = Math.max(da, db) + Math.ceil(20 * YEAR) + 15;
    const hi = Math.min(Math.min(da, db) + Math.floor(35 * YEAR) - 15, this.refDay);
    this.spaced(k, lo, hi, R_GRANDSON, sur);
  }

  /** Up to k siblings born in [lo, hi], oldest first, 1.2–5 years apart. maleRel + 1 is the female relation. */
  private spaced(k: number, lo: number, hi: number, maleRel: number, sur: number): void {
    if (lo > hi) return;
    let d = lo + this.int(Math.min(hi - lo, Math.floor(10 * YEAR)) + 1);
    for (let c = 0; c < k && d <= hi && this.n < MAX_MEMBERS; c++) {
      const male = this.next() < 0.52 ? 1 : 0;
      this.add(maleRel + (1 - male), male, d, sur);
      d += Math.floor(1.2 * YEAR) + this.int(Math.floor(3.8 * YEAR));
    }
  }

  private surname(): number {
    const v = this.village;
    return (this.hui ? v.huiSur : v.hanSur)[this.int(1024)]!;
  }

  /** The address code a member's ID number carries. */
  private prefixFor(rel: number, day: number): number {
    const inLaw = rel === R_SPOUSE || rel === R_SON_IN_LAW || rel === R_DAUGHTER_IN_LAW;
    if (this.origin === NATIVE) {
      return inLaw && this.next() < 0.12 ? 6 + this.pick(NINGXIA_CUM) : NATIVE;
    }
    if (day >= this.moveDay) return NATIVE; // born after the family moved here: registered in 永宁
    if (inLaw && this.next() < 0.25) {
      return this.origin < GUYUAN_END ? GUYUAN_FIRST + this.pick(GUYUAN_CUM) : 6 + this.pick(NINGXIA_CUM);
    }
    return this.origin;
  }

  /** Adds a member and allocates its ID sequence; returns the member's index. */
  private add(rel: number, male: number, nominalDay: number, sur: number): number {
    const k = this.n;
    if (k >= MAX_MEMBERS) return k - 1;
    const refDay = this.refDay;
    let d = nominalDay > refDay ? refDay : nominalDay < MIN_DAY ? MIN_DAY : nominalDay;
    const p = this.prefixFor(rel, d);
    const base = p * (refDay + 1) * 2 + male;
    const occ = this.occ;
    if (occ[base + d * 2]! >= SLOTS) {
      // This (address code, date, gender) is full in the block: nearest date with a free slot.
      for (let delta = 1; ; delta++) {
        if (d + delta <= refDay && occ[base + (d + delta) * 2]! < SLOTS) {
          d += delta;
          break;
        }
        if (d - delta >= 0 && occ[base + (d - delta) * 2]! < SLOTS) {
          d -= delta;
          break;
        }
      }
    }
    const cell = base + d * 2;
    const slot = occ[cell]!;
    occ[cell] = slot + 1;
    const rot = hash32(cell ^ this.seedMix) % 500;
    const u = (this.lane * SLOTS + slot + rot) % 500;
    this.rel[k] = rel;
    this.sex[k] = male;
    this.day[k] = d;
    this.pre[k] = p;
    this.seq[k] = u * 2 + male;
    this.sur[k] = sur;
    this.n = k + 1;
    return k;
  }

  private givenName(male: number, day: number, hui: boolean): string {
    const cohort = this.st.cal.cohort[day]!;
    if (hui && this.next() < 0.35) {
      const pool = this.st.huiGiven[male]![cohort >= 3 ? 1 : 0]!;
      return pool[this.int(pool.length)]!;
    }
    const pool = this.st.given[male]![cohort]!;
    return pool[this.int(pool.length)]!;
  }

  private phone(): string {
    const pad4 = this.st.pad4;
    return MOBILE_PREFIXES[this.int(MOBILE_PREFIXES.length)]! + pad4[this.int(10000)]! + pad4[this.int(10000)]!;
  }

  // ── building: the rest of each member and the household row ──
  build(i: number): DemoHousehold {
    const st = this.st;
    const cal = st.cal;
    const cat = this.cat;
    const n = this.n;
    const members: DemoMember[] = new Array<DemoMember>(n);
    const healthFactor = cat === C_UNLIFTED ? 1.6 : cat === C_MONITORED ? 1.2 : cat === C_MARGINAL ? 0.85 : 1;
    let anySerious = false, anyChronic = false, anyDisabled = false, studentHigh = false, studentLow = false;
    let laborers = 0, workingAge = 0;
    let headPhone: string | null = null;
    let firstPhone: string | null = null;

    for (let k = 0; k < n; k++) {
      const day = this.day[k]!;
      const age = cal.age[day]!;
      const male = this.sex[k]!;
      const rel = this.rel[k]!;
      const p = this.pre[k]!;
      const idSum = (st.prefixSum[p]! + cal.dateSum[day]!) % 11;

      // Health.
      let health = H_HEALTHY;
      const f = this.forced[k]!;
      if (f === F_DISABLED_OR_SERIOUS) health = this.next() < 0.65 ? H_DISABLED : H_SERIOUS;
      else if (f === F_DISABLED) health = H_DISABLED;
      else if (f === F_SERIOUS) health = H_SERIOUS;
      else if (f === F_MAYBE_DISABLED && this.next() < 0.5) health = H_DISABLED;
      else {
        const x = this.next() / healthFactor;
        if (age < 16) health = x < 0.015 ? H_DISABLED : x < 0.023 ? H_SERIOUS : x < 0.035 ? H_CHRONIC : H_HEALTHY;
        else if (age < 60) health = x < 0.045 ? H_DISABLED : x < 0.075 ? H_SERIOUS : x < 0.17 ? H_CHRONIC : H_HEALTHY;
        else health = x < 0.08 ? H_DISABLED : x < 0.14 ? H_SERIOUS : x < 0.45 ? H_CHRONIC : H_HEALTHY;
      }
      let dType = -1, dGrade = -1;
      if (health === H_DISABLED) {
        dType = this.pick(age < 16 ? DISABILITY_TYPE_CHILD_CUM : DISABILITY_TYPE_CUM);
        if (f === F_MAYBE_DISABLED) dType = 0; // an accident: physical
        dGrade = this.pick(GRADE_CUM);
        anyDisabled = true;
      } else if (health === H_SERIOUS) anySerious = true;
      else if (health === H_CHRONIC) anyChronic = true;

      // Schooling (as of the reference date, end of a school year).
      let school = S_NONE;
      if (age < 3) school = S_NONE;
      else if (age < 6) school = S_PRESCHOOL;
      else if (age < 18 && health === H_DISABLED && dGrade <= 1 && this.next() < 0.4) school = S_DROPPED_OUT;
      else if (age < 12) school = S_IN_PRIMARY;
      else if (age === 12) school = this.next() < 0.5 ? S_IN_PRIMARY : S_IN_JUNIOR;
      else if (age < 15) school = S_IN_JUNIOR;
      else if (age === 15) {
        const x = this.next();
        school = x < 0.45 ? S_IN_JUNIOR : x < 0.8 ? S_IN_SENIOR : x < 0.97 ? S_IN_VOCATIONAL : S_DROPPED_OUT;
      } else if (age < 18) {
        const x = this.next();
        school = x < 0.6 ? S_IN_SENIOR : x < 0.88 ? S_IN_VOCATIONAL : x < 0.92 ? S_DROPPED_OUT : S_JUNIOR;
      } else if (age < 23) {
        const x = this.next();
        if (x < (age < 22 ? 0.38 : 0.2)) school = S_IN_COLLEGE;
        else if (x < 0.48 && age < 20) school = S_IN_VOCATIONAL;
        else school = x < 0.78 ? S_SENIOR : S_JUNIOR;
      } else {
        school = S_ILLITERATE + this.pick(ATTAINED_CUM[cal.cohort[day]!]!);
        // Older women in rural Ningxia had less schooling than their husbands.
        if (school > S_ILLITERATE && male === 0 && cal.cohort[day]! <= 1 && this.next() < 0.25) school--;
      }
      if (school === S_IN_COLLEGE || school === S_IN_SENIOR || school === S_IN_VOCATIONAL) studentHigh = true;
      else if (school === S_IN_PRIMARY || school === S_IN_JUNIOR) studentLow = true;

      // Labour ability.
      let labor: number;
      const inSchool = school >= S_IN_PRIMARY && school <= S_IN_COLLEGE;
      if (age < 16 || inSchool) labor = L_NONE;
      else if (health === H_DISABLED) {
        // Grades 1–2 (severe) lose the ability to work; grade 3 mostly weak; grade 4 often works normally.
        if (dGrade <= 1) labor = L_LOST;
        else if (dGrade === 2) labor = this.next() < 0.6 ? L_WEAK : L_LOST;
        else labor = age < 60 && this.next() < 0.5 ? L_NORMAL : L_WEAK;
      } else if (health === H_SERIOUS) labor = this.next() < 0.6 ? L_LOST : L_WEAK;
      else if (age >= 70) labor = L_NONE;
      else if (age >= 65) labor = this.next() < 0.6 ? L_NONE : L_WEAK;
      else if (age >= 60) labor = this.next() < 0.6 ? L_WEAK : L_NORMAL;
      else if (health === H_CHRONIC) labor = this.next() < 0.6 ? L_WEAK : L_NORMAL;
      else {
        const x = this.next();
        labor = x < (age < 18 ? 0 : 0.18) ? L_SKILLED : x < 0.96 ? L_NORMAL : L_WEAK;
      }
      if (labor === L_NORMAL || labor === L_SKILLED) laborers++;
      if (age >= 16 && age < 65 && labor <= L_WEAK) workingAge++;

      // Phone: most heads, some adults; a spouse often shares the head's.
      let phone: string | null = null;
      if (rel === R_HEAD) {
        if (this.next() < 0.8) phone = headPhone = this.phone();
      } else if (age >= 16) {
        const x = this.next();
        const own = age >= 70 ? 0.12 : rel === R_SPOUSE ? 0.45 : 0.5;
        if (x < own) phone = this.phone();
        else if (rel === R_SPOUSE && x < own + 0.2) phone = headPhone;
      }
      if (firstPhone === null) firstPhone = phone;

      members[k] = {
        name: st.surnames[this.sur[k]!]! + this.givenName(male, day, this.hui),
        idNumber: PREFIXES[p]! + cal.date8[day]! + st.seqCheck[idSum * 1000 + this.seq[k]!]!,
        gender: GENDERS[male]!,
        birthDate: cal.date10[day]!,
        relation: RELATIONS[rel]!,
        phone,
        health: HEALTHS[health]!,
        disabilityType: dType < 0 ? null : DISABILITY_TYPES[dType]!,
        disabilityGrade: dGrade < 0 ? null : GRADES[dGrade]!,
        laborAbility: LABOR[labor]!,
        schooling: SCHOOLING[school] ?? null,
      };
    }

    // Risk types that fit the category and the members.
    let risk = 0;
    if (this.sudden === SUDDEN_ILLNESS) risk |= RK_ILLNESS;
    else if (this.sudden === SUDDEN_ACCIDENT) risk |= RK_ACCIDENT;
    else if (this.sudden === SUDDEN_DISASTER) risk |= RK_DISASTER | (this.next() < 0.5 ? RK_HOUSING : 0);
    if ((anySerious && this.next() < 0.85) || (anyChronic && this.next() < 0.3)) risk |= RK_ILLNESS;
    if (anyDisabled && this.next() < 0.85) risk |= RK_DISABILITY;
    if ((studentHigh && this.next() < 0.6) || (studentLow && this.next() < 0.12)) risk |= RK_SCHOOLING;
    if ((laborers === 0 && this.next() < 0.85) || (laborers * 3 < n && this.next() < 0.3)) risk |= RK_LABOR;
    const x1 = this.next(), x2 = this.next(), x3 = this.next();
    if (cat === C_UNLIFTED) {
      if (x1 < 0.06) risk |= RK_HOUSING;
      if (x2 < 0.04) risk |= RK_WATER;
      if (laborers > 0 && x3 < 0.15) risk |= RK_UNSTABLE;
    } else if (cat === C_MONITORED || cat === C_MARGINAL) {
      const m = cat === C_MARGINAL;
      if (laborers > 0 && x1 < (m ? 0.4 : 0.3)) risk |= RK_UNSTABLE;
      if (x2 < (m ? 0.15 : 0.12)) risk |= RK_BUSINESS;
      if (x3 < 0.05) risk |= RK_EPIDEMIC;
      else if (x3 < 0.08) risk |= RK_DISASTER;
      else if (!m && x3 < 0.12) risk |= RK_HOUSING;
      else if (!m && x3 < 0.14) risk |= RK_WATER;
    }
    if (risk === 0) {
      const x = this.next();
      risk = laborers === 0 ? RK_LABOR : x < 0.6 ? RK_UNSTABLE : x < 0.85 ? RK_BUSINESS : RK_OTHER;
    }
    const riskTypes = st.riskLists[risk]!.slice();

    // Risk elimination needs a working-age member (national rule) and an income above the line.
    const eliminated =
      workingAge > 0 && ((cat === C_MONITORED && this.next() < 0.3) || (cat === C_MARGINAL && this.next() < 0.25));

    // Per-capita income around the 6000 元 monitoring line (triangular).
    let lo = 3000, hi = 9000; // SUDDEN
    if (eliminated) {
      lo = cat === C_MARGINAL ? 7500 : 7000;
      hi = cat === C_MARGINAL ? 12000 : 11000;
    } else if (cat === C_UNLIFTED) hi = 6200;
    else if (cat === C_MONITORED) (lo = 4500), (hi = 8500);
    else if (cat === C_MARGINAL) (lo = 5800), (hi = 10000);
    const raw = lo + (hi - lo) * 0.5 * (this.next() + this.next());
    const income = this.next() < 0.4 ? Math.round(raw) : Math.round(raw * 100) / 100;

    // Address: 队/组 and house number in a village, building/unit/room in a community.
    const v = this.village;
    let address: string;
    if (v.community) {
      const num = st.num;
      const room = `${num[1 + this.int(6)]}0${num[1 + this.int(4)]}`;
      address = `${v.addr}${num[1 + this.int(24)]}号楼${num[1 + this.int(4)]}单元${room}室`;
    } else {
      address = `${v.addr}${CN_NUMERALS[1 + this.int(v.teams)]}${v.teamWord}${st.num[1 + this.int(160)]}号`;
    }

    let remarks: string | null = null;
    if (this.next() < 0.3) {
      if (eliminated) remarks = ELIMINATED_REMARKS[this.int(ELIMINATED_REMARKS.length)]!;
      else {
        let b = 0;
        while (!(risk & (1 << b))) b++;
        const list = RISK_REMARKS[b]!;
        remarks = list[this.int(list.length)]!;
      }
    }

    return {
      code: demoHouseholdCode(i),
      category: CATEGORIES[cat]!,
      regionCode: v.code,
      townshipCode: v.township,
      address,
      phone: headPhone ?? (this.next() < 0.5 ? firstPhone : null),
      incomePerCapita: income,
      riskTypes,
      riskStatus: eliminated ? 'ELIMINATED' : 'MONITORING',
      helperName: this.helpers[this.villageIdx * HELPERS_PER_VILLAGE + this.int(HELPERS_PER_VILLAGE)]!,
      remarks,
      members,
    };
  }
}

const KIDS_NUCLEAR = cumulative([25, 40, 25, 10]); // 1–4 children
const KIDS_SINGLE = cumulative([45, 40, 15]); // 1–3 children

/**
 * Yields households start … start + count − 1 of the run for `seed`. The same (seed, index) always gives the same
 * household, whatever the chunking; ID numbers never repeat within a run (see the header comment).
 */
export function* generateDemoHouseholds(opts: DemoGeneratorOptions): Generator<DemoHousehold> {
  const count = opts.count;
  const start = opts.start ?? 0;
  const seed = (opts.seed ?? 1) >>> 0;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  if (!Number.isInteger(start) || start < 0) throw new RangeError('start must be a non-negative integer');
  if (start + count > DEMO_MAX_HOUSEHOLDS) {
    throw new RangeError(`a demo run is limited to ${DEMO_MAX_HOUSEHOLDS} households (start + count)`);
  }
  if (count === 0) return;
  const engine = new Engine(seed);
  // Rebuild the block's ID counters from the households before `start` in its block.
  for (let i = start - (start % DEMO_BLOCK_SIZE); i < start; i++) {
    engine.enter(i);
    engine.plan(i);
  }
  const end = start + count;
  for (let i = start; i < end; i++) {
    engine.enter(i);
    engine.plan(i);
    yield engine.build(i);
  }
}
