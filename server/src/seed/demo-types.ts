// Public types of the demo generator, re-exported by demo-generator.ts (import them from there).

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
