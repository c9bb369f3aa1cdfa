import { describe, it, expect } from 'vitest';
import { enumFromLabel, enumLabel } from './labels.js';
import {
  DisabilityGradeDef, ENUM_DEFS, GenderDef, HouseholdCategory, HouseholdCategoryDef, LaborAbilityDef, RelationDef,
  RiskType, RiskTypeDef, SchoolingDef,
} from './enums.js';

describe('enum definitions', () => {
  it('ENUM_DEFS is keyed by each definition’s own name', () => {
    for (const [key, def] of Object.entries(ENUM_DEFS)) expect(def.name).toBe(key);
    expect(Object.keys(ENUM_DEFS)).toHaveLength(10);
  });

  it('every const object matches its definition (value = key, same order)', () => {
    expect(HouseholdCategoryDef.values).toEqual(Object.values(HouseholdCategory));
    expect(RiskTypeDef.values).toEqual(Object.values(RiskType));
    for (const [k, v] of Object.entries(RiskType)) expect(k).toBe(v);
  });

  it('round-trips every value through its code, zh label and en label', () => {
    for (const def of Object.values(ENUM_DEFS)) {
      for (const v of def.values as readonly string[]) {
        const label = (def.labels as Record<string, { zh: string; en: string }>)[v]!;
        expect(label.zh.length, `${def.name}.${v} zh`).toBeGreaterThan(0);
        expect(label.en.length, `${def.name}.${v} en`).toBeGreaterThan(0);
        expect(enumFromLabel(def, v), `${def.name}.${v}`).toBe(v);
        expect(enumFromLabel(def, enumLabel(def, v)), `${def.name}.${v} zh`).toBe(v);
        expect(enumFromLabel(def, enumLabel(def, v, 'en').toUpperCase()), `${def.name}.${v} en`).toBe(v);
      }
    }
  });

  it('every alias resolves to the value it names', () => {
    for (const def of Object.values(ENUM_DEFS)) {
      for (const [alias, v] of Object.entries(def.aliases ?? {})) expect(enumFromLabel(def, alias), alias).toBe(v);
    }
  });

  it('uses the labels of the national monitoring system', () => {
    expect(enumLabel(HouseholdCategoryDef, 'UNLIFTED')).toBe('建档立卡待脱贫户');
    expect(enumLabel(HouseholdCategoryDef, 'MONITORED')).toBe('脱贫监测户');
    expect(enumLabel(RiskTypeDef, 'UNSTABLE_EMPLOYMENT')).toBe('务工就业不稳');
    expect(enumLabel(RelationDef, 'DAUGHTER_IN_LAW')).toBe('之儿媳');
    expect(enumLabel(LaborAbilityDef, 'WEAK')).toBe('弱劳动力或半劳动力');
    expect(enumLabel(SchoolingDef, 'IN_COLLEGE')).toBe('大专及以上在读');
  });

  it('accepts the short forms staff type', () => {
    expect(enumFromLabel(HouseholdCategoryDef, '监测户')).toBe('MONITORED');
    expect(enumFromLabel(HouseholdCategoryDef, '边缘户')).toBe('MARGINAL');
    expect(enumFromLabel(HouseholdCategoryDef, '待脱贫户')).toBe('UNLIFTED');
    expect(enumFromLabel(HouseholdCategoryDef, '突发户')).toBe('SUDDEN');
    expect(enumFromLabel(HouseholdCategoryDef, '突发严重困难户')).toBe('SUDDEN');
    expect(enumFromLabel(RiskTypeDef, '产业失败')).toBe('BUSINESS_FAILURE');
    expect(enumFromLabel(RelationDef, '儿子')).toBe('SON');
    expect(enumFromLabel(RelationDef, '之子')).toBe('SON');
    expect(enumFromLabel(GenderDef, '女')).toBe('FEMALE');
    expect(enumFromLabel(DisabilityGradeDef, '2级')).toBe('GRADE_2');
    expect(enumFromLabel(DisabilityGradeDef, '３')).toBe('GRADE_3');
  });

  it('does not confuse similar Schooling labels', () => {
    expect(enumFromLabel(SchoolingDef, '小学')).toBe('PRIMARY');
    expect(enumFromLabel(SchoolingDef, '小学在读')).toBe('IN_PRIMARY');
    expect(enumFromLabel(SchoolingDef, '大专及以上')).toBe('COLLEGE');
  });
});
