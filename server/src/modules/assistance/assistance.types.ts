import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { FieldErrorType } from '../../common/page-info.js';
import { CountedConnectionType, MutationResult } from '../../common/connection.js';
import {
  DibaoKind, DibaoState, NoticeStatus, ReliefType, SupportMode, TekunState, SelfCareResult, AssessmentStage,
  AssessmentBatchState, ReliefApproval,
} from './assistance.enums.js';

// ---- 低保 -----------------------------------------------------------------------------------------------------

@ObjectType('DibaoCase', { simpleResolvers: true, description: '低保 case: a household, or one member alone (单人保)' })
export class DibaoCaseNode {
  @Field(() => ID) id!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => String, { description: '户编号' }) householdCode!: string;
  @Field(() => String, { description: '户主姓名' }) headName!: string;
  @Field(() => String) regionCode!: string;
  @Field(() => String) regionName!: string;
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => DibaoKind) kind!: DibaoKind;
  @Field(() => ID, { nullable: true, description: '单人保: the member enrolled alone' }) memberId!: string | null;
  @Field(() => String, { nullable: true }) memberName!: string | null;
  @Field(() => String, { nullable: true, description: '身份证号 of the member (单人保) or the head; masked without pii:read' }) idNumber!: string | null;
  @Field(() => DibaoState, { description: 'effective state: a gradual exit whose end date has come is ENDED' }) state!: DibaoState;
  @Field(() => String, { description: '纳入日期 YYYY-MM-DD' }) startDate!: string;
  @Field(() => Float, { description: '月保障金 元' }) monthlyAmount!: number;
  @Field(() => Float, { description: '户人均纯收入 元/年' }) incomePerCapita!: number;
  @Field(() => Boolean, { description: 'an active whole-household case (not in gradual exit) above the year\'s monitoring line' }) aboveLine!: boolean;
  @Field(() => String, { nullable: true, description: '渐退期开始日期' }) exitStartDate!: string | null;
  @Field(() => String, { nullable: true, description: '书面告知日期' }) noticeDate!: string | null;
  @Field(() => String, { nullable: true, description: '书面告知文号' }) noticeRef!: string | null;
  @Field(() => NoticeStatus, { nullable: true, description: 'whether the notice was given on entry' }) noticeStatus!: NoticeStatus | null;
  @Field(() => String, { nullable: true, description: '渐退期结束日期 (≤ start + 18 months)' }) exitEndDate!: string | null;
  @Field(() => Int, { nullable: true, description: 'whole months left in the gradual exit' }) monthsLeft!: number | null;
  @Field(() => Int, { nullable: true, description: 'days left in the gradual exit' }) daysLeft!: number | null;
  @Field(() => Boolean, { description: 'in gradual exit, ending within 3 months' }) endsWithin3Months!: boolean;
  @Field(() => String, { nullable: true, description: '退出日期' }) endDate!: string | null;
  @Field(() => String, { nullable: true, description: '退出原因' }) endReason!: string | null;
  @Field(() => String) remarks!: string;
  @Field(() => Int) version!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export const DibaoCaseConnection = CountedConnectionType(DibaoCaseNode, 'DibaoCase');
export type DibaoCaseConnection = InstanceType<typeof DibaoCaseConnection>;

@ObjectType({ simpleResolvers: true, description: 'The outcome of a 低保 mutation' })
export class DibaoCaseResult extends MutationResult(DibaoCaseNode, 'dibaoCase') {
  @Field(() => DibaoCaseNode, { nullable: true, description: 'the current case, when the given version was stale' }) conflict!: DibaoCaseNode | null;
}

@InputType()
export class DibaoCaseWhere {
  @Field(() => String, { nullable: true, description: 'region-code prefix: county, township or village' }) regionCode?: string | null;
  @Field(() => DibaoState, { nullable: true }) state?: DibaoState | null;
  @Field(() => DibaoKind, { nullable: true }) kind?: DibaoKind | null;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'only active cases above the monitoring line' }) aboveLine?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'only gradual exits ending within 3 months' }) endsWithin3Months?: boolean | null;
  @Field(() => String, { nullable: true, description: 'head name, member name or household code contains' }) search?: string | null;
}

@InputType()
export class EnrolDibaoInput {
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { nullable: true, description: '单人保: the member to enrol alone (severe disability grade 1–2 or serious illness, depending on the family)' }) memberId?: string | null;
  @Field(() => Boolean, { nullable: true, description: '单人保: the member depends on the family (靠家庭供养); required true' }) dependsOnFamily?: boolean | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today' }) startDate?: string | null;
  @Field(() => Float, { nullable: true, description: '月保障金 元' }) monthlyAmount?: number | null;
  @Field(() => String, { nullable: true }) remarks?: string | null;
}

@InputType()
export class StartGradualExitInput {
  @Field(() => ID) caseId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: '渐退期开始日期 (required)' }) startDate?: string | null;
  @Field(() => String, { nullable: true, description: '书面告知日期 (required)' }) noticeDate?: string | null;
  @Field(() => String, { nullable: true, description: '书面告知文号 (required)' }) noticeRef?: string | null;
  @Field(() => String, { nullable: true, description: 'default: start + 18 months; later refused with OUT_OF_RANGE' }) endDate?: string | null;
}

@InputType()
export class EndDibaoInput {
  @Field(() => ID) caseId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: '退出原因, e.g. 收入或就业已稳定 (required)' }) reason?: string | null;
}

// ---- 临时救助 ---------------------------------------------------------------------------------------------------

@ObjectType('ReliefGrant', { simpleResolvers: true, description: '临时救助 — a one-time grant' })
export class ReliefGrantNode {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) householdId!: string | null;
  @Field(() => String, { nullable: true }) householdCode!: string | null;
  @Field(() => ID, { nullable: true }) memberId!: string | null;
  @Field(() => String, { description: '受助人姓名' }) recipientName!: string;
  @Field(() => String, { nullable: true, description: '受助人身份证号; masked without pii:read' }) recipientIdNumber!: string | null;
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => ReliefType) type!: ReliefType;
  @Field(() => Float, { description: '金额 元' }) amount!: number;
  @Field(() => String, { description: '事由' }) cause!: string;
  @Field(() => String) grantDate!: string;
  @Field(() => Boolean, { description: '农民工等未参保失业人员 (measure 4)' }) migrantWorkerCase!: boolean;
  @Field(() => Boolean) noIncomeThreeMonths!: boolean;
  @Field(() => Boolean) noUnemploymentInsurance!: boolean;
  @Field(() => Boolean) notOnDibao!: boolean;
  @Field(() => Boolean, { description: '一事一议' }) caseByCase!: boolean;
  @Field(() => String) meetingRef!: string;
  @Field(() => Boolean, { description: '先行救助' }) assistFirst!: boolean;
  @Field(() => String, { nullable: true, description: '补齐手续期限' }) paperworkDue!: string | null;
  @Field(() => String, { nullable: true, description: '手续补齐日期' }) paperworkDoneAt!: string | null;
  @Field(() => Boolean, { description: 'assist-first paperwork past its due date and not done' }) paperworkOverdue!: boolean;
  @Field(() => Int, { nullable: true }) daysOverdue!: number | null;
  @Field(() => Boolean, { description: 'paid from the township reserve fund (备用金)' }) fromReserveFund!: boolean;
  @Field(() => ReliefApproval, { description: 'NONE: the township\'s own grant; a large or 一事一议 grant is PENDING until the county decides' }) approval!: string;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) decidedOn!: string | null;
  @Field(() => String, { nullable: true, description: '审批意见 (the reason of a rejection)' }) decisionNote!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
}

export const ReliefGrantConnection = CountedConnectionType(ReliefGrantNode, 'ReliefGrant');
export type ReliefGrantConnection = InstanceType<typeof ReliefGrantConnection>;

@ObjectType({ simpleResolvers: true })
export class ReliefGrantResult extends MutationResult(ReliefGrantNode, 'grant') {}

@InputType()
export class ReliefGrantWhere {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => ReliefType, { nullable: true }) type?: ReliefType | null;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field(() => Boolean, { nullable: true }) assistFirst?: boolean | null;
  @Field(() => Boolean, { nullable: true }) caseByCase?: boolean | null;
  @Field(() => Boolean, { nullable: true }) migrantWorkerCase?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'only assist-first grants whose paperwork is overdue' }) overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive' }) to?: string | null;
  @Field(() => ReliefApproval, { nullable: true, description: 'PENDING: the county\'s approval queue' }) approval?: string | null;
}

@InputType()
export class GrantReliefInput {
  @Field(() => ID, { nullable: true, description: 'the ledger household (or give recipientName, recipientIdNumber and townshipCode)' }) householdId?: string | null;
  @Field(() => ID, { nullable: true }) memberId?: string | null;
  @Field(() => String, { nullable: true }) recipientName?: string | null;
  @Field(() => String, { nullable: true }) recipientIdNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'the paying township (default: the household\'s)' }) townshipCode?: string | null;
  @Field(() => ReliefType) type!: ReliefType;
  @Field(() => Float) amount!: number;
  @Field(() => String) cause!: string;
  @Field(() => String, { nullable: true, description: 'default today' }) grantDate?: string | null;
  @Field(() => Boolean, { nullable: true }) migrantWorkerCase?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '连续三个月无收入来源 (checked)' }) noIncomeThreeMonths?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '失业保险无法覆盖 (checked with 人社局 data)' }) noUnemploymentInsurance?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '未纳入低保 (checked; also verified against the 低保 cases)' }) notOnDibao?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '一事一议: allows more than the normal cap' }) caseByCase?: boolean | null;
  @Field(() => String, { nullable: true, description: '一事一议会议纪要/编号' }) meetingRef?: string | null;
  @Field(() => Boolean, { nullable: true, description: '先行救助 (急难型 only)' }) assistFirst?: boolean | null;
  @Field(() => String, { nullable: true, description: '先行救助: paperwork due by (YYYY-MM-DD)' }) paperworkDue?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'paid from the township reserve fund; default true' }) fromReserveFund?: boolean | null;
}

@ObjectType('ReserveFund', { simpleResolvers: true, description: '乡镇临时救助备用金' })
export class ReserveFundNode {
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => Float) openingBalance!: number;
  @Field(() => Float) toppedUp!: number;
  @Field(() => Float, { description: 'grants drawn from the fund' }) granted!: number;
  @Field(() => Int) grantCount!: number;
  @Field(() => Float, { description: 'opening + top-ups − grants' }) balance!: number;
}

@ObjectType({ simpleResolvers: true })
export class ReserveFundResult extends MutationResult(ReserveFundNode, 'fund') {}

// ---- 特困 -----------------------------------------------------------------------------------------------------

@ObjectType('TekunPerson', { simpleResolvers: true, description: '特困供养对象' })
export class TekunPersonNode {
  @Field(() => ID) id!: string;
  @Field(() => ID) memberId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'masked without pii:read' }) idNumber!: string | null;
  @Field(() => Int, { nullable: true, description: 'age today, from the ID number; null when masked' }) age!: number | null;
  @Field(() => ID) householdId!: string;
  @Field(() => String) householdCode!: string;
  @Field(() => String) regionCode!: string;
  @Field(() => String) regionName!: string;
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => SupportMode) supportMode!: SupportMode;
  @Field(() => String, { description: '照料服务机构' }) careProviderOrg!: string;
  @Field(() => String) startDate!: string;
  @Field(() => TekunState, { description: 'effective state: a minor\'s coverage ends on the 18th birthday' }) state!: TekunState;
  @Field(() => Boolean, { description: 'covered as a minor (up to 18)' }) minorClause!: boolean;
  @Field(() => String, { nullable: true, description: 'a minor\'s coverage end: the 18th birthday' }) coverageEndDate!: string | null;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field(() => SelfCareResult, { nullable: true, description: 'the latest self-care result (final if any, else preliminary)' }) latestResult!: SelfCareResult | null;
  @Field(() => AssessmentStage, { nullable: true }) latestStage!: AssessmentStage | null;
  @Field(() => Int) version!: number;
}

export const TekunPersonConnection = CountedConnectionType(TekunPersonNode, 'TekunPerson');
export type TekunPersonConnection = InstanceType<typeof TekunPersonConnection>;

@ObjectType({ simpleResolvers: true })
export class TekunPersonResult extends MutationResult(TekunPersonNode, 'person') {}

@InputType()
export class TekunPersonWhere {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => SupportMode, { nullable: true }) supportMode?: SupportMode | null;
  @Field(() => TekunState, { nullable: true }) state?: TekunState | null;
  @Field(() => Boolean, { nullable: true }) minorClause?: boolean | null;
  @Field(() => String, { nullable: true, description: 'name or household code contains' }) search?: string | null;
}

@InputType()
export class EnrolTekunInput {
  @Field(() => ID) memberId!: string;
  @Field(() => SupportMode) supportMode!: SupportMode;
  @Field(() => String, { description: '照料服务机构 (centralised: the institution; dispersed: the contracted carer)' }) careProviderOrg!: string;
  @Field(() => String, { nullable: true, description: 'default today' }) startDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'enrol under the minors clause (under 18); refused for adults' }) minorClause?: boolean | null;
}

@ObjectType('SelfCareAssessment', { simpleResolvers: true, description: '生活自理能力评估 (six items; result derived)' })
export class SelfCareAssessmentNode {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => String) personName!: string;
  @Field(() => ID, { nullable: true }) batchId!: string | null;
  @Field(() => Boolean, { description: '自主吃饭' }) eating!: boolean;
  @Field(() => Boolean, { description: '穿衣' }) dressing!: boolean;
  @Field(() => Boolean, { description: '上下床' }) bed!: boolean;
  @Field(() => Boolean, { description: '如厕' }) toilet!: boolean;
  @Field(() => Boolean, { description: '室内行走' }) walking!: boolean;
  @Field(() => Boolean, { description: '洗澡' }) bathing!: boolean;
  @Field(() => Int, { description: 'items not met' }) unmetCount!: number;
  @Field(() => SelfCareResult) result!: SelfCareResult;
  @Field(() => String) assessorOrg!: string;
  @Field(() => AssessmentStage) stage!: AssessmentStage;
  @Field(() => String) assessedOn!: string;
  @Field(() => ID, { nullable: true, description: 'FINAL: the preliminary assessment it rules on' }) finalOf!: string | null;
  @Field(() => Boolean, { description: 'PRELIMINARY: drawn into the county spot check' }) sampled!: boolean;
  @Field(() => String) createdBy!: string;
}

@ObjectType({ simpleResolvers: true })
export class SelfCareAssessmentResult {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => SelfCareResult, { nullable: true, description: 'the derived result' }) result!: SelfCareResult | null;
  @Field(() => SelfCareAssessmentNode, { nullable: true }) assessment!: SelfCareAssessmentNode | null;
  @Field(() => [FieldErrorType]) errors!: FieldErrorType[];
}

@InputType()
export class SelfCareAssessmentInput {
  @Field(() => ID) personId!: string;
  @Field(() => Boolean) eating!: boolean;
  @Field(() => Boolean) dressing!: boolean;
  @Field(() => Boolean) bed!: boolean;
  @Field(() => Boolean) toilet!: boolean;
  @Field(() => Boolean) walking!: boolean;
  @Field(() => Boolean) bathing!: boolean;
  @Field(() => String) assessorOrg!: string;
  @Field(() => ID, { nullable: true }) batchId?: string | null;
  @Field(() => AssessmentStage, { nullable: true, description: 'default PRELIMINARY; FINAL is the county\'s' }) stage?: AssessmentStage | null;
}

@InputType()
export class FinalAssessmentInput {
  @Field(() => ID, { description: 'the sampled preliminary assessment' }) assessmentId!: string;
  @Field(() => Boolean) eating!: boolean;
  @Field(() => Boolean) dressing!: boolean;
  @Field(() => Boolean) bed!: boolean;
  @Field(() => Boolean) toilet!: boolean;
  @Field(() => Boolean) walking!: boolean;
  @Field(() => Boolean) bathing!: boolean;
  @Field(() => String) assessorOrg!: string;
}

@ObjectType({ simpleResolvers: true })
export class BatchItem {
  @Field(() => SelfCareAssessmentNode) preliminary!: SelfCareAssessmentNode;
  @Field(() => Boolean) sampled!: boolean;
  @Field(() => SelfCareAssessmentNode, { nullable: true }) final!: SelfCareAssessmentNode | null;
  @Field(() => SelfCareResult, { nullable: true, description: 'the county\'s result (sampled), or the confirmed preliminary once the batch is finalised' }) finalResult!: SelfCareResult | null;
}

@ObjectType('AssessmentBatch', { simpleResolvers: true, description: '乡镇初评批次 with the county spot check' })
export class AssessmentBatchNode {
  @Field(() => ID) id!: string;
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => String) name!: string;
  @Field(() => AssessmentBatchState) state!: AssessmentBatchState;
  @Field(() => Int, { description: 'preliminary assessments in the batch' }) size!: number;
  @Field(() => Int, { description: 'at least 30% of the batch, rounded up' }) requiredSampleSize!: number;
  @Field(() => Int, { description: 'how many were drawn' }) sampleSize!: number;
  @Field(() => Int, { description: 'sampled assessments with a county final result' }) finalCount!: number;
  @Field(() => String, { nullable: true, description: 'the seed the sample was drawn with (recorded)' }) spotCheckSeed!: string | null;
  @Field(() => Date, { nullable: true }) spotCheckDrawnAt!: Date | null;
  @Field(() => String, { nullable: true }) spotCheckDrawnBy!: string | null;
  @Field(() => Date, { nullable: true }) finalisedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field(() => [BatchItem]) items!: BatchItem[];
}

@ObjectType({ simpleResolvers: true })
export class AssessmentBatchResult extends MutationResult(AssessmentBatchNode, 'batch') {}

@ObjectType({ simpleResolvers: true })
export class DrawSpotCheckResult {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => AssessmentBatchNode, { nullable: true }) batch!: AssessmentBatchNode | null;
  @Field(() => String, { nullable: true }) seed!: string | null;
  @Field(() => Int) sampleSize!: number;
  @Field(() => [SelfCareAssessmentNode], { description: 'the drawn preliminary assessments, by id' }) sample!: SelfCareAssessmentNode[];
  @Field(() => [FieldErrorType]) errors!: FieldErrorType[];
}

@InputType()
export class CreateAssessmentBatchInput {
  @Field(() => String, { nullable: true, description: 'default: the caller\'s township' }) townshipCode?: string | null;
  @Field(() => String) name!: string;
}
