// The monthly check's own vocabularies (kept apart from monitoring.ts so the field table can use them).
import { defineEnum } from './labels.js';

export const MonthlyCheckState = { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED', LOCKED: 'LOCKED' } as const;
export type MonthlyCheckState = (typeof MonthlyCheckState)[keyof typeof MonthlyCheckState];
export const MonthlyCheckStateDef = defineEnum<MonthlyCheckState>(
  'MonthlyCheckState',
  {
    DRAFT: { zh: '草稿', en: 'Draft' },
    SUBMITTED: { zh: '已上报', en: 'Submitted by the township' },
    LOCKED: { zh: '已锁定', en: 'Locked by the county' },
  },
  { 未上报: 'DRAFT', 上报: 'SUBMITTED', 已提交: 'SUBMITTED', 锁定: 'LOCKED' },
);

/** 住房安全等级: C and D are unsafe (a failed 住房安全有保障 check). */
export const HousingGrade = { A: 'A', B: 'B', C: 'C', D: 'D' } as const;
export type HousingGrade = (typeof HousingGrade)[keyof typeof HousingGrade];
export const HousingGradeDef = defineEnum<HousingGrade>(
  'HousingGrade',
  {
    A: { zh: 'A级（安全）', en: 'A (safe)' },
    B: { zh: 'B级（基本安全）', en: 'B (basically safe)' },
    C: { zh: 'C级（局部危险）', en: 'C (partly dangerous)' },
    D: { zh: 'D级（整体危险）', en: 'D (dangerous)' },
  },
  { A级: 'A', B级: 'B', C级: 'C', D级: 'D', 安全: 'A', 基本安全: 'B', 局部危险: 'C', 整体危险: 'D', 危房: 'D' },
);
export const UNSAFE_HOUSING: readonly HousingGrade[] = ['C', 'D'];
