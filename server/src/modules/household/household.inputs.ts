import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { HOUSEHOLD_FIELDS, HOUSEHOLD_ORDER_FIELDS, MEMBER_FIELDS } from '@doudi/shared';
import { tableInputFields } from '../../common/table-fields.js';
import { HOUSEHOLD_EDITABLE } from './household.columns.js';
// Also registers the domain enums the table-derived inputs below use.
import { HouseholdCategory, RiskType, RiskStatus, OrderDirection } from '../../common/enums.js';
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

// The household and member inputs take their fields from the shared field tables (common/table-fields.ts): the
// GraphQL type from the field's type, optional unless the table requires it; an update takes every field optional.
const MEMBER_EDITABLE = MEMBER_FIELDS.filter((m) => m.editable).map((m) => m.name);
const MEMBER_DOCS = { name: '姓名', idNumber: '身份证号; gender and birth date are derived from it' };
const HOUSEHOLD_DOCS = {
  code: '户编号; generated from the village code when omitted',
  regionCode: '12-digit village/community code',
  incomePerCapita: 'defaults to 0',
  riskStatus: 'defaults to MONITORING',
};
const HEAD = new Set(['headName', 'headIdNumber']);

/** The fields of the table a user edits, typed loosely: the table decides which there are. */
interface Editable {
  [field: string]: unknown;
}

@InputType({ description: 'A member, as created with a household or added to one' })
export class MemberInput implements Editable {
  [field: string]: unknown;
  name!: string;
  idNumber!: string;
  relation!: string;
}
tableInputFields(MemberInput, MEMBER_FIELDS, MEMBER_EDITABLE, { descriptions: MEMBER_DOCS });

@InputType({ description: 'A new household with its members (exactly one HEAD)' })
export class HouseholdCreateInput implements Editable {
  [field: string]: unknown;
  code?: string | null;
  category!: string;
  regionCode!: string;
  members!: MemberInput[];
}
// The head's name and ID number come from the HEAD member.
tableInputFields(HouseholdCreateInput, HOUSEHOLD_FIELDS, HOUSEHOLD_EDITABLE.filter((n) => !HEAD.has(n)), {
  optional: ['code'], descriptions: HOUSEHOLD_DOCS,
});
Field(() => [MemberInput])(HouseholdCreateInput.prototype, 'members');

@InputType({ description: 'A change to one household: its id and version, and only the fields to change' })
export class HouseholdUpdateInput implements Editable {
  [field: string]: unknown;
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}
tableInputFields(HouseholdUpdateInput, HOUSEHOLD_FIELDS, HOUSEHOLD_EDITABLE, {
  allOptional: true,
  descriptions: { headName: 'renames the HEAD member too', headIdNumber: 'changes the HEAD member\'s ID number too' },
});

@InputType({ description: 'A member added to an existing household' })
export class MemberAddInput extends MemberInput {
  @Field(() => ID) householdId!: string;
}

@InputType({ description: 'A change to one member: its id and version, and only the fields to change' })
export class MemberUpdateInput implements Editable {
  [field: string]: unknown;
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}
tableInputFields(MemberUpdateInput, MEMBER_FIELDS, MEMBER_EDITABLE, { allOptional: true });

@InputType()
export class MemberRemoveInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}
