import { registerEnumType } from 'type-graphql';
import {
  HouseholdCategory, HouseholdCategoryDef, RiskType, RiskTypeDef, RiskStatus, RiskStatusDef, Relation, RelationDef,
  Gender, GenderDef, HealthStatus, HealthStatusDef, DisabilityType, DisabilityTypeDef, DisabilityGrade,
  DisabilityGradeDef, LaborAbility, LaborAbilityDef, Schooling, SchoolingDef, type EnumDef,
} from '@doudi/shared';

/** The domain enums from @doudi/shared, registered once for the schema: English identifiers, zh-CN labels as docs. */
function register(enumObj: object, def: EnumDef<string>, description: string): void {
  const valuesConfig: Record<string, { description: string }> = {};
  for (const v of def.values) valuesConfig[v] = { description: `${def.labels[v].zh} (${def.labels[v].en})` };
  registerEnumType(enumObj, { name: def.name, description, valuesConfig });
}

register(HouseholdCategory, HouseholdCategoryDef, '监测类别 — which monitoring ledger a household is kept in');
register(RiskType, RiskTypeDef, '风险类型 — why a household is at risk');
register(RiskStatus, RiskStatusDef, '风险状态');
register(Relation, RelationDef, '与户主关系 — a member\'s relation to the head of household');
register(Gender, GenderDef, '性别 — derived from the ID number');
register(HealthStatus, HealthStatusDef, '健康状况');
register(DisabilityType, DisabilityTypeDef, '残疾类型');
register(DisabilityGrade, DisabilityGradeDef, '残疾等级');
register(LaborAbility, LaborAbilityDef, '劳动能力');
register(Schooling, SchoolingDef, '在校生状况 / 文化程度');

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

export enum TotalCountKind {
  EXACT = 'EXACT',
  AT_LEAST = 'AT_LEAST',
}
registerEnumType(TotalCountKind, {
  name: 'TotalCountKind',
  description: 'Whether `totalCount` is exact, or a lower bound because counting stopped at the server\'s cap',
  valuesConfig: {
    EXACT: { description: 'totalCount is the exact number of matching rows' },
    AT_LEAST: { description: 'at least totalCount rows match; counting stopped at the cap (DOUDI_COUNT_CAP)' },
  },
});

export {
  HouseholdCategory, RiskType, RiskStatus, Relation, Gender, HealthStatus, DisabilityType, DisabilityGrade,
  LaborAbility, Schooling,
};
