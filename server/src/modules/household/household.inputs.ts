import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { HOUSEHOLD_ORDER_FIELDS } from '@doudi/shared';
import {
  HouseholdCategory, RiskType, RiskStatus, Relation, HealthStatus, DisabilityType, DisabilityGrade, LaborAbility,
  Schooling, OrderDirection,
} from '../../common/enums.js';
import {
  StringFilter, ExactStringFilter, RegionCodeFilter, IdFilter, IntFilter, FloatFilter, DateTimeFilter,
} from '../../common/filters.js';

@InputType()
export class CategoryFilter {
  @Field(() => HouseholdCategory, { nullable: true }) eq?: string;
  @Field(() => [HouseholdCategory], { nullable: true }) in?: string[];
}

@InputType()
export class RiskStatusFilter {
  @Field(() => RiskStatus, { nullable: true }) eq?: string;
  @Field(() => [RiskStatus], { nullable: true }) in?: string[];
}

@InputType({ description: 'Risk types of a household (a set)' })
export class RiskTypesFilter {
  @Field(() => RiskType, { nullable: true, description: 'has this risk type' }) contains?: string;
  @Field(() => [RiskType], { nullable: true, description: 'has at least one of these' }) in?: string[];
  @Field(() => [RiskType], { nullable: true, description: 'has all of these' }) containsAll?: string[];
  @Field(() => Boolean, { nullable: true, description: 'true: no risk type recorded' }) isNull?: boolean;
}

// Its fields are the field table's filterable ones (@doudi/shared HOUSEHOLD_FILTER_FIELDS; a unit test holds the two
// together), each with the filter input of its type; household.query.ts builds the SQL from the table.
@InputType({ description: 'Filter on households; fields combine with AND, `and`/`or` nest' })
export class HouseholdWhere {
  @Field(() => [HouseholdWhere], { nullable: true }) and?: HouseholdWhere[];
  @Field(() => [HouseholdWhere], { nullable: true }) or?: HouseholdWhere[];
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) code?: StringFilter;
  @Field(() => CategoryFilter, { nullable: true }) category?: CategoryFilter;
  @Field(() => RegionCodeFilter, { nullable: true }) regionCode?: RegionCodeFilter;
  @Field(() => RiskStatusFilter, { nullable: true }) riskStatus?: RiskStatusFilter;
  @Field(() => RiskTypesFilter, { nullable: true }) riskTypes?: RiskTypesFilter;
  @Field(() => StringFilter, { nullable: true }) headName?: StringFilter;
  @Field(() => ExactStringFilter, { nullable: true, description: 'exact match; works on masked data too' })
  headIdNumber?: ExactStringFilter;
  @Field(() => ExactStringFilter, { nullable: true }) phone?: ExactStringFilter;
  @Field(() => StringFilter, { nullable: true }) address?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) helperName?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) remarks?: StringFilter;
  @Field(() => IntFilter, { nullable: true }) memberCount?: IntFilter;
  @Field(() => FloatFilter, { nullable: true }) incomePerCapita?: FloatFilter;
  @Field(() => DateTimeFilter, { nullable: true }) updatedAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => Boolean, {
    nullable: true,
    description: 'false (default): active households; true: deleted ones (for restore). Top level only.',
  })
  deleted?: boolean;
}

/**
 * Sortable `Household` fields, spelled as the field they sort: the field table's sortable fields (@doudi/shared
 * HOUSEHOLD_ORDER_FIELDS). `regionName` sorts by region code (区划 order).
 */
export type HouseholdOrderField = string;
export const HouseholdOrderField: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(HOUSEHOLD_ORDER_FIELDS.map((n) => [n, n])),
);
registerEnumType(HouseholdOrderField, { name: 'HouseholdOrderField' });

@InputType({ description: 'One sort key; the id is always added last as a stable tie-breaker' })
export class HouseholdOrder {
  @Field(() => HouseholdOrderField) field!: HouseholdOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC }) direction!: OrderDirection;
}

@InputType({ description: 'A member, as created with a household or added to one' })
export class MemberInput {
  @Field(() => String, { description: '姓名' }) name!: string;
  @Field(() => String, { description: '身份证号; gender and birth date are derived from it' }) idNumber!: string;
  @Field(() => Relation) relation!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => HealthStatus, { nullable: true }) health?: string | null;
  @Field(() => DisabilityType, { nullable: true }) disabilityType?: string | null;
  @Field(() => DisabilityGrade, { nullable: true }) disabilityGrade?: string | null;
  @Field(() => LaborAbility, { nullable: true }) laborAbility?: string | null;
  @Field(() => Schooling, { nullable: true }) schooling?: string | null;
}

@InputType({ description: 'A new household with its members (exactly one HEAD)' })
export class HouseholdCreateInput {
  @Field(() => String, { nullable: true, description: '户编号; generated from the village code when omitted' })
  code?: string | null;
  @Field(() => HouseholdCategory) category!: string;
  @Field(() => String, { description: '12-digit village/community code' }) regionCode!: string;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Float, { nullable: true, description: 'defaults to 0' }) incomePerCapita?: number | null;
  @Field(() => [RiskType], { nullable: true }) riskTypes?: string[] | null;
  @Field(() => RiskStatus, { nullable: true, description: 'defaults to MONITORING' }) riskStatus?: string | null;
  @Field(() => String, { nullable: true }) helperName?: string | null;
  @Field(() => String, { nullable: true }) remarks?: string | null;
  @Field(() => [MemberInput]) members!: MemberInput[];
}

@InputType({ description: 'A change to one household: its id and version, and only the fields to change' })
export class HouseholdUpdateInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => HouseholdCategory, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true, description: 'renames the HEAD member too' }) headName?: string | null;
  @Field(() => String, { nullable: true, description: 'changes the HEAD member\'s ID number too' })
  headIdNumber?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Float, { nullable: true }) incomePerCapita?: number | null;
  @Field(() => [RiskType], { nullable: true }) riskTypes?: string[] | null;
  @Field(() => RiskStatus, { nullable: true }) riskStatus?: string | null;
  @Field(() => String, { nullable: true }) helperName?: string | null;
  @Field(() => String, { nullable: true }) remarks?: string | null;
}

@InputType({ description: 'A member added to an existing household' })
export class MemberAddInput extends MemberInput {
  @Field(() => ID) householdId!: string;
}

@InputType({ description: 'A change to one member: its id and version, and only the fields to change' })
export class MemberUpdateInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) idNumber?: string | null;
  @Field(() => Relation, { nullable: true }) relation?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => HealthStatus, { nullable: true }) health?: string | null;
  @Field(() => DisabilityType, { nullable: true }) disabilityType?: string | null;
  @Field(() => DisabilityGrade, { nullable: true }) disabilityGrade?: string | null;
  @Field(() => LaborAbility, { nullable: true }) laborAbility?: string | null;
  @Field(() => Schooling, { nullable: true }) schooling?: string | null;
}

@InputType()
export class MemberRemoveInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}
