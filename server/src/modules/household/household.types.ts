import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from '@doudi/shared';
// Also registers the domain enums the table fields use.
import { TotalCountKind } from '../../common/enums.js';
import { STAMP_FIELDS, tableObjectFields } from '../../common/table-fields.js';
import { FieldErrorType } from '../../common/page-info.js';
import { ConnectionBase } from '../../common/connection.js';

// Row types are returned in bulk: simpleResolvers and plain objects built once per row (per-field resolvers or
// middleware cut a 1,000-row page's throughput ~10×).

// The table fields of Member and Household come from the shared field tables (common/table-fields.ts); the layouts
// below add the fields the tables lack and say where the API's field differs from the table (descriptions, non-null).
@ObjectType('Member', { simpleResolvers: true, description: '家庭成员 — a member of a household' })
export class MemberNode {
  id!: string;
  householdId!: string;
  name!: string;
  idNumber!: string;
  gender!: string;
  birthDate!: string | null;
  relation!: string;
  phone!: string | null;
  health!: string | null;
  disabilityType!: string | null;
  disabilityGrade!: string | null;
  laborAbility!: string | null;
  schooling!: string | null;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}
tableObjectFields(MemberNode, MEMBER_FIELDS, {
  id: { type: () => ID },
  householdId: { type: () => ID },
  name: { description: '姓名' },
  idNumber: { description: '身份证号 (18 characters, check character X upper-case); masked as 640121********123X without pii:read' },
  gender: { nullable: false, description: '性别, derived from the ID number' },
  birthDate: { description: '出生日期 YYYY-MM-DD, derived from the ID number; null when masked' },
  relation: { description: '与户主关系' },
  phone: { description: '联系电话 (mobile, 11 digits)' },
  health: { description: '健康状况; null when masked (no pii:read)' },
  ...STAMP_FIELDS,
});

@ObjectType('Household', { simpleResolvers: true, description: '监测户 — a household of one of the monitoring ledgers' })
export class HouseholdNode {
  id!: string;
  code!: string;
  category!: string;
  regionCode!: string;
  regionName!: string;
  townshipCode!: string;
  townshipName!: string;
  address!: string | null;
  headName!: string;
  headIdNumber!: string | null;
  phone!: string | null;
  memberCount!: number;
  incomePerCapita!: number;
  riskTypes!: string[];
  riskStatus!: string;
  helperName!: string | null;
  remarks!: string | null;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
  deletedAt!: Date | null;
  // `members` is resolved in HouseholdResolver, batched per request.
}
tableObjectFields(HouseholdNode, HOUSEHOLD_FIELDS, {
  id: { nullable: false },
  code: { description: '户编号' },
  category: { description: '监测类别' },
  regionCode: { description: '所在村(社区) 12-digit 统计用区划代码' },
  regionName: { nullable: false, description: '村(社区) name' },
  townshipCode: { type: () => String, description: '乡镇(街道) 9-digit code' },
  townshipName: { type: () => String, description: '乡镇(街道) name' },
  address: { description: '住址' },
  headName: { description: '户主姓名' },
  headIdNumber: { description: '户主身份证号' },
  phone: { description: '联系电话' },
  memberCount: { nullable: false, description: '家庭人口' },
  incomePerCapita: { nullable: false, description: '人均纯收入, 元 per person per year' },
  riskTypes: { nullable: false, description: '风险类型' },
  riskStatus: { nullable: false, description: '风险状态' },
  helperName: { description: '帮扶责任人' },
  remarks: { description: '备注' },
  version: { nullable: false, description: 'optimistic-lock version: send it back with every update' },
  createdAt: { type: () => Date },
  updatedAt: { nullable: false },
  deletedAt: { type: () => Date, nullable: true, description: 'set while the household is deleted (restorable)' },
});

@ObjectType('HouseholdConnection', { simpleResolvers: true })
export class HouseholdConnection extends ConnectionBase(HouseholdNode, 'Household') {
  @Field(() => Int, {
    description: 'matching rows: exact up to the server\'s cap (default 10,000), otherwise the cap (see totalCountKind)',
  })
  totalCount!: () => Promise<number>;

  @Field(() => TotalCountKind)
  totalCountKind!: () => Promise<TotalCountKind>;
}

@ObjectType({ simpleResolvers: true, description: 'The outcome for one row of a bulk household mutation' })
export class HouseholdRowResult {
  @Field(() => Int, { description: 'position of the row in the request' })
  index!: number;

  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => HouseholdNode, { nullable: true, description: 'the row as saved' })
  household!: HouseholdNode | null;

  @Field(() => [FieldErrorType])
  errors!: FieldErrorType[];

  @Field(() => HouseholdNode, { nullable: true, description: 'the current row, when the given version was stale' })
  conflict!: HouseholdNode | null;
}

@ObjectType({ simpleResolvers: true, description: 'The outcome for one row of a bulk member mutation' })
export class MemberRowResult {
  @Field(() => Int)
  index!: number;

  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => MemberNode, { nullable: true })
  member!: MemberNode | null;

  @Field(() => HouseholdNode, { nullable: true, description: 'the member\'s household after the change' })
  household!: HouseholdNode | null;

  @Field(() => [FieldErrorType])
  errors!: FieldErrorType[];

  @Field(() => MemberNode, { nullable: true, description: 'the current member, when the given version was stale' })
  conflict!: MemberNode | null;
}
