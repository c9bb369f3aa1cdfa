// The demo generator's precomputed tables, built once per process on first use: calendar, villages, name pools,
// ID check-character tables, padded numbers and risk-type lists.
import { idCheckChar } from '@doudi/shared';
import { WEIGHTS, buildCalendar, type Calendar } from './demo-calendar.js';
import { PREFIXES, buildVillages, type Village } from './demo-geography.js';
import { DEMO_BLOCK_SIZE, MAX_MEMBERS, MIN_DAY, SLOTS } from './demo-ids.js';
import type { DemoRiskType } from './demo-types.js';
import { RISK_TYPES } from './demo-vocab.js';
import { FEMALE_GIVEN, HAN_SURNAMES, HUI_FEMALE_GIVEN, HUI_MALE_GIVEN, HUI_SURNAMES, MALE_GIVEN } from './names.js';

export interface Static {
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

/** The household code of the i-th (0-based) household of a run. */
export function demoHouseholdCode(index: number): string {
  const n = index + 1;
  if (n < 1e7 && STATIC !== null) return 'YN' + STATIC.pad3[(n / 10000) | 0]! + STATIC.pad4[n % 10000]!;
  return 'YN' + String(n).padStart(7, '0');
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

  const { villages, villagePick } = buildVillages(surIndex, hanSet);

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

  // Termination of the date-nudging search (see the header of demo-ids.ts): a block's people never fill every key.
  if (DEMO_BLOCK_SIZE * MAX_MEMBERS >= SLOTS * (cal.refDay - MIN_DAY + 1)) throw new Error('ID block too large');

  return { cal, villages, villagePick, surnames, given, huiGiven, prefixSum, seqCheck, pad4, pad3, num, riskLists };
}

export function getStatic(): Static {
  return (STATIC ??= buildStatic());
}
