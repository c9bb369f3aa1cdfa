import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { FieldErrorType } from '../../common/page-info.js';
import { ConnectionBase } from '../../common/connection.js';
import { CareAgreementStatus, CarerKind, PersonCondition, SelfCareResult, SubsidyGroup, SupportMode } from './assistance.enums.js';

// Issue 16, points 3, 4, 6, 7: the county's decision on large relief, 价格临时补贴 runs, 集中供养, 委托照料 and 探访.

@ObjectType({ simpleResolvers: true })
export class LoopWriteResult {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => ID, { nullable: true, description: 'the record written (person, agreement or visit)' }) id!: string | null;
  @Field(() => [FieldErrorType]) errors!: FieldErrorType[];
}

// ---- large relief -------------------------------------------------------------------------------------------------

@InputType({ description: '县级审批 of a PENDING relief grant (county only, once)' })
export class DecideReliefInput {
  @Field(() => ID) grantId!: string;
  @Field(() => Int) version!: number;
  @Field(() => Boolean) approve!: boolean;
  @Field(() => String, { nullable: true, description: '审批意见: required to reject (at most 200)' }) note?: string | null;
}

// ---- 价格临时补贴 ---------------------------------------------------------------------------------------------------

@InputType()
export class OpenSubsidyRunInput {
  @Field(() => String, { description: 'YYYY-MM; one run per month' }) month!: string;
  @Field(() => Float, { description: '元 per person, > 0 and at most 10000, two decimals' }) amountPerPerson!: number;
  @Field(() => [SubsidyGroup]) groups!: string[];
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('SubsidyRun', { simpleResolvers: true, description: '价格临时补贴发放批次' })
export class SubsidyRunNode {
  @Field(() => ID) id!: string;
  @Field(() => String) month!: string;
  @Field(() => String) title!: string;
  @Field(() => Float) amountPerPerson!: number;
  @Field(() => [SubsidyGroup]) groups!: string[];
  @Field(() => String) note!: string;
  @Field(() => Int, { description: 'people paid in the caller\'s region' }) personCount!: number;
  @Field(() => Float, { description: '元 in the caller\'s region' }) totalAmount!: number;
  @Field(() => Int, { description: 'people paid in the county' }) countyPersonCount!: number;
  @Field(() => Float) countyTotalAmount!: number;
  @Field(() => String) createdBy!: string;
  @Field(() => Int) version!: number;
}

@ObjectType({ simpleResolvers: true })
export class SubsidyRunResult {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => [FieldErrorType]) errors!: FieldErrorType[];
  @Field(() => SubsidyRunNode, { nullable: true }) run!: SubsidyRunNode | null;
}

@ObjectType('SubsidyPayment', { simpleResolvers: true, description: 'One person paid by a run (once, whatever groups they are in)' })
export class SubsidyPaymentNode {
  @Field(() => ID) id!: string;
  @Field(() => ID) runId!: string;
  @Field(() => ID, { nullable: true }) memberId!: string | null;
  @Field(() => ID, { nullable: true }) householdId!: string | null;
  @Field(() => String, { nullable: true }) householdCode!: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'masked without pii:read' }) idNumber!: string | null;
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => String) regionName!: string;
  @Field(() => [SubsidyGroup]) groups!: string[];
  @Field(() => Float) amount!: number;
}

@ObjectType('SubsidyPaymentConnection', { simpleResolvers: true })
export class SubsidyPaymentConnection extends ConnectionBase(SubsidyPaymentNode, 'SubsidyPayment') {
  @Field(() => Int) totalCount!: number;
  @Field(() => Float) totalAmount!: number;
}

// ---- 特困: the person columns the lists share ---------------------------------------------------------------------

@ObjectType({ simpleResolvers: true })
abstract class CarePersonColumns {
  @Field(() => ID) personId!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => String) householdCode!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'masked without pii:read' }) idNumber!: string | null;
  @Field(() => Int, { nullable: true, description: 'null when the ID number is masked' }) age!: number | null;
  @Field(() => String) regionCode!: string;
  @Field(() => String) regionName!: string;
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => SupportMode) supportMode!: string;
  @Field(() => SelfCareResult, { nullable: true, description: 'latest self-care result (final if any)' }) selfCare!: string | null;
  @Field(() => Int, { description: 'the person\'s version (recordCentralCareWish, changeSupportMode)' }) version!: number;
}

@ObjectType({ simpleResolvers: true, description: '集中供养: a 特困 person\'s wish for centralised care' })
export class CentralCareRow extends CarePersonColumns {
  @Field(() => Boolean, { nullable: true, description: '集中供养意愿: true 有, false 无, null not asked' }) wish!: boolean | null;
  @Field(() => String, { nullable: true }) askedOn!: string | null;
  @Field(() => Boolean, { description: 'PARTIALLY_LOST or FULLY_LOST, wishes it, still dispersed' }) awaiting!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class CentralCareTownship {
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => Int, { description: 'dispersed and PARTIALLY_LOST or FULLY_LOST' }) dispersedUnable!: number;
  @Field(() => Int, { description: 'of those, wish not recorded' }) notAsked!: number;
  @Field(() => Int) wishing!: number;
  @Field(() => Int, { description: 'the backlog the plan wants empty' }) awaiting!: number;
}

@InputType()
export class CentralCareWishInput {
  @Field(() => ID) personId!: string;
  @Field(() => Int) version!: number;
  @Field(() => Boolean, { description: '有 (true) / 无 (false)' }) wish!: boolean;
  @Field(() => String, { description: 'YYYY-MM-DD, not after today' }) askedOn!: string;
}

@InputType()
export class ChangeSupportModeInput {
  @Field(() => ID) personId!: string;
  @Field(() => Int) version!: number;
  @Field(() => SupportMode) supportMode!: string;
  @Field(() => String, { description: 'YYYY-MM-DD: not after today, not before the support started' }) changedOn!: string;
  @Field(() => String) reason!: string;
  @Field(() => String, { nullable: true, description: 'the new care provider (供养机构), if it changes' }) careProviderOrg?: string | null;
}

@ObjectType('TekunSupportChange', { simpleResolvers: true })
export class SupportChangeNode {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => SupportMode) fromMode!: string;
  @Field(() => SupportMode) toMode!: string;
  @Field(() => String) changedOn!: string;
  @Field(() => String) reason!: string;
  @Field(() => String) createdBy!: string;
}

// ---- 委托照料 and 探访 -------------------------------------------------------------------------------------------

@InputType({ description: '委托照料服务协议: without id a new agreement; with id and version a correction of it' })
export class CareAgreementInput {
  @Field(() => ID) personId!: string;
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => CarerKind) carerKind!: string;
  @Field(() => String) carerName!: string;
  @Field(() => String, { nullable: true }) carerPhone?: string | null;
  @Field(() => String) startDate!: string;
  @Field(() => String, { description: 'the last day in force; not before startDate' }) endDate!: string;
  @Field(() => String, { description: 'not after today' }) signedOn!: string;
  @Field(() => String) duties!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A dispersed 特困 person with the latest care agreement (by start) and its status' })
export class CareAgreementRow extends CarePersonColumns {
  @Field(() => CareAgreementStatus) status!: string;
  @Field(() => ID, { nullable: true }) agreementId!: string | null;
  @Field(() => CarerKind, { nullable: true }) carerKind!: string | null;
  @Field(() => String, { nullable: true }) carerName!: string | null;
  @Field(() => String, { nullable: true, description: 'masked without pii:read' }) carerPhone!: string | null;
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => String, { nullable: true }) signedOn!: string | null;
  @Field(() => String, { nullable: true }) duties!: string | null;
  @Field(() => Int, { nullable: true, description: 'send back to correct the agreement' }) agreementVersion!: number | null;
}

@InputType()
export class CareVisitInput {
  @Field(() => ID) personId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD: not after today, not before the support started' }) visitDate!: string;
  @Field(() => String) visitor!: string;
  @Field(() => PersonCondition) condition!: string;
  @Field(() => String, { nullable: true }) problems?: string | null;
  @Field(() => String, { nullable: true, description: 'required when problems are found' }) helpArranged?: string | null;
}

@ObjectType('CareVisit', { simpleResolvers: true, description: '定期探访' })
export class CareVisitNode {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => String) visitDate!: string;
  @Field(() => String) visitor!: string;
  @Field(() => PersonCondition) condition!: string;
  @Field(() => String) problems!: string;
  @Field(() => String) helpArranged!: string;
  @Field(() => String) createdBy!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A dispersed 特困 person\'s visit schedule' })
export class VisitScheduleRow extends CarePersonColumns {
  @Field(() => Int, { description: 'days between visits: DOUDI_VISIT_DAYS (30), or DOUDI_VISIT_DAYS_INTENSIVE (7) from 80 or FULLY_LOST' }) intervalDays!: number;
  @Field(() => String, { nullable: true }) lastVisit!: string | null;
  @Field(() => String, { description: 'last visit (or the support start) + interval' }) nextDue!: string;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => Int) daysOverdue!: number;
}

@ObjectType({ simpleResolvers: true })
export class VisitTownship {
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => Int) dispersed!: number;
  @Field(() => Int) overdue!: number;
}
