import { registerEnumType } from 'type-graphql';
import {
  HouseholdCategory, HouseholdCategoryDef, RiskType, RiskTypeDef, RiskStatus, RiskStatusDef, Relation, RelationDef,
  Gender, GenderDef, HealthStatus, HealthStatusDef, DisabilityType, DisabilityTypeDef, DisabilityGrade,
  DisabilityGradeDef, LaborAbility, LaborAbilityDef, Schooling, SchoolingDef, type EnumDef,
} from '@doudi/shared';
import { rememberEnum } from './table-fields.js';

/** A domain enum from @doudi/shared, registered once for the schema: English identifiers, zh-CN labels as docs. */
export function registerDomainEnum(enumObj: object, def: EnumDef<string>, description: string): void {
  const valuesConfig: Record<string, { description: string }> = {};
  for (const v of def.values) valuesConfig[v] = { description: `${def.labels[v].zh} (${def.labels[v].en})` };
  registerEnumType(enumObj, { name: def.name, description, valuesConfig });
  rememberEnum(def, enumObj);
}

registerDomainEnum(HouseholdCategory, HouseholdCategoryDef, '监测类别 — which monitoring ledger a household is kept in');
registerDomainEnum(RiskType, RiskTypeDef, '风险类型 — why a household is at risk');
registerDomainEnum(RiskStatus, RiskStatusDef, '风险状态');
registerDomainEnum(Relation, RelationDef, '与户主关系 — a member\'s relation to the head of household');
registerDomainEnum(Gender, GenderDef, '性别 — derived from the ID number');
registerDomainEnum(HealthStatus, HealthStatusDef, '健康状况');
registerDomainEnum(DisabilityType, DisabilityTypeDef, '残疾类型');
registerDomainEnum(DisabilityGrade, DisabilityGradeDef, '残疾等级');
registerDomainEnum(LaborAbility, LaborAbilityDef, '劳动能力');
registerDomainEnum(Schooling, SchoolingDef, '在校生状况 / 文化程度');

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
