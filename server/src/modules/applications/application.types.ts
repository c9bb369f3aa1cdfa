import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  ApplicationKind, ApplicationKindDef, ApplicationStage, ApplicationStageDef, ApplicationStep, ApplicationStepDef, RiskType, SupportMode,
  DibaoKind, APPLICATION_FIELDS,
} from '@doudi/shared';
import { FieldErrorType } from '../../common/page-info.js';
import { ConnectionBase } from '../../common/connection.js';
import { registerDomainEnum } from '../../common/enums.js';
import { tableWhereLayout } from '../../common/table-fields.js';
import '../assistance/assistance.enums.js';

// registered as every domain enum is (common/enums.ts), so the table-derived fields below can use them
const register = registerDomainEnum;
register(ApplicationKind, ApplicationKindDef, '申请类别');
register(ApplicationStep, ApplicationStepDef, '申请的环节, recorded in this order by the township');
register(ApplicationStage, ApplicationStageDef, '申请所处环节 (the queues): the step it waits for, 公示中, 待审批, decided');

@ObjectType('ApplicationFile', { simpleResolvers: true, description: 'An evidence file of an application; download: GET /api/application-files/:id' })
export class ApplicationFileNode {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'ECONOMIC_CHECK … PUBLIC_NOTICE, APPLICATION or DECISION' }) part!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) size!: number;
  @Field(() => String, { description: 'GET path (send the same Authorization header)' }) url!: string;
}

@ObjectType('ApplicationStepRecord', { simpleResolvers: true, description: 'One recorded step of an application' })
export class ApplicationStepNode {
  @Field(() => ID) id!: string;
  @Field(() => ApplicationStep) step!: ApplicationStep;
  @Field(() => String, { description: 'YYYY-MM-DD; for the 公示 its start' }) date!: string;
  @Field(() => [String]) people!: string[];
  @Field(() => String) result!: string;
  @Field(() => Float, { nullable: true, description: '核对: annual 元 per person' }) incomePerCapita!: number | null;
  @Field(() => [String]) assetFlags!: string[];
  @Field(() => [String]) dataSources!: string[];
  @Field(() => Boolean, { nullable: true, description: '民主评议 passed' }) passed!: boolean | null;
  @Field(() => Int, { nullable: true }) noticeDays!: number | null;
  @Field(() => String, { nullable: true, description: '公示: its last day' }) noticeEnd!: string | null;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => [ApplicationFileNode]) files!: ApplicationFileNode[];
}

@ObjectType('ApplicationObjection', { simpleResolvers: true, description: 'An objection raised during the 公示, and its answer' })
export class ApplicationObjectionNode {
  @Field(() => ID) id!: string;
  @Field(() => String) receivedOn!: string;
  @Field(() => String) objector!: string;
  @Field(() => String) content!: string;
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => String, { nullable: true }) answeredOn!: string | null;
  @Field(() => String, { nullable: true }) answeredBy!: string | null;
}

@ObjectType('ApplicationEvent', { simpleResolvers: true, description: 'One entry of an application\'s timeline' })
export class ApplicationEventNode {
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => String, { description: 'APPLIED, a step code, OBJECTION, ANSWER, APPROVED, REJECTED' }) kind!: string;
  @Field(() => String, { description: 'zh-CN' }) title!: string;
  @Field(() => String) detail!: string;
  @Field(() => String) actor!: string;
  @Field(() => [ApplicationFileNode]) files!: ApplicationFileNode[];
}

@ObjectType('Application', { simpleResolvers: true, description: '申请 for 低保 or 特困, from registration to the county\'s decision' })
export class ApplicationNode {
  @Field(() => ID) id!: string;
  @Field(() => ApplicationKind) kind!: ApplicationKind;
  @Field(() => ID) householdId!: string;
  @Field(() => String) householdCode!: string;
  @Field(() => String) headName!: string;
  @Field(() => String) regionCode!: string;
  @Field(() => String) regionName!: string;
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => ID, { nullable: true, description: '单人保 or the 特困 person' }) memberId!: string | null;
  @Field(() => String, { nullable: true }) memberName!: string | null;
  @Field(() => DibaoKind, { nullable: true, description: '低保: 整户 or 单人保' }) dibaoKind!: DibaoKind | null;
  @Field(() => String, { nullable: true, description: 'the member\'s (or the head\'s) 身份证号; masked without pii:read' }) idNumber!: string | null;
  @Field(() => String) applicantName!: string;
  @Field(() => String) appliedOn!: string;
  @Field(() => [RiskType], { description: '致困原因 (因疫 = EPIDEMIC)' }) reasons!: RiskType[];
  @Field(() => String) statement!: string;
  @Field(() => ApplicationStage, { description: 'effective stage (DECISION once the notice is over and answered)' }) stage!: ApplicationStage;
  @Field(() => String, { description: 'the county decides by this day' }) dueDate!: string;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => Float, { nullable: true }) incomePerCapita!: number | null;
  @Field(() => String, { nullable: true }) noticeStart!: string | null;
  @Field(() => String, { nullable: true }) noticeEndDate!: string | null;
  @Field(() => Int) openObjections!: number;
  @Field(() => String, { nullable: true }) decidedOn!: string | null;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => Float, { nullable: true }) amount!: number | null;
  @Field(() => String, { nullable: true }) startMonth!: string | null;
  @Field(() => SupportMode, { nullable: true }) supportMode!: SupportMode | null;
  @Field(() => String, { nullable: true }) careProviderOrg!: string | null;
  @Field(() => String, { nullable: true }) rejectReason!: string | null;
  @Field(() => ID, { nullable: true, description: 'the 低保 case the approval created' }) dibaoCaseId!: string | null;
  @Field(() => ID, { nullable: true, description: 'the 特困 person the approval created' }) tekunPersonId!: string | null;
  @Field(() => Boolean, { description: 'brought in with an existing roll (import)' }) imported!: boolean;
  @Field(() => Int) version!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String) createdBy!: string;
}

@ObjectType('ApplicationDetail', { simpleResolvers: true, description: 'An application with its steps, objections, files and timeline' })
export class ApplicationDetail {
  @Field(() => ApplicationNode) application!: ApplicationNode;
  @Field(() => [ApplicationStepNode]) steps!: ApplicationStepNode[];
  @Field(() => [ApplicationObjectionNode]) objections!: ApplicationObjectionNode[];
  @Field(() => [ApplicationFileNode], { description: 'files of the application itself and of the decision' }) files!: ApplicationFileNode[];
  @Field(() => [ApplicationEventNode], { description: 'oldest first' }) timeline!: ApplicationEventNode[];
}

@ObjectType('ApplicationConnection', { simpleResolvers: true })
export class ApplicationConnection extends ConnectionBase(ApplicationNode, 'Application') {
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'The outcome of an application mutation: refusals as errors, never thrown' })
export class ApplicationResult {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => ApplicationNode, { nullable: true }) application!: ApplicationNode | null;
  @Field(() => [FieldErrorType]) errors!: FieldErrorType[];
  @Field(() => ApplicationNode, { nullable: true, description: 'the current application, when the given version was stale' }) conflict!: ApplicationNode | null;
}

// Its table fields (kind, overdue; the queue `step` is the table's `stage`) are typed from APPLICATION_FIELDS
// (common/table-where.ts); application.query.ts maps kind to its column and applies the others itself.
@InputType()
export class ApplicationWhere {
  regionCode?: string | null;
  kind?: ApplicationKind | null;
  step?: ApplicationStage | null;
  overdue?: boolean | null;
  householdId?: string | null;
  search?: string | null;
}
tableWhereLayout(ApplicationWhere, APPLICATION_FIELDS, {
  regionCode: { type: () => String, description: 'region-code prefix: county, township or village' },
  kind: {},
  step: { from: 'stage', description: 'the queue: ECONOMIC_CHECK 申请待核对, HOME_VISIT 待入户, DEMOCRATIC_REVIEW 待评议, PUBLIC_NOTICE 公示中, DECISION 待审批, APPROVED, REJECTED' },
  overdue: { description: 'undecided past its due date' },
  householdId: { type: () => ID },
  search: { type: () => String, description: 'head\'s name, member\'s name or household code contains' },
});

@InputType()
export class CreateApplicationInput {
  @Field(() => ApplicationKind) kind!: ApplicationKind;
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { nullable: true, description: '低保: the member for 单人保 (else the whole household); 特困: required' }) memberId?: string | null;
  @Field(() => Boolean, { nullable: true, description: '单人保: the member depends on the family (靠家庭供养)' }) dependsOnFamily?: boolean | null;
  @Field(() => String) applicantName!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today' }) appliedOn?: string | null;
  @Field(() => [RiskType], { nullable: true, description: '致困原因, e.g. EPIDEMIC (因疫致困)' }) reasons?: RiskType[] | null;
  @Field(() => String, { nullable: true }) statement?: string | null;
  @Field(() => [ID], { nullable: true, description: 'upload ids from POST /api/evidence (the application form, ID copies …)' }) evidenceIds?: string[] | null;
}

@InputType()
export class RecordApplicationStepInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) version!: number;
  @Field(() => ApplicationStep) step!: ApplicationStep;
  @Field(() => String, { description: 'YYYY-MM-DD: the check, the visit, the review; the 公示\'s start' }) date!: string;
  @Field(() => [String], { nullable: true, description: '核对人, 入户调查人 (≥ 2), 评议参加人' }) people?: string[] | null;
  @Field(() => String, { nullable: true, description: '结果 / 调查情况 / 评议结论' }) result?: string | null;
  @Field(() => Float, { nullable: true, description: 'ECONOMIC_CHECK: per-capita income found, annual 元 (required)' }) incomePerCapita?: number | null;
  @Field(() => [String], { nullable: true, description: 'ECONOMIC_CHECK: asset findings (车辆, 房产 …)' }) assetFlags?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'ECONOMIC_CHECK: data sources checked (required, ≥ 1)' }) dataSources?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'DEMOCRATIC_REVIEW: passed (required)' }) passed?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'PUBLIC_NOTICE: days, at least 7 (default 7)' }) noticeDays?: number | null;
  @Field(() => String, { nullable: true, description: 'PUBLIC_NOTICE: where it is posted' }) place?: string | null;
  @Field(() => [ID], { nullable: true, description: 'upload ids from POST /api/evidence' }) evidenceIds?: string[] | null;
}

@InputType()
export class RecordObjectionInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today' }) receivedOn?: string | null;
  @Field(() => String) objector!: string;
  @Field(() => String) content!: string;
}

@InputType()
export class AnswerObjectionInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID) objectionId!: string;
  @Field(() => String) answer!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today' }) answeredOn?: string | null;
}

@InputType()
export class DecideApplicationInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) version!: number;
  @Field(() => Boolean) approve!: boolean;
  @Field(() => Float, { nullable: true, description: 'approval: 月保障金 / 供养金 元 (低保: required)' }) amount?: number | null;
  @Field(() => String, { nullable: true, description: 'approval: YYYY-MM, the first month paid (required)' }) startMonth?: string | null;
  @Field(() => SupportMode, { nullable: true, description: '特困 approval: 集中 or 分散 (required)' }) supportMode?: SupportMode | null;
  @Field(() => String, { nullable: true, description: '特困 approval: the care provider (required)' }) careProviderOrg?: string | null;
  @Field(() => String, { nullable: true, description: 'rejection: the reason (required)' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today' }) decidedOn?: string | null;
  @Field(() => [ID], { nullable: true, description: 'upload ids from POST /api/evidence (the decision)' }) evidenceIds?: string[] | null;
}

@ObjectType('DibaoListRow', { simpleResolvers: true, description: 'A household of the 渐退 candidates or the 因疫 应保未保 list' })
export class DibaoListRow {
  @Field(() => ID) householdId!: string;
  @Field(() => String) householdCode!: string;
  @Field(() => String) headName!: string;
  @Field(() => String, { nullable: true, description: 'the head\'s 身份证号; masked without pii:read' }) idNumber!: string | null;
  @Field(() => String) regionCode!: string;
  @Field(() => String) regionName!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => ID, { nullable: true, description: '渐退 candidates: the active case' }) caseId!: string | null;
  @Field(() => String, { nullable: true, description: 'month of the check the income comes from' }) checkMonth!: string | null;
  @Field(() => Float, { description: 'annual 元 per person' }) incomePerCapita!: number;
  @Field(() => Float, { description: '元 per person per month (income / 12)' }) monthlyIncome!: number;
  @Field(() => String, { description: 'URBAN or RURAL' }) area!: string;
  @Field(() => Float, { nullable: true, description: 'the 低保标准 compared (元 per person per month)' }) standard!: number | null;
}
