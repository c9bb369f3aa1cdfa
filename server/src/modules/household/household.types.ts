import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  HouseholdCategory, RiskType, RiskStatus, Relation, Gender, HealthStatus, DisabilityType, DisabilityGrade,
  LaborAbility, Schooling, TotalCountKind,
} from '../../common/enums.js';
import { FieldErrorType } from '../../common/page-info.js';
import { ConnectionBase } from '../../common/connection.js';

// Row types are returned in bulk: simpleResolvers and plain objects built once per row (per-field resolvers or
// middleware cut a 1,000-row page's throughput ~10×).

@ObjectType('Member', { simpleResolvers: true, description: '家庭成员 — a member of a household' })
export class MemberNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  householdId!: string;

  @Field(() => String, { description: '姓名' })
  name!: string;

  @Field(() => String, { description: '身份证号 (18 characters, check character X upper-case); masked as 640121********123X without pii:read' })
  idNumber!: string;

  @Field(() => Gender, { description: '性别, derived from the ID number' })
  gender!: string;

  @Field(() => String, { nullable: true, description: '出生日期 YYYY-MM-DD, derived from the ID number; null when masked' })
  birthDate!: string | null;

  @Field(() => Relation, { description: '与户主关系' })
  relation!: string;

  @Field(() => String, { nullable: true, description: '联系电话 (mobile, 11 digits)' })
  phone!: string | null;

  @Field(() => HealthStatus, { nullable: true, description: '健康状况; null when masked (no pii:read)' })
  health!: string | null;

  @Field(() => DisabilityType, { nullable: true })
  disabilityType!: string | null;

  @Field(() => DisabilityGrade, { nullable: true })
  disabilityGrade!: string | null;

  @Field(() => LaborAbility, { nullable: true })
  laborAbility!: string | null;

  @Field(() => Schooling, { nullable: true })
  schooling!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('Household', { simpleResolvers: true, description: '监测户 — a household of one of the monitoring ledgers' })
export class HouseholdNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '户编号' })
  code!: string;

  @Field(() => HouseholdCategory, { description: '监测类别' })
  category!: string;

  @Field(() => String, { description: '所在村(社区) 12-digit 统计用区划代码' })
  regionCode!: string;

  @Field(() => String, { description: '村(社区) name' })
  regionName!: string;

  @Field(() => String, { description: '乡镇(街道) 9-digit code' })
  townshipCode!: string;

  @Field(() => String, { description: '乡镇(街道) name' })
  townshipName!: string;

  @Field(() => String, { nullable: true, description: '住址' })
  address!: string | null;

  @Field(() => String, { description: '户主姓名' })
  headName!: string;

  @Field(() => String, { nullable: true, description: '户主身份证号' })
  headIdNumber!: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  phone!: string | null;

  @Field(() => Int, { description: '家庭人口' })
  memberCount!: number;

  @Field(() => Float, { description: '人均纯收入, 元 per person per year' })
  incomePerCapita!: number;

  @Field(() => [RiskType], { description: '风险类型' })
  riskTypes!: string[];

  @Field(() => RiskStatus, { description: '风险状态' })
  riskStatus!: string;

  @Field(() => String, { nullable: true, description: '帮扶责任人' })
  helperName!: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  remarks!: string | null;

  @Field(() => Int, { description: 'optimistic-lock version: send it back with every update' })
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'set while the household is deleted (restorable)' })
  deletedAt!: Date | null;

  // `members` is resolved in HouseholdResolver, batched per request.
}

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
