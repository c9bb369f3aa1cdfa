// Household composition of the demo generator: the family structures and their weights per category, and the
// planning of each household (village, category, origin, members with their relations, birth dates and ID sequences).
import { FIRST_YEAR, YEAR } from './demo-calendar.js';
import {
  GUYUAN_CUM,
  GUYUAN_FIRST,
  NATIVE,
  NINGXIA_CUM,
  P_MINNING,
  P_URBAN,
  P_YUANLONG,
  type Village,
} from './demo-geography.js';
import { IdAllocator, MAX_MEMBERS, MIN_DAY } from './demo-ids.js';
import { cumulative } from './demo-random.js';
import type { Static } from './demo-tables.js';
import {
  CATEGORY_CUM,
  C_SUDDEN,
  R_BROTHER,
  R_DAUGHTER,
  R_DAUGHTER_IN_LAW,
  R_FATHER,
  R_GRANDFATHER,
  R_GRANDSON,
  R_HEAD,
  R_MOTHER,
  R_SON,
  R_SON_IN_LAW,
  R_SPOUSE,
} from './demo-vocab.js';

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
export const F_NONE = 0, F_DISABLED_OR_SERIOUS = 1, F_DISABLED = 2, F_SERIOUS = 3, F_MAYBE_DISABLED = 4;
// Sudden hardship's main cause.
export const SUDDEN_NONE = 0, SUDDEN_ILLNESS = 1, SUDDEN_ACCIDENT = 2, SUDDEN_DISASTER = 3;

const KIDS_NUCLEAR = cumulative([25, 40, 25, 10]); // 1–4 children
const KIDS_SINGLE = cumulative([45, 40, 15]); // 1–3 children

/** Plans a household: everything the ID bookkeeping depends on. */
export class FamilyPlanner extends IdAllocator {
  protected readonly st: Static;
  // per-household plan
  protected cat = 0;
  protected village!: Village;
  protected villageIdx = 0;
  protected hui = false;
  protected sudden = 0;
  protected readonly forced = new Uint8Array(8);

  constructor(seed: number, st: Static) {
    super(seed, st.cal.refDay);
    this.st = st;
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
}
