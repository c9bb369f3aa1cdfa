// The demo households' details: each member's name, health, disability, schooling, labour ability and phone, and the
// household row (risk types, income, address, remarks, helper). Engine is the complete generator engine.
import { FIRST_YEAR } from './demo-calendar.js';
import {
  FamilyPlanner,
  F_DISABLED,
  F_DISABLED_OR_SERIOUS,
  F_MAYBE_DISABLED,
  F_SERIOUS,
  SUDDEN_ACCIDENT,
  SUDDEN_DISASTER,
  SUDDEN_ILLNESS,
} from './demo-families.js';
import { PREFIXES } from './demo-geography.js';
import { hash32 } from './demo-random.js';
import { demoHouseholdCode, getStatic } from './demo-tables.js';
import type { DemoHousehold, DemoMember } from './demo-types.js';
import {
  ATTAINED_CUM,
  CATEGORIES,
  C_MARGINAL,
  C_MONITORED,
  C_UNLIFTED,
  DISABILITY_TYPES,
  DISABILITY_TYPE_CHILD_CUM,
  DISABILITY_TYPE_CUM,
  ELIMINATED_REMARKS,
  GENDERS,
  GRADES,
  GRADE_CUM,
  HEALTHS,
  H_CHRONIC,
  H_DISABLED,
  H_HEALTHY,
  H_SERIOUS,
  LABOR,
  L_LOST,
  L_NONE,
  L_NORMAL,
  L_SKILLED,
  L_WEAK,
  MOBILE_PREFIXES,
  RELATIONS,
  RISK_REMARKS,
  RK_ACCIDENT,
  RK_BUSINESS,
  RK_DISABILITY,
  RK_DISASTER,
  RK_EPIDEMIC,
  RK_HOUSING,
  RK_ILLNESS,
  RK_LABOR,
  RK_OTHER,
  RK_SCHOOLING,
  RK_UNSTABLE,
  RK_WATER,
  R_HEAD,
  R_SPOUSE,
  SCHOOLING,
  S_DROPPED_OUT,
  S_ILLITERATE,
  S_IN_COLLEGE,
  S_IN_JUNIOR,
  S_IN_PRIMARY,
  S_IN_SENIOR,
  S_IN_VOCATIONAL,
  S_JUNIOR,
  S_NONE,
  S_PRESCHOOL,
  S_SENIOR,
} from './demo-vocab.js';
import { CN_NUMERALS } from './names.js';

const HELPERS_PER_VILLAGE = 5;

/** The generator engine: enter(i) and plan(i) (demo-ids.ts, demo-families.ts), then build(i) gives household i. */
export class Engine extends FamilyPlanner {
  private readonly helpers: string[];

  constructor(seed: number) {
    super(seed, getStatic());
    // A few 帮扶责任人 per village (cadres born 1965–1998), fixed for the run.
    this.helpers = [];
    const vs = this.st.villages;
    for (let v = 0; v < vs.length; v++) {
      for (let h = 0; h < HELPERS_PER_VILLAGE; h++) {
        this.seedState(hash32(this.seedMix + Math.imul(v + 1, 0x9e3779b1) + h * 0x632be5ab));
        const hui = this.next() < (vs[v]!.hui > 0.5 ? 0.6 : 0.2);
        const sex = this.next() < 0.7 ? 1 : 0;
        const year = 1965 + this.int(34);
        const day = this.st.cal.yearStart[year - FIRST_YEAR]! + this.int(365);
        const sur = hui ? vs[v]!.huiSur[this.int(1024)]! : vs[v]!.hanSur[this.int(1024)]!;
        this.helpers.push(this.st.surnames[sur]! + this.givenName(sex, day, hui));
      }
    }
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
