import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  ASSESSMENT_BATCH_FIELDS, DIBAO_CASE_FIELDS, RELIEF_GRANT_FIELDS, SELF_CARE_ASSESSMENT_FIELDS, SELF_CARE_ITEMS, SELF_CARE_ITEM_LABELS, TEKUN_PERSON_FIELDS, type SelfCareItems,
} from '@doudi/shared';
import { FieldErrorType } from '../../common/page-info.js';
import { STAMP_FIELDS, tableInputFields, tableInputLayout, tableObjectFields, tablePickLayout } from '../../common/table-fields.js';
import { CountedConnectionType, MutationResult } from '../../common/connection.js';
import {
  DibaoKind, DibaoState, NoticeStatus, ReliefType, SupportMode, TekunState, SelfCareResult, AssessmentStage,
  AssessmentBatchState, ReliefApproval,
} from './assistance.enums.js';

// ---- 低保 -----------------------------------------------------------------------------------------------------

// The nodes' table fields come from the shared field tables (common/table-fields.ts); each layout adds the fields the
// table lacks and says where the API differs from the table.
const id = { type: () => ID };
const nullableId = { type: () => ID, nullable: true };
const nullableString = { type: () => String, nullable: true };
const text = { type: () => String };
const nonNull = { nullable: false };
const documented = (description: string, nullable?: boolean) => ({ description, ...(nullable === undefined ? {} : { nullable }) });

@ObjectType('DibaoCase', { simpleResolvers: true, description: '低保 case: a household, or one member alone (单人保)' })
export class DibaoCaseNode {
  id!: string;
  householdId!: string;
  householdCode!: string;
  headName!: string;
  regionCode!: string;
  regionName!: string;
  townshipCode!: string;
  townshipName!: string;
  kind!: DibaoKind;
  memberId!: string | null;
  memberName!: string | null;
  idNumber!: string | null;
  state!: DibaoState;
  startDate!: string;
  monthlyAmount!: number;
  incomePerCapita!: number;
  aboveLine!: boolean;
  exitStartDate!: string | null;
  noticeDate!: string | null;
  noticeRef!: string | null;
  noticeStatus!: NoticeStatus | null;
  exitEndDate!: string | null;
  monthsLeft!: number | null;
  daysLeft!: number | null;
  endsWithin3Months!: boolean;
  endDate!: string | null;
  endReason!: string | null;
  remarks!: string;
  version!: number;
  createdAt!: Date;
  updatedAt!: Date;
}
tableObjectFields(DibaoCaseNode, DIBAO_CASE_FIELDS, {
  id,
  householdId: id,
  householdCode: documented('户编号', false),
  headName: documented('户主姓名', false),
  regionCode: text,
  regionName: nonNull,
  townshipCode: text,
  townshipName: nonNull,
  kind: {},
  memberId: { ...nullableId, description: '单人保: the member enrolled alone' },
  memberName: {},
  idNumber: documented('身份证号 of the member (单人保) or the head; masked without pii:read'),
  state: documented('effective state: a gradual exit whose end date has come is ENDED', false),
  startDate: documented('纳入日期 YYYY-MM-DD'),
  monthlyAmount: documented('月保障金 元', false),
  incomePerCapita: documented('户人均纯收入 元/年', false),
  aboveLine: documented('an active whole-household case (not in gradual exit) above the year\'s monitoring line', false),
  exitStartDate: documented('渐退期开始日期'),
  noticeDate: documented('书面告知日期'),
  noticeRef: documented('书面告知文号'),
  noticeStatus: documented('whether the notice was given on entry'),
  exitEndDate: documented('渐退期结束日期 (≤ start + 18 months)'),
  monthsLeft: documented('whole months left in the gradual exit'),
  daysLeft: { type: () => Int, nullable: true, description: 'days left in the gradual exit' },
  endsWithin3Months: { type: () => Boolean, description: 'in gradual exit, ending within 3 months' },
  endDate: documented('退出日期'),
  endReason: documented('退出原因'),
  remarks: nonNull,
  ...STAMP_FIELDS,
}, { omit: ['dependsOnFamily'] });

export const DibaoCaseConnection = CountedConnectionType(DibaoCaseNode, 'DibaoCase');
export type DibaoCaseConnection = InstanceType<typeof DibaoCaseConnection>;

@ObjectType({ simpleResolvers: true, description: 'The outcome of a 低保 mutation' })
export class DibaoCaseResult extends MutationResult(DibaoCaseNode, 'dibaoCase') {
  @Field(() => DibaoCaseNode, { nullable: true, description: 'the current case, when the given version was stale' }) conflict!: DibaoCaseNode | null;
}

@InputType()
export class EnrolDibaoInput {
  householdId!: string;
  memberId?: string | null;
  dependsOnFamily?: boolean | null;
  startDate?: string | null;
  monthlyAmount?: number | null;
  remarks?: string | null;
}
// The case's table fields an enrolment sets; the kind follows from memberId, the exit's fields come later.
tableInputLayout(EnrolDibaoInput, DIBAO_CASE_FIELDS, {
  householdId: id,
  memberId: { ...nullableId, description: '单人保: the member to enrol alone (severe disability grade 1–2 or serious illness, depending on the family)' },
  dependsOnFamily: documented('单人保: the member depends on the family (靠家庭供养); required true'),
  startDate: documented('YYYY-MM-DD; default today', true),
  monthlyAmount: documented('月保障金 元'),
}, { omit: ['kind', 'exitStartDate', 'exitEndDate', 'noticeDate', 'noticeRef', 'endReason'] });

@InputType()
export class StartGradualExitInput {
  caseId!: string;
  version!: number;
  startDate?: string | null;
  noticeDate?: string | null;
  noticeRef?: string | null;
  endDate?: string | null;
}
// The case's exit fields (the action names the exit's dates startDate and endDate).
tablePickLayout(StartGradualExitInput, DIBAO_CASE_FIELDS, {
  caseId: id,
  version: { type: () => Int },
  startDate: { from: 'exitStartDate', description: '渐退期开始日期 (required)' },
  noticeDate: documented('书面告知日期 (required)'),
  noticeRef: documented('书面告知文号 (required)'),
  endDate: { from: 'exitEndDate', description: 'default: start + 18 months; later refused with OUT_OF_RANGE' },
});

@InputType()
export class EndDibaoInput {
  caseId!: string;
  version!: number;
  reason?: string | null;
}
tablePickLayout(EndDibaoInput, DIBAO_CASE_FIELDS, {
  caseId: id,
  version: { type: () => Int },
  reason: { from: 'endReason', description: '退出原因, e.g. 收入或就业已稳定 (required)' },
});

// ---- 临时救助 ---------------------------------------------------------------------------------------------------

@ObjectType('ReliefGrant', { simpleResolvers: true, description: '临时救助 — a one-time grant' })
export class ReliefGrantNode {
  id!: string;
  householdId!: string | null;
  householdCode!: string | null;
  memberId!: string | null;
  recipientName!: string;
  recipientIdNumber!: string | null;
  townshipCode!: string;
  townshipName!: string;
  type!: ReliefType;
  amount!: number;
  cause!: string;
  grantDate!: string;
  migrantWorkerCase!: boolean;
  noIncomeThreeMonths!: boolean;
  noUnemploymentInsurance!: boolean;
  notOnDibao!: boolean;
  caseByCase!: boolean;
  meetingRef!: string;
  assistFirst!: boolean;
  paperworkDue!: string | null;
  paperworkDoneAt!: string | null;
  paperworkOverdue!: boolean;
  daysOverdue!: number | null;
  fromReserveFund!: boolean;
  approval!: string;
  decidedBy!: string | null;
  decidedOn!: string | null;
  decisionNote!: string | null;
  version!: number;
  createdBy!: string;
  createdAt!: Date;
}
tableObjectFields(ReliefGrantNode, RELIEF_GRANT_FIELDS, {
  id,
  householdId: nullableId,
  householdCode: {},
  memberId: nullableId,
  recipientName: documented('受助人姓名', false),
  recipientIdNumber: documented('受助人身份证号; masked without pii:read'),
  townshipCode: text,
  townshipName: nonNull,
  type: {},
  amount: documented('金额 元'),
  cause: documented('事由'),
  grantDate: nonNull,
  migrantWorkerCase: documented('农民工等未参保失业人员 (measure 4)', false),
  noIncomeThreeMonths: nonNull,
  noUnemploymentInsurance: nonNull,
  notOnDibao: nonNull,
  caseByCase: documented('一事一议', false),
  meetingRef: nonNull,
  assistFirst: documented('先行救助', false),
  paperworkDue: documented('补齐手续期限'),
  paperworkDoneAt: documented('手续补齐日期'),
  paperworkOverdue: { type: () => Boolean, description: 'assist-first paperwork past its due date and not done' },
  daysOverdue: {},
  fromReserveFund: documented('paid from the township reserve fund (备用金)', false),
  approval: { type: () => ReliefApproval, description: 'NONE: the township\'s own grant; a large or 一事一议 grant is PENDING until the county decides' },
  decidedBy: nullableString,
  decidedOn: { ...nullableString, description: 'YYYY-MM-DD' },
  decisionNote: { ...nullableString, description: '审批意见 (the reason of a rejection)' },
  version: STAMP_FIELDS.version!,
  createdBy: text,
  createdAt: STAMP_FIELDS.createdAt!,
});

export const ReliefGrantConnection = CountedConnectionType(ReliefGrantNode, 'ReliefGrant');
export type ReliefGrantConnection = InstanceType<typeof ReliefGrantConnection>;

@ObjectType({ simpleResolvers: true })
export class ReliefGrantResult extends MutationResult(ReliefGrantNode, 'grant') {}

@InputType()
export class GrantReliefInput {
  householdId?: string | null;
  memberId?: string | null;
  recipientName?: string | null;
  recipientIdNumber?: string | null;
  townshipCode?: string | null;
  type!: ReliefType;
  amount!: number;
  cause!: string;
  grantDate?: string | null;
  migrantWorkerCase?: boolean | null;
  noIncomeThreeMonths?: boolean | null;
  noUnemploymentInsurance?: boolean | null;
  notOnDibao?: boolean | null;
  caseByCase?: boolean | null;
  meetingRef?: string | null;
  assistFirst?: boolean | null;
  paperworkDue?: string | null;
  fromReserveFund?: boolean | null;
}
// The grant's editable table fields (common/table-fields.ts); the household's code is found from householdId.
tableInputLayout(GrantReliefInput, RELIEF_GRANT_FIELDS, {
  householdId: { ...nullableId, description: 'the ledger household (or give recipientName, recipientIdNumber and townshipCode)' },
  memberId: nullableId,
  recipientName: {},
  recipientIdNumber: {},
  townshipCode: { ...nullableString, description: 'the paying township (default: the household\'s)' },
  type: {},
  grantDate: documented('default today'),
  migrantWorkerCase: {},
  noIncomeThreeMonths: documented('连续三个月无收入来源 (checked)'),
  noUnemploymentInsurance: documented('失业保险无法覆盖 (checked with 人社局 data)'),
  notOnDibao: documented('未纳入低保 (checked; also verified against the 低保 cases)'),
  caseByCase: documented('一事一议: allows more than the normal cap'),
  meetingRef: documented('一事一议会议纪要/编号'),
  assistFirst: documented('先行救助 (急难型 only)'),
  paperworkDue: documented('先行救助: paperwork due by (YYYY-MM-DD)'),
  fromReserveFund: { nullable: true, description: 'paid from the township reserve fund; default true' },
}, { omit: ['householdCode'] });

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
  id!: string;
  memberId!: string;
  name!: string;
  idNumber!: string | null;
  age!: number | null;
  householdId!: string;
  householdCode!: string;
  regionCode!: string;
  regionName!: string;
  townshipCode!: string;
  townshipName!: string;
  supportMode!: SupportMode;
  careProviderOrg!: string;
  startDate!: string;
  state!: TekunState;
  minorClause!: boolean;
  coverageEndDate!: string | null;
  endDate!: string | null;
  endReason!: string | null;
  latestResult!: SelfCareResult | null;
  latestStage!: AssessmentStage | null;
  version!: number;
}
tableObjectFields(TekunPersonNode, TEKUN_PERSON_FIELDS, {
  id,
  memberId: id,
  name: nonNull,
  idNumber: documented('masked without pii:read'),
  age: documented('age today, from the ID number; null when masked'),
  householdId: id,
  householdCode: nonNull,
  regionCode: text,
  regionName: nonNull,
  townshipCode: text,
  townshipName: nonNull,
  supportMode: {},
  careProviderOrg: documented('照料服务机构'),
  startDate: nonNull,
  state: documented('effective state: a minor\'s coverage ends on the 18th birthday', false),
  minorClause: documented('covered as a minor (up to 18)', false),
  coverageEndDate: { ...nullableString, description: 'a minor\'s coverage end: the 18th birthday' },
  endDate: nullableString,
  endReason: nullableString,
  latestResult: documented('the latest self-care result (final if any, else preliminary)'),
  latestStage: {},
  version: STAMP_FIELDS.version!,
});

export const TekunPersonConnection = CountedConnectionType(TekunPersonNode, 'TekunPerson');
export type TekunPersonConnection = InstanceType<typeof TekunPersonConnection>;

@ObjectType({ simpleResolvers: true })
export class TekunPersonResult extends MutationResult(TekunPersonNode, 'person') {}

@InputType()
export class EnrolTekunInput {
  memberId!: string;
  supportMode!: SupportMode;
  careProviderOrg!: string;
  startDate?: string | null;
  minorClause?: boolean | null;
}
tableInputLayout(EnrolTekunInput, TEKUN_PERSON_FIELDS, {
  memberId: id,
  supportMode: {},
  careProviderOrg: documented('照料服务机构 (centralised: the institution; dispersed: the contracted carer)'),
  startDate: documented('default today'),
  minorClause: documented('enrol under the minors clause (under 18); refused for adults'),
});

/**
 * The six self-care items as typed fields, from @doudi/shared's SELF_CARE_ITEMS (one list: the node and the inputs
 * extend this; their GraphQL fields come from the self-care assessment's field table).
 */
const SelfCareItemsBase = class {} as new () => SelfCareItems;
/** The items' schema descriptions: their labels. */
const ITEM_DOCS = Object.fromEntries(SELF_CARE_ITEMS.map((k) => [k, documented(SELF_CARE_ITEM_LABELS[k].zh)]));

@ObjectType('SelfCareAssessment', { simpleResolvers: true, description: '生活自理能力评估 (six items; result derived)' })
export class SelfCareAssessmentNode extends SelfCareItemsBase {
  id!: string;
  personId!: string;
  personName!: string;
  batchId!: string | null;
  unmetCount!: number;
  result!: SelfCareResult;
  assessorOrg!: string;
  stage!: AssessmentStage;
  assessedOn!: string;
  finalOf!: string | null;
  sampled!: boolean;
  createdBy!: string;
}
tableObjectFields(SelfCareAssessmentNode, SELF_CARE_ASSESSMENT_FIELDS, {
  id,
  personId: id,
  personName: nonNull,
  batchId: nullableId,
  ...ITEM_DOCS,
  unmetCount: documented('items not met', false),
  result: nonNull,
  assessorOrg: {},
  stage: {},
  assessedOn: nonNull,
  finalOf: { ...nullableId, description: 'FINAL: the preliminary assessment it rules on' },
  sampled: { type: () => Boolean, description: 'PRELIMINARY: drawn into the county spot check' },
  createdBy: text,
}, { omit: ['finalOrg'] });

@ObjectType({ simpleResolvers: true })
export class SelfCareAssessmentResult {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => SelfCareResult, { nullable: true, description: 'the derived result' }) result!: SelfCareResult | null;
  @Field(() => SelfCareAssessmentNode, { nullable: true }) assessment!: SelfCareAssessmentNode | null;
  @Field(() => [FieldErrorType]) errors!: FieldErrorType[];
}

// The six items and the assessor are the self-care assessment's table fields (common/table-fields.ts).
const ASSESSED = [...SELF_CARE_ITEMS, 'assessorOrg'];

/** The fields an assessment records (typed here; declared for GraphQL from the table by the inputs below). */
class Assessed extends SelfCareItemsBase {
  assessorOrg!: string;
}

@InputType()
export class SelfCareAssessmentInput extends Assessed {
  @Field(() => ID) personId!: string;
  batchId?: string | null;
  stage?: AssessmentStage | null;
}
tableInputFields(SelfCareAssessmentInput, SELF_CARE_ASSESSMENT_FIELDS, ASSESSED);
Field(() => ID, { nullable: true })(SelfCareAssessmentInput.prototype, 'batchId');
tableInputFields(SelfCareAssessmentInput, SELF_CARE_ASSESSMENT_FIELDS, ['stage'], {
  optional: ['stage'], descriptions: { stage: 'default PRELIMINARY; FINAL is the county\'s' },
});

@InputType()
export class FinalAssessmentInput extends Assessed {
  @Field(() => ID, { description: 'the sampled preliminary assessment' }) assessmentId!: string;
}
tableInputFields(FinalAssessmentInput, SELF_CARE_ASSESSMENT_FIELDS, ASSESSED);

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
  townshipCode?: string | null;
  name!: string;
}
tablePickLayout(CreateAssessmentBatchInput, ASSESSMENT_BATCH_FIELDS, {
  townshipCode: { ...nullableString, description: 'default: the caller\'s township' },
  name: {},
});
