import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HouseholdCategory, RiskStatus, RiskType } from '../../common/enums.js';
import { MonthlyCheckState } from '@doudi/shared';
import '../monitoring/monitoring.types.js';

/**
 * What households may be grouped by, spelled like the `HouseholdOrderField` values (plus `township` and `riskType`).
 * Personal data (ID numbers, phones, names) is never a group key.
 */
export enum HouseholdGroupField {
  township = 'township',
  regionCode = 'regionCode',
  category = 'category',
  riskStatus = 'riskStatus',
  riskType = 'riskType',
  memberCount = 'memberCount',
}
registerEnumType(HouseholdGroupField, {
  name: 'HouseholdGroupField',
  description: 'A grouping of householdsAggregate',
  valuesConfig: {
    township: { description: '乡镇 (the 9-digit township code)' },
    regionCode: { description: '村(社区) (the 12-digit village code)' },
    category: { description: '监测类别' },
    riskStatus: { description: '风险状态' },
    riskType: { description: '风险类型: a household with two risk types counts in both groups; one with none in the group riskType null' },
    memberCount: { description: '家庭人口' },
  },
});

/** What monthly checks may be grouped by. */
export enum MonthlyCheckGroupField {
  month = 'month',
  township = 'township',
  regionCode = 'regionCode',
  category = 'category',
  riskStatus = 'riskStatus',
  state = 'state',
  visited = 'visited',
  atRisk = 'atRisk',
}
registerEnumType(MonthlyCheckGroupField, {
  name: 'MonthlyCheckGroupField',
  description: 'A grouping of monthlyChecksAggregate',
  valuesConfig: {
    month: { description: '月份 (YYYY-MM)' },
    township: { description: '乡镇 (the household\'s township code)' },
    regionCode: { description: '村(社区) (the household\'s village code)' },
    category: { description: 'the household\'s 监测类别' },
    riskStatus: { description: 'the household\'s 风险状态' },
    state: { description: 'the check\'s state' },
    visited: { description: 'whether the check has a visit date' },
    atRisk: { description: 'whether the check found the household at risk' },
  },
});

@ObjectType('NumberStats', { simpleResolvers: true, description: 'Sum, average, least and greatest of a number over a group (money rounded to 0.01; null values left out; avg, min and max null when the group has no value)' })
export class NumberStats {
  @Field(() => Float) sum!: number;
  @Field(() => Float, { nullable: true }) avg!: number | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
}

@ObjectType('HouseholdGroupKeys', { simpleResolvers: true, description: 'The values a group shares; a field not grouped by is null' })
export class HouseholdGroupKeys {
  @Field(() => String, { nullable: true, description: '9-digit township code' }) township!: string | null;
  @Field(() => String, { nullable: true }) townshipName!: string | null;
  @Field(() => String, { nullable: true, description: '12-digit village code' }) regionCode!: string | null;
  @Field(() => String, { nullable: true }) regionName!: string | null;
  @Field(() => HouseholdCategory, { nullable: true }) category!: string | null;
  @Field(() => RiskStatus, { nullable: true }) riskStatus!: string | null;
  @Field(() => RiskType, { nullable: true, description: 'null also for the group of households without a risk type' }) riskType!: string | null;
  @Field(() => Int, { nullable: true }) memberCount!: number | null;
}

@ObjectType('HouseholdGroup', { simpleResolvers: true })
export class HouseholdGroup {
  @Field(() => HouseholdGroupKeys) keys!: HouseholdGroupKeys;
  @Field(() => Int, { description: 'households' }) count!: number;
  @Field(() => NumberStats, { description: '人均纯收入(元/年)' }) incomePerCapita!: NumberStats;
  @Field(() => NumberStats, { description: '家庭人口: sum is the people of the group' }) memberCount!: NumberStats;
}

@ObjectType('HouseholdAggregate', { simpleResolvers: true })
export class HouseholdAggregate {
  @Field(() => [HouseholdGroupField]) groupBy!: HouseholdGroupField[];
  @Field(() => [HouseholdGroup], { description: 'ordered by the keys in groupBy order (nulls first)' }) groups!: HouseholdGroup[];
  @Field(() => Boolean, { description: 'true: more groups matched than the limit (DOUDI_AGGREGATE_MAX_GROUPS, default 1000); the first ones by key order are returned' }) truncated!: boolean;
}

@InputType('MonthlyCheckAggregateWhere', { description: 'Checks of the months monthFrom..monthTo (at most 36) of active households, filtered as monthlyChecks filters' })
export class MonthlyCheckAggregateWhere {
  @Field(() => String, { description: 'YYYY-MM, first month' }) monthFrom!: string;
  @Field(() => String, { description: 'YYYY-MM, last month (inclusive)' }) monthTo!: string;
  @Field(() => String, { nullable: true, description: 'region-code prefix: 6, 9 or 12 digits' }) regionCode?: string | null;
  @Field(() => MonthlyCheckState, { nullable: true }) state?: string | null;
  @Field(() => Boolean, { nullable: true }) visited?: boolean | null;
  @Field(() => HouseholdCategory, { nullable: true }) category?: string | null;
  @Field(() => Boolean, { nullable: true }) atRisk?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'households with (true) or without (false) an OPEN risk referral' }) openReferral?: boolean | null;
  @Field(() => String, { nullable: true, description: 'head name (contains) or household code (starts with)' }) search?: string | null;
}

@ObjectType('MonthlyCheckGroupKeys', { simpleResolvers: true, description: 'The values a group shares; a field not grouped by is null' })
export class MonthlyCheckGroupKeys {
  @Field(() => String, { nullable: true }) month!: string | null;
  @Field(() => String, { nullable: true }) township!: string | null;
  @Field(() => String, { nullable: true }) townshipName!: string | null;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field(() => String, { nullable: true }) regionName!: string | null;
  @Field(() => HouseholdCategory, { nullable: true }) category!: string | null;
  @Field(() => RiskStatus, { nullable: true }) riskStatus!: string | null;
  @Field(() => MonthlyCheckState, { nullable: true }) state!: string | null;
  @Field(() => Boolean, { nullable: true }) visited!: boolean | null;
  @Field(() => Boolean, { nullable: true }) atRisk!: boolean | null;
}

@ObjectType('MonthlyCheckGroup', { simpleResolvers: true })
export class MonthlyCheckGroup {
  @Field(() => MonthlyCheckGroupKeys) keys!: MonthlyCheckGroupKeys;
  @Field(() => Int, { description: 'checks' }) count!: number;
  @Field(() => Int, { description: 'checks with a visit date' }) visited!: number;
  @Field(() => Int, { description: 'checks that found the household at risk' }) atRisk!: number;
  @Field(() => NumberStats, { description: '人均纯收入(合计) of the checks' }) incomeTotal!: NumberStats;
  @Field(() => NumberStats, { description: '医疗支出' }) spendingMedical!: NumberStats;
  @Field(() => NumberStats, { description: '教育支出' }) spendingSchooling!: NumberStats;
}

@ObjectType('MonthlyCheckAggregate', { simpleResolvers: true })
export class MonthlyCheckAggregate {
  @Field(() => [MonthlyCheckGroupField]) groupBy!: MonthlyCheckGroupField[];
  @Field(() => [MonthlyCheckGroup], { description: 'ordered by the keys in groupBy order (nulls first)' }) groups!: MonthlyCheckGroup[];
  @Field(() => Boolean, { description: 'true: more groups matched than the limit (DOUDI_AGGREGATE_MAX_GROUPS, default 1000); the first ones by key order are returned' }) truncated!: boolean;
}
