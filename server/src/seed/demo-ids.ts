// ID numbers of the demo members: the allocation scheme that makes them unique across a run, and the engine layer
// that hands them out (IdAllocator; the household planning in demo-families.ts builds on it).
//
// ID numbers (GB 11643: 6-digit address code, 8-digit birth date, 3-digit sequence, check char) are unique across a
// whole run by construction:
//   - Households are grouped in blocks of DEMO_BLOCK_SIZE (8000) consecutive indices; block b gets the lane
//     L = (97·b + 31) mod LANES (LANES = 250), a bijection on [0, LANES) because gcd(97, 250) = 1, so no two blocks
//     of a run share a lane. One such "epoch" holds 250 · 8000 = 2,000,000 households. Epoch e ≥ 1 (blocks
//     250·e … 250·e + 249) registers all its people under one Ningxia county code of its own that no other epoch and
//     no origin uses (PREFIXES[EPOCH_FIRST + e − 1]), so IDs of different epochs differ in the first 6 digits; within
//     an epoch the lanes keep them apart as above. Four such codes make DEMO_MAX_HOUSEHOLDS = 5 · 2,000,000 =
//     10,000,000 households (start + count); beyond it the generator throws a RangeError rather than risk a duplicate.
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
import { DemoRandom, hash32 } from './demo-random.js';
import { EPOCH_FIRST, GUYUAN_CUM, GUYUAN_END, GUYUAN_FIRST, NATIVE, NINGXIA_CUM, PREFIXES } from './demo-geography.js';
import { R_DAUGHTER_IN_LAW, R_SON_IN_LAW, R_SPOUSE } from './demo-vocab.js';

/** Households per ID-allocation block: chunks that start at a multiple of this never replay earlier households. */
export const DEMO_BLOCK_SIZE = 8000;
export const LANES = 250;
export const SLOTS = 2; // LANES · SLOTS must be 500 (sequence values per gender)
/** A run (start + count) may not go beyond this many households: each block of an epoch needs its own sequence lane, each epoch its own county code. */
export const DEMO_MAX_HOUSEHOLDS = LANES * DEMO_BLOCK_SIZE * (1 + PREFIXES.length - EPOCH_FIRST);
export const MAX_MEMBERS = 7;
export const MIN_DAY = 15; // keep births a little inside 1930 so date nudging never leaves the range

/** Per-block ID bookkeeping and the members of the household being planned, with their ID sequence numbers. */
export class IdAllocator extends DemoRandom {
  protected readonly refDay: number;
  // ID allocation
  private readonly occ: Uint8Array;
  private lane = -1;
  private blockEnd = -1;
  /** 0 in the first 2,000,000 households; otherwise the PREFIXES index every person of the epoch is registered under. */
  private epochPrefix = 0;
  // the household being planned: its origin and its members so far
  protected n = 0;
  protected origin = 0;
  protected moveDay = 0;
  protected readonly rel = new Uint8Array(8);
  protected readonly sex = new Uint8Array(8);
  protected readonly day = new Int32Array(8);
  protected readonly pre = new Uint8Array(8);
  protected readonly seq = new Uint16Array(8);
  protected readonly sur = new Uint16Array(8);

  constructor(seed: number, refDay: number) {
    super(seed);
    this.refDay = refDay;
    this.occ = new Uint8Array(PREFIXES.length * (this.refDay + 1) * 2);
  }

  // ── blocks ──
  enter(i: number): void {
    if (i < this.blockEnd) return;
    const b = Math.floor(i / DEMO_BLOCK_SIZE);
    this.lane = (b * 97 + 31) % LANES;
    const epoch = Math.floor(b / LANES);
    this.epochPrefix = epoch === 0 ? 0 : EPOCH_FIRST + epoch - 1;
    this.blockEnd = (b + 1) * DEMO_BLOCK_SIZE;
    this.occ.fill(0);
  }

  /** The address code a member's ID number carries. */
  private prefixFor(rel: number, day: number): number {
    if (this.epochPrefix) return this.epochPrefix;
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
  protected add(rel: number, male: number, nominalDay: number, sur: number): number {
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
}
