/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

export type AnswerObjectionInput = {
  answer: Scalars['String']['input'];
  /** YYYY-MM-DD; default today */
  answeredOn?: InputMaybe<Scalars['String']['input']>;
  applicationId: Scalars['ID']['input'];
  objectionId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** An API token for a third-party tool (the secret is never shown again) */
export type ApiToken = {
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Maybe<Scalars['String']['output']>;
  /** the token's own requests per China calendar day; null: the server's default (see effectiveDailyQuota) */
  dailyQuota: Maybe<Scalars['Int']['output']>;
  /** requests per China calendar day in force (its own, or the server's default) */
  effectiveDailyQuota: Scalars['Int']['output'];
  /** requests per minute in force (its own, or the server's default) */
  effectiveRateLimitPerMinute: Scalars['Int']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** the token's own requests per minute; null: the server's default (see effectiveRateLimitPerMinute) */
  rateLimitPerMinute: Maybe<Scalars['Int']['output']>;
  regionCode: Maybe<Scalars['String']['output']>;
  /** requests today (China time), refused ones included */
  requestsToday: Scalars['Int']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

/** An API token's requests on one China calendar day */
export type ApiTokenUsageDay = {
  /** YYYY-MM-DD (China time) */
  day: Scalars['String']['output'];
  /** requests answered with an error (HTTP 4xx/5xx, or GraphQL errors), refused ones included */
  errors: Scalars['Int']['output'];
  /** requests refused by the rate limit or the daily quota (HTTP 429) */
  limited: Scalars['Int']['output'];
  /** every request, refused ones included */
  requests: Scalars['Int']['output'];
};

/** 申请 for 低保 or 特困, from registration to the county's decision */
export type Application = {
  amount: Maybe<Scalars['Float']['output']>;
  applicantName: Scalars['String']['output'];
  appliedOn: Scalars['String']['output'];
  careProviderOrg: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  decidedBy: Maybe<Scalars['String']['output']>;
  decidedOn: Maybe<Scalars['String']['output']>;
  /** the 低保 case the approval created */
  dibaoCaseId: Maybe<Scalars['ID']['output']>;
  /** 低保: 整户 or 单人保 */
  dibaoKind: Maybe<DibaoKind>;
  /** the county decides by this day */
  dueDate: Scalars['String']['output'];
  headName: Scalars['String']['output'];
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** the member's (or the head's) 身份证号; masked without pii:read */
  idNumber: Maybe<Scalars['String']['output']>;
  /** brought in with an existing roll (import) */
  imported: Scalars['Boolean']['output'];
  incomePerCapita: Maybe<Scalars['Float']['output']>;
  kind: ApplicationKind;
  /** 单人保 or the 特困 person */
  memberId: Maybe<Scalars['ID']['output']>;
  memberName: Maybe<Scalars['String']['output']>;
  noticeEndDate: Maybe<Scalars['String']['output']>;
  noticeStart: Maybe<Scalars['String']['output']>;
  openObjections: Scalars['Int']['output'];
  overdue: Scalars['Boolean']['output'];
  /** 致困原因 (因疫 = EPIDEMIC) */
  reasons: Array<RiskType>;
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  rejectReason: Maybe<Scalars['String']['output']>;
  /** effective stage (DECISION once the notice is over and answered) */
  stage: ApplicationStage;
  startMonth: Maybe<Scalars['String']['output']>;
  statement: Scalars['String']['output'];
  supportMode: Maybe<SupportMode>;
  /** the 特困 person the approval created */
  tekunPersonId: Maybe<Scalars['ID']['output']>;
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ApplicationConnection = {
  edges: Array<ApplicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An application with its steps, objections, files and timeline */
export type ApplicationDetail = {
  application: Application;
  /** files of the application itself and of the decision */
  files: Array<ApplicationFile>;
  objections: Array<ApplicationObjection>;
  steps: Array<ApplicationStepRecord>;
  /** oldest first */
  timeline: Array<ApplicationEvent>;
};

export type ApplicationEdge = {
  cursor: Scalars['String']['output'];
  node: Application;
};

/** One entry of an application's timeline */
export type ApplicationEvent = {
  actor: Scalars['String']['output'];
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  detail: Scalars['String']['output'];
  files: Array<ApplicationFile>;
  /** APPLIED, a step code, OBJECTION, ANSWER, APPROVED, REJECTED */
  kind: Scalars['String']['output'];
  /** zh-CN */
  title: Scalars['String']['output'];
};

/** An evidence file of an application; download: GET /api/application-files/:id */
export type ApplicationFile = {
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** ECONOMIC_CHECK … PUBLIC_NOTICE, APPLICATION or DECISION */
  part: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** GET path (send the same Authorization header) */
  url: Scalars['String']['output'];
};

/** 申请类别 */
export type ApplicationKind =
  /** 低保 (Minimum living allowance) */
  | 'DIBAO'
  /** 特困供养 (Support for the extremely poor) */
  | 'TEKUN';

/** An objection raised during the 公示, and its answer */
export type ApplicationObjection = {
  answer: Maybe<Scalars['String']['output']>;
  answeredBy: Maybe<Scalars['String']['output']>;
  answeredOn: Maybe<Scalars['String']['output']>;
  content: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  objector: Scalars['String']['output'];
  receivedOn: Scalars['String']['output'];
};

/** The outcome of an application mutation: refusals as errors, never thrown */
export type ApplicationResult = {
  application: Maybe<Application>;
  /** the current application, when the given version was stale */
  conflict: Maybe<Application>;
  errors: Array<FieldErrorType>;
  ok: Scalars['Boolean']['output'];
};

/** 申请所处环节 (the queues): the step it waits for, 公示中, 待审批, decided */
export type ApplicationStage =
  /** 已批准 (Approved) */
  | 'APPROVED'
  /** 待审批 (Awaiting the county's decision) */
  | 'DECISION'
  /** 待评议 (Awaiting the democratic review) */
  | 'DEMOCRATIC_REVIEW'
  /** 申请待核对 (Awaiting the finances check) */
  | 'ECONOMIC_CHECK'
  /** 待入户 (Awaiting the home visit) */
  | 'HOME_VISIT'
  /** 公示中 (Public notice) */
  | 'PUBLIC_NOTICE'
  /** 未批准 (Rejected) */
  | 'REJECTED';

/** 申请的环节, recorded in this order by the township */
export type ApplicationStep =
  /** 民主评议 (Democratic review) */
  | 'DEMOCRATIC_REVIEW'
  /** 家庭经济状况核对 (Family finances check) */
  | 'ECONOMIC_CHECK'
  /** 入户调查 (Home visit) */
  | 'HOME_VISIT'
  /** 公示 (Public notice) */
  | 'PUBLIC_NOTICE';

/** One recorded step of an application */
export type ApplicationStepRecord = {
  assetFlags: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  dataSources: Array<Scalars['String']['output']>;
  /** YYYY-MM-DD; for the 公示 its start */
  date: Scalars['String']['output'];
  files: Array<ApplicationFile>;
  id: Scalars['ID']['output'];
  /** 核对: annual 元 per person */
  incomePerCapita: Maybe<Scalars['Float']['output']>;
  noticeDays: Maybe<Scalars['Int']['output']>;
  /** 公示: its last day */
  noticeEnd: Maybe<Scalars['String']['output']>;
  /** 民主评议 passed */
  passed: Maybe<Scalars['Boolean']['output']>;
  people: Array<Scalars['String']['output']>;
  place: Maybe<Scalars['String']['output']>;
  result: Scalars['String']['output'];
  step: ApplicationStep;
};

export type ApplicationWhere = {
  householdId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ApplicationKind>;
  /** undecided past its due date */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** region-code prefix: county, township or village */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** head's name, member's name or household code contains */
  search?: InputMaybe<Scalars['String']['input']>;
  /** the queue: ECONOMIC_CHECK 申请待核对, HOME_VISIT 待入户, DEMOCRATIC_REVIEW 待评议, PUBLIC_NOTICE 公示中, DECISION 待审批, APPROVED, REJECTED */
  step?: InputMaybe<ApplicationStage>;
};

/** 乡镇初评批次 with the county spot check */
export type AssessmentBatch = {
  /** sampled assessments with a county final result */
  finalCount: Scalars['Int']['output'];
  finalisedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  items: Array<BatchItem>;
  name: Scalars['String']['output'];
  /** at least 30% of the batch, rounded up */
  requiredSampleSize: Scalars['Int']['output'];
  /** how many were drawn */
  sampleSize: Scalars['Int']['output'];
  /** preliminary assessments in the batch */
  size: Scalars['Int']['output'];
  spotCheckDrawnAt: Maybe<Scalars['DateTimeISO']['output']>;
  spotCheckDrawnBy: Maybe<Scalars['String']['output']>;
  /** the seed the sample was drawn with (recorded) */
  spotCheckSeed: Maybe<Scalars['String']['output']>;
  state: AssessmentBatchState;
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type AssessmentBatchResult = {
  batch: Maybe<AssessmentBatch>;
  errors: Array<FieldErrorType>;
  ok: Scalars['Boolean']['output'];
};

/** 评估批次状态: OPEN → SPOT_CHECK → FINALISED */
export type AssessmentBatchState =
  /** 已作出最终结论 (Finalised) */
  | 'FINALISED'
  /** 乡镇初评中 (Preliminary assessments open) */
  | 'OPEN'
  /** 县级抽查中 (County spot check in progress) */
  | 'SPOT_CHECK';

/** 评估阶段: township preliminary, county final */
export type AssessmentStage =
  /** 县级最终结论 (County final) */
  | 'FINAL'
  /** 乡镇初步评估 (Township preliminary) */
  | 'PRELIMINARY';

/** 指派: the owner (a user of the referral's township) and the 帮扶责任人; OPEN → ASSIGNED (again: another owner) */
export type AssignReferralInput = {
  /** 帮扶责任人 (at most 50 characters) */
  helper: Scalars['String']['input'];
  /** username of a township user of the referral's township */
  owner: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** 责任台账 — one measure × one responsible unit */
export type Assignment = {
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  closedBy: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD: the earliest unmet due date (first deadline, oldest missing month, or the coming month); null when closed or undated */
  dueDate: Maybe<Scalars['String']['output']>;
  /** 重点督办: overdue two periods in a row or more, or sent back twice or more */
  escalated: Scalars['Boolean']['output'];
  /** the timeline: reports, close-off requests, decisions, urges; oldest first */
  events: Array<AssignmentEvent>;
  id: Scalars['ID']['output'];
  /** the newest progress report */
  lastReport: Maybe<ProgressReport>;
  lastReportAt: Maybe<Scalars['DateTimeISO']['output']>;
  measure: Measure;
  /** monthly measures: past months (YYYY-MM) still without a report */
  missingPeriods: Array<Scalars['String']['output']>;
  /** the office's urge (催办), shown to the unit until it reports */
  notice: Maybe<AssignmentEvent>;
  /** 逾期: the first deadline has passed and it is not closed, or a past month's report is missing */
  overdue: Scalars['Boolean']['output'];
  /** how many periods in a row it has been overdue */
  overduePeriods: Scalars['Int']['output'];
  /** times the office sent a close-off request back */
  rejectionCount: Scalars['Int']['output'];
  /** progress reports, newest first */
  reports: Array<ProgressReport>;
  status: AssignmentStatus;
  unit: ResponsibleUnit;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** optimistic-lock version: send it back with every mutation */
  version: Scalars['Int']['output'];
};

/** A committed change of one assignment of the accountability tables (subscription assignmentsChanged) */
export type AssignmentChange = {
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  /** position of the change (an audit id): pass the last one seen as `since` when subscribing again to catch up */
  cursor: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  /** the fields the change wrote, with their values as the assignment query shows them */
  fields: Array<ChangedField>;
  /** the assignment */
  id: Scalars['ID']['output'];
  /** a resync marker (catch-up had too much to send): reload the rows, then carry on from `cursor`; its other fields are empty */
  resync: Scalars['Boolean']['output'];
  /** its status after the change */
  status: Scalars['String']['output'];
  /** its version after the change */
  version: Scalars['Int']['output'];
};

export type AssignmentConnection = {
  edges: Array<AssignmentEdge>;
  pageInfo: PageInfo;
  /** matching rows (exact) */
  totalCount: Scalars['Int']['output'];
};

export type AssignmentEdge = {
  cursor: Scalars['String']['output'];
  node: Assignment;
};

/** 台账动态 — one entry of an assignment's timeline */
export type AssignmentEvent = {
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  fromStatus: Maybe<AssignmentStatus>;
  id: Scalars['ID']['output'];
  kind: AssignmentEventKind;
  reportId: Maybe<Scalars['ID']['output']>;
  /** the office's reason (sent back), the urge, or the report */
  text: Maybe<Scalars['String']['output']>;
  toStatus: Maybe<AssignmentStatus>;
};

/** 台账动态 — what happened on an assignment's timeline */
export type AssignmentEventKind =
  /** 同意销号 (Close-off approved) */
  | 'CLOSE_APPROVED'
  /** 退回 (Sent back) */
  | 'CLOSE_REJECTED'
  /** 申请销号 (Close-off requested) */
  | 'CLOSE_REQUESTED'
  /** 报送进展 (Progress reported) */
  | 'REPORTED'
  /** 催办 (Urged) */
  | 'URGED';

/** 责任台账状态 — where an assignment stands; only the office closes it (销号) */
export type AssignmentStatus =
  /** 已销号 (Closed) */
  | 'CLOSED'
  /** 申请销号 (Close-off requested) */
  | 'CLOSE_REQUESTED'
  /** 推进中 (In progress) */
  | 'IN_PROGRESS'
  /** 未启动 (Not started) */
  | 'NOT_STARTED';

/** Filter on assignments; fields combine with AND */
export type AssignmentWhere = {
  /** due on or before this date (YYYY-MM-DD): "falls due in the next 30 days" */
  dueBefore?: InputMaybe<Scalars['String']['input']>;
  escalated?: InputMaybe<Scalars['Boolean']['input']>;
  measureNo?: InputMaybe<Scalars['Int']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** one plan only (default: every plan) */
  planId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AssignmentStatus>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
  unitKind?: InputMaybe<UnitKind>;
};

/** 操作记录 — one changed field of one record */
export type AuditEvent = {
  /** CREATE, UPDATE, DELETE, RESTORE or REMOVE */
  action: Scalars['String']['output'];
  /** username, or token:<name> for an API token */
  actor: Scalars['String']['output'];
  /** JSON of the value after */
  after: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  /** JSON of the value before */
  before: Maybe<Scalars['String']['output']>;
  /** the user step (paste, fill, edit) this change belongs to */
  changeSet: Maybe<Scalars['String']['output']>;
  entityId: Scalars['String']['output'];
  /** household or member */
  entityType: Scalars['String']['output'];
  /** the field changed (UPDATE); null for a whole-record event */
  field: Maybe<Scalars['String']['output']>;
  householdId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  requestId: Scalars['String']['output'];
  /** UNDO or REDO: the change undid or redid an earlier step of the user; null for an ordinary change */
  step: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventWhere = {
  actor?: InputMaybe<Scalars['String']['input']>;
  changeSet?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** events of a household and its members */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type BatchItem = {
  final: Maybe<SelfCareAssessment>;
  /** the county's result (sampled), or the confirmed preliminary once the batch is finalised */
  finalResult: Maybe<SelfCareResult>;
  preliminary: SelfCareAssessment;
  sampled: Scalars['Boolean']['output'];
};

/** 月度通报 — per unit: overdue, escalated and closed that month */
export type Bulletin = {
  /** the instant the figures are taken at: the month's end, or now for the current month */
  asOf: Scalars['DateTimeISO']['output'];
  closedCount: Scalars['Int']['output'];
  /** 数据比对: findings raised, verified and overdue (null without ledger:read) */
  comparison: Maybe<ComparisonBulletinSection>;
  escalatedCount: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** assignments not closed off at asOf (在办): the figure "本月在办事项" */
  openCount: Scalars['Int']['output'];
  overdueCount: Scalars['Int']['output'];
  /** 风险转介 per township: opened and closed in the month, active and overdue at asOf */
  referrals: Array<ReferralBulletinRow>;
  /** assignments in force that month (事项数), closed ones included */
  total: Scalars['Int']['output'];
  units: Array<BulletinUnit>;
};

/** An assignment as it stood at the end of the bulletin's month */
export type BulletinItem = {
  assignmentId: Scalars['ID']['output'];
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  documentNumber: Scalars['String']['output'];
  dueDate: Maybe<Scalars['String']['output']>;
  measureNo: Scalars['Int']['output'];
  measureTitle: Scalars['String']['output'];
  missingPeriods: Array<Scalars['String']['output']>;
  overduePeriods: Scalars['Int']['output'];
  planId: Scalars['ID']['output'];
  /** times sent back by then */
  rejectionCount: Scalars['Int']['output'];
  /** the status then */
  status: AssignmentStatus;
};

/** One responsible unit in a monthly bulletin (通报) */
export type BulletinUnit = {
  /** closed off (销号) during the month */
  closed: Array<BulletinItem>;
  closedCount: Scalars['Int']['output'];
  /** escalated (重点督办) at the end of the month */
  escalated: Array<BulletinItem>;
  escalatedCount: Scalars['Int']['output'];
  /** its assignments not closed off at asOf (在办) */
  openCount: Scalars['Int']['output'];
  /** overdue at the end of the month */
  overdue: Array<BulletinItem>;
  overdueCount: Scalars['Int']['output'];
  /** its assignments in force that month (事项数), closed ones included */
  total: Scalars['Int']['output'];
  unit: ResponsibleUnit;
};

/** 委托照料服务协议: without id a new agreement; with id and version a correction of it */
export type CareAgreementInput = {
  carerKind: CarerKind;
  carerName: Scalars['String']['input'];
  carerPhone?: InputMaybe<Scalars['String']['input']>;
  duties: Scalars['String']['input'];
  /** the last day in force; not before startDate */
  endDate: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
  /** not after today */
  signedOn: Scalars['String']['input'];
  startDate: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A dispersed 特困 person with the latest care agreement (by start) and its status */
export type CareAgreementRow = {
  /** null when the ID number is masked */
  age: Maybe<Scalars['Int']['output']>;
  agreementId: Maybe<Scalars['ID']['output']>;
  /** send back to correct the agreement */
  agreementVersion: Maybe<Scalars['Int']['output']>;
  carerKind: Maybe<CarerKind>;
  carerName: Maybe<Scalars['String']['output']>;
  /** masked without pii:read */
  carerPhone: Maybe<Scalars['String']['output']>;
  duties: Maybe<Scalars['String']['output']>;
  endDate: Maybe<Scalars['String']['output']>;
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  /** masked without pii:read */
  idNumber: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  /** latest self-care result (final if any) */
  selfCare: Maybe<SelfCareResult>;
  signedOn: Maybe<Scalars['String']['output']>;
  startDate: Maybe<Scalars['String']['output']>;
  status: CareAgreementStatus;
  supportMode: SupportMode;
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  /** the person's version (recordCentralCareWish, changeSupportMode) */
  version: Scalars['Int']['output'];
};

/** 委托照料服务协议状态 */
export type CareAgreementStatus =
  /** 协议已到期 (Expired) */
  | 'EXPIRED'
  /** 未签协议 (No agreement) */
  | 'MISSING'
  /** 协议未生效 (Not yet in force) */
  | 'NOT_STARTED'
  /** 协议有效 (In force) */
  | 'VALID';

/** 定期探访 */
export type CareVisit = {
  condition: PersonCondition;
  createdBy: Scalars['String']['output'];
  helpArranged: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  problems: Scalars['String']['output'];
  visitDate: Scalars['String']['output'];
  visitor: Scalars['String']['output'];
};

export type CareVisitInput = {
  condition: PersonCondition;
  /** required when problems are found */
  helpArranged?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  problems?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD: not after today, not before the support started */
  visitDate: Scalars['String']['input'];
  visitor: Scalars['String']['input'];
};

/** 照料方: a person or an organisation */
export type CarerKind =
  /** 照料机构 (Organisation) */
  | 'ORGANISATION'
  /** 照料人 (Carer (a person)) */
  | 'PERSON';

export type CategoryFilter = {
  eq?: InputMaybe<HouseholdCategory>;
  in?: InputMaybe<Array<HouseholdCategory>>;
};

/** 集中供养: a 特困 person's wish for centralised care */
export type CentralCareRow = {
  /** null when the ID number is masked */
  age: Maybe<Scalars['Int']['output']>;
  askedOn: Maybe<Scalars['String']['output']>;
  /** PARTIALLY_LOST or FULLY_LOST, wishes it, still dispersed */
  awaiting: Scalars['Boolean']['output'];
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  /** masked without pii:read */
  idNumber: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  /** latest self-care result (final if any) */
  selfCare: Maybe<SelfCareResult>;
  supportMode: SupportMode;
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  /** the person's version (recordCentralCareWish, changeSupportMode) */
  version: Scalars['Int']['output'];
  /** 集中供养意愿: true 有, false 无, null not asked */
  wish: Maybe<Scalars['Boolean']['output']>;
};

export type CentralCareTownship = {
  /** the backlog the plan wants empty */
  awaiting: Scalars['Int']['output'];
  /** dispersed and PARTIALLY_LOST or FULLY_LOST */
  dispersedUnable: Scalars['Int']['output'];
  /** of those, wish not recorded */
  notAsked: Scalars['Int']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  wishing: Scalars['Int']['output'];
};

export type CentralCareWishInput = {
  /** YYYY-MM-DD, not after today */
  askedOn: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  /** 有 (true) / 无 (false) */
  wish: Scalars['Boolean']['input'];
};

/** One user step (an edit, a paste, a fill): the unit of undo */
export type ChangeSet = {
  at: Scalars['DateTimeISO']['output'];
  changes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  summary: Scalars['String']['output'];
  undone: Scalars['Boolean']['output'];
};

export type ChangeSupportModeInput = {
  /** the new care provider (供养机构), if it changes */
  careProviderOrg?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD: not after today, not before the support started */
  changedOn: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  supportMode: SupportMode;
  version: Scalars['Int']['input'];
};

/** One changed field with its new value, masked as a query would mask it (JSON for lists and numbers) */
export type ChangedField = {
  field: Scalars['String']['output'];
  value: Maybe<Scalars['String']['output']>;
};

/** Check completion of one township in one month */
export type CheckCompletion = {
  /** checks at risk */
  atRisk: Scalars['Int']['output'];
  /** active households of the ledgers */
  households: Scalars['Int']['output'];
  /** checks locked */
  locked: Scalars['Int']['output'];
  /** when the county last locked this month for the township */
  lockedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** households not visited yet (no check, or no visit date) */
  notVisited: Scalars['Int']['output'];
  /** visited / households (0 when there are no households) */
  rate: Scalars['Float']['output'];
  /** checks submitted or locked */
  submitted: Scalars['Int']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  /** with a visit date this month */
  visited: Scalars['Int']['output'];
};

/** 办结: ASSISTING → CLOSED by ASSISTANCE_IN_PLACE; any active referral by RISK_ELIMINATED once the latest visit shows no risk */
export type CloseReferralInput = {
  closeKind: ReferralCloseKind;
  /** 办结说明 (required, at most 200) */
  reason: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** 月度通报 — 数据比对: findings raised, verified and overdue */
export type ComparisonBulletinSection = {
  /** of those, 属实 */
  confirmed: Scalars['Int']['output'];
  /** open at asOf */
  open: Scalars['Int']['output'];
  /** open and past due at asOf */
  overdue: Scalars['Int']['output'];
  /** raised during the month */
  raised: Scalars['Int']['output'];
  /** per township and rule, as at asOf */
  rows: Array<ComparisonSummaryRow>;
  /** verified during the month */
  verified: Scalars['Int']['output'];
};

/** One cell of the source row, as the agency wrote it */
export type ComparisonCell = {
  field: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** masked without pii:read (ID numbers; health data of disability and medical-aid lists) */
  value: Scalars['String']['output'];
};

/** A fixed column of a source kind */
export type ComparisonColumn = {
  /** other header spellings the import recognises */
  aliases: Array<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  /** the header the template writes (zh-CN) */
  label: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
};

/** An evidence file of a verification (GET /api/comparison/evidence/:id) */
export type ComparisonEvidence = {
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  size: Scalars['Int']['output'];
  url: Scalars['String']['output'];
};

/** An evidence file inline, base64 (at most 10 per verification) */
export type ComparisonEvidenceInput = {
  base64: Scalars['String']['input'];
  contentType?: InputMaybe<Scalars['String']['input']>;
  fileName: Scalars['String']['input'];
};

/** 疑点: one rule's finding on one source row, and its verification (核查) */
export type ComparisonFinding = {
  action: Maybe<FindingAction>;
  /** the record the action names (a 低保 case id, a household id, an application number) */
  actionRef: Maybe<Scalars['String']['output']>;
  agency: Scalars['String']['output'];
  dueDate: Scalars['String']['output'];
  evidence: Array<ComparisonEvidence>;
  householdCode: Maybe<Scalars['String']['output']>;
  householdId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** masked without pii:read */
  idNumber: Scalars['String']['output'];
  kind: ComparisonKind;
  /** Doudi's record; null for a person in no household */
  ledger: Maybe<ComparisonMember>;
  note: Maybe<Scalars['String']['output']>;
  /** open and past its due date */
  overdue: Scalars['Boolean']['output'];
  /** the name in the source */
  personName: Scalars['String']['output'];
  raisedOn: Scalars['String']['output'];
  /** why it matters (zh-CN) */
  reason: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  /** the row of the source sheet */
  rowNo: Scalars['Int']['output'];
  rule: ComparisonRule;
  ruleLabel: Scalars['String']['output'];
  sourceId: Scalars['ID']['output'];
  /** the source row, side by side with `ledger` */
  sourceRow: Array<ComparisonCell>;
  state: FindingState;
  /** the verifying township; empty for the county's own queue */
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  verifiedAt: Maybe<Scalars['DateTimeISO']['output']>;
  verifiedBy: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type ComparisonFindingConnection = {
  edges: Array<ComparisonFindingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ComparisonFindingEdge = {
  cursor: Scalars['String']['output'];
  node: ComparisonFinding;
};

/** Filters of comparisonFindings (all optional, combined with AND) */
export type ComparisonFindingWhere = {
  /** true: open and past due; false: not overdue */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** region-code prefix (township 9 digits, village 12); inside the caller's region */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  rule?: InputMaybe<ComparisonRule>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<FindingState>;
};

/** 比对数据源的种类 — which agency list, with its fixed columns */
export type ComparisonKind =
  /** 市场监管 市场主体 (Business registrations (Market Regulation)) */
  | 'BUSINESS'
  /** 公安/卫健 死亡人员 (Deaths (Public Security / Health)) */
  | 'DEATH'
  /** 残联 残疾人证 (Disability certificates (Disabled Persons' Federation)) */
  | 'DISABILITY'
  /** 人社 就业与工资 (Employment and wages (HRSS)) */
  | 'EMPLOYMENT'
  /** 医保 大病救助 (Major-illness medical aid (Healthcare Security)) */
  | 'MEDICAL_AID'
  /** 防返贫监测 全国系统 (National poverty-relapse monitoring list) */
  | 'MONITORING_LIST'
  /** 不动产 登记 (Real property (property registry)) */
  | 'PROPERTY'
  /** 人社 失业保险 (Unemployment insurance (HRSS)) */
  | 'UNEMPLOYMENT_INSURANCE'
  /** 车管 机动车 (Vehicles (vehicle registry)) */
  | 'VEHICLE';

/** A source kind, its usual agency and its columns */
export type ComparisonKindInfo = {
  agency: Scalars['String']['output'];
  columns: Array<ComparisonColumn>;
  kind: ComparisonKind;
  label: Scalars['String']['output'];
};

/** Doudi's side of a finding: the member and household as the ledger has them */
export type ComparisonMember = {
  category: Scalars['String']['output'];
  /** the household is deleted from the ledger */
  deleted: Scalars['Boolean']['output'];
  /** 低保 state of the person or household today: ACTIVE, GRADUAL_EXIT or NONE */
  dibao: Scalars['String']['output'];
  /** masked without pii:read */
  disabilityGrade: Maybe<Scalars['String']['output']>;
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  /** masked without pii:read */
  idNumber: Maybe<Scalars['String']['output']>;
  memberCount: Scalars['Int']['output'];
  memberId: Maybe<Scalars['ID']['output']>;
  name: Maybe<Scalars['String']['output']>;
  regionName: Scalars['String']['output'];
  relation: Maybe<Scalars['String']['output']>;
  tekun: Scalars['Boolean']['output'];
};

export type ComparisonRowError = {
  code: Scalars['String']['output'];
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** 1-based row (index + 1 of `rows`) */
  row: Maybe<Scalars['Int']['output']>;
};

/** One row of a source pushed over the API; the kind decides which columns it must have */
export type ComparisonRowInput = {
  aidDate?: InputMaybe<Scalars['String']['input']>;
  aidStatus?: InputMaybe<Scalars['String']['input']>;
  businessName?: InputMaybe<Scalars['String']['input']>;
  businessStatus?: InputMaybe<Scalars['String']['input']>;
  certificateType?: InputMaybe<Scalars['String']['input']>;
  deathDate?: InputMaybe<Scalars['String']['input']>;
  disabilityGrade?: InputMaybe<Scalars['String']['input']>;
  employer?: InputMaybe<Scalars['String']['input']>;
  idNumber: Scalars['String']['input'];
  insuranceStatus?: InputMaybe<Scalars['String']['input']>;
  monitoringCategory?: InputMaybe<Scalars['String']['input']>;
  monthlyWage?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  plate?: InputMaybe<Scalars['String']['input']>;
  propertyCount?: InputMaybe<Scalars['Float']['input']>;
  regionName?: InputMaybe<Scalars['String']['input']>;
  vehicleType?: InputMaybe<Scalars['String']['input']>;
};

/** 比对规则 — what a finding (疑点) says */
export type ComparisonRule =
  /** 已死亡仍在台账 (Deceased, still in a ledger household) */
  | 'DECEASED_IN_LEDGER'
  /** 已死亡仍享受低保 (Deceased, still on 低保) */
  | 'DECEASED_ON_DIBAO'
  /** 已死亡仍在特困供养 (Deceased, still supported as 特困) */
  | 'DECEASED_ON_TEKUN'
  /** 低保户有多套不动产 (低保 household with more than one property) */
  | 'DIBAO_MULTIPLE_PROPERTY'
  /** 低保成员工资高于低保标准 (低保 member employed above the 低保 standard) */
  | 'DIBAO_WAGE_ABOVE_STANDARD'
  /** 低保户有市场主体 (低保 household with a registered business) */
  | 'DIBAO_WITH_BUSINESS'
  /** 低保户有机动车 (低保 household with a vehicle) */
  | 'DIBAO_WITH_VEHICLE'
  /** 农民工临时救助对象有失业保险 (Migrant-worker relief paid to someone insured) */
  | 'MIGRANT_RELIEF_WITH_INSURANCE'
  /** 监测类别不一致 (Monitoring category differs) */
  | 'MONITORING_CATEGORY_MISMATCH'
  /** 全国监测对象未在台账 (On the national monitoring list, missing from Doudi) */
  | 'MONITORING_MISSING'
  /** 姓名不一致 (Name differs) */
  | 'NAME_MISMATCH'
  /** 重度残疾未纳入单人保评估 (Severe disability not yet considered for 单人保) */
  | 'SINGLE_PERSON_DISABILITY'
  /** 大病救助对象未纳入单人保评估 (Major-illness aid not yet considered for 单人保) */
  | 'SINGLE_PERSON_ILLNESS';

/** A comparison rule: what it finds and why it matters */
export type ComparisonRuleInfo = {
  description: Scalars['String']['output'];
  /** the source kinds it reads */
  kinds: Array<ComparisonKind>;
  label: Scalars['String']['output'];
  /** the measure of the 2020 plan it serves */
  measure: Maybe<Scalars['Int']['output']>;
  rule: ComparisonRule;
};

/** 比对数据源: one load of one agency's list */
export type ComparisonSource = {
  agency: Scalars['String']['output'];
  /** the date the list is as of (YYYY-MM-DD) */
  asOf: Scalars['String']['output'];
  /** exact repeats in the file, loaded once */
  duplicateRows: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  /** hex SHA-256 of the file as loaded */
  fileSha256: Scalars['String']['output'];
  /** findings raised by its last run (new ones only) */
  findingCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: ComparisonKind;
  loadedAt: Scalars['DateTimeISO']['output'];
  /** who loaded it */
  loadedBy: Scalars['String']['output'];
  matchedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** rows whose ID number matched a member of some household (active or deleted) */
  matchedRows: Scalars['Int']['output'];
  /** matching progress, 0–100 */
  progress: Scalars['Int']['output'];
  rowCount: Scalars['Int']['output'];
  /** LOADED, MATCHING, MATCHED or FAILED */
  status: Scalars['String']['output'];
  /** a later load of the same kind supersedes it for new comparisons */
  superseded: Scalars['Boolean']['output'];
  /** IMPORT (POST /api/imports) or API (loadComparisonSource) */
  via: Scalars['String']['output'];
};

/** Findings of one township and rule */
export type ComparisonSummaryRow = {
  confirmed: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  rule: ComparisonRule;
  ruleLabel: Scalars['String']['output'];
  total: Scalars['Int']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
};

/** A correction of a LOCKED check: its id and version, the reason, and the fields to change */
export type CorrectMonthlyCheckInput = {
  checkId: Scalars['ID']['input'];
  clothingOk?: InputMaybe<Scalars['Boolean']['input']>;
  foodOk?: InputMaybe<Scalars['Boolean']['input']>;
  /** A, B, C or D (also 安全 / A级 …); checked per row */
  housingGrade?: InputMaybe<Scalars['String']['input']>;
  incomeBusiness?: InputMaybe<Scalars['Float']['input']>;
  incomeProperty?: InputMaybe<Scalars['Float']['input']>;
  incomeTransfer?: InputMaybe<Scalars['Float']['input']>;
  incomeWages?: InputMaybe<Scalars['Float']['input']>;
  measures?: InputMaybe<Scalars['String']['input']>;
  medicalInsuranceOk?: InputMaybe<Scalars['Boolean']['input']>;
  /** 更正原因 (required) */
  reason: Scalars['String']['input'];
  remarks?: InputMaybe<Scalars['String']['input']>;
  riskFound?: InputMaybe<Scalars['Boolean']['input']>;
  /** RiskType codes or their zh labels; checked per row */
  riskTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  schoolingOk?: InputMaybe<Scalars['Boolean']['input']>;
  spendingMedical?: InputMaybe<Scalars['Float']['input']>;
  spendingSchooling?: InputMaybe<Scalars['Float']['input']>;
  version: Scalars['Int']['input'];
  /** YYYY-MM-DD inside the month, not after today; null or "" clears */
  visitDate?: InputMaybe<Scalars['String']['input']>;
  visitor?: InputMaybe<Scalars['String']['input']>;
  waterOk?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateApplicationInput = {
  applicantName: Scalars['String']['input'];
  /** YYYY-MM-DD; default today */
  appliedOn?: InputMaybe<Scalars['String']['input']>;
  /** 单人保: the member depends on the family (靠家庭供养) */
  dependsOnFamily?: InputMaybe<Scalars['Boolean']['input']>;
  /** upload ids from POST /api/evidence (the application form, ID copies …) */
  evidenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  householdId: Scalars['ID']['input'];
  kind: ApplicationKind;
  /** 低保: the member for 单人保 (else the whole household); 特困: required */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** 致困原因, e.g. EPIDEMIC (因疫致困) */
  reasons?: InputMaybe<Array<RiskType>>;
  statement?: InputMaybe<Scalars['String']['input']>;
};

export type CreateAssessmentBatchInput = {
  name: Scalars['String']['input'];
  /** default: the caller's township */
  townshipCode?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUserInput = {
  /** the person's name as shown in the audit trail and the client (1–64 characters) */
  displayName: Scalars['String']['input'];
  /** mobile number (optional) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** TOWNSHIP_STAFF: the township (9-digit code) */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  role: Scalars['String']['input'];
  /** UNIT_REPORTER: the responsible unit (MZJ, CZJ, RSJ, WJJ, FL, FPB, or a township) */
  unitCode?: InputMaybe<Scalars['String']['input']>;
  /** lower-case letters, digits, . _ -; starting with a letter; 2–64 characters */
  username: Scalars['String']['input'];
};

export type CreatedApiToken = {
  apiToken: ApiToken;
  /** the secret: shown once, stored only as a hash */
  token: Scalars['String']['output'];
};

/** A time range, both ends inclusive */
export type DateTimeFilter = {
  gte?: InputMaybe<Scalars['DateTimeISO']['input']>;
  lte?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type DecideApplicationInput = {
  /** approval: 月保障金 / 供养金 元 (低保: required) */
  amount?: InputMaybe<Scalars['Float']['input']>;
  applicationId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  /** 特困 approval: the care provider (required) */
  careProviderOrg?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; default today */
  decidedOn?: InputMaybe<Scalars['String']['input']>;
  /** upload ids from POST /api/evidence (the decision) */
  evidenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** rejection: the reason (required) */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** approval: YYYY-MM, the first month paid (required) */
  startMonth?: InputMaybe<Scalars['String']['input']>;
  /** 特困 approval: 集中 or 分散 (required) */
  supportMode?: InputMaybe<SupportMode>;
  version: Scalars['Int']['input'];
};

/** 县级审批 of a PENDING relief grant (county only, once) */
export type DecideReliefInput = {
  approve: Scalars['Boolean']['input'];
  grantId: Scalars['ID']['input'];
  /** 审批意见: required to reject (at most 200) */
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** 低保标准的城乡类别 (a community 社区 is URBAN, a village 村 RURAL) */
export type DibaoArea =
  /** 农村 (Rural) */
  | 'RURAL'
  /** 城市 (Urban) */
  | 'URBAN';

/** 低保 case: a household, or one member alone (单人保) */
export type DibaoCase = {
  /** an active whole-household case (not in gradual exit) above the year's monitoring line */
  aboveLine: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** days left in the gradual exit */
  daysLeft: Maybe<Scalars['Int']['output']>;
  /** 退出日期 */
  endDate: Maybe<Scalars['String']['output']>;
  /** 退出原因 */
  endReason: Maybe<Scalars['String']['output']>;
  /** in gradual exit, ending within 3 months */
  endsWithin3Months: Scalars['Boolean']['output'];
  /** 渐退期结束日期 (≤ start + 18 months) */
  exitEndDate: Maybe<Scalars['String']['output']>;
  /** 渐退期开始日期 */
  exitStartDate: Maybe<Scalars['String']['output']>;
  /** 户主姓名 */
  headName: Scalars['String']['output'];
  /** 户编号 */
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 身份证号 of the member (单人保) or the head; masked without pii:read */
  idNumber: Maybe<Scalars['String']['output']>;
  /** 户人均纯收入 元/年 */
  incomePerCapita: Scalars['Float']['output'];
  kind: DibaoKind;
  /** 单人保: the member enrolled alone */
  memberId: Maybe<Scalars['ID']['output']>;
  memberName: Maybe<Scalars['String']['output']>;
  /** 月保障金 元 */
  monthlyAmount: Scalars['Float']['output'];
  /** whole months left in the gradual exit */
  monthsLeft: Maybe<Scalars['Int']['output']>;
  /** 书面告知日期 */
  noticeDate: Maybe<Scalars['String']['output']>;
  /** 书面告知文号 */
  noticeRef: Maybe<Scalars['String']['output']>;
  /** whether the notice was given on entry */
  noticeStatus: Maybe<NoticeStatus>;
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  remarks: Scalars['String']['output'];
  /** 纳入日期 YYYY-MM-DD */
  startDate: Scalars['String']['output'];
  /** effective state: a gradual exit whose end date has come is ENDED */
  state: DibaoState;
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type DibaoCaseConnection = {
  edges: Array<DibaoCaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DibaoCaseEdge = {
  cursor: Scalars['String']['output'];
  node: DibaoCase;
};

/** The outcome of a 低保 mutation */
export type DibaoCaseResult = {
  /** the current case, when the given version was stale */
  conflict: Maybe<DibaoCase>;
  dibaoCase: Maybe<DibaoCase>;
  errors: Array<FieldErrorType>;
  ok: Scalars['Boolean']['output'];
};

export type DibaoCaseWhere = {
  /** only active cases above the monitoring line */
  aboveLine?: InputMaybe<Scalars['Boolean']['input']>;
  /** only gradual exits ending within 3 months */
  endsWithin3Months?: InputMaybe<Scalars['Boolean']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<DibaoKind>;
  /** region-code prefix: county, township or village */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** head name, member name or household code contains */
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<DibaoState>;
};

/** 低保 — a whole household, or one member alone (单人保) */
export type DibaoKind =
  /** 整户保 (Whole household) */
  | 'HOUSEHOLD'
  /** 单人保 (Single-person household) */
  | 'SINGLE_PERSON';

/** A household of the 渐退 candidates or the 因疫 应保未保 list */
export type DibaoListRow = {
  /** URBAN or RURAL */
  area: Scalars['String']['output'];
  /** 渐退 candidates: the active case */
  caseId: Maybe<Scalars['ID']['output']>;
  /** month of the check the income comes from */
  checkMonth: Maybe<Scalars['String']['output']>;
  headName: Scalars['String']['output'];
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  /** the head's 身份证号; masked without pii:read */
  idNumber: Maybe<Scalars['String']['output']>;
  /** annual 元 per person */
  incomePerCapita: Scalars['Float']['output'];
  /** 元 per person per month (income / 12) */
  monthlyIncome: Scalars['Float']['output'];
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  /** the 低保标准 compared (元 per person per month) */
  standard: Maybe<Scalars['Float']['output']>;
  townshipName: Scalars['String']['output'];
};

/** 低保标准 of a year and area (元 per person per month) */
export type DibaoStandard = {
  /** 元 per person per month */
  amount: Scalars['Float']['output'];
  area: DibaoArea;
  /** a seeded demo value (示例值), not a published standard, until the administrator sets it */
  demo: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  updatedBy: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** 低保状态: ACTIVE → GRADUAL_EXIT → ENDED */
export type DibaoState =
  /** 在保 (Active) */
  | 'ACTIVE'
  /** 已退出 (Ended) */
  | 'ENDED'
  /** 渐退期 (Gradual exit) */
  | 'GRADUAL_EXIT';

/** 残疾等级 */
export type DisabilityGrade =
  /** 一级 (Grade 1 (most severe)) */
  | 'GRADE_1'
  /** 二级 (Grade 2) */
  | 'GRADE_2'
  /** 三级 (Grade 3) */
  | 'GRADE_3'
  /** 四级 (Grade 4 (mildest)) */
  | 'GRADE_4';

/** 残疾类型 */
export type DisabilityType =
  /** 听力残疾 (Hearing) */
  | 'HEARING'
  /** 智力残疾 (Intellectual) */
  | 'INTELLECTUAL'
  /** 精神残疾 (Mental (psychiatric)) */
  | 'MENTAL'
  /** 多重残疾 (Multiple) */
  | 'MULTIPLE'
  /** 肢体残疾 (Physical) */
  | 'PHYSICAL'
  /** 言语残疾 (Speech) */
  | 'SPEECH'
  /** 视力残疾 (Visual) */
  | 'VISUAL';

export type DrawSpotCheckResult = {
  batch: Maybe<AssessmentBatch>;
  errors: Array<FieldErrorType>;
  ok: Scalars['Boolean']['output'];
  /** the drawn preliminary assessments, by id */
  sample: Array<SelfCareAssessment>;
  sampleSize: Scalars['Int']['output'];
  seed: Maybe<Scalars['String']['output']>;
};

/** 风险消除条件 — also the `field` of an ELIMINATION_NOT_ALLOWED error */
export type EliminationCondition =
  /** 至少落实一项帮扶措施 (At least one assistance measure) */
  | 'assistanceMeasures'
  /** 近6个月人均纯收入均不低于监测线 (Income not below the line in each of the last 6 months) */
  | 'incomeAboveLine'
  /** 最近一次走访两不愁三保障及饮水安全均达标 (The latest check passes food, clothing, schooling, medical insurance, housing and water) */
  | 'latestCheck'
  /** 监测满6个月 (Monitored for at least 6 months) */
  | 'monitoredMonths'
  /** 家中有劳动年龄人口（16–60周岁且有劳动能力） (At least one working-age member able to work) */
  | 'workingAgeMembers';

/** One condition of 风险消除 and whether the household meets it */
export type EliminationConditionResult = {
  condition: EliminationCondition;
  /** the condition in zh-CN */
  label: Scalars['String']['output'];
  /** zh-CN: why it is (not) met */
  message: Scalars['String']['output'];
  met: Scalars['Boolean']['output'];
};

export type EndDibaoInput = {
  caseId: Scalars['ID']['input'];
  /** 退出原因, e.g. 收入或就业已稳定 (required) */
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type EnrolDibaoInput = {
  /** 单人保: the member depends on the family (靠家庭供养); required true */
  dependsOnFamily?: InputMaybe<Scalars['Boolean']['input']>;
  householdId: Scalars['ID']['input'];
  /** 单人保: the member to enrol alone (severe disability grade 1–2 or serious illness, depending on the family) */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** 月保障金 元 */
  monthlyAmount?: InputMaybe<Scalars['Float']['input']>;
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; default today */
  startDate?: InputMaybe<Scalars['String']['input']>;
};

export type EnrolTekunInput = {
  /** 照料服务机构 (centralised: the institution; dispersed: the contracted carer) */
  careProviderOrg: Scalars['String']['input'];
  memberId: Scalars['ID']['input'];
  /** enrol under the minors clause (under 18); refused for adults */
  minorClause?: InputMaybe<Scalars['Boolean']['input']>;
  /** default today */
  startDate?: InputMaybe<Scalars['String']['input']>;
  supportMode: SupportMode;
};

/** 佐证材料 — a file attached to a progress report */
export type EvidenceFile = {
  at: Scalars['DateTimeISO']['output'];
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** hex SHA-256 of the content */
  sha256: Scalars['String']['output'];
  /** bytes */
  size: Scalars['Int']['output'];
  /** download path: GET it with the same Authorization: Bearer header */
  url: Scalars['String']['output'];
};

/** An evidence file sent inline, base64-encoded (at most DOUDI_EVIDENCE_MAX_MB each, default 5 MB) */
export type EvidenceUpload = {
  /** the file's bytes, base64 */
  base64: Scalars['String']['input'];
  /** MIME type; guessed from the file name when absent */
  contentType?: InputMaybe<Scalars['String']['input']>;
  fileName: Scalars['String']['input'];
};

/** Exact match only (personal data: no partial matching) */
export type ExactStringFilter = {
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A field-level problem with one row of a request */
export type FieldErrorType = {
  /** a stable code: INVALID_ID_NUMBER, INVALID_PHONE, REQUIRED, OUT_OF_RANGE, … */
  code: Scalars['String']['output'];
  /** the input field, as named in the schema (e.g. `headIdNumber`) */
  field: Scalars['String']['output'];
  /** zh-CN message naming the field */
  message: Scalars['String']['output'];
};

export type FinalAssessmentInput = {
  /** the sampled preliminary assessment */
  assessmentId: Scalars['ID']['input'];
  assessorOrg: Scalars['String']['input'];
  bathing: Scalars['Boolean']['input'];
  bed: Scalars['Boolean']['input'];
  dressing: Scalars['Boolean']['input'];
  eating: Scalars['Boolean']['input'];
  toilet: Scalars['Boolean']['input'];
  walking: Scalars['Boolean']['input'];
};

/** 核查属实后的处理 */
export type FindingAction =
  /** 已受理申请 (Application opened) */
  | 'APPLICATION'
  /** 低保已按程序停保 (低保 case ended) */
  | 'DIBAO_ENDED'
  /** 已修改台账 (Ledger edited) */
  | 'LEDGER_EDIT'
  /** 无需处理 (None) */
  | 'NONE'
  /** 其他 (Other) */
  | 'OTHER'
  /** 特困已按程序终止 (特困 support ended) */
  | 'TEKUN_ENDED';

/** 疑点核查状态: OPEN → CONFIRMED (属实) or REJECTED (不属实) */
export type FindingState =
  /** 属实 (Confirmed) */
  | 'CONFIRMED'
  /** 待核查 (Open) */
  | 'OPEN'
  /** 不属实 (Not confirmed) */
  | 'REJECTED';

export type FloatFilter = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** 性别 — derived from the ID number */
export type Gender =
  /** 女 (Female) */
  | 'FEMALE'
  /** 男 (Male) */
  | 'MALE';

export type GrantReliefInput = {
  amount: Scalars['Float']['input'];
  /** 先行救助 (急难型 only) */
  assistFirst?: InputMaybe<Scalars['Boolean']['input']>;
  /** 一事一议: allows more than the normal cap */
  caseByCase?: InputMaybe<Scalars['Boolean']['input']>;
  cause: Scalars['String']['input'];
  /** paid from the township reserve fund; default true */
  fromReserveFund?: InputMaybe<Scalars['Boolean']['input']>;
  /** default today */
  grantDate?: InputMaybe<Scalars['String']['input']>;
  /** the ledger household (or give recipientName, recipientIdNumber and townshipCode) */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** 一事一议会议纪要/编号 */
  meetingRef?: InputMaybe<Scalars['String']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  migrantWorkerCase?: InputMaybe<Scalars['Boolean']['input']>;
  /** 连续三个月无收入来源 (checked) */
  noIncomeThreeMonths?: InputMaybe<Scalars['Boolean']['input']>;
  /** 失业保险无法覆盖 (checked with 人社局 data) */
  noUnemploymentInsurance?: InputMaybe<Scalars['Boolean']['input']>;
  /** 未纳入低保 (checked; also verified against the 低保 cases) */
  notOnDibao?: InputMaybe<Scalars['Boolean']['input']>;
  /** 先行救助: paperwork due by (YYYY-MM-DD) */
  paperworkDue?: InputMaybe<Scalars['String']['input']>;
  recipientIdNumber?: InputMaybe<Scalars['String']['input']>;
  recipientName?: InputMaybe<Scalars['String']['input']>;
  /** the paying township (default: the household's) */
  townshipCode?: InputMaybe<Scalars['String']['input']>;
  type: ReliefType;
};

/** 健康状况 */
export type HealthStatus =
  /** 长期慢性病 (Long-term chronic illness) */
  | 'CHRONIC_ILLNESS'
  /** 残疾 (Disabled) */
  | 'DISABLED'
  /** 健康 (Healthy) */
  | 'HEALTHY'
  /** 患有大病 (Serious illness) */
  | 'SERIOUS_ILLNESS';

/** 监测户 — a household of one of the monitoring ledgers */
export type Household = {
  /** 住址 */
  address: Maybe<Scalars['String']['output']>;
  /** 监测类别 */
  category: HouseholdCategory;
  /** 户编号 */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** set while the household is deleted (restorable) */
  deletedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 户主身份证号 */
  headIdNumber: Maybe<Scalars['String']['output']>;
  /** 户主姓名 */
  headName: Scalars['String']['output'];
  /** 帮扶责任人 */
  helperName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 人均纯收入, 元 per person per year */
  incomePerCapita: Scalars['Float']['output'];
  /** 家庭人口 */
  memberCount: Scalars['Int']['output'];
  /** 家庭成员, the head first */
  members: Array<Member>;
  /** 联系电话 */
  phone: Maybe<Scalars['String']['output']>;
  /** 所在村(社区) 12-digit 统计用区划代码 */
  regionCode: Scalars['String']['output'];
  /** 村(社区) name */
  regionName: Scalars['String']['output'];
  /** 备注 */
  remarks: Maybe<Scalars['String']['output']>;
  /** 风险状态 */
  riskStatus: RiskStatus;
  /** 风险类型 */
  riskTypes: Array<RiskType>;
  /** 乡镇(街道) 9-digit code */
  townshipCode: Scalars['String']['output'];
  /** 乡镇(街道) name */
  townshipName: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** optimistic-lock version: send it back with every update */
  version: Scalars['Int']['output'];
};

export type HouseholdAggregate = {
  groupBy: Array<HouseholdGroupField>;
  /** ordered by the keys in groupBy order (nulls first) */
  groups: Array<HouseholdGroup>;
  /** true: more groups matched than the limit (DOUDI_AGGREGATE_MAX_GROUPS, default 1000); the first ones by key order are returned */
  truncated: Scalars['Boolean']['output'];
};

/** 监测类别 — which monitoring ledger a household is kept in */
export type HouseholdCategory =
  /** 边缘易致贫户 (Marginal, at risk of poverty) */
  | 'MARGINAL'
  /** 脱贫监测户 (Lifted, monitored for relapse) */
  | 'MONITORED'
  /** 突发严重困难户 (Sudden severe hardship) */
  | 'SUDDEN'
  /** 建档立卡待脱贫户 (Registered poor, not yet lifted) */
  | 'UNLIFTED';

/** A committed change of one household (subscription householdsChanged) */
export type HouseholdChange = {
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  changeSet: Maybe<Scalars['String']['output']>;
  /** position of the change (an audit id): pass the last one seen as `since` when subscribing again to catch up */
  cursor: Maybe<Scalars['String']['output']>;
  deleted: Scalars['Boolean']['output'];
  /** unique per event: for idempotency and catching up */
  eventId: Scalars['ID']['output'];
  /** the fields the change wrote, with their new values */
  fields: Array<ChangedField>;
  id: Scalars['ID']['output'];
  /** a resync marker (catch-up had too much to send): reload the rows, then carry on from `cursor`; its other fields are empty */
  resync: Scalars['Boolean']['output'];
  /** the household's version after the change (send it with the next update) */
  version: Scalars['Int']['output'];
};

export type HouseholdConnection = {
  edges: Array<HouseholdEdge>;
  pageInfo: PageInfo;
  /** matching rows: exact up to the server's cap (default 10,000), otherwise the cap (see totalCountKind) */
  totalCount: Scalars['Int']['output'];
  totalCountKind: TotalCountKind;
};

/** A new household with its members (exactly one HEAD) */
export type HouseholdCreateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  category: HouseholdCategory;
  /** 户编号; generated from the village code when omitted */
  code?: InputMaybe<Scalars['String']['input']>;
  helperName?: InputMaybe<Scalars['String']['input']>;
  /** defaults to 0 */
  incomePerCapita?: InputMaybe<Scalars['Float']['input']>;
  members: Array<MemberInput>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 12-digit village/community code */
  regionCode: Scalars['String']['input'];
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** defaults to MONITORING */
  riskStatus?: InputMaybe<RiskStatus>;
  riskTypes?: InputMaybe<Array<RiskType>>;
};

export type HouseholdEdge = {
  cursor: Scalars['String']['output'];
  node: Household;
};

export type HouseholdGroup = {
  /** households */
  count: Scalars['Int']['output'];
  /** 人均纯收入(元/年) */
  incomePerCapita: NumberStats;
  keys: HouseholdGroupKeys;
  /** 家庭人口: sum is the people of the group */
  memberCount: NumberStats;
};

/** A grouping of householdsAggregate */
export type HouseholdGroupField =
  /** 监测类别 */
  | 'category'
  /** 家庭人口 */
  | 'memberCount'
  /** 村(社区) (the 12-digit village code) */
  | 'regionCode'
  /** 风险状态 */
  | 'riskStatus'
  /** 风险类型: a household with two risk types counts in both groups; one with none in the group riskType null */
  | 'riskType'
  /** 乡镇 (the 9-digit township code) */
  | 'township';

/** The values a group shares; a field not grouped by is null */
export type HouseholdGroupKeys = {
  category: Maybe<HouseholdCategory>;
  memberCount: Maybe<Scalars['Int']['output']>;
  /** 12-digit village code */
  regionCode: Maybe<Scalars['String']['output']>;
  regionName: Maybe<Scalars['String']['output']>;
  riskStatus: Maybe<RiskStatus>;
  /** null also for the group of households without a risk type */
  riskType: Maybe<RiskType>;
  /** 9-digit township code */
  township: Maybe<Scalars['String']['output']>;
  townshipName: Maybe<Scalars['String']['output']>;
};

/** One sort key; the id is always added last as a stable tie-breaker */
export type HouseholdOrder = {
  direction?: OrderDirection;
  field: HouseholdOrderField;
};

export type HouseholdOrderField =
  | 'address'
  | 'category'
  | 'code'
  | 'createdAt'
  | 'headIdNumber'
  | 'headName'
  | 'helperName'
  | 'id'
  | 'incomePerCapita'
  | 'memberCount'
  | 'phone'
  | 'regionCode'
  | 'regionName'
  | 'riskStatus'
  | 'updatedAt';

/** The outcome for one row of a bulk household mutation */
export type HouseholdRowResult = {
  /** the current row, when the given version was stale */
  conflict: Maybe<Household>;
  errors: Array<FieldErrorType>;
  /** the row as saved */
  household: Maybe<Household>;
  id: Maybe<Scalars['ID']['output']>;
  /** position of the row in the request */
  index: Scalars['Int']['output'];
  ok: Scalars['Boolean']['output'];
};

/** A change to one household: its id and version, and only the fields to change */
export type HouseholdUpdateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<HouseholdCategory>;
  code?: InputMaybe<Scalars['String']['input']>;
  /** changes the HEAD member's ID number too */
  headIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** renames the HEAD member too */
  headName?: InputMaybe<Scalars['String']['input']>;
  helperName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  incomePerCapita?: InputMaybe<Scalars['Float']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  remarks?: InputMaybe<Scalars['String']['input']>;
  riskStatus?: InputMaybe<RiskStatus>;
  riskTypes?: InputMaybe<Array<RiskType>>;
  version: Scalars['Int']['input'];
};

/** Filter on households; fields combine with AND, `and`/`or` nest */
export type HouseholdWhere = {
  address?: InputMaybe<StringFilter>;
  and?: InputMaybe<Array<HouseholdWhere>>;
  category?: InputMaybe<CategoryFilter>;
  code?: InputMaybe<StringFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  /** false (default): active households; true: deleted ones (for restore). Top level only. */
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  /** exact match; works on masked data too */
  headIdNumber?: InputMaybe<ExactStringFilter>;
  headName?: InputMaybe<StringFilter>;
  helperName?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  incomePerCapita?: InputMaybe<FloatFilter>;
  memberCount?: InputMaybe<IntFilter>;
  or?: InputMaybe<Array<HouseholdWhere>>;
  phone?: InputMaybe<ExactStringFilter>;
  regionCode?: InputMaybe<RegionCodeFilter>;
  remarks?: InputMaybe<StringFilter>;
  riskStatus?: InputMaybe<RiskStatusFilter>;
  riskTypes?: InputMaybe<RiskTypesFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** 住房安全等级 — C and D are unsafe */
export type HousingGrade =
  /** A级（安全） (A (safe)) */
  | 'A'
  /** B级（基本安全） (B (basically safe)) */
  | 'B'
  /** C级（局部危险） (C (partly dangerous)) */
  | 'C'
  /** D级（整体危险） (D (dangerous)) */
  | 'D';

export type IdFilter = {
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type IntFilter = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** 劳动能力 */
export type LaborAbility =
  /** 丧失劳动力 (Lost ability to work) */
  | 'LOST'
  /** 无劳动力 (No labour (child, elderly, student)) */
  | 'NONE'
  /** 普通劳动力 (Ordinary labour) */
  | 'NORMAL'
  /** 技能劳动力 (Skilled labour) */
  | 'SKILLED'
  /** 弱劳动力或半劳动力 (Weak or half labour) */
  | 'WEAK';

export type LoadComparisonSourceInput = {
  /** default: the kind's usual agency */
  agency?: InputMaybe<Scalars['String']['input']>;
  /** the date the list is as of (YYYY-MM-DD) */
  asOf: Scalars['String']['input'];
  /** true (default): nothing is loaded when a row is invalid */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  kind: ComparisonKind;
  /** true (default): run the comparison once loaded */
  run?: InputMaybe<Scalars['Boolean']['input']>;
};

export type LoadComparisonSourceResult = {
  errors: Array<ComparisonRowError>;
  invalid: Scalars['Int']['output'];
  ok: Scalars['Boolean']['output'];
  rows: Scalars['Int']['output'];
  source: Maybe<ComparisonSource>;
  valid: Scalars['Int']['output'];
  /** exact repeats, loaded once */
  warnings: Array<ComparisonRowError>;
};

/** What lockMonth did */
export type LockMonthResult = {
  /** checks locked by this call (SUBMITTED → LOCKED) */
  locked: Scalars['Int']['output'];
  month: Scalars['String']['output'];
  /** checks still DRAFT (not submitted): not locked */
  notSubmitted: Scalars['Int']['output'];
  /** households not visited yet this month */
  notVisited: Scalars['Int']['output'];
  regionCode: Scalars['String']['output'];
  /** completion of each township after the lock */
  townships: Array<CheckCompletion>;
};

export type LoginResult = {
  expiresAt: Scalars['DateTimeISO']['output'];
  /** send as `Authorization: Bearer <token>` */
  token: Scalars['String']['output'];
  user: User;
};

export type LoopWriteResult = {
  errors: Array<FieldErrorType>;
  /** the record written (person, agreement or visit) */
  id: Maybe<Scalars['ID']['output']>;
  ok: Scalars['Boolean']['output'];
};

/** 工作措施 — one numbered measure of a plan */
export type Measure = {
  /** the units the measure is assigned to ("各乡镇" expanded) */
  assignedUnits: Array<ResponsibleUnit>;
  /** the measure's full text */
  content: Scalars['String']['output'];
  /** first deadline, YYYY-MM-DD; null when the plan sets none */
  deadline: Maybe<Scalars['String']['output']>;
  /** 完成时限 as written */
  deadlineText: Scalars['String']['output'];
  /** the group's title as the plan writes it */
  group: Scalars['String']['output'];
  /** the group's number in the plan: (一) = 1 */
  groupNo: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** the measure's number in the plan */
  no: Scalars['Int']['output'];
  planId: Scalars['ID']['output'];
  recurrence: Recurrence;
  /** the measure's heading */
  title: Scalars['String']['output'];
  /** 责任单位 as written ("各乡镇" stands for every township) */
  units: Array<Scalars['String']['output']>;
};

/** One measure of a new plan, as the document writes it */
export type MeasureInput = {
  content: Scalars['String']['input'];
  /** first deadline YYYY-MM-DD, or null */
  deadline?: InputMaybe<Scalars['String']['input']>;
  /** 完成时限 as written; derived when absent */
  deadlineText?: InputMaybe<Scalars['String']['input']>;
  /** the group's title */
  group: Scalars['String']['input'];
  /** the group's number; by order of first appearance when absent */
  groupNo?: InputMaybe<Scalars['Int']['input']>;
  no: Scalars['Int']['input'];
  recurrence: Recurrence;
  title: Scalars['String']['input'];
  /** 责任单位 as written: "各乡镇", "团结西路街道办事处", "民政局" … */
  units: Array<Scalars['String']['input']>;
};

/** 家庭成员 — a member of a household */
export type Member = {
  /** 出生日期 YYYY-MM-DD, derived from the ID number; null when masked */
  birthDate: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  disabilityGrade: Maybe<DisabilityGrade>;
  disabilityType: Maybe<DisabilityType>;
  /** 性别, derived from the ID number */
  gender: Gender;
  /** 健康状况; null when masked (no pii:read) */
  health: Maybe<HealthStatus>;
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 身份证号 (18 characters, check character X upper-case); masked as 640121********123X without pii:read */
  idNumber: Scalars['String']['output'];
  laborAbility: Maybe<LaborAbility>;
  /** 姓名 */
  name: Scalars['String']['output'];
  /** 联系电话 (mobile, 11 digits) */
  phone: Maybe<Scalars['String']['output']>;
  /** 与户主关系 */
  relation: Relation;
  schooling: Maybe<Schooling>;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

/** A member added to an existing household */
export type MemberAddInput = {
  disabilityGrade?: InputMaybe<DisabilityGrade>;
  disabilityType?: InputMaybe<DisabilityType>;
  health?: InputMaybe<HealthStatus>;
  householdId: Scalars['ID']['input'];
  /** 身份证号; gender and birth date are derived from it */
  idNumber: Scalars['String']['input'];
  laborAbility?: InputMaybe<LaborAbility>;
  /** 姓名 */
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  relation: Relation;
  schooling?: InputMaybe<Schooling>;
};

/** A committed change of one household member (subscription membersChanged) */
export type MemberChange = {
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  changeSet: Maybe<Scalars['String']['output']>;
  /** position of the change (an audit id): pass the last one seen as `since` when subscribing again to catch up */
  cursor: Maybe<Scalars['String']['output']>;
  /** removed from the household */
  deleted: Scalars['Boolean']['output'];
  eventId: Scalars['ID']['output'];
  /** the fields the change wrote, with their new values, masked as a query would mask them */
  fields: Array<ChangedField>;
  householdId: Scalars['ID']['output'];
  /** the member */
  id: Scalars['ID']['output'];
  /** a resync marker (catch-up had too much to send): reload the rows, then carry on from `cursor`; its other fields are empty */
  resync: Scalars['Boolean']['output'];
  /** the member's version after the change; null when removed */
  version: Maybe<Scalars['Int']['output']>;
};

/** A member, as created with a household or added to one */
export type MemberInput = {
  disabilityGrade?: InputMaybe<DisabilityGrade>;
  disabilityType?: InputMaybe<DisabilityType>;
  health?: InputMaybe<HealthStatus>;
  /** 身份证号; gender and birth date are derived from it */
  idNumber: Scalars['String']['input'];
  laborAbility?: InputMaybe<LaborAbility>;
  /** 姓名 */
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  relation: Relation;
  schooling?: InputMaybe<Schooling>;
};

export type MemberRemoveInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** The outcome for one row of a bulk member mutation */
export type MemberRowResult = {
  /** the current member, when the given version was stale */
  conflict: Maybe<Member>;
  errors: Array<FieldErrorType>;
  /** the member's household after the change */
  household: Maybe<Household>;
  id: Maybe<Scalars['ID']['output']>;
  index: Scalars['Int']['output'];
  member: Maybe<Member>;
  ok: Scalars['Boolean']['output'];
};

/** A change to one member: its id and version, and only the fields to change */
export type MemberUpdateInput = {
  disabilityGrade?: InputMaybe<DisabilityGrade>;
  disabilityType?: InputMaybe<DisabilityType>;
  health?: InputMaybe<HealthStatus>;
  id: Scalars['ID']['input'];
  idNumber?: InputMaybe<Scalars['String']['input']>;
  laborAbility?: InputMaybe<LaborAbility>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  relation?: InputMaybe<Relation>;
  schooling?: InputMaybe<Schooling>;
  version: Scalars['Int']['input'];
};

/** 监测线 of a year (元 per person per year) */
export type MonitoringLine = {
  amount: Scalars['Float']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  updatedBy: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type MonthlyCheckAggregate = {
  groupBy: Array<MonthlyCheckGroupField>;
  /** ordered by the keys in groupBy order (nulls first) */
  groups: Array<MonthlyCheckGroup>;
  /** true: more groups matched than the limit (DOUDI_AGGREGATE_MAX_GROUPS, default 1000); the first ones by key order are returned */
  truncated: Scalars['Boolean']['output'];
};

/** Checks of the months monthFrom..monthTo (at most 36) of active households, filtered as monthlyChecks filters */
export type MonthlyCheckAggregateWhere = {
  atRisk?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<HouseholdCategory>;
  /** YYYY-MM, first month */
  monthFrom: Scalars['String']['input'];
  /** YYYY-MM, last month (inclusive) */
  monthTo: Scalars['String']['input'];
  /** households with (true) or without (false) an OPEN risk referral */
  openReferral?: InputMaybe<Scalars['Boolean']['input']>;
  /** region-code prefix: 6, 9 or 12 digits */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** head name (contains) or household code (starts with) */
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<MonthlyCheckState>;
  visited?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A committed change of one monthly check (subscription monthlyChecksChanged) */
export type MonthlyCheckChange = {
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  changeSet: Maybe<Scalars['String']['output']>;
  /** position of the change (an audit id): pass the last one seen as `since` when subscribing again to catch up */
  cursor: Maybe<Scalars['String']['output']>;
  deleted: Scalars['Boolean']['output'];
  eventId: Scalars['ID']['output'];
  /** the fields the change wrote, with their values as the monthlyChecks grid shows them */
  fields: Array<ChangedField>;
  householdId: Scalars['ID']['output'];
  /** the check */
  id: Scalars['ID']['output'];
  month: Scalars['String']['output'];
  /** a resync marker (catch-up had too much to send): reload the rows, then carry on from `cursor`; its other fields are empty */
  resync: Scalars['Boolean']['output'];
  /** the check's version after the change */
  version: Maybe<Scalars['Int']['output']>;
};

export type MonthlyCheckConnection = {
  edges: Array<MonthlyCheckEdge>;
  pageInfo: PageInfo;
  /** households matching the filter */
  totalCount: Scalars['Int']['output'];
};

/** A recorded correction of a locked check */
export type MonthlyCheckCorrection = {
  actor: Scalars['String']['output'];
  /** the changed fields after (JSON object) */
  after: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  /** the changed fields before (JSON object) */
  before: Scalars['String']['output'];
  checkId: Scalars['ID']['output'];
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  month: Scalars['String']['output'];
  /** 更正原因 */
  reason: Scalars['String']['output'];
};

export type MonthlyCheckEdge = {
  cursor: Scalars['String']['output'];
  node: MonthlyCheckRow;
};

export type MonthlyCheckGroup = {
  /** checks that found the household at risk */
  atRisk: Scalars['Int']['output'];
  /** checks */
  count: Scalars['Int']['output'];
  /** 人均纯收入(合计) of the checks */
  incomeTotal: NumberStats;
  keys: MonthlyCheckGroupKeys;
  /** 医疗支出 */
  spendingMedical: NumberStats;
  /** 教育支出 */
  spendingSchooling: NumberStats;
  /** checks with a visit date */
  visited: Scalars['Int']['output'];
};

/** A grouping of monthlyChecksAggregate */
export type MonthlyCheckGroupField =
  /** whether the check found the household at risk */
  | 'atRisk'
  /** the household's 监测类别 */
  | 'category'
  /** 月份 (YYYY-MM) */
  | 'month'
  /** 村(社区) (the household's village code) */
  | 'regionCode'
  /** the household's 风险状态 */
  | 'riskStatus'
  /** the check's state */
  | 'state'
  /** 乡镇 (the household's township code) */
  | 'township'
  /** whether the check has a visit date */
  | 'visited';

/** The values a group shares; a field not grouped by is null */
export type MonthlyCheckGroupKeys = {
  atRisk: Maybe<Scalars['Boolean']['output']>;
  category: Maybe<HouseholdCategory>;
  month: Maybe<Scalars['String']['output']>;
  regionCode: Maybe<Scalars['String']['output']>;
  regionName: Maybe<Scalars['String']['output']>;
  riskStatus: Maybe<RiskStatus>;
  state: Maybe<MonthlyCheckState>;
  township: Maybe<Scalars['String']['output']>;
  townshipName: Maybe<Scalars['String']['output']>;
  visited: Maybe<Scalars['Boolean']['output']>;
};

/** One row of saveMonthlyChecks: the household, the month, the check's version (null to create) and the fields to set */
export type MonthlyCheckInput = {
  clothingOk?: InputMaybe<Scalars['Boolean']['input']>;
  foodOk?: InputMaybe<Scalars['Boolean']['input']>;
  householdId: Scalars['ID']['input'];
  /** A, B, C or D (also 安全 / A级 …); checked per row */
  housingGrade?: InputMaybe<Scalars['String']['input']>;
  incomeBusiness?: InputMaybe<Scalars['Float']['input']>;
  incomeProperty?: InputMaybe<Scalars['Float']['input']>;
  incomeTransfer?: InputMaybe<Scalars['Float']['input']>;
  incomeWages?: InputMaybe<Scalars['Float']['input']>;
  measures?: InputMaybe<Scalars['String']['input']>;
  medicalInsuranceOk?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM, not after the current month */
  month: Scalars['String']['input'];
  remarks?: InputMaybe<Scalars['String']['input']>;
  riskFound?: InputMaybe<Scalars['Boolean']['input']>;
  /** RiskType codes or their zh labels; checked per row */
  riskTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  schoolingOk?: InputMaybe<Scalars['Boolean']['input']>;
  spendingMedical?: InputMaybe<Scalars['Float']['input']>;
  spendingSchooling?: InputMaybe<Scalars['Float']['input']>;
  /** the check's version; null or absent creates the check */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD inside the month, not after today; null or "" clears */
  visitDate?: InputMaybe<Scalars['String']['input']>;
  visitor?: InputMaybe<Scalars['String']['input']>;
  waterOk?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 台账月度记录 — one household of the ledgers in one month, with its check or its absence (checkId null) */
export type MonthlyCheckRow = {
  /** derived when saved: income under the line or a failed 三保障/water check */
  atRisk: Scalars['Boolean']['output'];
  category: HouseholdCategory;
  /** null: no check for this month yet */
  checkId: Maybe<Scalars['ID']['output']>;
  /** 不愁穿 */
  clothingOk: Maybe<Scalars['Boolean']['output']>;
  /** 不愁吃; null: not checked */
  foodOk: Maybe<Scalars['Boolean']['output']>;
  /** 户主姓名 */
  headName: Scalars['String']['output'];
  /** 帮扶责任人 of the household */
  helperName: Maybe<Scalars['String']['output']>;
  /** 户编号 */
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  /** 住房安全等级 */
  housingGrade: Maybe<HousingGrade>;
  /** 经营性收入 */
  incomeBusiness: Maybe<Scalars['Float']['output']>;
  /** 财产性收入 */
  incomeProperty: Maybe<Scalars['Float']['output']>;
  /** 人均纯收入: the sum of the sources entered */
  incomeTotal: Maybe<Scalars['Float']['output']>;
  /** 转移性收入 */
  incomeTransfer: Maybe<Scalars['Float']['output']>;
  /** 工资性收入 (annual per capita, 元) */
  incomeWages: Maybe<Scalars['Float']['output']>;
  lockedAt: Maybe<Scalars['DateTimeISO']['output']>;
  lockedBy: Maybe<Scalars['String']['output']>;
  /** 帮扶措施 taken */
  measures: Maybe<Scalars['String']['output']>;
  /** 基本医疗保险有保障 */
  medicalInsuranceOk: Maybe<Scalars['Boolean']['output']>;
  /** 监测线 of the month's year */
  monitoringLine: Scalars['Float']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** 村(社区) code */
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  /** 备注 */
  remarks: Maybe<Scalars['String']['output']>;
  /** 是否发现风险 */
  riskFound: Scalars['Boolean']['output'];
  /** the household's 风险状态 */
  riskStatus: RiskStatus;
  /** 风险类型 */
  riskTypes: Array<RiskType>;
  /** 义务教育有保障 */
  schoolingOk: Maybe<Scalars['Boolean']['output']>;
  /** 医疗刚性支出 */
  spendingMedical: Maybe<Scalars['Float']['output']>;
  /** 教育刚性支出 */
  spendingSchooling: Maybe<Scalars['Float']['output']>;
  /** null: no check yet */
  state: Maybe<MonthlyCheckState>;
  submittedAt: Maybe<Scalars['DateTimeISO']['output']>;
  submittedBy: Maybe<Scalars['String']['output']>;
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  updatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
  /** optimistic-lock version of the check; null: no check yet (send null to create) */
  version: Maybe<Scalars['Int']['output']>;
  /** 走访日期 YYYY-MM-DD; null: not visited */
  visitDate: Maybe<Scalars['String']['output']>;
  /** 走访人(帮扶责任人) */
  visitor: Maybe<Scalars['String']['output']>;
  /** 饮水安全有保障 */
  waterOk: Maybe<Scalars['Boolean']['output']>;
};

/** The outcome for one row of saveMonthlyChecks / submitMonthlyChecks / correctMonthlyCheck */
export type MonthlyCheckRowResult = {
  /** the current row, when the given version was stale */
  conflict: Maybe<MonthlyCheckRow>;
  errors: Array<FieldErrorType>;
  householdId: Maybe<Scalars['ID']['output']>;
  /** position of the row in the request */
  index: Scalars['Int']['output'];
  month: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  /** the row as saved */
  row: Maybe<MonthlyCheckRow>;
};

/** 月度记录状态 — DRAFT → SUBMITTED (township) → LOCKED (county) */
export type MonthlyCheckState =
  /** 草稿 (Draft) */
  | 'DRAFT'
  /** 已锁定 (Locked by the county) */
  | 'LOCKED'
  /** 已上报 (Submitted by the township) */
  | 'SUBMITTED';

/** Filter of the monthly check grid */
export type MonthlyCheckWhere = {
  /** true: the check is at risk; false: it is not (or there is none) */
  atRisk?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<HouseholdCategory>;
  /** YYYY-MM */
  month: Scalars['String']['input'];
  /** true: households with an OPEN risk referral (风险待帮扶, whatever the month's check says — the overview's atRisk figure); false: households without one */
  openReferral?: InputMaybe<Scalars['Boolean']['input']>;
  /** region-code prefix: 6 (county), 9 (township) or 12 (village) digits */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** head name (contains) or household code (starts with) */
  search?: InputMaybe<Scalars['String']['input']>;
  /** households whose check is in this state */
  state?: InputMaybe<MonthlyCheckState>;
  /** true: visited (a check with a visit date); false: not yet visited (未走访) */
  visited?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Mutation = {
  /** Adds members to households */
  addMembers: Array<MemberRowResult>;
  /** 异议答复: answers an objection of the notice */
  answerApplicationObjection: ApplicationResult;
  /** 同意销号 (the office): CLOSE_REQUESTED → CLOSED */
  approveClose: Assignment;
  /** 指派风险转介: owner (a user of its township) and 帮扶责任人; OPEN → ASSIGNED */
  assignReferral: RiskReferralResult;
  /** Changes the caller's password (WEAK_PASSWORD with a reason); its other sessions end */
  changePassword: Scalars['Boolean']['output'];
  /** 变更供养方式 (集中 ↔ 分散) with the date and the reason */
  changeSupportMode: LoopWriteResult;
  /** 办结风险转介: by 风险消除 or assistance in place (ASSISTING), with a reason */
  closeReferral: RiskReferralResult;
  /** 先行救助补齐手续 */
  completeReliefPaperwork: ReliefGrantResult;
  /** The only way to change a LOCKED check: with a reason; recorded with before/after and audited */
  correctMonthlyCheck: MonthlyCheckRowResult;
  /** Creates an API token for a third-party tool (admin); the secret is shown once */
  createApiToken: CreatedApiToken;
  /** 登记申请 (低保: a household or 单人保; 特困: one member); the decision is due DOUDI_APPLICATION_DECISION_DAYS later */
  createApplication: ApplicationResult;
  /** 新建乡镇初评批次 */
  createAssessmentBatch: AssessmentBatchResult;
  /** Creates households with their members; one result per row */
  createHouseholds: Array<HouseholdRowResult>;
  /** Enters a new plan with its measures (the office and the admin); every measure × unit becomes an assignment */
  createPlan: Plan;
  /** Creates a user with a one-time password, shown once (admin) */
  createUser: UserWithPassword;
  /** Registers a webhook endpoint (admin; audited; at most 20) */
  createWebhookEndpoint: WebhookEndpoint;
  /** 审批 (county only): approve (amount, startMonth; creates the 低保 case or 特困 person) or reject (reason) */
  decideApplication: ApplicationResult;
  /** 县级审批 of a large or 一事一议 relief grant (county only): approve (drawn on the reserve fund) or reject with a reason; ALREADY_DECIDED the second time */
  decideReliefRequest: ReliefGrantResult;
  /** Soft-deletes households (restorable) */
  deleteHouseholds: Array<HouseholdRowResult>;
  /** Deletes a webhook endpoint with its deliveries and their log (admin; audited) */
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** Disables a user: it cannot sign in, and its sessions end at once on every instance (admin) */
  disableUser: UserAccount;
  /** 县级抽查 (county only): draws ⌈30%⌉ of the batch at random with the given seed (recorded); same seed, same sample; once per batch */
  drawSpotCheck: DrawSpotCheckResult;
  /** 风险消除: refused with ELIMINATION_NOT_ALLOWED (one error per unmet condition, `field` naming it) unless monitored ≥ 6 months, an assistance measure, income not below the line in each of the last 6 months, the latest check passing, and a working-age member */
  eliminateRisk: HouseholdRowResult;
  /** Enables a disabled user again (admin) */
  enableUser: UserAccount;
  /** 退出低保: ends the case on the first day of the next month (from the gradual exit: income or work stable) */
  endDibao: DibaoCaseResult;
  /** Ends one of the caller's own sessions */
  endSession: Scalars['Boolean']['output'];
  /** 纳入低保: a household, or one member alone (单人保: severe disability grade 1–2 or serious illness, depending on the family) */
  enrolDibao: DibaoCaseResult;
  /** 纳入特困供养 (centralised or dispersed; minors covered up to 18) */
  enrolTekun: TekunPersonResult;
  /** 发放临时救助 (急难型/支出型; 一事一议 above the normal cap; 先行救助 with a paperwork due date; drawn from the reserve fund) */
  grantRelief: ReliefGrantResult;
  /** An integrator pushes a source (at most 5,000 rows a call; bigger lists through POST /api/imports with target=comparison). Scope compare:write. */
  loadComparisonSource: LoadComparisonSourceResult;
  /** County staff or admin: locks the submitted checks of a township (9 digits) or of every township (county code) for a month; drafts stay open and are counted */
  lockMonth: LockMonthResult;
  /** Logs in; repeated failures from one address (and for a username from that address) are slowed down, then refused for a while (LOGIN_LOCKED with retryAfterSeconds, HTTP 429) */
  login: LoginResult;
  /** Ends the session (or revokes the API token) used for this call */
  logout: Scalars['Boolean']['output'];
  /** 开展价格临时补贴发放 (county only): a month, an amount per person, the groups; the list is fixed now, a person in two groups paid once */
  openSubsidyRun: SubsidyRunResult;
  /** 公示异议: records an objection raised during the notice (the county cannot approve while one is unanswered) */
  recordApplicationObjection: ApplicationResult;
  /** Records the next step (ECONOMIC_CHECK → HOME_VISIT → DEMOCRATIC_REVIEW → PUBLIC_NOTICE); STEP_OUT_OF_ORDER otherwise */
  recordApplicationStep: ApplicationResult;
  /** 记录一次探访 (date, visitor, condition, problems found, help arranged) */
  recordCareVisit: LoopWriteResult;
  /** 记录集中供养意愿 (有/无, date asked) */
  recordCentralCareWish: LoopWriteResult;
  /** 县级最终结论 on a sampled preliminary assessment (county only); the batch is finalised with its last one */
  recordFinalAssessment: SelfCareAssessmentResult;
  /** 生活自理能力评估: six items (true = manages alone); the result is derived; the assessor may not be the care provider (CONFLICT_OF_INTEREST) */
  recordSelfCareAssessment: SelfCareAssessmentResult;
  /** Redoes a step the caller undid */
  redoChangeSet: UndoResult;
  /** 退回 (the office, with its reason): CLOSE_REQUESTED → IN_PROGRESS */
  rejectClose: Assignment;
  /** Removes members (not the head) */
  removeMembers: Array<MemberRowResult>;
  /** Sends one delivery again, whatever its state, with the same event id (admin; audited) */
  replayWebhookDelivery: WebhookDelivery;
  /** Sends again every delivery of an endpoint whose event happened at or after `since` (admin; audited; at most 10000); how many */
  replayWebhookEvents: Scalars['Int']['output'];
  /** 报送进展 (the unit, its own rows): NOT_STARTED → IN_PROGRESS; answers the office's urge */
  reportProgress: Assignment;
  /** 申请销号 (the unit, its own rows): IN_PROGRESS → CLOSE_REQUESTED */
  requestClose: Assignment;
  /** Gives a user a new one-time password, shown once; its sessions end (admin) */
  resetPassword: UserWithPassword;
  /** Restores deleted households */
  restoreHouseholds: Array<HouseholdRowResult>;
  /** Revokes an API token (admin) */
  revokeApiToken: ApiToken;
  /** Runs (again) the comparison of a source: one job at a time, progress in comparisonSources. Scope compare:write. */
  runComparison: ComparisonSource;
  /** 签订或更正委托照料服务协议 (dispersed persons only) */
  saveCareAgreement: LoopWriteResult;
  /** Creates or changes monthly checks (householdId, month, version — null to create — and the fields to set); one result per row. A LOCKED check is refused (LOCKED): use correctMonthlyCheck */
  saveMonthlyChecks: Array<MonthlyCheckRowResult>;
  /** Saves the caller's layout for a view (JSON text, at most 64 KiB) */
  saveViewState: Scalars['Boolean']['output'];
  /** Admin only: sets the 低保标准 of a year and area (audited; the row is no longer a demo value) */
  setDibaoStandard: DibaoStandard;
  /** Makes another member the head of household */
  setHouseholdHead: HouseholdRowResult;
  /** Admin only: sets the monitoring line of a year (applies to checks saved afterwards) */
  setMonitoringLine: MonitoringLine;
  /** The row the caller is editing now in a ledger it has open through the presence subscription (null: none); at most 30 calls per 10 s */
  setPresenceEditing: Scalars['Boolean']['output'];
  /** 进入渐退期: start date and a recorded formal written notice; ends at most 18 months later (OUT_OF_RANGE beyond) */
  startGradualExit: DibaoCaseResult;
  /** 开始救助: ASSIGNED → ASSISTING, linked to an application, grant, case or a measure in words */
  startReferralAssistance: RiskReferralResult;
  /** The township hands in its checks of a month: DRAFT → SUBMITTED (all its drafts, or the given households); a check needs a visit date */
  submitMonthlyChecks: Array<MonthlyCheckRowResult>;
  /** 拨付备用金 (county only) */
  topUpReserveFund: ReserveFundResult;
  /** Undoes one of the caller's own steps (send the step's x-doudi-change-set id) */
  undoChangeSet: UndoResult;
  /** Sets an API token's requests per minute and per day; null: back to the server's default (admin) */
  updateApiTokenLimits: ApiToken;
  /** Changes households (id, version and the fields to change); one result per row */
  updateHouseholds: Array<HouseholdRowResult>;
  /** Changes members (id, version and the fields to change) */
  updateMembers: Array<MemberRowResult>;
  /** Changes a user's name, role, township or unit, phone (admin; version checked) */
  updateUser: UserAccount;
  /** Changes a webhook endpoint (admin; audited; VERSION_CONFLICT on a stale version) */
  updateWebhookEndpoint: WebhookEndpoint;
  /** 催办 (the office): recorded on the timeline, shown to the unit as a notice until it reports */
  urgeAssignment: Assignment;
  /** 核查: records 属实 (with the action and the record it led to) or 不属实 (with what was checked) and evidence */
  verifyFinding: VerifyFindingResult;
};


export type MutationAddMembersArgs = {
  input: Array<MemberAddInput>;
};


export type MutationAnswerApplicationObjectionArgs = {
  input: AnswerObjectionInput;
};


export type MutationApproveCloseArgs = {
  assignmentId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAssignReferralArgs = {
  input: AssignReferralInput;
};


export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


export type MutationChangeSupportModeArgs = {
  input: ChangeSupportModeInput;
};


export type MutationCloseReferralArgs = {
  input: CloseReferralInput;
};


export type MutationCompleteReliefPaperworkArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCorrectMonthlyCheckArgs = {
  input: CorrectMonthlyCheckInput;
};


export type MutationCreateApiTokenArgs = {
  dailyQuota: InputMaybe<Scalars['Int']['input']>;
  expiresAt: Scalars['DateTimeISO']['input'];
  name: Scalars['String']['input'];
  rateLimitPerMinute: InputMaybe<Scalars['Int']['input']>;
  regionCode: InputMaybe<Scalars['String']['input']>;
  scopes: Array<Scalars['String']['input']>;
};


export type MutationCreateApplicationArgs = {
  input: CreateApplicationInput;
};


export type MutationCreateAssessmentBatchArgs = {
  input: CreateAssessmentBatchInput;
};


export type MutationCreateHouseholdsArgs = {
  input: Array<HouseholdCreateInput>;
};


export type MutationCreatePlanArgs = {
  input: PlanInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: WebhookEndpointCreateInput;
};


export type MutationDecideApplicationArgs = {
  input: DecideApplicationInput;
};


export type MutationDecideReliefRequestArgs = {
  input: DecideReliefInput;
};


export type MutationDeleteHouseholdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDrawSpotCheckArgs = {
  batchId: Scalars['ID']['input'];
  seed: Scalars['String']['input'];
};


export type MutationEliminateRiskArgs = {
  householdId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationEnableUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndDibaoArgs = {
  input: EndDibaoInput;
};


export type MutationEndSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrolDibaoArgs = {
  input: EnrolDibaoInput;
};


export type MutationEnrolTekunArgs = {
  input: EnrolTekunInput;
};


export type MutationGrantReliefArgs = {
  input: GrantReliefInput;
};


export type MutationLoadComparisonSourceArgs = {
  input: LoadComparisonSourceInput;
  rows: Array<ComparisonRowInput>;
};


export type MutationLockMonthArgs = {
  month: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationOpenSubsidyRunArgs = {
  input: OpenSubsidyRunInput;
};


export type MutationRecordApplicationObjectionArgs = {
  input: RecordObjectionInput;
};


export type MutationRecordApplicationStepArgs = {
  input: RecordApplicationStepInput;
};


export type MutationRecordCareVisitArgs = {
  input: CareVisitInput;
};


export type MutationRecordCentralCareWishArgs = {
  input: CentralCareWishInput;
};


export type MutationRecordFinalAssessmentArgs = {
  input: FinalAssessmentInput;
};


export type MutationRecordSelfCareAssessmentArgs = {
  input: SelfCareAssessmentInput;
};


export type MutationRedoChangeSetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectCloseArgs = {
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveMembersArgs = {
  input: Array<MemberRemoveInput>;
};


export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplayWebhookEventsArgs = {
  endpointId: Scalars['ID']['input'];
  since: Scalars['DateTimeISO']['input'];
};


export type MutationReportProgressArgs = {
  assignmentId: Scalars['ID']['input'];
  evidence: InputMaybe<Array<EvidenceUpload>>;
  evidenceIds: InputMaybe<Array<Scalars['ID']['input']>>;
  period: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRequestCloseArgs = {
  assignmentId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationResetPasswordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreHouseholdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunComparisonArgs = {
  sourceId: Scalars['ID']['input'];
};


export type MutationSaveCareAgreementArgs = {
  input: CareAgreementInput;
};


export type MutationSaveMonthlyChecksArgs = {
  rows: Array<MonthlyCheckInput>;
};


export type MutationSaveViewStateArgs = {
  key: Scalars['String']['input'];
  state: Scalars['String']['input'];
};


export type MutationSetDibaoStandardArgs = {
  amount: Scalars['Float']['input'];
  area: DibaoArea;
  year: Scalars['Int']['input'];
};


export type MutationSetHouseholdHeadArgs = {
  formerHeadRelation?: Relation;
  householdId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSetMonitoringLineArgs = {
  amount: Scalars['Float']['input'];
  year: Scalars['Int']['input'];
};


export type MutationSetPresenceEditingArgs = {
  clientId: Scalars['String']['input'];
  ledger: Scalars['String']['input'];
  rowId: InputMaybe<Scalars['ID']['input']>;
};


export type MutationStartGradualExitArgs = {
  input: StartGradualExitInput;
};


export type MutationStartReferralAssistanceArgs = {
  input: StartReferralAssistanceInput;
};


export type MutationSubmitMonthlyChecksArgs = {
  householdIds: InputMaybe<Array<Scalars['ID']['input']>>;
  month: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};


export type MutationTopUpReserveFundArgs = {
  amount: Scalars['Float']['input'];
  note: InputMaybe<Scalars['String']['input']>;
  townshipCode: Scalars['String']['input'];
};


export type MutationUndoChangeSetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateApiTokenLimitsArgs = {
  dailyQuota: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  rateLimitPerMinute: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateHouseholdsArgs = {
  input: Array<HouseholdUpdateInput>;
};


export type MutationUpdateMembersArgs = {
  input: Array<MemberUpdateInput>;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: WebhookEndpointUpdateInput;
};


export type MutationUrgeAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  text: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationVerifyFindingArgs = {
  input: VerifyFindingInput;
};

/** 渐退期书面告知状态 */
export type NoticeStatus =
  /** 书面告知晚于纳入日期 (Notified in writing after entry) */
  | 'LATE'
  /** 已于纳入之日书面告知 (Notified in writing on entry) */
  | 'ON_ENTRY';

/** Sum, average, least and greatest of a number over a group (money rounded to 0.01; null values left out; avg, min and max null when the group has no value) */
export type NumberStats = {
  avg: Maybe<Scalars['Float']['output']>;
  max: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
  sum: Scalars['Float']['output'];
};

export type OpenSubsidyRunInput = {
  /** 元 per person, > 0 and at most 10000, two decimals */
  amountPerPerson: Scalars['Float']['input'];
  groups: Array<SubsidyGroup>;
  /** YYYY-MM; one run per month */
  month: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** 统计 — the county overview for a month, confined to the caller's scope */
export type Overview = {
  /** YYYY-MM-DD the date the figures are taken at: today for the current month, else the month's last day */
  asOf: Scalars['String']['output'];
  /** one per township in scope */
  assistance: Array<OverviewAssistanceFigure>;
  /** one per township in scope */
  checks: Array<OverviewCheckFigure>;
  /** YYYY-MM-DD: gradual exits ending after asOf and by this date (asOf + 3 months) are "ending soon" */
  exitWindowEnd: Scalars['String']['output'];
  gradualExits: OverviewGradualExits;
  households: Array<OverviewHouseholdFigure>;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  overduePaperwork: OverviewOverduePaperwork;
  /** the region the figures cover (county, township or village code) */
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  /** one per township in scope that has a fund */
  reserveFunds: Array<OverviewReserveFund>;
  /** townships in scope, in the county's order: the rows of the tables */
  townships: Array<OverviewTownship>;
};

/** Assistance of one township by kind: 低保 cases by state, 临时救助 grants of the month and of the year to the month's end, 特困 persons by support mode, 先行救助 paperwork overdue, gradual exits ending soon */
export type OverviewAssistanceFigure = {
  /** 低保 cases ACTIVE (households and 单人保). Drill: dibaoCases(where: { regionCode, state: ACTIVE }) */
  dibaoActive: Scalars['Int']['output'];
  /** 低保 cases in gradual exit (渐退期, GRADUAL_EXIT) */
  dibaoGradualExit: Scalars['Int']['output'];
  /** 单人保 cases (kind SINGLE_PERSON) not ended */
  dibaoSinglePerson: Scalars['Int']['output'];
  /** gradual exits ending after Overview.asOf and by Overview.exitWindowEnd (3 months) */
  gradualExitsEndingSoon: Scalars['Int']['output'];
  /** 先行救助 grants whose paperwork is past due and not done (as of Overview.asOf) */
  overduePaperwork: Scalars['Int']['output'];
  /** their amount, 元 */
  reliefMonthAmount: Scalars['Float']['output'];
  /** 临时救助 grants dated in the month */
  reliefMonthGrants: Scalars['Int']['output'];
  /** their amount, 元 */
  reliefYearAmount: Scalars['Float']['output'];
  /** 临时救助 grants dated from 1 January of the month's year to the month's end */
  reliefYearGrants: Scalars['Int']['output'];
  /** 特困 persons supported centrally (集中供养) on asOf (not ended; a minor's coverage ends at 18) */
  tekunCentralised: Scalars['Int']['output'];
  /** 特困 persons supported at home (分散供养) on asOf */
  tekunDispersed: Scalars['Int']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
};

/** The month's monthly checks (台账月度记录) of one township. Drill: monthlyChecks(where: { month, regionCode: townshipCode, visited: false }) */
export type OverviewCheckFigure = {
  /** checks that found the household at risk */
  atRisk: Scalars['Int']['output'];
  /** households of the ledgers (not deleted) that need a check this month */
  households: Scalars['Int']['output'];
  /** checks LOCKED by the county */
  locked: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** households − visited (未走访) */
  notVisited: Scalars['Int']['output'];
  /** visited / households, 0..1 (0 when there is no household) */
  rate: Scalars['Float']['output'];
  /** checks SUBMITTED or LOCKED */
  submitted: Scalars['Int']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  /** with a check recording a visit date */
  visited: Scalars['Int']['output'];
};

/** A 低保 case in gradual exit (渐退期) ending soon */
export type OverviewGradualExit = {
  caseId: Scalars['ID']['output'];
  /** days from Overview.asOf to the end (a gradual exit whose end date has come is ended) */
  daysLeft: Scalars['Int']['output'];
  /** YYYY-MM-DD, the last day of the gradual exit */
  exitEndDate: Scalars['String']['output'];
  /** YYYY-MM-DD */
  exitStartDate: Maybe<Scalars['String']['output']>;
  headName: Scalars['String']['output'];
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  /** HOUSEHOLD or SINGLE_PERSON (单人保) */
  kind: Scalars['String']['output'];
  /** date of the written notice */
  noticeDate: Maybe<Scalars['String']['output']>;
  noticeRef: Maybe<Scalars['String']['output']>;
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
};

/** Gradual exits ending after Overview.asOf and by Overview.exitWindowEnd: the count and the first items by end date */
export type OverviewGradualExits = {
  count: Scalars['Int']['output'];
  /** the earliest ending first, at most `top` */
  items: Array<OverviewGradualExit>;
};

/** Households of the ledgers (not deleted) of one township × category × risk status; rows with no household are left out. Drill: households(where: { regionCode: { startsWith: townshipCode }, category: { eq: category }, riskStatus: { eq: riskStatus } }) */
export type OverviewHouseholdFigure = {
  /** of these, households with an open risk referral (风险待帮扶: risk_referral OPEN) */
  atRisk: Scalars['Int']['output'];
  category: HouseholdCategory;
  households: Scalars['Int']['output'];
  riskStatus: RiskStatus;
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
};

/** A 先行救助 grant whose paperwork is overdue */
export type OverviewOverdueGrant = {
  amount: Scalars['Float']['output'];
  /** days past due as of Overview.asOf */
  daysOverdue: Scalars['Int']['output'];
  /** YYYY-MM-DD */
  grantDate: Scalars['String']['output'];
  grantId: Scalars['ID']['output'];
  headName: Maybe<Scalars['String']['output']>;
  householdCode: Maybe<Scalars['String']['output']>;
  householdId: Maybe<Scalars['ID']['output']>;
  /** YYYY-MM-DD, when the paperwork was due */
  paperworkDue: Scalars['String']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  /** EMERGENCY (急难型) or EXPENDITURE (支出型) */
  type: Scalars['String']['output'];
};

/** 先行救助 paperwork overdue: the count and the most overdue items */
export type OverviewOverduePaperwork = {
  count: Scalars['Int']['output'];
  /** the longest overdue first, at most `top` */
  items: Array<OverviewOverdueGrant>;
};

/** A township's reserve fund (备用金): balance = opening + top-ups − grants paid from it */
export type OverviewReserveFund = {
  balance: Scalars['Float']['output'];
  /** grants drawn from it */
  granted: Scalars['Float']['output'];
  opening: Scalars['Float']['output'];
  topUps: Scalars['Float']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
};

/** A township (乡镇/街道/农场) in the overview's scope */
export type OverviewTownship = {
  /** 9-digit township code */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Relay page information */
export type PageInfo = {
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  /** true when the page was asked for with `after` or a positive `offset` */
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** 探访时的身体和生活状况 */
export type PersonCondition =
  /** 一般 (Fair) */
  | 'FAIR'
  /** 良好 (Good) */
  | 'GOOD'
  /** 较差 (Poor) */
  | 'POOR';

export type PiiAccessConnection = {
  edges: Array<PiiAccessEdge>;
  pageInfo: PageInfo;
};

export type PiiAccessEdge = {
  cursor: Scalars['String']['output'];
  node: PiiAccessEvent;
};

/** 个人信息访问记录 — a read that returned unmasked personal data */
export type PiiAccessEvent = {
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  /** the rows whose personal data was returned */
  entityIds: Array<Scalars['ID']['output']>;
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** query, mutation or reveal */
  purpose: Scalars['String']['output'];
  requestId: Scalars['String']['output'];
};

export type PiiAccessWhere = {
  actor?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** query, mutation or reveal */
  purpose?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** 方案 — a plan whose measures are tracked to close-off */
export type Plan = {
  /** 文号, e.g. 永民发〔2020〕138号 */
  documentNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['output'];
  /** 发布机构 */
  issuer: Scalars['String']['output'];
  measures: Array<Measure>;
  title: Scalars['String']['output'];
};

/** A new plan with its measures; every measure × unit becomes an assignment */
export type PlanInput = {
  documentNumber: Scalars['String']['input'];
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['input'];
  issuer: Scalars['String']['input'];
  measures: Array<MeasureInput>;
  /** units the plan names that are not known yet */
  newUnits?: InputMaybe<Array<UnitInput>>;
  title: Scalars['String']['input'];
};

/** Who else has a ledger open (subscription presence): the whole list, sent again whenever it changes */
export type PresenceList = {
  /** the ledger key subscribed to */
  ledger: Scalars['String']['output'];
  /** how many others there are (users is cut at 100) */
  total: Scalars['Int']['output'];
  /** the others (not this subscription), earliest first, at most 100 */
  users: Array<PresenceUser>;
};

/** Someone else who has the ledger open (presence): name and township, never a household's data */
export type PresenceUser = {
  /** the user's display name (an API token: its name) */
  displayName: Scalars['String']['output'];
  /** when they started editing that row */
  editingSince: Maybe<Scalars['DateTimeISO']['output']>;
  /** the id of the row being edited now (inside the region the subscriber opened), or null */
  rowId: Maybe<Scalars['ID']['output']>;
  /** when they opened the ledger */
  since: Scalars['DateTimeISO']['output'];
  /** the user's township (9 digits); null for county users */
  townshipCode: Maybe<Scalars['String']['output']>;
  /** the township's name, or the county's for county users */
  townshipName: Scalars['String']['output'];
};

/** 进展报送 — a unit's report on an assignment */
export type ProgressReport = {
  assignmentId: Scalars['ID']['output'];
  at: Scalars['DateTimeISO']['output'];
  evidence: Array<EvidenceFile>;
  id: Scalars['ID']['output'];
  /** the month reported on, YYYY-MM */
  period: Scalars['String']['output'];
  /** who reported */
  reporter: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type Query = {
  /** An API token's requests per China calendar day from..to (YYYY-MM-DD, at most 366 days), zeros included (admin) */
  apiTokenUsage: Array<ApiTokenUsageDay>;
  /** API tokens (admin) */
  apiTokens: Array<ApiToken>;
  /** One application with its steps, objections, files and timeline (null when missing or outside the caller's region) */
  application: Maybe<ApplicationDetail>;
  /** Applications, newest first; where.step is the queue (申请待核对 … 待审批), where.overdue the undecided past their due date */
  applications: ApplicationConnection;
  /** 生活自理能力评估批次 with their spot checks, newest first */
  assessmentBatches: Array<AssessmentBatch>;
  /** One assignment; null when missing or another unit's alike */
  assignment: Maybe<Assignment>;
  /** 责任台账: assignments in board order (newest plan, measure, unit), as a Relay connection (scope: tasks:read; a unit sees only its own) */
  assignments: AssignmentConnection;
  /** The audit trail, newest first. audit:read sees everything (in its region); staff see the history of the households they may read */
  auditEvents: AuditEventConnection;
  /** 月度通报: per unit, what was overdue and escalated at the month's end and what was closed during it (a unit sees its own) */
  bulletin: Bulletin;
  /** 委托照料服务协议 of each dispersed person; problemsOnly: missing or expired */
  careAgreements: Array<CareAgreementRow>;
  /** A person's visits, latest first (at most 200) */
  careVisits: Array<CareVisit>;
  /** 集中供养: active 特困 persons with their wish; awaitingOnly: PARTIALLY_LOST/FULLY_LOST, wishing, still dispersed */
  centralCare: Array<CentralCareRow>;
  /** 集中供养 per township: dispersed persons unable to look after themselves, not asked, wishing, awaiting */
  centralCareByTownship: Array<CentralCareTownship>;
  /** The newest change cursor: subscribe with it as `since` after reading rows, and nothing committed in between is missed (scope: ledger:read) */
  changesCursor: Scalars['String']['output'];
  /** One finding with Doudi's record and the source row side by side, and its evidence */
  comparisonFinding: Maybe<ComparisonFinding>;
  /** Findings (疑点), newest first, in the caller's region; personal data masked without pii:read */
  comparisonFindings: ComparisonFindingConnection;
  /** The source kinds and their fixed columns (the import template) */
  comparisonKinds: Array<ComparisonKindInfo>;
  /** The comparison rules: what each finds and why it matters */
  comparisonRules: Array<ComparisonRuleInfo>;
  /** Loaded sources, newest first (at most 500) */
  comparisonSources: Array<ComparisonSource>;
  /** Findings per township and rule: total, open, overdue, 属实, 不属实 (the county view) */
  comparisonSummary: Array<ComparisonSummaryRow>;
  /** Flag list: active whole-household 低保 cases (not in gradual exit) with income per capita above this year's monitoring line */
  dibaoAboveLine: Array<DibaoCase>;
  /** 低保 cases, newest first (scope: ledger:read; township staff see their township) */
  dibaoCases: DibaoCaseConnection;
  /** 低保标准 by year and area (元 per person per month); a year without a row uses the nearest earlier year */
  dibaoStandards: Array<DibaoStandard>;
  /** 因疫致困 应保未保: households with the 因疫 risk type, income below the 低保标准, no active case and no open application */
  epidemicUncovered: Array<DibaoListRow>;
  /** 渐退 candidates: active whole-household 低保 cases whose latest check's income per capita is above this year's 低保标准 */
  gradualExitCandidates: Array<DibaoListRow>;
  /** 收入超标或稳定就业监测名单: cases in the gradual-exit period with months left and notice status, soonest end first */
  gradualExits: Array<DibaoCase>;
  /** One household by id (deleted ones too); null when missing or outside the caller's region alike */
  household: Maybe<Household>;
  /** Households of the monitoring ledgers, as a Relay connection (scope: ledger:read; confined to the caller's region) */
  households: HouseholdConnection;
  /** Households counted and summed by groups (at most 4 groupBy fields, DOUDI_AGGREGATE_MAX_GROUPS groups, 1000 by default: truncated beyond), under the same scope and filters as `households` (scope: ledger:read) */
  householdsAggregate: HouseholdAggregate;
  /** The caller */
  me: User;
  /** Measures of a plan (of every plan without planId), in order */
  measures: Array<Measure>;
  /** 监测线 by year */
  monitoringLines: Array<MonitoringLine>;
  /** Check completion per township in scope for a month (households, visited, submitted, locked, at risk) */
  monthlyCheckCompletion: Array<CheckCompletion>;
  /** Corrections of locked checks of a household (newest first) */
  monthlyCheckCorrections: Array<MonthlyCheckCorrection>;
  /** 台账月度记录: every active household of the ledgers in scope with its check of the month, or its absence (checkId null); ordered by village, then id */
  monthlyChecks: MonthlyCheckConnection;
  /** Monthly checks of a month range counted and summed by groups (at most 4 groupBy fields, DOUDI_AGGREGATE_MAX_GROUPS groups, 1000 by default: truncated beyond), under the caller's scope (scope: ledger:read) */
  monthlyChecksAggregate: MonthlyCheckAggregate;
  /** The caller's recent steps, newest first: the undo stack survives a reload */
  myChangeSets: Array<ChangeSet>;
  /** The caller's signed-in sessions (newest first) */
  mySessions: Array<Session>;
  /** 先行救助 grants whose paperwork is past its due date (most overdue first) */
  overdueReliefPaperwork: Array<ReliefGrant>;
  /** 统计 — the county overview for a month: households by township × category × risk status, the month's check completion, assistance by kind, gradual exits ending soon, overdue 先行救助 paperwork, reserve funds (scope: ledger:read; confined to the caller's region) */
  overview: Maybe<Overview>;
  /** Reads that returned unmasked personal data, newest first (audit:read) */
  piiAccessEvents: PiiAccessConnection;
  /** Plans (方案) with their measures, newest first */
  plans: Array<Plan>;
  /** 动态救助 board: per township, active referrals by state and the overdue ones */
  referralBoard: Array<ReferralBoardRow>;
  /** Regions of the county. No parentCode: the county itself; a code: its direct children */
  regions: Array<Region>;
  /** 临时救助 grants, newest first */
  reliefGrants: ReliefGrantConnection;
  /** 乡镇临时救助备用金: balance = opening + top-ups − grants drawn from it */
  reserveFunds: Array<ReserveFund>;
  /** Responsible units (责任单位), in board order */
  responsibleUnits: Array<ResponsibleUnit>;
  /** One household with its personal data unmasked (pii:read); the reveal is recorded */
  revealHousehold: Maybe<Household>;
  /** The conditions of 风险消除 for a household, met or not (what eliminateRisk would check) */
  riskEliminationCheck: Array<EliminationConditionResult>;
  /** 风险转介: households found at risk, newest first */
  riskReferrals: RiskReferralConnection;
  /** The payment list of a run: every eligible person once, with the amount */
  subsidyPayments: SubsidyPaymentConnection;
  /** 价格临时补贴 runs, newest month first, with the people and amount in the caller's region */
  subsidyRuns: Array<SubsidyRun>;
  /** A 特困 person's support-mode changes, latest first */
  supportModeChanges: Array<TekunSupportChange>;
  /** 特困供养对象, newest first */
  tekunPersons: TekunPersonConnection;
  /** Users, newest first (admin) */
  users: UserAccountConnection;
  /** The caller's saved layout for a view (JSON text), or null */
  viewState: Maybe<Scalars['String']['output']>;
  /** 定期探访 schedule of each dispersed person; overdueOnly: the late visits */
  visitSchedule: Array<VisitScheduleRow>;
  /** 定期探访 per township: dispersed persons and overdue visits */
  visitsByTownship: Array<VisitTownship>;
  /** An endpoint's deliveries, newest first, with their attempts (admin; first at most 100) */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The webhook endpoints (admin) */
  webhookEndpoints: Array<WebhookEndpoint>;
};


export type QueryApiTokenUsageArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  tokenId: Scalars['ID']['input'];
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ApplicationWhere>;
};


export type QueryAssessmentBatchesArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssignmentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<AssignmentWhere>;
};


export type QueryAuditEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<AuditEventWhere>;
};


export type QueryBulletinArgs = {
  month: Scalars['String']['input'];
  planId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCareAgreementsArgs = {
  problemsOnly: InputMaybe<Scalars['Boolean']['input']>;
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryCareVisitsArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryCentralCareArgs = {
  awaitingOnly: InputMaybe<Scalars['Boolean']['input']>;
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryCentralCareByTownshipArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryComparisonFindingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComparisonFindingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ComparisonFindingWhere>;
};


export type QueryComparisonSummaryArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryDibaoAboveLineArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryDibaoCasesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<DibaoCaseWhere>;
};


export type QueryEpidemicUncoveredArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryGradualExitCandidatesArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryGradualExitsArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHouseholdsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  maskPii: InputMaybe<Scalars['Boolean']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<HouseholdOrder>>;
  where: InputMaybe<HouseholdWhere>;
};


export type QueryHouseholdsAggregateArgs = {
  groupBy: InputMaybe<Array<HouseholdGroupField>>;
  where: InputMaybe<HouseholdWhere>;
};


export type QueryMeasuresArgs = {
  planId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMonthlyCheckCompletionArgs = {
  month: Scalars['String']['input'];
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryMonthlyCheckCorrectionsArgs = {
  householdId: Scalars['ID']['input'];
};


export type QueryMonthlyChecksArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  where: MonthlyCheckWhere;
};


export type QueryMonthlyChecksAggregateArgs = {
  groupBy: InputMaybe<Array<MonthlyCheckGroupField>>;
  where: MonthlyCheckAggregateWhere;
};


export type QueryMyChangeSetsArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryOverdueReliefPaperworkArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryOverviewArgs = {
  month: Scalars['String']['input'];
  regionCode: InputMaybe<Scalars['String']['input']>;
  top: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPiiAccessEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<PiiAccessWhere>;
};


export type QueryReferralBoardArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryRegionsArgs = {
  parentCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryReliefGrantsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<ReliefGrantWhere>;
};


export type QueryReserveFundsArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryRevealHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRiskEliminationCheckArgs = {
  householdId: Scalars['ID']['input'];
};


export type QueryRiskReferralsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<RiskReferralWhere>;
};


export type QuerySubsidyPaymentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  regionCode: InputMaybe<Scalars['String']['input']>;
  runId: Scalars['ID']['input'];
};


export type QuerySubsidyRunsArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QuerySupportModeChangesArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryTekunPersonsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<TekunPersonWhere>;
};


export type QueryUsersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<UserWhere>;
};


export type QueryViewStateArgs = {
  key: Scalars['String']['input'];
};


export type QueryVisitScheduleArgs = {
  overdueOnly: InputMaybe<Scalars['Boolean']['input']>;
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryVisitsByTownshipArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  endpointId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  status: InputMaybe<WebhookDeliveryStatus>;
};

export type RecordApplicationStepInput = {
  applicationId: Scalars['ID']['input'];
  /** ECONOMIC_CHECK: asset findings (车辆, 房产 …) */
  assetFlags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ECONOMIC_CHECK: data sources checked (required, ≥ 1) */
  dataSources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** YYYY-MM-DD: the check, the visit, the review; the 公示's start */
  date: Scalars['String']['input'];
  /** upload ids from POST /api/evidence */
  evidenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** ECONOMIC_CHECK: per-capita income found, annual 元 (required) */
  incomePerCapita?: InputMaybe<Scalars['Float']['input']>;
  /** PUBLIC_NOTICE: days, at least 7 (default 7) */
  noticeDays?: InputMaybe<Scalars['Int']['input']>;
  /** DEMOCRATIC_REVIEW: passed (required) */
  passed?: InputMaybe<Scalars['Boolean']['input']>;
  /** 核对人, 入户调查人 (≥ 2), 评议参加人 */
  people?: InputMaybe<Array<Scalars['String']['input']>>;
  /** PUBLIC_NOTICE: where it is posted */
  place?: InputMaybe<Scalars['String']['input']>;
  /** 结果 / 调查情况 / 评议结论 */
  result?: InputMaybe<Scalars['String']['input']>;
  step: ApplicationStep;
  version: Scalars['Int']['input'];
};

export type RecordObjectionInput = {
  applicationId: Scalars['ID']['input'];
  content: Scalars['String']['input'];
  objector: Scalars['String']['input'];
  /** YYYY-MM-DD; default today */
  receivedOn?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** 完成时限的周期 — how a measure recurs after its first deadline */
export type Recurrence =
  /** 每月报送 (Monthly) */
  | 'MONTHLY'
  /** 一次性完成 (One-off) */
  | 'NONE'
  /** 长期坚持 (Ongoing) */
  | 'ONGOING';

/** 转介的救助措施 — what was done */
export type ReferralAssistanceKind =
  /** 低保/特困申请 (Application) */
  | 'APPLICATION'
  /** 低保 (Dibao case) */
  | 'DIBAO_CASE'
  /** 其他帮扶措施 (Another measure (described)) */
  | 'OTHER_MEASURE'
  /** 临时救助 (Relief grant) */
  | 'RELIEF_GRANT'
  /** 特困供养 (Tekun support) */
  | 'TEKUN_PERSON';

/** One township on the office's board of the 动态救助 loop */
export type ReferralBoardRow = {
  /** OPEN + ASSIGNED + ASSISTING */
  active: Scalars['Int']['output'];
  assigned: Scalars['Int']['output'];
  assisting: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  /** help not started and past the due date */
  overdue: Scalars['Int']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
};

/** A township's risk referrals in the monthly 通报, as they stood at its asOf */
export type ReferralBulletinRow = {
  /** OPEN, ASSIGNED or ASSISTING at asOf */
  active: Scalars['Int']['output'];
  /** closed (办结) during the month */
  closed: Scalars['Int']['output'];
  /** opened during the month */
  opened: Scalars['Int']['output'];
  /** active at asOf, help not started and past the due date */
  overdue: Scalars['Int']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
};

/** A committed change of one risk referral (风险转介; subscription referralsChanged) */
export type ReferralChange = {
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  changeSet: Maybe<Scalars['String']['output']>;
  /** position of the change (an audit id): pass the last one seen as `since` when subscribing again to catch up */
  cursor: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  /** the fields the change wrote, with their values as riskReferrals shows them */
  fields: Array<ChangedField>;
  householdId: Scalars['ID']['output'];
  /** the referral */
  id: Scalars['ID']['output'];
  /** a resync marker (catch-up had too much to send): reload the rows, then carry on from `cursor`; its other fields are empty */
  resync: Scalars['Boolean']['output'];
  /** the referral's state after the change (OPEN, CLOSED, WITHDRAWN) */
  state: Scalars['String']['output'];
};

/** 转介办结方式 */
export type ReferralCloseKind =
  /** 救助已落实 (Assistance in place) */
  | 'ASSISTANCE_IN_PLACE'
  /** 风险消除 (Risk eliminated) */
  | 'RISK_ELIMINATED';

/** 风险转介状态 — OPEN → ASSIGNED → ASSISTING → CLOSED (or WITHDRAWN) */
export type ReferralState =
  /** 已指派 (Assigned to an owner) */
  | 'ASSIGNED'
  /** 救助中 (Assistance under way) */
  | 'ASSISTING'
  /** 已办结 (Closed) */
  | 'CLOSED'
  /** 待救助 (Open: assistance to start) */
  | 'OPEN'
  /** 已撤回 (Withdrawn before submission) */
  | 'WITHDRAWN';

/** 行政区划 (统计用区划代码, mid-2020) */
export type Region = {
  /** 6 digits county, 9 township, 12 village/community */
  code: Scalars['String']['output'];
  /** COUNTY, SUBDISTRICT, TOWN, TOWNSHIP, FARM, VILLAGE or COMMUNITY */
  kind: Scalars['String']['output'];
  /** COUNTY, TOWNSHIP or VILLAGE */
  level: Scalars['String']['output'];
  name: Scalars['String']['output'];
  parentCode: Maybe<Scalars['String']['output']>;
};

/** Region code prefix: 6 digits the county, 9 a township, 12 a village or community */
export type RegionCodeFilter = {
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** 与户主关系 — a member's relation to the head of household */
export type Relation =
  /** 之兄弟 (Brother) */
  | 'BROTHER'
  /** 之女 (Daughter) */
  | 'DAUGHTER'
  /** 之儿媳 (Daughter-in-law) */
  | 'DAUGHTER_IN_LAW'
  /** 之父 (Father) */
  | 'FATHER'
  /** 之孙女 (Granddaughter) */
  | 'GRANDDAUGHTER'
  /** 之祖父 (Grandfather) */
  | 'GRANDFATHER'
  /** 之祖母 (Grandmother) */
  | 'GRANDMOTHER'
  /** 之孙子 (Grandson) */
  | 'GRANDSON'
  /** 户主 (Head of household) */
  | 'HEAD'
  /** 之母 (Mother) */
  | 'MOTHER'
  /** 其他 (Other) */
  | 'OTHER'
  /** 之姐妹 (Sister) */
  | 'SISTER'
  /** 之子 (Son) */
  | 'SON'
  /** 之女婿 (Son-in-law) */
  | 'SON_IN_LAW'
  /** 配偶 (Spouse) */
  | 'SPOUSE';

/** 临时救助县级审批: NONE (township's own) or PENDING → APPROVED | REJECTED */
export type ReliefApproval =
  /** 县级已批准 (Approved by the county) */
  | 'APPROVED'
  /** 乡镇直接发放 (Granted by the township) */
  | 'NONE'
  /** 待县级审批 (Awaiting the county) */
  | 'PENDING'
  /** 县级未批准 (Rejected by the county) */
  | 'REJECTED';

/** 临时救助 — a one-time grant */
export type ReliefGrant = {
  /** 金额 元 */
  amount: Scalars['Float']['output'];
  /** NONE: the township's own grant; a large or 一事一议 grant is PENDING until the county decides */
  approval: ReliefApproval;
  /** 先行救助 */
  assistFirst: Scalars['Boolean']['output'];
  /** 一事一议 */
  caseByCase: Scalars['Boolean']['output'];
  /** 事由 */
  cause: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  daysOverdue: Maybe<Scalars['Int']['output']>;
  decidedBy: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  decidedOn: Maybe<Scalars['String']['output']>;
  /** 审批意见 (the reason of a rejection) */
  decisionNote: Maybe<Scalars['String']['output']>;
  /** paid from the township reserve fund (备用金) */
  fromReserveFund: Scalars['Boolean']['output'];
  grantDate: Scalars['String']['output'];
  householdCode: Maybe<Scalars['String']['output']>;
  householdId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  meetingRef: Scalars['String']['output'];
  memberId: Maybe<Scalars['ID']['output']>;
  /** 农民工等未参保失业人员 (measure 4) */
  migrantWorkerCase: Scalars['Boolean']['output'];
  noIncomeThreeMonths: Scalars['Boolean']['output'];
  noUnemploymentInsurance: Scalars['Boolean']['output'];
  notOnDibao: Scalars['Boolean']['output'];
  /** 手续补齐日期 */
  paperworkDoneAt: Maybe<Scalars['String']['output']>;
  /** 补齐手续期限 */
  paperworkDue: Maybe<Scalars['String']['output']>;
  /** assist-first paperwork past its due date and not done */
  paperworkOverdue: Scalars['Boolean']['output'];
  /** 受助人身份证号; masked without pii:read */
  recipientIdNumber: Maybe<Scalars['String']['output']>;
  /** 受助人姓名 */
  recipientName: Scalars['String']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  type: ReliefType;
  version: Scalars['Int']['output'];
};

export type ReliefGrantConnection = {
  edges: Array<ReliefGrantEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReliefGrantEdge = {
  cursor: Scalars['String']['output'];
  node: ReliefGrant;
};

export type ReliefGrantResult = {
  errors: Array<FieldErrorType>;
  grant: Maybe<ReliefGrant>;
  ok: Scalars['Boolean']['output'];
};

export type ReliefGrantWhere = {
  /** PENDING: the county's approval queue */
  approval?: InputMaybe<ReliefApproval>;
  assistFirst?: InputMaybe<Scalars['Boolean']['input']>;
  caseByCase?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM-DD, inclusive */
  from?: InputMaybe<Scalars['String']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  migrantWorkerCase?: InputMaybe<Scalars['Boolean']['input']>;
  /** only assist-first grants whose paperwork is overdue */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, inclusive */
  to?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ReliefType>;
};

/** 临时救助类型 */
export type ReliefType =
  /** 急难型 (Emergency) */
  | 'EMERGENCY'
  /** 支出型 (Expenditure) */
  | 'EXPENDITURE';

/** 乡镇临时救助备用金 */
export type ReserveFund = {
  /** opening + top-ups − grants */
  balance: Scalars['Float']['output'];
  grantCount: Scalars['Int']['output'];
  /** grants drawn from the fund */
  granted: Scalars['Float']['output'];
  openingBalance: Scalars['Float']['output'];
  toppedUp: Scalars['Float']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
};

export type ReserveFundResult = {
  errors: Array<FieldErrorType>;
  fund: Maybe<ReserveFund>;
  ok: Scalars['Boolean']['output'];
};

/** 责任单位 — a responsible unit */
export type ResponsibleUnit = {
  /** bureaus: a letter code (MZJ 民政局 …); townships and the sub-district: the 9-digit region code */
  code: Scalars['String']['output'];
  kind: UnitKind;
  name: Scalars['String']['output'];
};

/** 风险转介 — a household found at risk, for assistance to start */
export type RiskReferral = {
  /** YYYY-MM-DD first assigned */
  assignedAt: Maybe<Scalars['String']['output']>;
  assistanceKind: Maybe<ReferralAssistanceKind>;
  /** the measure in words */
  assistanceNote: Maybe<Scalars['String']['output']>;
  /** id of the linked application, relief grant, 低保 case or 特困 person */
  assistanceRef: Maybe<Scalars['String']['output']>;
  category: HouseholdCategory;
  checkId: Maybe<Scalars['ID']['output']>;
  closeKind: Maybe<ReferralCloseKind>;
  closeReason: Maybe<Scalars['String']['output']>;
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  closedBy: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** YYYY-MM-DD by which help must start (opening + DOUDI_REFERRAL_DUE_DAYS, default 7) */
  dueDate: Maybe<Scalars['String']['output']>;
  headName: Scalars['String']['output'];
  /** 帮扶责任人 */
  helper: Maybe<Scalars['String']['output']>;
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** month whose check found the risk (the latest while open) */
  month: Scalars['String']['output'];
  /** OPEN or ASSIGNED and the due date is past (China time, today) */
  overdue: Scalars['Boolean']['output'];
  /** 经办人: the township user who owns it (assignReferral) */
  owner: Maybe<Scalars['String']['output']>;
  /** zh-CN reasons */
  reasons: Array<Scalars['String']['output']>;
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  /** YYYY-MM-DD assistance started */
  startedAt: Maybe<Scalars['String']['output']>;
  state: ReferralState;
  townshipCode: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** send back with assignReferral / startReferralAssistance / closeReferral */
  version: Scalars['Int']['output'];
};

export type RiskReferralConnection = {
  edges: Array<RiskReferralEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RiskReferralEdge = {
  cursor: Scalars['String']['output'];
  node: RiskReferral;
};

export type RiskReferralResult = {
  errors: Array<FieldErrorType>;
  ok: Scalars['Boolean']['output'];
  referral: Maybe<RiskReferral>;
};

export type RiskReferralWhere = {
  /** true: OPEN, ASSIGNED or ASSISTING; false: CLOSED or WITHDRAWN */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM */
  month?: InputMaybe<Scalars['String']['input']>;
  /** true: help not started and past the due date */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** the owner's username */
  owner?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<ReferralState>;
};

/** 风险状态 */
export type RiskStatus =
  /** 风险已消除 (Risk eliminated) */
  | 'ELIMINATED'
  /** 监测中 (Under monitoring) */
  | 'MONITORING';

export type RiskStatusFilter = {
  eq?: InputMaybe<RiskStatus>;
  in?: InputMaybe<Array<RiskStatus>>;
};

/** 风险类型 — why a household is at risk */
export type RiskType =
  /** 因意外事故 (Accident) */
  | 'ACCIDENT'
  /** 产业项目失败 (Business or farming project failed) */
  | 'BUSINESS_FAILURE'
  /** 因残 (Disability) */
  | 'DISABILITY'
  /** 因灾 (Natural disaster) */
  | 'DISASTER'
  /** 饮水安全问题 (Unsafe drinking water) */
  | 'DRINKING_WATER'
  /** 因疫 (Epidemic) */
  | 'EPIDEMIC'
  /** 住房出现安全问题 (Unsafe housing) */
  | 'HOUSING'
  /** 因病 (Illness) */
  | 'ILLNESS'
  /** 缺劳动力 (Lack of labour) */
  | 'LABOR_SHORTAGE'
  /** 其他 (Other) */
  | 'OTHER'
  /** 因学 (Schooling costs) */
  | 'SCHOOLING'
  /** 务工就业不稳 (Unstable employment) */
  | 'UNSTABLE_EMPLOYMENT';

/** Risk types of a household (a set) */
export type RiskTypesFilter = {
  /** has this risk type */
  contains?: InputMaybe<RiskType>;
  /** has all of these */
  containsAll?: InputMaybe<Array<RiskType>>;
  /** has at least one of these */
  in?: InputMaybe<Array<RiskType>>;
  /** true: no risk type recorded */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 在校生状况 / 文化程度 */
export type Schooling =
  /** 大专及以上 (College or above) */
  | 'COLLEGE'
  /** 辍学 (Dropped out) */
  | 'DROPPED_OUT'
  /** 文盲或半文盲 (Illiterate or semi-literate) */
  | 'ILLITERATE'
  /** 大专及以上在读 (In college or university) */
  | 'IN_COLLEGE'
  /** 初中在读 (In junior secondary school) */
  | 'IN_JUNIOR'
  /** 小学在读 (In primary school) */
  | 'IN_PRIMARY'
  /** 高中在读 (In senior secondary school) */
  | 'IN_SENIOR'
  /** 中职在读 (In secondary vocational school) */
  | 'IN_VOCATIONAL'
  /** 初中 (Junior secondary school) */
  | 'JUNIOR'
  /** 学前儿童 (Pre-school child) */
  | 'PRESCHOOL'
  /** 小学 (Primary school) */
  | 'PRIMARY'
  /** 高中 (Senior secondary school) */
  | 'SENIOR';

/** 生活自理能力评估 (six items; result derived) */
export type SelfCareAssessment = {
  assessedOn: Scalars['String']['output'];
  assessorOrg: Scalars['String']['output'];
  batchId: Maybe<Scalars['ID']['output']>;
  /** 洗澡 */
  bathing: Scalars['Boolean']['output'];
  /** 上下床 */
  bed: Scalars['Boolean']['output'];
  createdBy: Scalars['String']['output'];
  /** 穿衣 */
  dressing: Scalars['Boolean']['output'];
  /** 自主吃饭 */
  eating: Scalars['Boolean']['output'];
  /** FINAL: the preliminary assessment it rules on */
  finalOf: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  result: SelfCareResult;
  /** PRELIMINARY: drawn into the county spot check */
  sampled: Scalars['Boolean']['output'];
  stage: AssessmentStage;
  /** 如厕 */
  toilet: Scalars['Boolean']['output'];
  /** items not met */
  unmetCount: Scalars['Int']['output'];
  /** 室内行走 */
  walking: Scalars['Boolean']['output'];
};

export type SelfCareAssessmentInput = {
  assessorOrg: Scalars['String']['input'];
  batchId?: InputMaybe<Scalars['ID']['input']>;
  bathing: Scalars['Boolean']['input'];
  bed: Scalars['Boolean']['input'];
  dressing: Scalars['Boolean']['input'];
  eating: Scalars['Boolean']['input'];
  personId: Scalars['ID']['input'];
  /** default PRELIMINARY; FINAL is the county's */
  stage?: InputMaybe<AssessmentStage>;
  toilet: Scalars['Boolean']['input'];
  walking: Scalars['Boolean']['input'];
};

export type SelfCareAssessmentResult = {
  assessment: Maybe<SelfCareAssessment>;
  errors: Array<FieldErrorType>;
  ok: Scalars['Boolean']['output'];
  /** the derived result */
  result: Maybe<SelfCareResult>;
};

/** 生活自理能力评估结论 — derived from the six items, never typed */
export type SelfCareResult =
  /** 具备生活自理能力 (Able to look after themselves) */
  | 'CAPABLE'
  /** 完全丧失生活自理能力 (Fully unable) */
  | 'FULLY_LOST'
  /** 部分丧失生活自理能力 (Partially unable) */
  | 'PARTIALLY_LOST';

/** 登录会话 — one of the caller's signed-in sessions */
export type Session = {
  createdAt: Scalars['DateTimeISO']['output'];
  /** true: the session this request was made with */
  current: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** recorded at most once a minute */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

export type StartGradualExitInput = {
  caseId: Scalars['ID']['input'];
  /** default: start + 18 months; later refused with OUT_OF_RANGE */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** 书面告知日期 (required) */
  noticeDate?: InputMaybe<Scalars['String']['input']>;
  /** 书面告知文号 (required) */
  noticeRef?: InputMaybe<Scalars['String']['input']>;
  /** 渐退期开始日期 (required) */
  startDate?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** 开始救助: ASSIGNED → ASSISTING, linked to what was done */
export type StartReferralAssistanceInput = {
  assistanceKind: ReferralAssistanceKind;
  /** the measure in words (required for OTHER_MEASURE; at most 500) */
  assistanceNote?: InputMaybe<Scalars['String']['input']>;
  /** id of the application, relief grant, 低保 case or 特困 person (the household's own); not for OTHER_MEASURE */
  assistanceRef?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** String comparison; `contains` and `startsWith` are case-insensitive for Latin letters */
export type StringFilter = {
  contains?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: empty or absent; false: present */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  /** Committed changes of assignments (责任台账) the caller sees — a unit its own only (WebSocket only; scope: tasks:read) */
  assignmentsChanged: AssignmentChange;
  /** Committed household changes in the caller's region, masked as a query (WebSocket only; scope: ledger:read) */
  householdsChanged: HouseholdChange;
  /** Committed changes of household members in the caller's region, optionally of one household, masked as a query (WebSocket only; scope: ledger:read) */
  membersChanged: MemberChange;
  /** Committed changes of one month's checks (台账月度记录) in the caller's region, optionally under a region-code prefix (WebSocket only; scope: ledger:read) */
  monthlyChecksChanged: MonthlyCheckChange;
  /** Who else has this ledger open and which row each edits; joins the ledger until the subscription ends (WebSocket only; scope: ledger:read and the ledger's region). Keys: households:<regionCode>, monthly:<YYYY-MM>:<regionCode>, members:<householdId> */
  presence: PresenceList;
  /** Committed changes of risk referrals (风险转介) in the caller's region, optionally under a region-code prefix (WebSocket only; scope: ledger:read) */
  referralsChanged: ReferralChange;
};


export type SubscriptionAssignmentsChangedArgs = {
  since: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionHouseholdsChangedArgs = {
  maskPii: InputMaybe<Scalars['Boolean']['input']>;
  since: InputMaybe<Scalars['String']['input']>;
  where: InputMaybe<HouseholdWhere>;
};


export type SubscriptionMembersChangedArgs = {
  householdId: InputMaybe<Scalars['ID']['input']>;
  since: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionMonthlyChecksChangedArgs = {
  month: Scalars['String']['input'];
  regionCode: InputMaybe<Scalars['String']['input']>;
  since: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionPresenceArgs = {
  clientId: Scalars['String']['input'];
  ledger: Scalars['String']['input'];
};


export type SubscriptionReferralsChangedArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
  since: InputMaybe<Scalars['String']['input']>;
};

/** 价格临时补贴覆盖的保障类别 */
export type SubsidyGroup =
  /** 低保对象 (Dibao recipients) */
  | 'DIBAO'
  /** 特困人员 (Tekun persons) */
  | 'TEKUN';

/** One person paid by a run (once, whatever groups they are in) */
export type SubsidyPayment = {
  amount: Scalars['Float']['output'];
  groups: Array<SubsidyGroup>;
  householdCode: Maybe<Scalars['String']['output']>;
  householdId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** masked without pii:read */
  idNumber: Maybe<Scalars['String']['output']>;
  memberId: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  runId: Scalars['ID']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
};

export type SubsidyPaymentConnection = {
  edges: Array<SubsidyPaymentEdge>;
  pageInfo: PageInfo;
  totalAmount: Scalars['Float']['output'];
  totalCount: Scalars['Int']['output'];
};

export type SubsidyPaymentEdge = {
  cursor: Scalars['String']['output'];
  node: SubsidyPayment;
};

/** 价格临时补贴发放批次 */
export type SubsidyRun = {
  amountPerPerson: Scalars['Float']['output'];
  /** people paid in the county */
  countyPersonCount: Scalars['Int']['output'];
  countyTotalAmount: Scalars['Float']['output'];
  createdBy: Scalars['String']['output'];
  groups: Array<SubsidyGroup>;
  id: Scalars['ID']['output'];
  month: Scalars['String']['output'];
  note: Scalars['String']['output'];
  /** people paid in the caller's region */
  personCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** 元 in the caller's region */
  totalAmount: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
};

export type SubsidyRunResult = {
  errors: Array<FieldErrorType>;
  ok: Scalars['Boolean']['output'];
  run: Maybe<SubsidyRun>;
};

/** 特困供养方式 */
export type SupportMode =
  /** 集中供养 (Centralised care) */
  | 'CENTRALISED'
  /** 分散供养 (Dispersed support) */
  | 'DISPERSED';

/** 特困供养对象 */
export type TekunPerson = {
  /** age today, from the ID number; null when masked */
  age: Maybe<Scalars['Int']['output']>;
  /** 照料服务机构 */
  careProviderOrg: Scalars['String']['output'];
  /** a minor's coverage end: the 18th birthday */
  coverageEndDate: Maybe<Scalars['String']['output']>;
  endDate: Maybe<Scalars['String']['output']>;
  endReason: Maybe<Scalars['String']['output']>;
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** masked without pii:read */
  idNumber: Maybe<Scalars['String']['output']>;
  /** the latest self-care result (final if any, else preliminary) */
  latestResult: Maybe<SelfCareResult>;
  latestStage: Maybe<AssessmentStage>;
  memberId: Scalars['ID']['output'];
  /** covered as a minor (up to 18) */
  minorClause: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  startDate: Scalars['String']['output'];
  /** effective state: a minor's coverage ends on the 18th birthday */
  state: TekunState;
  supportMode: SupportMode;
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TekunPersonConnection = {
  edges: Array<TekunPersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TekunPersonEdge = {
  cursor: Scalars['String']['output'];
  node: TekunPerson;
};

export type TekunPersonResult = {
  errors: Array<FieldErrorType>;
  ok: Scalars['Boolean']['output'];
  person: Maybe<TekunPerson>;
};

export type TekunPersonWhere = {
  minorClause?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** name or household code contains */
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<TekunState>;
  supportMode?: InputMaybe<SupportMode>;
};

/** 特困供养状态 */
export type TekunState =
  /** 在供养 (Supported) */
  | 'ACTIVE'
  /** 已终止 (Ended) */
  | 'ENDED';

export type TekunSupportChange = {
  changedOn: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  fromMode: SupportMode;
  id: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  toMode: SupportMode;
};

/** Whether `totalCount` is exact, or a lower bound because counting stopped at the server's cap */
export type TotalCountKind =
  /** at least totalCount rows match; counting stopped at the cap (DOUDI_COUNT_CAP) */
  | 'AT_LEAST'
  /** totalCount is the exact number of matching rows */
  | 'EXACT';

export type UndoConflictNode = {
  code: Scalars['String']['output'];
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** The outcome of an undo or redo */
export type UndoResult = {
  applied: Scalars['Int']['output'];
  /** the change set under which the inverse was recorded */
  changeSet: Scalars['String']['output'];
  /** changes left alone because someone else changed them since, or refused */
  conflicts: Array<UndoConflictNode>;
  /** true when every change was reverted (or re-applied) */
  ok: Scalars['Boolean']['output'];
};

/** A responsible unit a new plan names that the county does not have yet */
export type UnitInput = {
  /** letter code (e.g. JYJ); generated when absent */
  code?: InputMaybe<Scalars['String']['input']>;
  kind?: UnitKind;
  name: Scalars['String']['input'];
};

/** 责任单位类别 */
export type UnitKind =
  /** 县直部门 (County bureau) */
  | 'BUREAU'
  /** 其他 (Other) */
  | 'OTHER'
  /** 街道 (Sub-district) */
  | 'SUBDISTRICT'
  /** 乡镇 (Township) */
  | 'TOWNSHIP';

export type UpdateUserInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** mobile number; an empty string removes it */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** TOWNSHIP_STAFF: the township; give it with the role when either changes */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  /** UNIT_REPORTER: the unit; give it with the role when either changes */
  unitCode?: InputMaybe<Scalars['String']['input']>;
  /** the version read */
  version: Scalars['Int']['input'];
};

/** 登录用户 */
export type User = {
  displayName: Scalars['String']['output'];
  /** true: signed in with a one-time password; everything but changePassword, me and logout answers PASSWORD_CHANGE_REQUIRED until it is changed */
  mustChangePassword: Scalars['Boolean']['output'];
  /** the region the user is confined to (township staff) */
  regionCode: Maybe<Scalars['String']['output']>;
  /** ADMIN, COUNTY_STAFF, TOWNSHIP_STAFF, UNIT_REPORTER, LEADERSHIP_OFFICE or AUDITOR */
  role: Scalars['String']['output'];
  /** what the user may do: ledger:read, ledger:write, pii:read, tasks:read, tasks:write, audit:read */
  scopes: Array<Scalars['String']['output']>;
  /** the responsible unit the user reports for */
  unitCode: Maybe<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};

/** 用户账号 — a person who signs in (the administrator's view) */
export type UserAccount = {
  createdAt: Scalars['DateTimeISO']['output'];
  /** true: the user is disabled and cannot sign in */
  disabled: Scalars['Boolean']['output'];
  disabledAt: Maybe<Scalars['DateTimeISO']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** the last use of any of the user's sessions */
  lastSeenAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** true: the user holds a one-time password and must change it first */
  mustChangePassword: Scalars['Boolean']['output'];
  /** mobile number; masked (138****5678) without pii:read */
  phone: Maybe<Scalars['String']['output']>;
  /** township staff: their township (9-digit code) */
  regionCode: Maybe<Scalars['String']['output']>;
  /** ADMIN, COUNTY_STAFF, TOWNSHIP_STAFF, UNIT_REPORTER, LEADERSHIP_OFFICE or AUDITOR */
  role: Scalars['String']['output'];
  /** unit reporters: their responsible unit (MZJ, RSJ, …); township staff: their township */
  unitCode: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  username: Scalars['String']['output'];
  /** send back with updateUser (VERSION_CONFLICT when someone changed the user meanwhile) */
  version: Scalars['Int']['output'];
};

export type UserAccountConnection = {
  edges: Array<UserAccountEdge>;
  pageInfo: PageInfo;
};

export type UserAccountEdge = {
  cursor: Scalars['String']['output'];
  node: UserAccount;
};

/** Filters of users(); all optional, combined with AND */
export type UserWhere = {
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  /** part of the username or the display name */
  search?: InputMaybe<Scalars['String']['input']>;
  /** township (9-digit code) or unit code */
  unitCode?: InputMaybe<Scalars['String']['input']>;
};

/** A user and its one-time password (createUser, resetPassword) */
export type UserWithPassword = {
  /** shown once, stored only as a hash; the user must change it at the first sign-in */
  oneTimePassword: Scalars['String']['output'];
  user: UserAccount;
};

export type VerifyFindingInput = {
  /** what the confirmed finding led to (required when CONFIRMED) */
  action?: InputMaybe<FindingAction>;
  /** the record the action names: a 低保 case id, household id or application number */
  actionRef?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<ComparisonEvidenceInput>>;
  findingId: Scalars['ID']['input'];
  /** what was checked (required when REJECTED), at most 2000 characters */
  note?: InputMaybe<Scalars['String']['input']>;
  /** CONFIRMED (属实) or REJECTED (不属实) */
  result: FindingState;
  version: Scalars['Int']['input'];
};

export type VerifyFindingResult = {
  errors: Array<FieldErrorType>;
  finding: Maybe<ComparisonFinding>;
  ok: Scalars['Boolean']['output'];
};

/** A dispersed 特困 person's visit schedule */
export type VisitScheduleRow = {
  /** null when the ID number is masked */
  age: Maybe<Scalars['Int']['output']>;
  daysOverdue: Scalars['Int']['output'];
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  /** masked without pii:read */
  idNumber: Maybe<Scalars['String']['output']>;
  /** days between visits: DOUDI_VISIT_DAYS (30), or DOUDI_VISIT_DAYS_INTENSIVE (7) from 80 or FULLY_LOST */
  intervalDays: Scalars['Int']['output'];
  lastVisit: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** last visit (or the support start) + interval */
  nextDue: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  personId: Scalars['ID']['output'];
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  /** latest self-care result (final if any) */
  selfCare: Maybe<SelfCareResult>;
  supportMode: SupportMode;
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  /** the person's version (recordCentralCareWish, changeSupportMode) */
  version: Scalars['Int']['output'];
};

export type VisitTownship = {
  dispersed: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  townshipCode: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
};

/** One POST of a delivery */
export type WebhookAttempt = {
  at: Scalars['DateTimeISO']['output'];
  attempt: Scalars['Int']['output'];
  durationMs: Scalars['Int']['output'];
  error: Maybe<Scalars['String']['output']>;
  /** the first 300 characters of the answer */
  responseSnippet: Maybe<Scalars['String']['output']>;
  /** the HTTP status; null when no answer came */
  statusCode: Maybe<Scalars['Int']['output']>;
};

/** One event for one endpoint, and its attempts */
export type WebhookDelivery = {
  /** the attempts, oldest first */
  attemptLog: Array<WebhookAttempt>;
  attempts: Scalars['Int']['output'];
  deliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  endpointId: Scalars['ID']['output'];
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  /** the event id (X-Doudi-Event-Id): the same on every attempt and replay */
  eventId: Scalars['String']['output'];
  /** e.g. household.updated */
  eventType: Scalars['String']['output'];
  /** retries end here (then DEAD) */
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** when the next attempt is due (PENDING) */
  nextAttemptAt: Scalars['DateTimeISO']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  regionCode: Maybe<Scalars['String']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryEdge = {
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** PENDING (waiting or retrying), DELIVERED (a 2xx answer), DEAD (no 2xx within the retry window) */
export type WebhookDeliveryStatus =
  | 'DEAD'
  | 'DELIVERED'
  | 'PENDING';

/** An integrator's endpoint: change events of some types in one region scope are POSTed to it (admin) */
export type WebhookEndpoint = {
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  description: Scalars['String']['output'];
  eventTypes: Array<WebhookEventType>;
  id: Scalars['ID']['output'];
  /** township or village code whose events only are sent; null: the whole county */
  regionCode: Maybe<Scalars['String']['output']>;
  /** the signing secret, masked (****ab12): the secret itself is never returned */
  secretMasked: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type WebhookEndpointCreateInput = {
  /** default true */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  eventTypes: Array<WebhookEventType>;
  /** a township or village code; null: the whole county */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** 16 to 200 characters; write-only */
  secret: Scalars['String']['input'];
  /** http:// or https://, at most 500 characters */
  url: Scalars['String']['input'];
};

/** Fields left out stay as they are; a wrong version is VERSION_CONFLICT */
export type WebhookEndpointUpdateInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  eventTypes?: InputMaybe<Array<WebhookEventType>>;
  id: Scalars['ID']['input'];
  /** null: the whole county; left out: unchanged */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** a new secret; left out: the secret stays */
  secret?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** The records whose changes an endpoint receives */
export type WebhookEventType =
  /** 责任台账任务 (assignment) */
  | 'ASSIGNMENT'
  /** 救助申请 (assistance_application) */
  | 'ASSISTANCE_APPLICATION'
  /** 委托照料协议 (care_agreement) */
  | 'CARE_AGREEMENT'
  /** 探访记录 (care_visit) */
  | 'CARE_VISIT'
  /** 低保 (dibao_case) */
  | 'DIBAO_CASE'
  /** 家庭户 (household) */
  | 'HOUSEHOLD'
  /** 家庭成员 (member) */
  | 'MEMBER'
  /** 月度走访 (monthly_check) */
  | 'MONTHLY_CHECK'
  /** 临时救助 (relief_grant) */
  | 'RELIEF_GRANT'
  /** 风险转介 (risk_referral) */
  | 'RISK_REFERRAL'
  /** 特困供养 (tekun_person) */
  | 'TEKUN_PERSON';

export type ChangesCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type ChangesCursorQuery = { changesCursor: string };

export type ApiTokenFieldsFragment = { id: string, name: string, scopes: Array<string>, regionCode: string | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, createdBy: string | null, createdAt: string, rateLimitPerMinute: number | null, dailyQuota: number | null, effectiveRateLimitPerMinute: number, effectiveDailyQuota: number, requestsToday: number };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, scopes: Array<string>, regionCode: string | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, createdBy: string | null, createdAt: string, rateLimitPerMinute: number | null, dailyQuota: number | null, effectiveRateLimitPerMinute: number, effectiveDailyQuota: number, requestsToday: number }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']> | Scalars['String']['input'];
  expiresAt: Scalars['DateTimeISO']['input'];
  regionCode: InputMaybe<Scalars['String']['input']>;
  rate: InputMaybe<Scalars['Int']['input']>;
  quota: InputMaybe<Scalars['Int']['input']>;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, scopes: Array<string>, regionCode: string | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, createdBy: string | null, createdAt: string, rateLimitPerMinute: number | null, dailyQuota: number | null, effectiveRateLimitPerMinute: number, effectiveDailyQuota: number, requestsToday: number } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, scopes: Array<string>, regionCode: string | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, createdBy: string | null, createdAt: string, rateLimitPerMinute: number | null, dailyQuota: number | null, effectiveRateLimitPerMinute: number, effectiveDailyQuota: number, requestsToday: number } };

export type UpdateApiTokenLimitsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  rate: InputMaybe<Scalars['Int']['input']>;
  quota: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateApiTokenLimitsMutation = { updateApiTokenLimits: { id: string, name: string, scopes: Array<string>, regionCode: string | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, createdBy: string | null, createdAt: string, rateLimitPerMinute: number | null, dailyQuota: number | null, effectiveRateLimitPerMinute: number, effectiveDailyQuota: number, requestsToday: number } };

export type ApiTokenUsageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type ApiTokenUsageQuery = { apiTokenUsage: Array<{ day: string, requests: number, errors: number, limited: number }> };

export type WebhookEndpointFieldsFragment = { id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, regionCode: string | null, active: boolean, secretMasked: string, version: number, createdBy: string, updatedAt: string };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, regionCode: string | null, active: boolean, secretMasked: string, version: number, createdBy: string, updatedAt: string }> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, regionCode: string | null, active: boolean, secretMasked: string, version: number, createdBy: string, updatedAt: string } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointUpdateInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, regionCode: string | null, active: boolean, secretMasked: string, version: number, createdBy: string, updatedAt: string } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  status: InputMaybe<WebhookDeliveryStatus>;
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { edges: Array<{ node: { id: string, eventId: string, eventType: string, entityType: string, entityId: string, status: WebhookDeliveryStatus, attempts: number, occurredAt: string, nextAttemptAt: string, lastStatusCode: number | null, lastError: string | null, deliveredAt: string | null, attemptLog: Array<{ attempt: number, at: string, statusCode: number | null, durationMs: number, error: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { id: string, status: WebhookDeliveryStatus } };

export type ReplayWebhookEventsMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  since: Scalars['DateTimeISO']['input'];
}>;


export type ReplayWebhookEventsMutation = { replayWebhookEvents: number };

export type ApplicationFieldsFragment = { id: string, kind: ApplicationKind, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, memberId: string | null, memberName: string | null, dibaoKind: DibaoKind | null, idNumber: string | null, applicantName: string, appliedOn: string, reasons: Array<RiskType>, statement: string, stage: ApplicationStage, dueDate: string, overdue: boolean, incomePerCapita: number | null, noticeStart: string | null, noticeEndDate: string | null, openObjections: number, decidedOn: string | null, decidedBy: string | null, amount: number | null, startMonth: string | null, rejectReason: string | null, dibaoCaseId: string | null, tekunPersonId: string | null, imported: boolean, version: number };

export type DibaoListFieldsFragment = { householdId: string, householdCode: string, headName: string, idNumber: string | null, regionName: string, townshipName: string, caseId: string | null, checkMonth: string | null, incomePerCapita: number, monthlyIncome: number, area: string, standard: number | null };

export type ApplicationsQueryVariables = Exact<{
  w: InputMaybe<ApplicationWhere>;
  a: InputMaybe<Scalars['String']['input']>;
}>;


export type ApplicationsQuery = { c: { totalCount: number, edges: Array<{ node: { id: string, kind: ApplicationKind, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, memberId: string | null, memberName: string | null, dibaoKind: DibaoKind | null, idNumber: string | null, applicantName: string, appliedOn: string, reasons: Array<RiskType>, statement: string, stage: ApplicationStage, dueDate: string, overdue: boolean, incomePerCapita: number | null, noticeStart: string | null, noticeEndDate: string | null, openObjections: number, decidedOn: string | null, decidedBy: string | null, amount: number | null, startMonth: string | null, rejectReason: string | null, dibaoCaseId: string | null, tekunPersonId: string | null, imported: boolean, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApplicationDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationDetailQuery = { application: { application: { id: string, kind: ApplicationKind, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, memberId: string | null, memberName: string | null, dibaoKind: DibaoKind | null, idNumber: string | null, applicantName: string, appliedOn: string, reasons: Array<RiskType>, statement: string, stage: ApplicationStage, dueDate: string, overdue: boolean, incomePerCapita: number | null, noticeStart: string | null, noticeEndDate: string | null, openObjections: number, decidedOn: string | null, decidedBy: string | null, amount: number | null, startMonth: string | null, rejectReason: string | null, dibaoCaseId: string | null, tekunPersonId: string | null, imported: boolean, version: number }, steps: Array<{ id: string, step: ApplicationStep, date: string, people: Array<string>, result: string, incomePerCapita: number | null, assetFlags: Array<string>, dataSources: Array<string>, passed: boolean | null, noticeDays: number | null, noticeEnd: string | null, place: string | null, createdBy: string }>, objections: Array<{ id: string, receivedOn: string, objector: string, content: string, answer: string | null, answeredOn: string | null, answeredBy: string | null }>, timeline: Array<{ date: string, kind: string, title: string, detail: string, actor: string, files: Array<{ id: string, fileName: string, url: string }> }> } | null };

export type CreateApplicationMutationVariables = Exact<{
  i: CreateApplicationInput;
}>;


export type CreateApplicationMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, application: { id: string, kind: ApplicationKind, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, memberId: string | null, memberName: string | null, dibaoKind: DibaoKind | null, idNumber: string | null, applicantName: string, appliedOn: string, reasons: Array<RiskType>, statement: string, stage: ApplicationStage, dueDate: string, overdue: boolean, incomePerCapita: number | null, noticeStart: string | null, noticeEndDate: string | null, openObjections: number, decidedOn: string | null, decidedBy: string | null, amount: number | null, startMonth: string | null, rejectReason: string | null, dibaoCaseId: string | null, tekunPersonId: string | null, imported: boolean, version: number } | null } };

export type RecordApplicationStepMutationVariables = Exact<{
  i: RecordApplicationStepInput;
}>;


export type RecordApplicationStepMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, application: { id: string, kind: ApplicationKind, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, memberId: string | null, memberName: string | null, dibaoKind: DibaoKind | null, idNumber: string | null, applicantName: string, appliedOn: string, reasons: Array<RiskType>, statement: string, stage: ApplicationStage, dueDate: string, overdue: boolean, incomePerCapita: number | null, noticeStart: string | null, noticeEndDate: string | null, openObjections: number, decidedOn: string | null, decidedBy: string | null, amount: number | null, startMonth: string | null, rejectReason: string | null, dibaoCaseId: string | null, tekunPersonId: string | null, imported: boolean, version: number } | null } };

export type RecordApplicationObjectionMutationVariables = Exact<{
  i: RecordObjectionInput;
}>;


export type RecordApplicationObjectionMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, application: { id: string, kind: ApplicationKind, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, memberId: string | null, memberName: string | null, dibaoKind: DibaoKind | null, idNumber: string | null, applicantName: string, appliedOn: string, reasons: Array<RiskType>, statement: string, stage: ApplicationStage, dueDate: string, overdue: boolean, incomePerCapita: number | null, noticeStart: string | null, noticeEndDate: string | null, openObjections: number, decidedOn: string | null, decidedBy: string | null, amount: number | null, startMonth: string | null, rejectReason: string | null, dibaoCaseId: string | null, tekunPersonId: string | null, imported: boolean, version: number } | null } };

export type AnswerApplicationObjectionMutationVariables = Exact<{
  i: AnswerObjectionInput;
}>;


export type AnswerApplicationObjectionMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, application: { id: string, kind: ApplicationKind, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, memberId: string | null, memberName: string | null, dibaoKind: DibaoKind | null, idNumber: string | null, applicantName: string, appliedOn: string, reasons: Array<RiskType>, statement: string, stage: ApplicationStage, dueDate: string, overdue: boolean, incomePerCapita: number | null, noticeStart: string | null, noticeEndDate: string | null, openObjections: number, decidedOn: string | null, decidedBy: string | null, amount: number | null, startMonth: string | null, rejectReason: string | null, dibaoCaseId: string | null, tekunPersonId: string | null, imported: boolean, version: number } | null } };

export type DecideApplicationMutationVariables = Exact<{
  i: DecideApplicationInput;
}>;


export type DecideApplicationMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, application: { id: string, kind: ApplicationKind, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, memberId: string | null, memberName: string | null, dibaoKind: DibaoKind | null, idNumber: string | null, applicantName: string, appliedOn: string, reasons: Array<RiskType>, statement: string, stage: ApplicationStage, dueDate: string, overdue: boolean, incomePerCapita: number | null, noticeStart: string | null, noticeEndDate: string | null, openObjections: number, decidedOn: string | null, decidedBy: string | null, amount: number | null, startMonth: string | null, rejectReason: string | null, dibaoCaseId: string | null, tekunPersonId: string | null, imported: boolean, version: number } | null } };

export type GradualExitCandidatesQueryVariables = Exact<{
  r: InputMaybe<Scalars['String']['input']>;
}>;


export type GradualExitCandidatesQuery = { l: Array<{ householdId: string, householdCode: string, headName: string, idNumber: string | null, regionName: string, townshipName: string, caseId: string | null, checkMonth: string | null, incomePerCapita: number, monthlyIncome: number, area: string, standard: number | null }> };

export type EpidemicUncoveredQueryVariables = Exact<{
  r: InputMaybe<Scalars['String']['input']>;
}>;


export type EpidemicUncoveredQuery = { l: Array<{ householdId: string, householdCode: string, headName: string, idNumber: string | null, regionName: string, townshipName: string, caseId: string | null, checkMonth: string | null, incomePerCapita: number, monthlyIncome: number, area: string, standard: number | null }> };

export type FindHouseholdQueryVariables = Exact<{
  c: Scalars['String']['input'];
}>;


export type FindHouseholdQuery = { households: { edges: Array<{ node: { id: string, code: string, headName: string, regionCode: string, townshipCode: string, members: Array<{ id: string, name: string, relation: Relation, health: HealthStatus | null, disabilityGrade: DisabilityGrade | null }> } }> } };

export type DibaoCaseFieldsFragment = { id: string, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, kind: DibaoKind, memberName: string | null, state: DibaoState, startDate: string, monthlyAmount: number, incomePerCapita: number, aboveLine: boolean, exitStartDate: string | null, noticeDate: string | null, noticeRef: string | null, noticeStatus: NoticeStatus | null, exitEndDate: string | null, monthsLeft: number | null, daysLeft: number | null, endsWithin3Months: boolean, endDate: string | null, endReason: string | null, version: number };

export type DibaoCasesQueryVariables = Exact<{
  w: InputMaybe<DibaoCaseWhere>;
  a: InputMaybe<Scalars['String']['input']>;
}>;


export type DibaoCasesQuery = { c: { edges: Array<{ node: { id: string, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, kind: DibaoKind, memberName: string | null, state: DibaoState, startDate: string, monthlyAmount: number, incomePerCapita: number, aboveLine: boolean, exitStartDate: string | null, noticeDate: string | null, noticeRef: string | null, noticeStatus: NoticeStatus | null, exitEndDate: string | null, monthsLeft: number | null, daysLeft: number | null, endsWithin3Months: boolean, endDate: string | null, endReason: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EnrolDibaoMutationVariables = Exact<{
  i: EnrolDibaoInput;
}>;


export type EnrolDibaoMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, dibaoCase: { id: string, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, kind: DibaoKind, memberName: string | null, state: DibaoState, startDate: string, monthlyAmount: number, incomePerCapita: number, aboveLine: boolean, exitStartDate: string | null, noticeDate: string | null, noticeRef: string | null, noticeStatus: NoticeStatus | null, exitEndDate: string | null, monthsLeft: number | null, daysLeft: number | null, endsWithin3Months: boolean, endDate: string | null, endReason: string | null, version: number } | null } };

export type StartGradualExitMutationVariables = Exact<{
  i: StartGradualExitInput;
}>;


export type StartGradualExitMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, dibaoCase: { id: string, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, kind: DibaoKind, memberName: string | null, state: DibaoState, startDate: string, monthlyAmount: number, incomePerCapita: number, aboveLine: boolean, exitStartDate: string | null, noticeDate: string | null, noticeRef: string | null, noticeStatus: NoticeStatus | null, exitEndDate: string | null, monthsLeft: number | null, daysLeft: number | null, endsWithin3Months: boolean, endDate: string | null, endReason: string | null, version: number } | null } };

export type EndDibaoMutationVariables = Exact<{
  i: EndDibaoInput;
}>;


export type EndDibaoMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, dibaoCase: { id: string, householdId: string, householdCode: string, headName: string, regionName: string, townshipCode: string, townshipName: string, kind: DibaoKind, memberName: string | null, state: DibaoState, startDate: string, monthlyAmount: number, incomePerCapita: number, aboveLine: boolean, exitStartDate: string | null, noticeDate: string | null, noticeRef: string | null, noticeStatus: NoticeStatus | null, exitEndDate: string | null, monthsLeft: number | null, daysLeft: number | null, endsWithin3Months: boolean, endDate: string | null, endReason: string | null, version: number } | null } };

export type ReliefGrantFieldsFragment = { id: string, householdCode: string | null, recipientName: string, townshipCode: string, townshipName: string, type: ReliefType, amount: number, cause: string, grantDate: string, migrantWorkerCase: boolean, caseByCase: boolean, meetingRef: string, assistFirst: boolean, paperworkDue: string | null, paperworkDoneAt: string | null, paperworkOverdue: boolean, daysOverdue: number | null, fromReserveFund: boolean, version: number };

export type ReliefGrantsQueryVariables = Exact<{
  w: InputMaybe<ReliefGrantWhere>;
  a: InputMaybe<Scalars['String']['input']>;
}>;


export type ReliefGrantsQuery = { c: { edges: Array<{ node: { id: string, householdCode: string | null, recipientName: string, townshipCode: string, townshipName: string, type: ReliefType, amount: number, cause: string, grantDate: string, migrantWorkerCase: boolean, caseByCase: boolean, meetingRef: string, assistFirst: boolean, paperworkDue: string | null, paperworkDoneAt: string | null, paperworkOverdue: boolean, daysOverdue: number | null, fromReserveFund: boolean, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GrantReliefMutationVariables = Exact<{
  i: GrantReliefInput;
}>;


export type GrantReliefMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, grant: { id: string, householdCode: string | null, recipientName: string, townshipCode: string, townshipName: string, type: ReliefType, amount: number, cause: string, grantDate: string, migrantWorkerCase: boolean, caseByCase: boolean, meetingRef: string, assistFirst: boolean, paperworkDue: string | null, paperworkDoneAt: string | null, paperworkOverdue: boolean, daysOverdue: number | null, fromReserveFund: boolean, version: number } | null } };

export type CompleteReliefPaperworkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type CompleteReliefPaperworkMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, grant: { id: string, householdCode: string | null, recipientName: string, townshipCode: string, townshipName: string, type: ReliefType, amount: number, cause: string, grantDate: string, migrantWorkerCase: boolean, caseByCase: boolean, meetingRef: string, assistFirst: boolean, paperworkDue: string | null, paperworkDoneAt: string | null, paperworkOverdue: boolean, daysOverdue: number | null, fromReserveFund: boolean, version: number } | null } };

export type ReserveFundFieldsFragment = { townshipCode: string, townshipName: string, openingBalance: number, toppedUp: number, granted: number, grantCount: number, balance: number };

export type ReserveFundsQueryVariables = Exact<{
  r: InputMaybe<Scalars['String']['input']>;
}>;


export type ReserveFundsQuery = { reserveFunds: Array<{ townshipCode: string, townshipName: string, openingBalance: number, toppedUp: number, granted: number, grantCount: number, balance: number }> };

export type TopUpReserveFundMutationVariables = Exact<{
  t: Scalars['String']['input'];
  a: Scalars['Float']['input'];
  n: InputMaybe<Scalars['String']['input']>;
}>;


export type TopUpReserveFundMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, fund: { townshipCode: string, townshipName: string, openingBalance: number, toppedUp: number, granted: number, grantCount: number, balance: number } | null } };

export type TekunPersonFieldsFragment = { id: string, name: string, age: number | null, householdCode: string, regionName: string, townshipCode: string, townshipName: string, supportMode: SupportMode, careProviderOrg: string, startDate: string, state: TekunState, minorClause: boolean, coverageEndDate: string | null, latestResult: SelfCareResult | null, latestStage: AssessmentStage | null, version: number };

export type AssessmentFieldsFragment = { id: string, personId: string, personName: string, result: SelfCareResult, unmetCount: number, assessorOrg: string, stage: AssessmentStage, assessedOn: string, sampled: boolean, eating: boolean, dressing: boolean, bed: boolean, toilet: boolean, walking: boolean, bathing: boolean };

export type AssessmentBatchFieldsFragment = { id: string, townshipCode: string, townshipName: string, name: string, state: AssessmentBatchState, size: number, requiredSampleSize: number, sampleSize: number, finalCount: number, spotCheckSeed: string | null, spotCheckDrawnAt: string | null, spotCheckDrawnBy: string | null, version: number, items: Array<{ sampled: boolean, finalResult: SelfCareResult | null, preliminary: { id: string, personId: string, personName: string, result: SelfCareResult, unmetCount: number, assessorOrg: string, stage: AssessmentStage, assessedOn: string, sampled: boolean, eating: boolean, dressing: boolean, bed: boolean, toilet: boolean, walking: boolean, bathing: boolean }, final: { id: string, personId: string, personName: string, result: SelfCareResult, unmetCount: number, assessorOrg: string, stage: AssessmentStage, assessedOn: string, sampled: boolean, eating: boolean, dressing: boolean, bed: boolean, toilet: boolean, walking: boolean, bathing: boolean } | null }> };

export type TekunPersonsQueryVariables = Exact<{
  w: InputMaybe<TekunPersonWhere>;
  a: InputMaybe<Scalars['String']['input']>;
}>;


export type TekunPersonsQuery = { c: { edges: Array<{ node: { id: string, name: string, age: number | null, householdCode: string, regionName: string, townshipCode: string, townshipName: string, supportMode: SupportMode, careProviderOrg: string, startDate: string, state: TekunState, minorClause: boolean, coverageEndDate: string | null, latestResult: SelfCareResult | null, latestStage: AssessmentStage | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EnrolTekunMutationVariables = Exact<{
  i: EnrolTekunInput;
}>;


export type EnrolTekunMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, person: { id: string, name: string, age: number | null, householdCode: string, regionName: string, townshipCode: string, townshipName: string, supportMode: SupportMode, careProviderOrg: string, startDate: string, state: TekunState, minorClause: boolean, coverageEndDate: string | null, latestResult: SelfCareResult | null, latestStage: AssessmentStage | null, version: number } | null } };

export type AssessmentBatchesQueryVariables = Exact<{
  r: InputMaybe<Scalars['String']['input']>;
}>;


export type AssessmentBatchesQuery = { assessmentBatches: Array<{ id: string, townshipCode: string, townshipName: string, name: string, state: AssessmentBatchState, size: number, requiredSampleSize: number, sampleSize: number, finalCount: number, spotCheckSeed: string | null, spotCheckDrawnAt: string | null, spotCheckDrawnBy: string | null, version: number, items: Array<{ sampled: boolean, finalResult: SelfCareResult | null, preliminary: { id: string, personId: string, personName: string, result: SelfCareResult, unmetCount: number, assessorOrg: string, stage: AssessmentStage, assessedOn: string, sampled: boolean, eating: boolean, dressing: boolean, bed: boolean, toilet: boolean, walking: boolean, bathing: boolean }, final: { id: string, personId: string, personName: string, result: SelfCareResult, unmetCount: number, assessorOrg: string, stage: AssessmentStage, assessedOn: string, sampled: boolean, eating: boolean, dressing: boolean, bed: boolean, toilet: boolean, walking: boolean, bathing: boolean } | null }> }> };

export type CreateAssessmentBatchMutationVariables = Exact<{
  i: CreateAssessmentBatchInput;
}>;


export type CreateAssessmentBatchMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, batch: { id: string, townshipCode: string, townshipName: string, name: string, state: AssessmentBatchState, size: number, requiredSampleSize: number, sampleSize: number, finalCount: number, spotCheckSeed: string | null, spotCheckDrawnAt: string | null, spotCheckDrawnBy: string | null, version: number, items: Array<{ sampled: boolean, finalResult: SelfCareResult | null, preliminary: { id: string, personId: string, personName: string, result: SelfCareResult, unmetCount: number, assessorOrg: string, stage: AssessmentStage, assessedOn: string, sampled: boolean, eating: boolean, dressing: boolean, bed: boolean, toilet: boolean, walking: boolean, bathing: boolean }, final: { id: string, personId: string, personName: string, result: SelfCareResult, unmetCount: number, assessorOrg: string, stage: AssessmentStage, assessedOn: string, sampled: boolean, eating: boolean, dressing: boolean, bed: boolean, toilet: boolean, walking: boolean, bathing: boolean } | null }> } | null } };

export type RecordSelfCareAssessmentMutationVariables = Exact<{
  i: SelfCareAssessmentInput;
}>;


export type RecordSelfCareAssessmentMutation = { r: { ok: boolean, result: SelfCareResult | null, errors: Array<{ field: string, code: string, message: string }>, assessment: { id: string, personId: string, personName: string, result: SelfCareResult, unmetCount: number, assessorOrg: string, stage: AssessmentStage, assessedOn: string, sampled: boolean, eating: boolean, dressing: boolean, bed: boolean, toilet: boolean, walking: boolean, bathing: boolean } | null } };

export type DrawSpotCheckMutationVariables = Exact<{
  b: Scalars['ID']['input'];
  s: Scalars['String']['input'];
}>;


export type DrawSpotCheckMutation = { r: { ok: boolean, seed: string | null, sampleSize: number, errors: Array<{ field: string, code: string, message: string }>, batch: { id: string, townshipCode: string, townshipName: string, name: string, state: AssessmentBatchState, size: number, requiredSampleSize: number, sampleSize: number, finalCount: number, spotCheckSeed: string | null, spotCheckDrawnAt: string | null, spotCheckDrawnBy: string | null, version: number, items: Array<{ sampled: boolean, finalResult: SelfCareResult | null, preliminary: { id: string, personId: string, personName: string, result: SelfCareResult, unmetCount: number, assessorOrg: string, stage: AssessmentStage, assessedOn: string, sampled: boolean, eating: boolean, dressing: boolean, bed: boolean, toilet: boolean, walking: boolean, bathing: boolean }, final: { id: string, personId: string, personName: string, result: SelfCareResult, unmetCount: number, assessorOrg: string, stage: AssessmentStage, assessedOn: string, sampled: boolean, eating: boolean, dressing: boolean, bed: boolean, toilet: boolean, walking: boolean, bathing: boolean } | null }> } | null } };

export type RecordFinalAssessmentMutationVariables = Exact<{
  i: FinalAssessmentInput;
}>;


export type RecordFinalAssessmentMutation = { r: { ok: boolean, result: SelfCareResult | null, errors: Array<{ field: string, code: string, message: string }>, assessment: { id: string, personId: string, personName: string, result: SelfCareResult, unmetCount: number, assessorOrg: string, stage: AssessmentStage, assessedOn: string, sampled: boolean, eating: boolean, dressing: boolean, bed: boolean, toilet: boolean, walking: boolean, bathing: boolean } | null } };

export type UserFieldsFragment = { username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, scopes: Array<string>, mustChangePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, scopes: Array<string>, mustChangePassword: boolean } };

export type LoginMutationVariables = Exact<{
  u: Scalars['String']['input'];
  p: Scalars['String']['input'];
}>;


export type LoginMutation = { login: { token: string, user: { username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, scopes: Array<string>, mustChangePassword: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  o: Scalars['String']['input'];
  n: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type ComparisonSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type ComparisonSetupQuery = { comparisonRules: Array<{ rule: ComparisonRule, label: string, kinds: Array<ComparisonKind>, description: string, measure: number | null }>, comparisonKinds: Array<{ kind: ComparisonKind, label: string, agency: string, columns: Array<{ field: string, label: string, required: boolean }> }>, comparisonSources: Array<{ id: string, kind: ComparisonKind, agency: string, asOf: string, via: string, loadedBy: string, loadedAt: string, rowCount: number, duplicateRows: number, fileName: string, superseded: boolean, status: string, progress: number, matchedRows: number, findingCount: number }> };

export type ComparisonFindingsQueryVariables = Exact<{
  w: InputMaybe<ComparisonFindingWhere>;
  a: InputMaybe<Scalars['String']['input']>;
}>;


export type ComparisonFindingsQuery = { comparisonFindings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, rule: ComparisonRule, ruleLabel: string, sourceId: string, kind: ComparisonKind, agency: string, rowNo: number, personName: string, idNumber: string, householdId: string | null, householdCode: string | null, townshipCode: string, townshipName: string, reason: string, state: FindingState, raisedOn: string, dueDate: string, overdue: boolean, action: FindingAction | null, actionRef: string | null, verifiedBy: string | null } }> } };

export type ComparisonFindingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComparisonFindingQuery = { comparisonFinding: { id: string, version: number, rule: ComparisonRule, ruleLabel: string, kind: ComparisonKind, agency: string, rowNo: number, personName: string, idNumber: string, householdCode: string | null, townshipName: string, reason: string, state: FindingState, raisedOn: string, dueDate: string, overdue: boolean, action: FindingAction | null, actionRef: string | null, note: string | null, verifiedBy: string | null, verifiedAt: string | null, sourceRow: Array<{ field: string, label: string, value: string }>, ledger: { householdId: string, householdCode: string, category: string, regionName: string, deleted: boolean, memberId: string | null, name: string | null, idNumber: string | null, relation: string | null, disabilityGrade: string | null, memberCount: number, dibao: string, tekun: boolean } | null, evidence: Array<{ id: string, fileName: string, size: number, url: string }> } | null };

export type ComparisonSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ComparisonSummaryQuery = { comparisonSummary: Array<{ townshipCode: string, townshipName: string, rule: ComparisonRule, ruleLabel: string, total: number, open: number, overdue: number, confirmed: number, rejected: number }> };

export type VerifyFindingMutationVariables = Exact<{
  i: VerifyFindingInput;
}>;


export type VerifyFindingMutation = { verifyFinding: { ok: boolean, errors: Array<{ field: string, code: string, message: string }>, finding: { id: string, state: FindingState, version: number } | null } };

export type RunComparisonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunComparisonMutation = { runComparison: { id: string, status: string, findingCount: number } };

export type ComparisonBulletinQueryVariables = Exact<{
  m: Scalars['String']['input'];
}>;


export type ComparisonBulletinQuery = { bulletin: { comparison: { raised: number, verified: number, confirmed: number, open: number, overdue: number, rows: Array<{ townshipCode: string, townshipName: string, rule: ComparisonRule, ruleLabel: string, total: number, open: number, overdue: number }> } | null } };

export type HouseholdFieldsFragment = { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null };

export type HouseholdRowResultFieldsFragment = { index: number, id: string | null, ok: boolean, household: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null };

export type HouseholdsQueryVariables = Exact<{
  w: InputMaybe<HouseholdWhere>;
  o: InputMaybe<Array<HouseholdOrder> | HouseholdOrder>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  count: Scalars['Boolean']['input'];
}>;


export type HouseholdsQuery = { households: { totalCount?: number, totalCountKind?: TotalCountKind, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } }> } };

export type SaveHouseholdsMutationVariables = Exact<{
  u: Array<HouseholdUpdateInput> | HouseholdUpdateInput;
  c: Array<HouseholdCreateInput> | HouseholdCreateInput;
  withU: Scalars['Boolean']['input'];
  withC: Scalars['Boolean']['input'];
}>;


export type SaveHouseholdsMutation = { u?: Array<{ index: number, id: string | null, ok: boolean, household: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null }>, c?: Array<{ index: number, id: string | null, ok: boolean, household: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null }> };

export type DeleteHouseholdsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type DeleteHouseholdsMutation = { r: Array<{ index: number, id: string | null, ok: boolean, household: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null }> };

export type RestoreHouseholdsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RestoreHouseholdsMutation = { r: Array<{ index: number, id: string | null, ok: boolean, household: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null }> };

export type LedgerChangesSubscriptionVariables = Exact<{
  w: InputMaybe<HouseholdWhere>;
  since: InputMaybe<Scalars['String']['input']>;
}>;


export type LedgerChangesSubscription = { householdsChanged: { id: string, version: number, actor: string, deleted: boolean, cursor: string | null, resync: boolean, fields: Array<{ field: string, value: string | null }> } };

export type LoopReferralFieldsFragment = { id: string, householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionName: string, month: string, reasons: Array<string>, state: ReferralState, owner: string | null, helper: string | null, dueDate: string | null, overdue: boolean, assistanceKind: ReferralAssistanceKind | null, assistanceRef: string | null, assistanceNote: string | null, closeKind: ReferralCloseKind | null, closeReason: string | null, version: number };

export type LoopReferralsQueryVariables = Exact<{
  w: InputMaybe<RiskReferralWhere>;
  a: InputMaybe<Scalars['String']['input']>;
}>;


export type LoopReferralsQuery = { riskReferrals: { totalCount: number, edges: Array<{ node: { id: string, householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionName: string, month: string, reasons: Array<string>, state: ReferralState, owner: string | null, helper: string | null, dueDate: string | null, overdue: boolean, assistanceKind: ReferralAssistanceKind | null, assistanceRef: string | null, assistanceNote: string | null, closeKind: ReferralCloseKind | null, closeReason: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReferralBoardQueryVariables = Exact<{
  r: InputMaybe<Scalars['String']['input']>;
}>;


export type ReferralBoardQuery = { referralBoard: Array<{ townshipCode: string, townshipName: string, active: number, open: number, assigned: number, assisting: number, overdue: number }> };

export type AssignReferralMutationVariables = Exact<{
  i: AssignReferralInput;
}>;


export type AssignReferralMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }> } };

export type StartReferralMutationVariables = Exact<{
  i: StartReferralAssistanceInput;
}>;


export type StartReferralMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }> } };

export type CloseReferralMutationVariables = Exact<{
  i: CloseReferralInput;
}>;


export type CloseReferralMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }> } };

export type ReliefRequestFieldsFragment = { id: string, householdCode: string | null, recipientName: string, recipientIdNumber: string | null, townshipName: string, type: ReliefType, amount: number, cause: string, grantDate: string, caseByCase: boolean, meetingRef: string, approval: ReliefApproval, decidedBy: string | null, decidedOn: string | null, decisionNote: string | null, version: number };

export type ReliefRequestsQueryVariables = Exact<{
  w: InputMaybe<ReliefGrantWhere>;
}>;


export type ReliefRequestsQuery = { reliefGrants: { edges: Array<{ node: { id: string, householdCode: string | null, recipientName: string, recipientIdNumber: string | null, townshipName: string, type: ReliefType, amount: number, cause: string, grantDate: string, caseByCase: boolean, meetingRef: string, approval: ReliefApproval, decidedBy: string | null, decidedOn: string | null, decisionNote: string | null, version: number } }> } };

export type DecideReliefMutationVariables = Exact<{
  i: DecideReliefInput;
}>;


export type DecideReliefMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }> } };

export type SubsidyRunsQueryVariables = Exact<{
  r: InputMaybe<Scalars['String']['input']>;
}>;


export type SubsidyRunsQuery = { subsidyRuns: Array<{ id: string, month: string, title: string, amountPerPerson: number, groups: Array<SubsidyGroup>, note: string, personCount: number, totalAmount: number, countyPersonCount: number, countyTotalAmount: number }> };

export type SubsidyPaymentsQueryVariables = Exact<{
  run: Scalars['ID']['input'];
  r: InputMaybe<Scalars['String']['input']>;
  a: InputMaybe<Scalars['String']['input']>;
}>;


export type SubsidyPaymentsQuery = { subsidyPayments: { totalCount: number, totalAmount: number, edges: Array<{ node: { id: string, name: string, idNumber: string | null, householdCode: string | null, townshipName: string, regionName: string, groups: Array<SubsidyGroup>, amount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OpenSubsidyRunMutationVariables = Exact<{
  i: OpenSubsidyRunInput;
}>;


export type OpenSubsidyRunMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }> } };

export type CentralCareListQueryVariables = Exact<{
  r: InputMaybe<Scalars['String']['input']>;
  a: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CentralCareListQuery = { centralCare: Array<{ personId: string, name: string, idNumber: string | null, age: number | null, townshipName: string, regionName: string, supportMode: SupportMode, selfCare: SelfCareResult | null, wish: boolean | null, askedOn: string | null, awaiting: boolean, version: number }>, centralCareByTownship: Array<{ townshipCode: string, townshipName: string, dispersedUnable: number, notAsked: number, wishing: number, awaiting: number }> };

export type RecordWishMutationVariables = Exact<{
  i: CentralCareWishInput;
}>;


export type RecordWishMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }> } };

export type ChangeModeMutationVariables = Exact<{
  i: ChangeSupportModeInput;
}>;


export type ChangeModeMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }> } };

export type CareAgreementListQueryVariables = Exact<{
  r: InputMaybe<Scalars['String']['input']>;
  p: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CareAgreementListQuery = { careAgreements: Array<{ personId: string, name: string, idNumber: string | null, townshipName: string, regionName: string, status: CareAgreementStatus, agreementId: string | null, carerKind: CarerKind | null, carerName: string | null, carerPhone: string | null, startDate: string | null, endDate: string | null, signedOn: string | null, duties: string | null, agreementVersion: number | null }> };

export type SaveAgreementMutationVariables = Exact<{
  i: CareAgreementInput;
}>;


export type SaveAgreementMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }> } };

export type VisitScheduleListQueryVariables = Exact<{
  r: InputMaybe<Scalars['String']['input']>;
  o: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type VisitScheduleListQuery = { visitSchedule: Array<{ personId: string, name: string, idNumber: string | null, age: number | null, townshipName: string, regionName: string, selfCare: SelfCareResult | null, intervalDays: number, lastVisit: string | null, nextDue: string, overdue: boolean, daysOverdue: number }>, visitsByTownship: Array<{ townshipCode: string, townshipName: string, dispersed: number, overdue: number }> };

export type RecordVisitMutationVariables = Exact<{
  i: CareVisitInput;
}>;


export type RecordVisitMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }> } };

export type MemberFieldsFragment = { id: string, householdId: string, name: string, idNumber: string, gender: Gender, birthDate: string | null, relation: Relation, phone: string | null, health: HealthStatus | null, disabilityType: DisabilityType | null, disabilityGrade: DisabilityGrade | null, laborAbility: LaborAbility | null, schooling: Schooling | null, version: number };

export type MemberRowResultFieldsFragment = { index: number, id: string | null, ok: boolean, member: { id: string, householdId: string, name: string, idNumber: string, gender: Gender, birthDate: string | null, relation: Relation, phone: string | null, health: HealthStatus | null, disabilityType: DisabilityType | null, disabilityGrade: DisabilityGrade | null, laborAbility: LaborAbility | null, schooling: Schooling | null, version: number } | null, household: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { id: string, householdId: string, name: string, idNumber: string, gender: Gender, birthDate: string | null, relation: Relation, phone: string | null, health: HealthStatus | null, disabilityType: DisabilityType | null, disabilityGrade: DisabilityGrade | null, laborAbility: LaborAbility | null, schooling: Schooling | null, version: number } | null };

export type HouseholdWithMembersQueryVariables = Exact<{
  w: InputMaybe<HouseholdWhere>;
}>;


export type HouseholdWithMembersQuery = { households: { edges: Array<{ node: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null, members: Array<{ id: string, householdId: string, name: string, idNumber: string, gender: Gender, birthDate: string | null, relation: Relation, phone: string | null, health: HealthStatus | null, disabilityType: DisabilityType | null, disabilityGrade: DisabilityGrade | null, laborAbility: LaborAbility | null, schooling: Schooling | null, version: number }> } }> } };

export type SaveMembersMutationVariables = Exact<{
  u: Array<MemberUpdateInput> | MemberUpdateInput;
  c: Array<MemberAddInput> | MemberAddInput;
  withU: Scalars['Boolean']['input'];
  withC: Scalars['Boolean']['input'];
}>;


export type SaveMembersMutation = { u?: Array<{ index: number, id: string | null, ok: boolean, member: { id: string, householdId: string, name: string, idNumber: string, gender: Gender, birthDate: string | null, relation: Relation, phone: string | null, health: HealthStatus | null, disabilityType: DisabilityType | null, disabilityGrade: DisabilityGrade | null, laborAbility: LaborAbility | null, schooling: Schooling | null, version: number } | null, household: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { id: string, householdId: string, name: string, idNumber: string, gender: Gender, birthDate: string | null, relation: Relation, phone: string | null, health: HealthStatus | null, disabilityType: DisabilityType | null, disabilityGrade: DisabilityGrade | null, laborAbility: LaborAbility | null, schooling: Schooling | null, version: number } | null }>, c?: Array<{ index: number, id: string | null, ok: boolean, member: { id: string, householdId: string, name: string, idNumber: string, gender: Gender, birthDate: string | null, relation: Relation, phone: string | null, health: HealthStatus | null, disabilityType: DisabilityType | null, disabilityGrade: DisabilityGrade | null, laborAbility: LaborAbility | null, schooling: Schooling | null, version: number } | null, household: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { id: string, householdId: string, name: string, idNumber: string, gender: Gender, birthDate: string | null, relation: Relation, phone: string | null, health: HealthStatus | null, disabilityType: DisabilityType | null, disabilityGrade: DisabilityGrade | null, laborAbility: LaborAbility | null, schooling: Schooling | null, version: number } | null }> };

export type RemoveMembersMutationVariables = Exact<{
  i: Array<MemberRemoveInput> | MemberRemoveInput;
}>;


export type RemoveMembersMutation = { r: Array<{ index: number, id: string | null, ok: boolean, member: { id: string, householdId: string, name: string, idNumber: string, gender: Gender, birthDate: string | null, relation: Relation, phone: string | null, health: HealthStatus | null, disabilityType: DisabilityType | null, disabilityGrade: DisabilityGrade | null, laborAbility: LaborAbility | null, schooling: Schooling | null, version: number } | null, household: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { id: string, householdId: string, name: string, idNumber: string, gender: Gender, birthDate: string | null, relation: Relation, phone: string | null, health: HealthStatus | null, disabilityType: DisabilityType | null, disabilityGrade: DisabilityGrade | null, laborAbility: LaborAbility | null, schooling: Schooling | null, version: number } | null }> };

export type SetHouseholdHeadMutationVariables = Exact<{
  h: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
  m: Scalars['ID']['input'];
}>;


export type SetHouseholdHeadMutation = { r: { ok: boolean, household: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { id: string, code: string, category: HouseholdCategory, regionCode: string, regionName: string, townshipCode: string, townshipName: string, address: string | null, headName: string, headIdNumber: string | null, phone: string | null, memberCount: number, incomePerCapita: number, riskTypes: Array<RiskType>, riskStatus: RiskStatus, helperName: string | null, remarks: string | null, version: number, createdAt: string, updatedAt: string, deletedAt: string | null } | null } };

export type RevealHouseholdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevealHouseholdQuery = { revealHousehold: { headIdNumber: string | null, phone: string | null, members: Array<{ id: string, idNumber: string, phone: string | null, birthDate: string | null, health: HealthStatus | null, disabilityType: DisabilityType | null, disabilityGrade: DisabilityGrade | null }> } | null };

export type HouseholdAuditEventsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  n: InputMaybe<Scalars['Int']['input']>;
}>;


export type HouseholdAuditEventsQuery = { auditEvents: { edges: Array<{ node: { id: string, at: string, actor: string, action: string, entityType: string, entityId: string, field: string | null, before: string | null, after: string | null, step: string | null } }> } };

export type MemberChangesSubscriptionVariables = Exact<{
  h: InputMaybe<Scalars['ID']['input']>;
  since: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberChangesSubscription = { membersChanged: { id: string, version: number | null, actor: string, deleted: boolean, cursor: string | null, resync: boolean, fields: Array<{ field: string, value: string | null }> } };

export type CheckRowFieldsFragment = { householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionCode: string, regionName: string, checkId: string | null, month: string, visitDate: string | null, visitor: string | null, incomeWages: number | null, incomeBusiness: number | null, incomeProperty: number | null, incomeTransfer: number | null, incomeTotal: number | null, spendingMedical: number | null, spendingSchooling: number | null, foodOk: boolean | null, clothingOk: boolean | null, schoolingOk: boolean | null, medicalInsuranceOk: boolean | null, housingGrade: HousingGrade | null, waterOk: boolean | null, riskFound: boolean, riskTypes: Array<RiskType>, measures: string | null, remarks: string | null, atRisk: boolean, state: MonthlyCheckState | null, version: number | null };

export type CheckRowResultFieldsFragment = { ok: boolean, row: { householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionCode: string, regionName: string, checkId: string | null, month: string, visitDate: string | null, visitor: string | null, incomeWages: number | null, incomeBusiness: number | null, incomeProperty: number | null, incomeTransfer: number | null, incomeTotal: number | null, spendingMedical: number | null, spendingSchooling: number | null, foodOk: boolean | null, clothingOk: boolean | null, schoolingOk: boolean | null, medicalInsuranceOk: boolean | null, housingGrade: HousingGrade | null, waterOk: boolean | null, riskFound: boolean, riskTypes: Array<RiskType>, measures: string | null, remarks: string | null, atRisk: boolean, state: MonthlyCheckState | null, version: number | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionCode: string, regionName: string, checkId: string | null, month: string, visitDate: string | null, visitor: string | null, incomeWages: number | null, incomeBusiness: number | null, incomeProperty: number | null, incomeTransfer: number | null, incomeTotal: number | null, spendingMedical: number | null, spendingSchooling: number | null, foodOk: boolean | null, clothingOk: boolean | null, schoolingOk: boolean | null, medicalInsuranceOk: boolean | null, housingGrade: HousingGrade | null, waterOk: boolean | null, riskFound: boolean, riskTypes: Array<RiskType>, measures: string | null, remarks: string | null, atRisk: boolean, state: MonthlyCheckState | null, version: number | null } | null };

export type MonthlyChecksQueryVariables = Exact<{
  w: MonthlyCheckWhere;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  count: Scalars['Boolean']['input'];
}>;


export type MonthlyChecksQuery = { monthlyChecks: { totalCount?: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionCode: string, regionName: string, checkId: string | null, month: string, visitDate: string | null, visitor: string | null, incomeWages: number | null, incomeBusiness: number | null, incomeProperty: number | null, incomeTransfer: number | null, incomeTotal: number | null, spendingMedical: number | null, spendingSchooling: number | null, foodOk: boolean | null, clothingOk: boolean | null, schoolingOk: boolean | null, medicalInsuranceOk: boolean | null, housingGrade: HousingGrade | null, waterOk: boolean | null, riskFound: boolean, riskTypes: Array<RiskType>, measures: string | null, remarks: string | null, atRisk: boolean, state: MonthlyCheckState | null, version: number | null } }> } };

export type SaveMonthlyChecksMutationVariables = Exact<{
  rows: Array<MonthlyCheckInput> | MonthlyCheckInput;
}>;


export type SaveMonthlyChecksMutation = { r: Array<{ ok: boolean, row: { householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionCode: string, regionName: string, checkId: string | null, month: string, visitDate: string | null, visitor: string | null, incomeWages: number | null, incomeBusiness: number | null, incomeProperty: number | null, incomeTransfer: number | null, incomeTotal: number | null, spendingMedical: number | null, spendingSchooling: number | null, foodOk: boolean | null, clothingOk: boolean | null, schoolingOk: boolean | null, medicalInsuranceOk: boolean | null, housingGrade: HousingGrade | null, waterOk: boolean | null, riskFound: boolean, riskTypes: Array<RiskType>, measures: string | null, remarks: string | null, atRisk: boolean, state: MonthlyCheckState | null, version: number | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionCode: string, regionName: string, checkId: string | null, month: string, visitDate: string | null, visitor: string | null, incomeWages: number | null, incomeBusiness: number | null, incomeProperty: number | null, incomeTransfer: number | null, incomeTotal: number | null, spendingMedical: number | null, spendingSchooling: number | null, foodOk: boolean | null, clothingOk: boolean | null, schoolingOk: boolean | null, medicalInsuranceOk: boolean | null, housingGrade: HousingGrade | null, waterOk: boolean | null, riskFound: boolean, riskTypes: Array<RiskType>, measures: string | null, remarks: string | null, atRisk: boolean, state: MonthlyCheckState | null, version: number | null } | null }> };

export type MonthlyCheckCompletionQueryVariables = Exact<{
  m: Scalars['String']['input'];
  r: InputMaybe<Scalars['String']['input']>;
}>;


export type MonthlyCheckCompletionQuery = { monthlyCheckCompletion: Array<{ townshipCode: string, townshipName: string, households: number, visited: number, submitted: number, locked: number, atRisk: number, rate: number }> };

export type SubmitMonthlyChecksMutationVariables = Exact<{
  r: Scalars['String']['input'];
  m: Scalars['String']['input'];
  ids: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type SubmitMonthlyChecksMutation = { r: Array<{ householdId: string | null, ok: boolean, row: { householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionCode: string, regionName: string, checkId: string | null, month: string, visitDate: string | null, visitor: string | null, incomeWages: number | null, incomeBusiness: number | null, incomeProperty: number | null, incomeTransfer: number | null, incomeTotal: number | null, spendingMedical: number | null, spendingSchooling: number | null, foodOk: boolean | null, clothingOk: boolean | null, schoolingOk: boolean | null, medicalInsuranceOk: boolean | null, housingGrade: HousingGrade | null, waterOk: boolean | null, riskFound: boolean, riskTypes: Array<RiskType>, measures: string | null, remarks: string | null, atRisk: boolean, state: MonthlyCheckState | null, version: number | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionCode: string, regionName: string, checkId: string | null, month: string, visitDate: string | null, visitor: string | null, incomeWages: number | null, incomeBusiness: number | null, incomeProperty: number | null, incomeTransfer: number | null, incomeTotal: number | null, spendingMedical: number | null, spendingSchooling: number | null, foodOk: boolean | null, clothingOk: boolean | null, schoolingOk: boolean | null, medicalInsuranceOk: boolean | null, housingGrade: HousingGrade | null, waterOk: boolean | null, riskFound: boolean, riskTypes: Array<RiskType>, measures: string | null, remarks: string | null, atRisk: boolean, state: MonthlyCheckState | null, version: number | null } | null }> };

export type LockMonthMutationVariables = Exact<{
  r: Scalars['String']['input'];
  m: Scalars['String']['input'];
}>;


export type LockMonthMutation = { r: { month: string, regionCode: string, locked: number, notSubmitted: number, notVisited: number } };

export type CorrectMonthlyCheckMutationVariables = Exact<{
  i: CorrectMonthlyCheckInput;
}>;


export type CorrectMonthlyCheckMutation = { r: { ok: boolean, row: { householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionCode: string, regionName: string, checkId: string | null, month: string, visitDate: string | null, visitor: string | null, incomeWages: number | null, incomeBusiness: number | null, incomeProperty: number | null, incomeTransfer: number | null, incomeTotal: number | null, spendingMedical: number | null, spendingSchooling: number | null, foodOk: boolean | null, clothingOk: boolean | null, schoolingOk: boolean | null, medicalInsuranceOk: boolean | null, housingGrade: HousingGrade | null, waterOk: boolean | null, riskFound: boolean, riskTypes: Array<RiskType>, measures: string | null, remarks: string | null, atRisk: boolean, state: MonthlyCheckState | null, version: number | null } | null, errors: Array<{ field: string, code: string, message: string }>, conflict: { householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionCode: string, regionName: string, checkId: string | null, month: string, visitDate: string | null, visitor: string | null, incomeWages: number | null, incomeBusiness: number | null, incomeProperty: number | null, incomeTransfer: number | null, incomeTotal: number | null, spendingMedical: number | null, spendingSchooling: number | null, foodOk: boolean | null, clothingOk: boolean | null, schoolingOk: boolean | null, medicalInsuranceOk: boolean | null, housingGrade: HousingGrade | null, waterOk: boolean | null, riskFound: boolean, riskTypes: Array<RiskType>, measures: string | null, remarks: string | null, atRisk: boolean, state: MonthlyCheckState | null, version: number | null } | null } };

export type EliminateRiskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type EliminateRiskMutation = { r: { ok: boolean, errors: Array<{ field: string, code: string, message: string }> } };

export type RiskEliminationCheckQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RiskEliminationCheckQuery = { c: Array<{ condition: EliminationCondition, label: string, met: boolean, message: string }>, h: { edges: Array<{ node: { id: string, version: number, riskStatus: RiskStatus } }> } };

export type OpenReferralsQueryVariables = Exact<{
  w: InputMaybe<RiskReferralWhere>;
  n: InputMaybe<Scalars['Int']['input']>;
}>;


export type OpenReferralsQuery = { r: { totalCount: number, edges: Array<{ node: { id: string, householdId: string, householdCode: string, headName: string, category: HouseholdCategory, regionName: string, month: string, reasons: Array<string>, createdAt: string } }> } };

export type MonthlyCheckChangesSubscriptionVariables = Exact<{
  m: Scalars['String']['input'];
  r: InputMaybe<Scalars['String']['input']>;
  since: InputMaybe<Scalars['String']['input']>;
}>;


export type MonthlyCheckChangesSubscription = { monthlyChecksChanged: { id: string, householdId: string, version: number | null, actor: string, deleted: boolean, cursor: string | null, resync: boolean, fields: Array<{ field: string, value: string | null }> } };

export type PresenceSubscriptionVariables = Exact<{
  ledger: Scalars['String']['input'];
  clientId: Scalars['String']['input'];
}>;


export type PresenceSubscription = { presence: { ledger: string, total: number, users: Array<{ displayName: string, townshipCode: string | null, townshipName: string, rowId: string | null, since: string, editingSince: string | null }> } };

export type SetPresenceEditingMutationVariables = Exact<{
  ledger: Scalars['String']['input'];
  clientId: Scalars['String']['input'];
  rowId: InputMaybe<Scalars['ID']['input']>;
}>;


export type SetPresenceEditingMutation = { setPresenceEditing: boolean };

export type OverviewQueryVariables = Exact<{
  month: Scalars['String']['input'];
  regionCode: InputMaybe<Scalars['String']['input']>;
  top: InputMaybe<Scalars['Int']['input']>;
}>;


export type OverviewQuery = { overview: { month: string, regionCode: string, regionName: string, asOf: string, exitWindowEnd: string, townships: Array<{ code: string, name: string }>, households: Array<{ townshipCode: string, category: HouseholdCategory, riskStatus: RiskStatus, households: number, atRisk: number }>, checks: Array<{ townshipCode: string, townshipName: string, month: string, households: number, visited: number, notVisited: number, submitted: number, locked: number, atRisk: number, rate: number }>, assistance: Array<{ townshipCode: string, townshipName: string, dibaoActive: number, dibaoGradualExit: number, dibaoSinglePerson: number, gradualExitsEndingSoon: number, reliefMonthGrants: number, reliefMonthAmount: number, reliefYearGrants: number, reliefYearAmount: number, overduePaperwork: number, tekunCentralised: number, tekunDispersed: number }>, gradualExits: { count: number, items: Array<{ caseId: string, householdId: string, householdCode: string, headName: string, townshipCode: string, townshipName: string, kind: string, exitStartDate: string | null, exitEndDate: string, noticeDate: string | null, noticeRef: string | null, daysLeft: number }> }, overduePaperwork: { count: number, items: Array<{ grantId: string, householdId: string | null, householdCode: string | null, headName: string | null, townshipCode: string, townshipName: string, type: string, amount: number, grantDate: string, paperworkDue: string, daysOverdue: number }> }, reserveFunds: Array<{ townshipCode: string, townshipName: string, opening: number, topUps: number, granted: number, balance: number }> } | null };

export type HouseholdIncomeByTownshipQueryVariables = Exact<{
  where: InputMaybe<HouseholdWhere>;
}>;


export type HouseholdIncomeByTownshipQuery = { householdsAggregate: { truncated: boolean, groups: Array<{ count: number, keys: { township: string | null, townshipName: string | null }, memberCount: { sum: number }, incomePerCapita: { sum: number, avg: number | null, min: number | null, max: number | null } }> } };

export type AssignmentDetailFieldsFragment = { id: string, status: AssignmentStatus, dueDate: string | null, overdue: boolean, escalated: boolean, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, version: number, lastReportAt: string | null, closedAt: string | null, unit: { code: string, name: string, kind: UnitKind }, measure: { no: number, title: string, deadline: string | null, deadlineText: string, recurrence: Recurrence, planId: string, content: string, group: string }, notice: { text: string | null, at: string, actor: string } | null, lastReport: { period: string, text: string, at: string } | null, reports: Array<{ id: string, period: string, text: string, reporter: string, at: string, evidence: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }> }>, events: Array<{ id: string, kind: AssignmentEventKind, at: string, actor: string, text: string | null, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus | null, reportId: string | null }> };

export type BulletinItemFieldsFragment = { assignmentId: string, measureNo: number, measureTitle: string, status: AssignmentStatus, dueDate: string | null, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, closedAt: string | null };

export type PlansQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansQuery = { plans: Array<{ id: string, documentNumber: string, title: string, issuer: string, issuedOn: string, measures: Array<{ no: number, groupNo: number, group: string, title: string, deadline: string | null, deadlineText: string, recurrence: Recurrence }> }> };

export type ResponsibleUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponsibleUnitsQuery = { responsibleUnits: Array<{ code: string, name: string, kind: UnitKind }> };

export type AssignmentsQueryVariables = Exact<{
  w: InputMaybe<AssignmentWhere>;
  a: InputMaybe<Scalars['String']['input']>;
}>;


export type AssignmentsQuery = { assignments: { edges: Array<{ node: { id: string, status: AssignmentStatus, dueDate: string | null, overdue: boolean, escalated: boolean, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, version: number, lastReportAt: string | null, closedAt: string | null, unit: { code: string, name: string, kind: UnitKind }, measure: { no: number, title: string, deadline: string | null, deadlineText: string, recurrence: Recurrence, planId: string }, notice: { text: string | null, at: string, actor: string } | null, lastReport: { period: string, text: string, at: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AssignmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentQuery = { assignment: { id: string, status: AssignmentStatus, dueDate: string | null, overdue: boolean, escalated: boolean, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, version: number, lastReportAt: string | null, closedAt: string | null, unit: { code: string, name: string, kind: UnitKind }, measure: { no: number, title: string, deadline: string | null, deadlineText: string, recurrence: Recurrence, planId: string, content: string, group: string }, notice: { text: string | null, at: string, actor: string } | null, lastReport: { period: string, text: string, at: string } | null, reports: Array<{ id: string, period: string, text: string, reporter: string, at: string, evidence: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }> }>, events: Array<{ id: string, kind: AssignmentEventKind, at: string, actor: string, text: string | null, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus | null, reportId: string | null }> } | null };

export type ReportProgressMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
  text: Scalars['String']['input'];
  period: InputMaybe<Scalars['String']['input']>;
  evidenceIds: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type ReportProgressMutation = { r: { id: string, status: AssignmentStatus, dueDate: string | null, overdue: boolean, escalated: boolean, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, version: number, lastReportAt: string | null, closedAt: string | null, unit: { code: string, name: string, kind: UnitKind }, measure: { no: number, title: string, deadline: string | null, deadlineText: string, recurrence: Recurrence, planId: string, content: string, group: string }, notice: { text: string | null, at: string, actor: string } | null, lastReport: { period: string, text: string, at: string } | null, reports: Array<{ id: string, period: string, text: string, reporter: string, at: string, evidence: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }> }>, events: Array<{ id: string, kind: AssignmentEventKind, at: string, actor: string, text: string | null, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus | null, reportId: string | null }> } };

export type RequestCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type RequestCloseMutation = { r: { id: string, status: AssignmentStatus, dueDate: string | null, overdue: boolean, escalated: boolean, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, version: number, lastReportAt: string | null, closedAt: string | null, unit: { code: string, name: string, kind: UnitKind }, measure: { no: number, title: string, deadline: string | null, deadlineText: string, recurrence: Recurrence, planId: string, content: string, group: string }, notice: { text: string | null, at: string, actor: string } | null, lastReport: { period: string, text: string, at: string } | null, reports: Array<{ id: string, period: string, text: string, reporter: string, at: string, evidence: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }> }>, events: Array<{ id: string, kind: AssignmentEventKind, at: string, actor: string, text: string | null, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus | null, reportId: string | null }> } };

export type ApproveCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type ApproveCloseMutation = { r: { id: string, status: AssignmentStatus, dueDate: string | null, overdue: boolean, escalated: boolean, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, version: number, lastReportAt: string | null, closedAt: string | null, unit: { code: string, name: string, kind: UnitKind }, measure: { no: number, title: string, deadline: string | null, deadlineText: string, recurrence: Recurrence, planId: string, content: string, group: string }, notice: { text: string | null, at: string, actor: string } | null, lastReport: { period: string, text: string, at: string } | null, reports: Array<{ id: string, period: string, text: string, reporter: string, at: string, evidence: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }> }>, events: Array<{ id: string, kind: AssignmentEventKind, at: string, actor: string, text: string | null, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus | null, reportId: string | null }> } };

export type RejectCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectCloseMutation = { r: { id: string, status: AssignmentStatus, dueDate: string | null, overdue: boolean, escalated: boolean, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, version: number, lastReportAt: string | null, closedAt: string | null, unit: { code: string, name: string, kind: UnitKind }, measure: { no: number, title: string, deadline: string | null, deadlineText: string, recurrence: Recurrence, planId: string, content: string, group: string }, notice: { text: string | null, at: string, actor: string } | null, lastReport: { period: string, text: string, at: string } | null, reports: Array<{ id: string, period: string, text: string, reporter: string, at: string, evidence: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }> }>, events: Array<{ id: string, kind: AssignmentEventKind, at: string, actor: string, text: string | null, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus | null, reportId: string | null }> } };

export type UrgeAssignmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
  urge: InputMaybe<Scalars['String']['input']>;
}>;


export type UrgeAssignmentMutation = { r: { id: string, status: AssignmentStatus, dueDate: string | null, overdue: boolean, escalated: boolean, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, version: number, lastReportAt: string | null, closedAt: string | null, unit: { code: string, name: string, kind: UnitKind }, measure: { no: number, title: string, deadline: string | null, deadlineText: string, recurrence: Recurrence, planId: string, content: string, group: string }, notice: { text: string | null, at: string, actor: string } | null, lastReport: { period: string, text: string, at: string } | null, reports: Array<{ id: string, period: string, text: string, reporter: string, at: string, evidence: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }> }>, events: Array<{ id: string, kind: AssignmentEventKind, at: string, actor: string, text: string | null, fromStatus: AssignmentStatus | null, toStatus: AssignmentStatus | null, reportId: string | null }> } };

export type BulletinQueryVariables = Exact<{
  m: Scalars['String']['input'];
  p: InputMaybe<Scalars['ID']['input']>;
}>;


export type BulletinQuery = { bulletin: { month: string, asOf: string, total: number, openCount: number, overdueCount: number, escalatedCount: number, closedCount: number, units: Array<{ total: number, openCount: number, overdueCount: number, escalatedCount: number, closedCount: number, unit: { code: string, name: string, kind: UnitKind }, overdue: Array<{ assignmentId: string, measureNo: number, measureTitle: string, status: AssignmentStatus, dueDate: string | null, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, closedAt: string | null }>, escalated: Array<{ assignmentId: string, measureNo: number, measureTitle: string, status: AssignmentStatus, dueDate: string | null, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, closedAt: string | null }>, closed: Array<{ assignmentId: string, measureNo: number, measureTitle: string, status: AssignmentStatus, dueDate: string | null, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, closedAt: string | null }> }>, referrals: Array<{ townshipCode: string, townshipName: string, opened: number, active: number, overdue: number, closed: number }> } };

export type UserAccountFieldsFragment = { id: string, username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, version: number, lastSeenAt: string | null };

export type UsersQueryVariables = Exact<{
  where: InputMaybe<UserWhere>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersQuery = { users: { edges: Array<{ node: { id: string, username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, version: number, lastSeenAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { oneTimePassword: string, user: { id: string, username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, version: number, lastSeenAt: string | null } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, version: number, lastSeenAt: string | null } };

export type DisableUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisableUserMutation = { disableUser: { id: string, username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, version: number, lastSeenAt: string | null } };

export type EnableUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnableUserMutation = { enableUser: { id: string, username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, version: number, lastSeenAt: string | null } };

export type ResetPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResetPasswordMutation = { resetPassword: { oneTimePassword: string, user: { id: string, username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, version: number, lastSeenAt: string | null } } };

export type MyChangeSetsQueryVariables = Exact<{
  n: Scalars['Int']['input'];
}>;


export type MyChangeSetsQuery = { myChangeSets: Array<{ id: string, at: string, undone: boolean, summary: string }> };

export type UndoChangeSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UndoChangeSetMutation = { r: { ok: boolean, applied: number, conflicts: Array<{ entityId: string, field: string | null, code: string, message: string }> } };

export type RedoChangeSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedoChangeSetMutation = { r: { ok: boolean, applied: number, conflicts: Array<{ entityId: string, field: string | null, code: string, message: string }> } };

export type ViewStateQueryVariables = Exact<{
  k: Scalars['String']['input'];
}>;


export type ViewStateQuery = { viewState: string | null };

export type SaveViewStateMutationVariables = Exact<{
  k: Scalars['String']['input'];
  s: Scalars['String']['input'];
}>;


export type SaveViewStateMutation = { saveViewState: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenFields on ApiToken {
  id
  name
  scopes
  regionCode
  expiresAt
  revokedAt
  lastUsedAt
  createdBy
  createdAt
  rateLimitPerMinute
  dailyQuota
  effectiveRateLimitPerMinute
  effectiveDailyQuota
  requestsToday
}
    `, {"fragmentName":"ApiTokenFields"}) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  regionCode
  active
  secretMasked
  version
  createdBy
  updatedAt
}
    `, {"fragmentName":"WebhookEndpointFields"}) as unknown as TypedDocumentString<WebhookEndpointFieldsFragment, unknown>;
export const ApplicationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApplicationFields on Application {
  id
  kind
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  memberId
  memberName
  dibaoKind
  idNumber
  applicantName
  appliedOn
  reasons
  statement
  stage
  dueDate
  overdue
  incomePerCapita
  noticeStart
  noticeEndDate
  openObjections
  decidedOn
  decidedBy
  amount
  startMonth
  rejectReason
  dibaoCaseId
  tekunPersonId
  imported
  version
}
    `, {"fragmentName":"ApplicationFields"}) as unknown as TypedDocumentString<ApplicationFieldsFragment, unknown>;
export const DibaoListFieldsFragmentDoc = new TypedDocumentString(`
    fragment DibaoListFields on DibaoListRow {
  householdId
  householdCode
  headName
  idNumber
  regionName
  townshipName
  caseId
  checkMonth
  incomePerCapita
  monthlyIncome
  area
  standard
}
    `, {"fragmentName":"DibaoListFields"}) as unknown as TypedDocumentString<DibaoListFieldsFragment, unknown>;
export const DibaoCaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment DibaoCaseFields on DibaoCase {
  id
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  kind
  memberName
  state
  startDate
  monthlyAmount
  incomePerCapita
  aboveLine
  exitStartDate
  noticeDate
  noticeRef
  noticeStatus
  exitEndDate
  monthsLeft
  daysLeft
  endsWithin3Months
  endDate
  endReason
  version
}
    `, {"fragmentName":"DibaoCaseFields"}) as unknown as TypedDocumentString<DibaoCaseFieldsFragment, unknown>;
export const ReliefGrantFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReliefGrantFields on ReliefGrant {
  id
  householdCode
  recipientName
  townshipCode
  townshipName
  type
  amount
  cause
  grantDate
  migrantWorkerCase
  caseByCase
  meetingRef
  assistFirst
  paperworkDue
  paperworkDoneAt
  paperworkOverdue
  daysOverdue
  fromReserveFund
  version
}
    `, {"fragmentName":"ReliefGrantFields"}) as unknown as TypedDocumentString<ReliefGrantFieldsFragment, unknown>;
export const ReserveFundFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReserveFundFields on ReserveFund {
  townshipCode
  townshipName
  openingBalance
  toppedUp
  granted
  grantCount
  balance
}
    `, {"fragmentName":"ReserveFundFields"}) as unknown as TypedDocumentString<ReserveFundFieldsFragment, unknown>;
export const TekunPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment TekunPersonFields on TekunPerson {
  id
  name
  age
  householdCode
  regionName
  townshipCode
  townshipName
  supportMode
  careProviderOrg
  startDate
  state
  minorClause
  coverageEndDate
  latestResult
  latestStage
  version
}
    `, {"fragmentName":"TekunPersonFields"}) as unknown as TypedDocumentString<TekunPersonFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentFields on SelfCareAssessment {
  id
  personId
  personName
  result
  unmetCount
  assessorOrg
  stage
  assessedOn
  sampled
  eating
  dressing
  bed
  toilet
  walking
  bathing
}
    `, {"fragmentName":"AssessmentFields"}) as unknown as TypedDocumentString<AssessmentFieldsFragment, unknown>;
export const AssessmentBatchFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentBatchFields on AssessmentBatch {
  id
  townshipCode
  townshipName
  name
  state
  size
  requiredSampleSize
  sampleSize
  finalCount
  spotCheckSeed
  spotCheckDrawnAt
  spotCheckDrawnBy
  version
  items {
    sampled
    finalResult
    preliminary {
      ...AssessmentFields
    }
    final {
      ...AssessmentFields
    }
  }
}
    fragment AssessmentFields on SelfCareAssessment {
  id
  personId
  personName
  result
  unmetCount
  assessorOrg
  stage
  assessedOn
  sampled
  eating
  dressing
  bed
  toilet
  walking
  bathing
}`, {"fragmentName":"AssessmentBatchFields"}) as unknown as TypedDocumentString<AssessmentBatchFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  username
  displayName
  role
  regionCode
  unitCode
  scopes
  mustChangePassword
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const HouseholdFieldsFragmentDoc = new TypedDocumentString(`
    fragment HouseholdFields on Household {
  id
  code
  category
  regionCode
  regionName
  townshipCode
  townshipName
  address
  headName
  headIdNumber
  phone
  memberCount
  incomePerCapita
  riskTypes
  riskStatus
  helperName
  remarks
  version
  createdAt
  updatedAt
  deletedAt
}
    `, {"fragmentName":"HouseholdFields"}) as unknown as TypedDocumentString<HouseholdFieldsFragment, unknown>;
export const HouseholdRowResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment HouseholdRowResultFields on HouseholdRowResult {
  index
  id
  ok
  household {
    ...HouseholdFields
  }
  errors {
    field
    code
    message
  }
  conflict {
    ...HouseholdFields
  }
}
    fragment HouseholdFields on Household {
  id
  code
  category
  regionCode
  regionName
  townshipCode
  townshipName
  address
  headName
  headIdNumber
  phone
  memberCount
  incomePerCapita
  riskTypes
  riskStatus
  helperName
  remarks
  version
  createdAt
  updatedAt
  deletedAt
}`, {"fragmentName":"HouseholdRowResultFields"}) as unknown as TypedDocumentString<HouseholdRowResultFieldsFragment, unknown>;
export const LoopReferralFieldsFragmentDoc = new TypedDocumentString(`
    fragment LoopReferralFields on RiskReferral {
  id
  householdId
  householdCode
  headName
  category
  regionName
  month
  reasons
  state
  owner
  helper
  dueDate
  overdue
  assistanceKind
  assistanceRef
  assistanceNote
  closeKind
  closeReason
  version
}
    `, {"fragmentName":"LoopReferralFields"}) as unknown as TypedDocumentString<LoopReferralFieldsFragment, unknown>;
export const ReliefRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReliefRequestFields on ReliefGrant {
  id
  householdCode
  recipientName
  recipientIdNumber
  townshipName
  type
  amount
  cause
  grantDate
  caseByCase
  meetingRef
  approval
  decidedBy
  decidedOn
  decisionNote
  version
}
    `, {"fragmentName":"ReliefRequestFields"}) as unknown as TypedDocumentString<ReliefRequestFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment MemberFields on Member {
  id
  householdId
  name
  idNumber
  gender
  birthDate
  relation
  phone
  health
  disabilityType
  disabilityGrade
  laborAbility
  schooling
  version
}
    `, {"fragmentName":"MemberFields"}) as unknown as TypedDocumentString<MemberFieldsFragment, unknown>;
export const MemberRowResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment MemberRowResultFields on MemberRowResult {
  index
  id
  ok
  member {
    ...MemberFields
  }
  household {
    ...HouseholdFields
  }
  errors {
    field
    code
    message
  }
  conflict {
    ...MemberFields
  }
}
    fragment HouseholdFields on Household {
  id
  code
  category
  regionCode
  regionName
  townshipCode
  townshipName
  address
  headName
  headIdNumber
  phone
  memberCount
  incomePerCapita
  riskTypes
  riskStatus
  helperName
  remarks
  version
  createdAt
  updatedAt
  deletedAt
}
fragment MemberFields on Member {
  id
  householdId
  name
  idNumber
  gender
  birthDate
  relation
  phone
  health
  disabilityType
  disabilityGrade
  laborAbility
  schooling
  version
}`, {"fragmentName":"MemberRowResultFields"}) as unknown as TypedDocumentString<MemberRowResultFieldsFragment, unknown>;
export const CheckRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment CheckRowFields on MonthlyCheckRow {
  householdId
  householdCode
  headName
  category
  regionCode
  regionName
  checkId
  month
  visitDate
  visitor
  incomeWages
  incomeBusiness
  incomeProperty
  incomeTransfer
  incomeTotal
  spendingMedical
  spendingSchooling
  foodOk
  clothingOk
  schoolingOk
  medicalInsuranceOk
  housingGrade
  waterOk
  riskFound
  riskTypes
  measures
  remarks
  atRisk
  state
  version
}
    `, {"fragmentName":"CheckRowFields"}) as unknown as TypedDocumentString<CheckRowFieldsFragment, unknown>;
export const CheckRowResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment CheckRowResultFields on MonthlyCheckRowResult {
  ok
  row {
    ...CheckRowFields
  }
  errors {
    field
    code
    message
  }
  conflict {
    ...CheckRowFields
  }
}
    fragment CheckRowFields on MonthlyCheckRow {
  householdId
  householdCode
  headName
  category
  regionCode
  regionName
  checkId
  month
  visitDate
  visitor
  incomeWages
  incomeBusiness
  incomeProperty
  incomeTransfer
  incomeTotal
  spendingMedical
  spendingSchooling
  foodOk
  clothingOk
  schoolingOk
  medicalInsuranceOk
  housingGrade
  waterOk
  riskFound
  riskTypes
  measures
  remarks
  atRisk
  state
  version
}`, {"fragmentName":"CheckRowResultFields"}) as unknown as TypedDocumentString<CheckRowResultFieldsFragment, unknown>;
export const AssignmentDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssignmentDetailFields on Assignment {
  id
  status
  dueDate
  overdue
  escalated
  missingPeriods
  overduePeriods
  rejectionCount
  version
  lastReportAt
  closedAt
  unit {
    code
    name
    kind
  }
  measure {
    no
    title
    deadline
    deadlineText
    recurrence
    planId
    content
    group
  }
  notice {
    text
    at
    actor
  }
  lastReport {
    period
    text
    at
  }
  reports {
    id
    period
    text
    reporter
    at
    evidence {
      id
      fileName
      contentType
      size
      url
    }
  }
  events {
    id
    kind
    at
    actor
    text
    fromStatus
    toStatus
    reportId
  }
}
    `, {"fragmentName":"AssignmentDetailFields"}) as unknown as TypedDocumentString<AssignmentDetailFieldsFragment, unknown>;
export const BulletinItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment BulletinItemFields on BulletinItem {
  assignmentId
  measureNo
  measureTitle
  status
  dueDate
  missingPeriods
  overduePeriods
  rejectionCount
  closedAt
}
    `, {"fragmentName":"BulletinItemFields"}) as unknown as TypedDocumentString<BulletinItemFieldsFragment, unknown>;
export const UserAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserAccountFields on UserAccount {
  id
  username
  displayName
  role
  regionCode
  unitCode
  phone
  disabled
  mustChangePassword
  version
  lastSeenAt
}
    `, {"fragmentName":"UserAccountFields"}) as unknown as TypedDocumentString<UserAccountFieldsFragment, unknown>;
export const ChangesCursorDocument = new TypedDocumentString(`
    query ChangesCursor {
  changesCursor
}
    `) as unknown as TypedDocumentString<ChangesCursorQuery, ChangesCursorQueryVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    ...ApiTokenFields
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  scopes
  regionCode
  expiresAt
  revokedAt
  lastUsedAt
  createdBy
  createdAt
  rateLimitPerMinute
  dailyQuota
  effectiveRateLimitPerMinute
  effectiveDailyQuota
  requestsToday
}`) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!, $scopes: [String!]!, $expiresAt: DateTimeISO!, $regionCode: String, $rate: Int, $quota: Int) {
  createApiToken(
    name: $name
    scopes: $scopes
    expiresAt: $expiresAt
    regionCode: $regionCode
    rateLimitPerMinute: $rate
    dailyQuota: $quota
  ) {
    token
    apiToken {
      ...ApiTokenFields
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  scopes
  regionCode
  expiresAt
  revokedAt
  lastUsedAt
  createdBy
  createdAt
  rateLimitPerMinute
  dailyQuota
  effectiveRateLimitPerMinute
  effectiveDailyQuota
  requestsToday
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    ...ApiTokenFields
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  scopes
  regionCode
  expiresAt
  revokedAt
  lastUsedAt
  createdBy
  createdAt
  rateLimitPerMinute
  dailyQuota
  effectiveRateLimitPerMinute
  effectiveDailyQuota
  requestsToday
}`) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const UpdateApiTokenLimitsDocument = new TypedDocumentString(`
    mutation UpdateApiTokenLimits($id: ID!, $rate: Int, $quota: Int) {
  updateApiTokenLimits(id: $id, rateLimitPerMinute: $rate, dailyQuota: $quota) {
    ...ApiTokenFields
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  scopes
  regionCode
  expiresAt
  revokedAt
  lastUsedAt
  createdBy
  createdAt
  rateLimitPerMinute
  dailyQuota
  effectiveRateLimitPerMinute
  effectiveDailyQuota
  requestsToday
}`) as unknown as TypedDocumentString<UpdateApiTokenLimitsMutation, UpdateApiTokenLimitsMutationVariables>;
export const ApiTokenUsageDocument = new TypedDocumentString(`
    query ApiTokenUsage($id: ID!, $from: String!, $to: String!) {
  apiTokenUsage(tokenId: $id, from: $from, to: $to) {
    day
    requests
    errors
    limited
  }
}
    `) as unknown as TypedDocumentString<ApiTokenUsageQuery, ApiTokenUsageQueryVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints {
  webhookEndpoints {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  regionCode
  active
  secretMasked
  version
  createdBy
  updatedAt
}`) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: WebhookEndpointCreateInput!) {
  createWebhookEndpoint(input: $input) {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  regionCode
  active
  secretMasked
  version
  createdBy
  updatedAt
}`) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($input: WebhookEndpointUpdateInput!) {
  updateWebhookEndpoint(input: $input) {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  regionCode
  active
  secretMasked
  version
  createdBy
  updatedAt
}`) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int!, $after: String) {
  webhookDeliveries(
    endpointId: $endpointId
    status: $status
    first: $first
    after: $after
  ) {
    edges {
      node {
        id
        eventId
        eventType
        entityType
        entityId
        status
        attempts
        occurredAt
        nextAttemptAt
        lastStatusCode
        lastError
        deliveredAt
        attemptLog {
          attempt
          at
          statusCode
          durationMs
          error
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const ReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation ReplayWebhookDelivery($id: ID!) {
  replayWebhookDelivery(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const ReplayWebhookEventsDocument = new TypedDocumentString(`
    mutation ReplayWebhookEvents($endpointId: ID!, $since: DateTimeISO!) {
  replayWebhookEvents(endpointId: $endpointId, since: $since)
}
    `) as unknown as TypedDocumentString<ReplayWebhookEventsMutation, ReplayWebhookEventsMutationVariables>;
export const ApplicationsDocument = new TypedDocumentString(`
    query Applications($w: ApplicationWhere, $a: String) {
  c: applications(where: $w, first: 500, after: $a) {
    totalCount
    edges {
      node {
        ...ApplicationFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ApplicationFields on Application {
  id
  kind
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  memberId
  memberName
  dibaoKind
  idNumber
  applicantName
  appliedOn
  reasons
  statement
  stage
  dueDate
  overdue
  incomePerCapita
  noticeStart
  noticeEndDate
  openObjections
  decidedOn
  decidedBy
  amount
  startMonth
  rejectReason
  dibaoCaseId
  tekunPersonId
  imported
  version
}`) as unknown as TypedDocumentString<ApplicationsQuery, ApplicationsQueryVariables>;
export const ApplicationDetailDocument = new TypedDocumentString(`
    query ApplicationDetail($id: ID!) {
  application(id: $id) {
    application {
      ...ApplicationFields
    }
    steps {
      id
      step
      date
      people
      result
      incomePerCapita
      assetFlags
      dataSources
      passed
      noticeDays
      noticeEnd
      place
      createdBy
    }
    objections {
      id
      receivedOn
      objector
      content
      answer
      answeredOn
      answeredBy
    }
    timeline {
      date
      kind
      title
      detail
      actor
      files {
        id
        fileName
        url
      }
    }
  }
}
    fragment ApplicationFields on Application {
  id
  kind
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  memberId
  memberName
  dibaoKind
  idNumber
  applicantName
  appliedOn
  reasons
  statement
  stage
  dueDate
  overdue
  incomePerCapita
  noticeStart
  noticeEndDate
  openObjections
  decidedOn
  decidedBy
  amount
  startMonth
  rejectReason
  dibaoCaseId
  tekunPersonId
  imported
  version
}`) as unknown as TypedDocumentString<ApplicationDetailQuery, ApplicationDetailQueryVariables>;
export const CreateApplicationDocument = new TypedDocumentString(`
    mutation CreateApplication($i: CreateApplicationInput!) {
  r: createApplication(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    application {
      ...ApplicationFields
    }
  }
}
    fragment ApplicationFields on Application {
  id
  kind
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  memberId
  memberName
  dibaoKind
  idNumber
  applicantName
  appliedOn
  reasons
  statement
  stage
  dueDate
  overdue
  incomePerCapita
  noticeStart
  noticeEndDate
  openObjections
  decidedOn
  decidedBy
  amount
  startMonth
  rejectReason
  dibaoCaseId
  tekunPersonId
  imported
  version
}`) as unknown as TypedDocumentString<CreateApplicationMutation, CreateApplicationMutationVariables>;
export const RecordApplicationStepDocument = new TypedDocumentString(`
    mutation RecordApplicationStep($i: RecordApplicationStepInput!) {
  r: recordApplicationStep(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    application {
      ...ApplicationFields
    }
  }
}
    fragment ApplicationFields on Application {
  id
  kind
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  memberId
  memberName
  dibaoKind
  idNumber
  applicantName
  appliedOn
  reasons
  statement
  stage
  dueDate
  overdue
  incomePerCapita
  noticeStart
  noticeEndDate
  openObjections
  decidedOn
  decidedBy
  amount
  startMonth
  rejectReason
  dibaoCaseId
  tekunPersonId
  imported
  version
}`) as unknown as TypedDocumentString<RecordApplicationStepMutation, RecordApplicationStepMutationVariables>;
export const RecordApplicationObjectionDocument = new TypedDocumentString(`
    mutation RecordApplicationObjection($i: RecordObjectionInput!) {
  r: recordApplicationObjection(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    application {
      ...ApplicationFields
    }
  }
}
    fragment ApplicationFields on Application {
  id
  kind
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  memberId
  memberName
  dibaoKind
  idNumber
  applicantName
  appliedOn
  reasons
  statement
  stage
  dueDate
  overdue
  incomePerCapita
  noticeStart
  noticeEndDate
  openObjections
  decidedOn
  decidedBy
  amount
  startMonth
  rejectReason
  dibaoCaseId
  tekunPersonId
  imported
  version
}`) as unknown as TypedDocumentString<RecordApplicationObjectionMutation, RecordApplicationObjectionMutationVariables>;
export const AnswerApplicationObjectionDocument = new TypedDocumentString(`
    mutation AnswerApplicationObjection($i: AnswerObjectionInput!) {
  r: answerApplicationObjection(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    application {
      ...ApplicationFields
    }
  }
}
    fragment ApplicationFields on Application {
  id
  kind
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  memberId
  memberName
  dibaoKind
  idNumber
  applicantName
  appliedOn
  reasons
  statement
  stage
  dueDate
  overdue
  incomePerCapita
  noticeStart
  noticeEndDate
  openObjections
  decidedOn
  decidedBy
  amount
  startMonth
  rejectReason
  dibaoCaseId
  tekunPersonId
  imported
  version
}`) as unknown as TypedDocumentString<AnswerApplicationObjectionMutation, AnswerApplicationObjectionMutationVariables>;
export const DecideApplicationDocument = new TypedDocumentString(`
    mutation DecideApplication($i: DecideApplicationInput!) {
  r: decideApplication(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    application {
      ...ApplicationFields
    }
  }
}
    fragment ApplicationFields on Application {
  id
  kind
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  memberId
  memberName
  dibaoKind
  idNumber
  applicantName
  appliedOn
  reasons
  statement
  stage
  dueDate
  overdue
  incomePerCapita
  noticeStart
  noticeEndDate
  openObjections
  decidedOn
  decidedBy
  amount
  startMonth
  rejectReason
  dibaoCaseId
  tekunPersonId
  imported
  version
}`) as unknown as TypedDocumentString<DecideApplicationMutation, DecideApplicationMutationVariables>;
export const GradualExitCandidatesDocument = new TypedDocumentString(`
    query GradualExitCandidates($r: String) {
  l: gradualExitCandidates(regionCode: $r) {
    ...DibaoListFields
  }
}
    fragment DibaoListFields on DibaoListRow {
  householdId
  householdCode
  headName
  idNumber
  regionName
  townshipName
  caseId
  checkMonth
  incomePerCapita
  monthlyIncome
  area
  standard
}`) as unknown as TypedDocumentString<GradualExitCandidatesQuery, GradualExitCandidatesQueryVariables>;
export const EpidemicUncoveredDocument = new TypedDocumentString(`
    query EpidemicUncovered($r: String) {
  l: epidemicUncovered(regionCode: $r) {
    ...DibaoListFields
  }
}
    fragment DibaoListFields on DibaoListRow {
  householdId
  householdCode
  headName
  idNumber
  regionName
  townshipName
  caseId
  checkMonth
  incomePerCapita
  monthlyIncome
  area
  standard
}`) as unknown as TypedDocumentString<EpidemicUncoveredQuery, EpidemicUncoveredQueryVariables>;
export const FindHouseholdDocument = new TypedDocumentString(`
    query FindHousehold($c: String!) {
  households(where: {code: {eq: $c}}, first: 1, maskPii: true) {
    edges {
      node {
        id
        code
        headName
        regionCode
        townshipCode
        members {
          id
          name
          relation
          health
          disabilityGrade
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindHouseholdQuery, FindHouseholdQueryVariables>;
export const DibaoCasesDocument = new TypedDocumentString(`
    query DibaoCases($w: DibaoCaseWhere, $a: String) {
  c: dibaoCases(where: $w, first: 500, after: $a) {
    edges {
      node {
        ...DibaoCaseFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment DibaoCaseFields on DibaoCase {
  id
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  kind
  memberName
  state
  startDate
  monthlyAmount
  incomePerCapita
  aboveLine
  exitStartDate
  noticeDate
  noticeRef
  noticeStatus
  exitEndDate
  monthsLeft
  daysLeft
  endsWithin3Months
  endDate
  endReason
  version
}`) as unknown as TypedDocumentString<DibaoCasesQuery, DibaoCasesQueryVariables>;
export const EnrolDibaoDocument = new TypedDocumentString(`
    mutation EnrolDibao($i: EnrolDibaoInput!) {
  r: enrolDibao(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    dibaoCase {
      ...DibaoCaseFields
    }
  }
}
    fragment DibaoCaseFields on DibaoCase {
  id
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  kind
  memberName
  state
  startDate
  monthlyAmount
  incomePerCapita
  aboveLine
  exitStartDate
  noticeDate
  noticeRef
  noticeStatus
  exitEndDate
  monthsLeft
  daysLeft
  endsWithin3Months
  endDate
  endReason
  version
}`) as unknown as TypedDocumentString<EnrolDibaoMutation, EnrolDibaoMutationVariables>;
export const StartGradualExitDocument = new TypedDocumentString(`
    mutation StartGradualExit($i: StartGradualExitInput!) {
  r: startGradualExit(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    dibaoCase {
      ...DibaoCaseFields
    }
  }
}
    fragment DibaoCaseFields on DibaoCase {
  id
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  kind
  memberName
  state
  startDate
  monthlyAmount
  incomePerCapita
  aboveLine
  exitStartDate
  noticeDate
  noticeRef
  noticeStatus
  exitEndDate
  monthsLeft
  daysLeft
  endsWithin3Months
  endDate
  endReason
  version
}`) as unknown as TypedDocumentString<StartGradualExitMutation, StartGradualExitMutationVariables>;
export const EndDibaoDocument = new TypedDocumentString(`
    mutation EndDibao($i: EndDibaoInput!) {
  r: endDibao(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    dibaoCase {
      ...DibaoCaseFields
    }
  }
}
    fragment DibaoCaseFields on DibaoCase {
  id
  householdId
  householdCode
  headName
  regionName
  townshipCode
  townshipName
  kind
  memberName
  state
  startDate
  monthlyAmount
  incomePerCapita
  aboveLine
  exitStartDate
  noticeDate
  noticeRef
  noticeStatus
  exitEndDate
  monthsLeft
  daysLeft
  endsWithin3Months
  endDate
  endReason
  version
}`) as unknown as TypedDocumentString<EndDibaoMutation, EndDibaoMutationVariables>;
export const ReliefGrantsDocument = new TypedDocumentString(`
    query ReliefGrants($w: ReliefGrantWhere, $a: String) {
  c: reliefGrants(where: $w, first: 500, after: $a) {
    edges {
      node {
        ...ReliefGrantFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ReliefGrantFields on ReliefGrant {
  id
  householdCode
  recipientName
  townshipCode
  townshipName
  type
  amount
  cause
  grantDate
  migrantWorkerCase
  caseByCase
  meetingRef
  assistFirst
  paperworkDue
  paperworkDoneAt
  paperworkOverdue
  daysOverdue
  fromReserveFund
  version
}`) as unknown as TypedDocumentString<ReliefGrantsQuery, ReliefGrantsQueryVariables>;
export const GrantReliefDocument = new TypedDocumentString(`
    mutation GrantRelief($i: GrantReliefInput!) {
  r: grantRelief(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    grant {
      ...ReliefGrantFields
    }
  }
}
    fragment ReliefGrantFields on ReliefGrant {
  id
  householdCode
  recipientName
  townshipCode
  townshipName
  type
  amount
  cause
  grantDate
  migrantWorkerCase
  caseByCase
  meetingRef
  assistFirst
  paperworkDue
  paperworkDoneAt
  paperworkOverdue
  daysOverdue
  fromReserveFund
  version
}`) as unknown as TypedDocumentString<GrantReliefMutation, GrantReliefMutationVariables>;
export const CompleteReliefPaperworkDocument = new TypedDocumentString(`
    mutation CompleteReliefPaperwork($id: ID!, $v: Int!) {
  r: completeReliefPaperwork(id: $id, version: $v) {
    ok
    errors {
      field
      code
      message
    }
    grant {
      ...ReliefGrantFields
    }
  }
}
    fragment ReliefGrantFields on ReliefGrant {
  id
  householdCode
  recipientName
  townshipCode
  townshipName
  type
  amount
  cause
  grantDate
  migrantWorkerCase
  caseByCase
  meetingRef
  assistFirst
  paperworkDue
  paperworkDoneAt
  paperworkOverdue
  daysOverdue
  fromReserveFund
  version
}`) as unknown as TypedDocumentString<CompleteReliefPaperworkMutation, CompleteReliefPaperworkMutationVariables>;
export const ReserveFundsDocument = new TypedDocumentString(`
    query ReserveFunds($r: String) {
  reserveFunds(regionCode: $r) {
    ...ReserveFundFields
  }
}
    fragment ReserveFundFields on ReserveFund {
  townshipCode
  townshipName
  openingBalance
  toppedUp
  granted
  grantCount
  balance
}`) as unknown as TypedDocumentString<ReserveFundsQuery, ReserveFundsQueryVariables>;
export const TopUpReserveFundDocument = new TypedDocumentString(`
    mutation TopUpReserveFund($t: String!, $a: Float!, $n: String) {
  r: topUpReserveFund(townshipCode: $t, amount: $a, note: $n) {
    ok
    errors {
      field
      code
      message
    }
    fund {
      ...ReserveFundFields
    }
  }
}
    fragment ReserveFundFields on ReserveFund {
  townshipCode
  townshipName
  openingBalance
  toppedUp
  granted
  grantCount
  balance
}`) as unknown as TypedDocumentString<TopUpReserveFundMutation, TopUpReserveFundMutationVariables>;
export const TekunPersonsDocument = new TypedDocumentString(`
    query TekunPersons($w: TekunPersonWhere, $a: String) {
  c: tekunPersons(where: $w, first: 500, after: $a) {
    edges {
      node {
        ...TekunPersonFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TekunPersonFields on TekunPerson {
  id
  name
  age
  householdCode
  regionName
  townshipCode
  townshipName
  supportMode
  careProviderOrg
  startDate
  state
  minorClause
  coverageEndDate
  latestResult
  latestStage
  version
}`) as unknown as TypedDocumentString<TekunPersonsQuery, TekunPersonsQueryVariables>;
export const EnrolTekunDocument = new TypedDocumentString(`
    mutation EnrolTekun($i: EnrolTekunInput!) {
  r: enrolTekun(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    person {
      ...TekunPersonFields
    }
  }
}
    fragment TekunPersonFields on TekunPerson {
  id
  name
  age
  householdCode
  regionName
  townshipCode
  townshipName
  supportMode
  careProviderOrg
  startDate
  state
  minorClause
  coverageEndDate
  latestResult
  latestStage
  version
}`) as unknown as TypedDocumentString<EnrolTekunMutation, EnrolTekunMutationVariables>;
export const AssessmentBatchesDocument = new TypedDocumentString(`
    query AssessmentBatches($r: String) {
  assessmentBatches(regionCode: $r) {
    ...AssessmentBatchFields
  }
}
    fragment AssessmentFields on SelfCareAssessment {
  id
  personId
  personName
  result
  unmetCount
  assessorOrg
  stage
  assessedOn
  sampled
  eating
  dressing
  bed
  toilet
  walking
  bathing
}
fragment AssessmentBatchFields on AssessmentBatch {
  id
  townshipCode
  townshipName
  name
  state
  size
  requiredSampleSize
  sampleSize
  finalCount
  spotCheckSeed
  spotCheckDrawnAt
  spotCheckDrawnBy
  version
  items {
    sampled
    finalResult
    preliminary {
      ...AssessmentFields
    }
    final {
      ...AssessmentFields
    }
  }
}`) as unknown as TypedDocumentString<AssessmentBatchesQuery, AssessmentBatchesQueryVariables>;
export const CreateAssessmentBatchDocument = new TypedDocumentString(`
    mutation CreateAssessmentBatch($i: CreateAssessmentBatchInput!) {
  r: createAssessmentBatch(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    batch {
      ...AssessmentBatchFields
    }
  }
}
    fragment AssessmentFields on SelfCareAssessment {
  id
  personId
  personName
  result
  unmetCount
  assessorOrg
  stage
  assessedOn
  sampled
  eating
  dressing
  bed
  toilet
  walking
  bathing
}
fragment AssessmentBatchFields on AssessmentBatch {
  id
  townshipCode
  townshipName
  name
  state
  size
  requiredSampleSize
  sampleSize
  finalCount
  spotCheckSeed
  spotCheckDrawnAt
  spotCheckDrawnBy
  version
  items {
    sampled
    finalResult
    preliminary {
      ...AssessmentFields
    }
    final {
      ...AssessmentFields
    }
  }
}`) as unknown as TypedDocumentString<CreateAssessmentBatchMutation, CreateAssessmentBatchMutationVariables>;
export const RecordSelfCareAssessmentDocument = new TypedDocumentString(`
    mutation RecordSelfCareAssessment($i: SelfCareAssessmentInput!) {
  r: recordSelfCareAssessment(input: $i) {
    ok
    result
    errors {
      field
      code
      message
    }
    assessment {
      ...AssessmentFields
    }
  }
}
    fragment AssessmentFields on SelfCareAssessment {
  id
  personId
  personName
  result
  unmetCount
  assessorOrg
  stage
  assessedOn
  sampled
  eating
  dressing
  bed
  toilet
  walking
  bathing
}`) as unknown as TypedDocumentString<RecordSelfCareAssessmentMutation, RecordSelfCareAssessmentMutationVariables>;
export const DrawSpotCheckDocument = new TypedDocumentString(`
    mutation DrawSpotCheck($b: ID!, $s: String!) {
  r: drawSpotCheck(batchId: $b, seed: $s) {
    ok
    seed
    sampleSize
    errors {
      field
      code
      message
    }
    batch {
      ...AssessmentBatchFields
    }
  }
}
    fragment AssessmentFields on SelfCareAssessment {
  id
  personId
  personName
  result
  unmetCount
  assessorOrg
  stage
  assessedOn
  sampled
  eating
  dressing
  bed
  toilet
  walking
  bathing
}
fragment AssessmentBatchFields on AssessmentBatch {
  id
  townshipCode
  townshipName
  name
  state
  size
  requiredSampleSize
  sampleSize
  finalCount
  spotCheckSeed
  spotCheckDrawnAt
  spotCheckDrawnBy
  version
  items {
    sampled
    finalResult
    preliminary {
      ...AssessmentFields
    }
    final {
      ...AssessmentFields
    }
  }
}`) as unknown as TypedDocumentString<DrawSpotCheckMutation, DrawSpotCheckMutationVariables>;
export const RecordFinalAssessmentDocument = new TypedDocumentString(`
    mutation RecordFinalAssessment($i: FinalAssessmentInput!) {
  r: recordFinalAssessment(input: $i) {
    ok
    result
    errors {
      field
      code
      message
    }
    assessment {
      ...AssessmentFields
    }
  }
}
    fragment AssessmentFields on SelfCareAssessment {
  id
  personId
  personName
  result
  unmetCount
  assessorOrg
  stage
  assessedOn
  sampled
  eating
  dressing
  bed
  toilet
  walking
  bathing
}`) as unknown as TypedDocumentString<RecordFinalAssessmentMutation, RecordFinalAssessmentMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...UserFields
  }
}
    fragment UserFields on User {
  username
  displayName
  role
  regionCode
  unitCode
  scopes
  mustChangePassword
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($u: String!, $p: String!) {
  login(username: $u, password: $p) {
    token
    user {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  username
  displayName
  role
  regionCode
  unitCode
  scopes
  mustChangePassword
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($o: String!, $n: String!) {
  changePassword(oldPassword: $o, newPassword: $n)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ComparisonSetupDocument = new TypedDocumentString(`
    query ComparisonSetup {
  comparisonRules {
    rule
    label
    kinds
    description
    measure
  }
  comparisonKinds {
    kind
    label
    agency
    columns {
      field
      label
      required
    }
  }
  comparisonSources {
    id
    kind
    agency
    asOf
    via
    loadedBy
    loadedAt
    rowCount
    duplicateRows
    fileName
    superseded
    status
    progress
    matchedRows
    findingCount
  }
}
    `) as unknown as TypedDocumentString<ComparisonSetupQuery, ComparisonSetupQueryVariables>;
export const ComparisonFindingsDocument = new TypedDocumentString(`
    query ComparisonFindings($w: ComparisonFindingWhere, $a: String) {
  comparisonFindings(where: $w, first: 500, after: $a) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        version
        rule
        ruleLabel
        sourceId
        kind
        agency
        rowNo
        personName
        idNumber
        householdId
        householdCode
        townshipCode
        townshipName
        reason
        state
        raisedOn
        dueDate
        overdue
        action
        actionRef
        verifiedBy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComparisonFindingsQuery, ComparisonFindingsQueryVariables>;
export const ComparisonFindingDocument = new TypedDocumentString(`
    query ComparisonFinding($id: ID!) {
  comparisonFinding(id: $id) {
    id
    version
    rule
    ruleLabel
    kind
    agency
    rowNo
    personName
    idNumber
    householdCode
    townshipName
    reason
    state
    raisedOn
    dueDate
    overdue
    action
    actionRef
    note
    verifiedBy
    verifiedAt
    sourceRow {
      field
      label
      value
    }
    ledger {
      householdId
      householdCode
      category
      regionName
      deleted
      memberId
      name
      idNumber
      relation
      disabilityGrade
      memberCount
      dibao
      tekun
    }
    evidence {
      id
      fileName
      size
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ComparisonFindingQuery, ComparisonFindingQueryVariables>;
export const ComparisonSummaryDocument = new TypedDocumentString(`
    query ComparisonSummary {
  comparisonSummary {
    townshipCode
    townshipName
    rule
    ruleLabel
    total
    open
    overdue
    confirmed
    rejected
  }
}
    `) as unknown as TypedDocumentString<ComparisonSummaryQuery, ComparisonSummaryQueryVariables>;
export const VerifyFindingDocument = new TypedDocumentString(`
    mutation VerifyFinding($i: VerifyFindingInput!) {
  verifyFinding(input: $i) {
    ok
    errors {
      field
      code
      message
    }
    finding {
      id
      state
      version
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyFindingMutation, VerifyFindingMutationVariables>;
export const RunComparisonDocument = new TypedDocumentString(`
    mutation RunComparison($id: ID!) {
  runComparison(sourceId: $id) {
    id
    status
    findingCount
  }
}
    `) as unknown as TypedDocumentString<RunComparisonMutation, RunComparisonMutationVariables>;
export const ComparisonBulletinDocument = new TypedDocumentString(`
    query ComparisonBulletin($m: String!) {
  bulletin(month: $m) {
    comparison {
      raised
      verified
      confirmed
      open
      overdue
      rows {
        townshipCode
        townshipName
        rule
        ruleLabel
        total
        open
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComparisonBulletinQuery, ComparisonBulletinQueryVariables>;
export const HouseholdsDocument = new TypedDocumentString(`
    query Households($w: HouseholdWhere, $o: [HouseholdOrder!], $first: Int, $after: String, $offset: Int, $count: Boolean!) {
  households(
    where: $w
    orderBy: $o
    first: $first
    after: $after
    offset: $offset
    maskPii: true
  ) {
    totalCount @include(if: $count)
    totalCountKind @include(if: $count)
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...HouseholdFields
      }
    }
  }
}
    fragment HouseholdFields on Household {
  id
  code
  category
  regionCode
  regionName
  townshipCode
  townshipName
  address
  headName
  headIdNumber
  phone
  memberCount
  incomePerCapita
  riskTypes
  riskStatus
  helperName
  remarks
  version
  createdAt
  updatedAt
  deletedAt
}`) as unknown as TypedDocumentString<HouseholdsQuery, HouseholdsQueryVariables>;
export const SaveHouseholdsDocument = new TypedDocumentString(`
    mutation SaveHouseholds($u: [HouseholdUpdateInput!]!, $c: [HouseholdCreateInput!]!, $withU: Boolean!, $withC: Boolean!) {
  u: updateHouseholds(input: $u) @include(if: $withU) {
    ...HouseholdRowResultFields
  }
  c: createHouseholds(input: $c) @include(if: $withC) {
    ...HouseholdRowResultFields
  }
}
    fragment HouseholdFields on Household {
  id
  code
  category
  regionCode
  regionName
  townshipCode
  townshipName
  address
  headName
  headIdNumber
  phone
  memberCount
  incomePerCapita
  riskTypes
  riskStatus
  helperName
  remarks
  version
  createdAt
  updatedAt
  deletedAt
}
fragment HouseholdRowResultFields on HouseholdRowResult {
  index
  id
  ok
  household {
    ...HouseholdFields
  }
  errors {
    field
    code
    message
  }
  conflict {
    ...HouseholdFields
  }
}`) as unknown as TypedDocumentString<SaveHouseholdsMutation, SaveHouseholdsMutationVariables>;
export const DeleteHouseholdsDocument = new TypedDocumentString(`
    mutation DeleteHouseholds($ids: [ID!]!) {
  r: deleteHouseholds(ids: $ids) {
    ...HouseholdRowResultFields
  }
}
    fragment HouseholdFields on Household {
  id
  code
  category
  regionCode
  regionName
  townshipCode
  townshipName
  address
  headName
  headIdNumber
  phone
  memberCount
  incomePerCapita
  riskTypes
  riskStatus
  helperName
  remarks
  version
  createdAt
  updatedAt
  deletedAt
}
fragment HouseholdRowResultFields on HouseholdRowResult {
  index
  id
  ok
  household {
    ...HouseholdFields
  }
  errors {
    field
    code
    message
  }
  conflict {
    ...HouseholdFields
  }
}`) as unknown as TypedDocumentString<DeleteHouseholdsMutation, DeleteHouseholdsMutationVariables>;
export const RestoreHouseholdsDocument = new TypedDocumentString(`
    mutation RestoreHouseholds($ids: [ID!]!) {
  r: restoreHouseholds(ids: $ids) {
    ...HouseholdRowResultFields
  }
}
    fragment HouseholdFields on Household {
  id
  code
  category
  regionCode
  regionName
  townshipCode
  townshipName
  address
  headName
  headIdNumber
  phone
  memberCount
  incomePerCapita
  riskTypes
  riskStatus
  helperName
  remarks
  version
  createdAt
  updatedAt
  deletedAt
}
fragment HouseholdRowResultFields on HouseholdRowResult {
  index
  id
  ok
  household {
    ...HouseholdFields
  }
  errors {
    field
    code
    message
  }
  conflict {
    ...HouseholdFields
  }
}`) as unknown as TypedDocumentString<RestoreHouseholdsMutation, RestoreHouseholdsMutationVariables>;
export const LedgerChangesDocument = new TypedDocumentString(`
    subscription LedgerChanges($w: HouseholdWhere, $since: String) {
  householdsChanged(where: $w, since: $since, maskPii: true) {
    id
    version
    actor
    deleted
    cursor
    resync
    fields {
      field
      value
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerChangesSubscription, LedgerChangesSubscriptionVariables>;
export const LoopReferralsDocument = new TypedDocumentString(`
    query LoopReferrals($w: RiskReferralWhere, $a: String) {
  riskReferrals(where: $w, first: 500, after: $a) {
    totalCount
    edges {
      node {
        ...LoopReferralFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment LoopReferralFields on RiskReferral {
  id
  householdId
  householdCode
  headName
  category
  regionName
  month
  reasons
  state
  owner
  helper
  dueDate
  overdue
  assistanceKind
  assistanceRef
  assistanceNote
  closeKind
  closeReason
  version
}`) as unknown as TypedDocumentString<LoopReferralsQuery, LoopReferralsQueryVariables>;
export const ReferralBoardDocument = new TypedDocumentString(`
    query ReferralBoard($r: String) {
  referralBoard(regionCode: $r) {
    townshipCode
    townshipName
    active
    open
    assigned
    assisting
    overdue
  }
}
    `) as unknown as TypedDocumentString<ReferralBoardQuery, ReferralBoardQueryVariables>;
export const AssignReferralDocument = new TypedDocumentString(`
    mutation AssignReferral($i: AssignReferralInput!) {
  r: assignReferral(input: $i) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AssignReferralMutation, AssignReferralMutationVariables>;
export const StartReferralDocument = new TypedDocumentString(`
    mutation StartReferral($i: StartReferralAssistanceInput!) {
  r: startReferralAssistance(input: $i) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StartReferralMutation, StartReferralMutationVariables>;
export const CloseReferralDocument = new TypedDocumentString(`
    mutation CloseReferral($i: CloseReferralInput!) {
  r: closeReferral(input: $i) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CloseReferralMutation, CloseReferralMutationVariables>;
export const ReliefRequestsDocument = new TypedDocumentString(`
    query ReliefRequests($w: ReliefGrantWhere) {
  reliefGrants(where: $w, first: 500) {
    edges {
      node {
        ...ReliefRequestFields
      }
    }
  }
}
    fragment ReliefRequestFields on ReliefGrant {
  id
  householdCode
  recipientName
  recipientIdNumber
  townshipName
  type
  amount
  cause
  grantDate
  caseByCase
  meetingRef
  approval
  decidedBy
  decidedOn
  decisionNote
  version
}`) as unknown as TypedDocumentString<ReliefRequestsQuery, ReliefRequestsQueryVariables>;
export const DecideReliefDocument = new TypedDocumentString(`
    mutation DecideRelief($i: DecideReliefInput!) {
  r: decideReliefRequest(input: $i) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DecideReliefMutation, DecideReliefMutationVariables>;
export const SubsidyRunsDocument = new TypedDocumentString(`
    query SubsidyRuns($r: String) {
  subsidyRuns(regionCode: $r) {
    id
    month
    title
    amountPerPerson
    groups
    note
    personCount
    totalAmount
    countyPersonCount
    countyTotalAmount
  }
}
    `) as unknown as TypedDocumentString<SubsidyRunsQuery, SubsidyRunsQueryVariables>;
export const SubsidyPaymentsDocument = new TypedDocumentString(`
    query SubsidyPayments($run: ID!, $r: String, $a: String) {
  subsidyPayments(runId: $run, regionCode: $r, first: 500, after: $a) {
    totalCount
    totalAmount
    edges {
      node {
        id
        name
        idNumber
        householdCode
        townshipName
        regionName
        groups
        amount
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SubsidyPaymentsQuery, SubsidyPaymentsQueryVariables>;
export const OpenSubsidyRunDocument = new TypedDocumentString(`
    mutation OpenSubsidyRun($i: OpenSubsidyRunInput!) {
  r: openSubsidyRun(input: $i) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OpenSubsidyRunMutation, OpenSubsidyRunMutationVariables>;
export const CentralCareListDocument = new TypedDocumentString(`
    query CentralCareList($r: String, $a: Boolean) {
  centralCare(regionCode: $r, awaitingOnly: $a) {
    personId
    name
    idNumber
    age
    townshipName
    regionName
    supportMode
    selfCare
    wish
    askedOn
    awaiting
    version
  }
  centralCareByTownship(regionCode: $r) {
    townshipCode
    townshipName
    dispersedUnable
    notAsked
    wishing
    awaiting
  }
}
    `) as unknown as TypedDocumentString<CentralCareListQuery, CentralCareListQueryVariables>;
export const RecordWishDocument = new TypedDocumentString(`
    mutation RecordWish($i: CentralCareWishInput!) {
  r: recordCentralCareWish(input: $i) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RecordWishMutation, RecordWishMutationVariables>;
export const ChangeModeDocument = new TypedDocumentString(`
    mutation ChangeMode($i: ChangeSupportModeInput!) {
  r: changeSupportMode(input: $i) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeModeMutation, ChangeModeMutationVariables>;
export const CareAgreementListDocument = new TypedDocumentString(`
    query CareAgreementList($r: String, $p: Boolean) {
  careAgreements(regionCode: $r, problemsOnly: $p) {
    personId
    name
    idNumber
    townshipName
    regionName
    status
    agreementId
    carerKind
    carerName
    carerPhone
    startDate
    endDate
    signedOn
    duties
    agreementVersion
  }
}
    `) as unknown as TypedDocumentString<CareAgreementListQuery, CareAgreementListQueryVariables>;
export const SaveAgreementDocument = new TypedDocumentString(`
    mutation SaveAgreement($i: CareAgreementInput!) {
  r: saveCareAgreement(input: $i) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SaveAgreementMutation, SaveAgreementMutationVariables>;
export const VisitScheduleListDocument = new TypedDocumentString(`
    query VisitScheduleList($r: String, $o: Boolean) {
  visitSchedule(regionCode: $r, overdueOnly: $o) {
    personId
    name
    idNumber
    age
    townshipName
    regionName
    selfCare
    intervalDays
    lastVisit
    nextDue
    overdue
    daysOverdue
  }
  visitsByTownship(regionCode: $r) {
    townshipCode
    townshipName
    dispersed
    overdue
  }
}
    `) as unknown as TypedDocumentString<VisitScheduleListQuery, VisitScheduleListQueryVariables>;
export const RecordVisitDocument = new TypedDocumentString(`
    mutation RecordVisit($i: CareVisitInput!) {
  r: recordCareVisit(input: $i) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RecordVisitMutation, RecordVisitMutationVariables>;
export const HouseholdWithMembersDocument = new TypedDocumentString(`
    query HouseholdWithMembers($w: HouseholdWhere) {
  households(where: $w, first: 1, maskPii: true) {
    edges {
      node {
        ...HouseholdFields
        members {
          ...MemberFields
        }
      }
    }
  }
}
    fragment HouseholdFields on Household {
  id
  code
  category
  regionCode
  regionName
  townshipCode
  townshipName
  address
  headName
  headIdNumber
  phone
  memberCount
  incomePerCapita
  riskTypes
  riskStatus
  helperName
  remarks
  version
  createdAt
  updatedAt
  deletedAt
}
fragment MemberFields on Member {
  id
  householdId
  name
  idNumber
  gender
  birthDate
  relation
  phone
  health
  disabilityType
  disabilityGrade
  laborAbility
  schooling
  version
}`) as unknown as TypedDocumentString<HouseholdWithMembersQuery, HouseholdWithMembersQueryVariables>;
export const SaveMembersDocument = new TypedDocumentString(`
    mutation SaveMembers($u: [MemberUpdateInput!]!, $c: [MemberAddInput!]!, $withU: Boolean!, $withC: Boolean!) {
  u: updateMembers(input: $u) @include(if: $withU) {
    ...MemberRowResultFields
  }
  c: addMembers(input: $c) @include(if: $withC) {
    ...MemberRowResultFields
  }
}
    fragment HouseholdFields on Household {
  id
  code
  category
  regionCode
  regionName
  townshipCode
  townshipName
  address
  headName
  headIdNumber
  phone
  memberCount
  incomePerCapita
  riskTypes
  riskStatus
  helperName
  remarks
  version
  createdAt
  updatedAt
  deletedAt
}
fragment MemberFields on Member {
  id
  householdId
  name
  idNumber
  gender
  birthDate
  relation
  phone
  health
  disabilityType
  disabilityGrade
  laborAbility
  schooling
  version
}
fragment MemberRowResultFields on MemberRowResult {
  index
  id
  ok
  member {
    ...MemberFields
  }
  household {
    ...HouseholdFields
  }
  errors {
    field
    code
    message
  }
  conflict {
    ...MemberFields
  }
}`) as unknown as TypedDocumentString<SaveMembersMutation, SaveMembersMutationVariables>;
export const RemoveMembersDocument = new TypedDocumentString(`
    mutation RemoveMembers($i: [MemberRemoveInput!]!) {
  r: removeMembers(input: $i) {
    ...MemberRowResultFields
  }
}
    fragment HouseholdFields on Household {
  id
  code
  category
  regionCode
  regionName
  townshipCode
  townshipName
  address
  headName
  headIdNumber
  phone
  memberCount
  incomePerCapita
  riskTypes
  riskStatus
  helperName
  remarks
  version
  createdAt
  updatedAt
  deletedAt
}
fragment MemberFields on Member {
  id
  householdId
  name
  idNumber
  gender
  birthDate
  relation
  phone
  health
  disabilityType
  disabilityGrade
  laborAbility
  schooling
  version
}
fragment MemberRowResultFields on MemberRowResult {
  index
  id
  ok
  member {
    ...MemberFields
  }
  household {
    ...HouseholdFields
  }
  errors {
    field
    code
    message
  }
  conflict {
    ...MemberFields
  }
}`) as unknown as TypedDocumentString<RemoveMembersMutation, RemoveMembersMutationVariables>;
export const SetHouseholdHeadDocument = new TypedDocumentString(`
    mutation SetHouseholdHead($h: ID!, $v: Int!, $m: ID!) {
  r: setHouseholdHead(householdId: $h, version: $v, memberId: $m) {
    ok
    household {
      ...HouseholdFields
    }
    errors {
      field
      code
      message
    }
    conflict {
      ...HouseholdFields
    }
  }
}
    fragment HouseholdFields on Household {
  id
  code
  category
  regionCode
  regionName
  townshipCode
  townshipName
  address
  headName
  headIdNumber
  phone
  memberCount
  incomePerCapita
  riskTypes
  riskStatus
  helperName
  remarks
  version
  createdAt
  updatedAt
  deletedAt
}`) as unknown as TypedDocumentString<SetHouseholdHeadMutation, SetHouseholdHeadMutationVariables>;
export const RevealHouseholdDocument = new TypedDocumentString(`
    query RevealHousehold($id: ID!) {
  revealHousehold(id: $id) {
    headIdNumber
    phone
    members {
      id
      idNumber
      phone
      birthDate
      health
      disabilityType
      disabilityGrade
    }
  }
}
    `) as unknown as TypedDocumentString<RevealHouseholdQuery, RevealHouseholdQueryVariables>;
export const HouseholdAuditEventsDocument = new TypedDocumentString(`
    query HouseholdAuditEvents($id: ID!, $n: Int) {
  auditEvents(where: {householdId: $id}, first: $n) {
    edges {
      node {
        id
        at
        actor
        action
        entityType
        entityId
        field
        before
        after
        step
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdAuditEventsQuery, HouseholdAuditEventsQueryVariables>;
export const MemberChangesDocument = new TypedDocumentString(`
    subscription MemberChanges($h: ID, $since: String) {
  membersChanged(householdId: $h, since: $since) {
    id
    version
    actor
    deleted
    cursor
    resync
    fields {
      field
      value
    }
  }
}
    `) as unknown as TypedDocumentString<MemberChangesSubscription, MemberChangesSubscriptionVariables>;
export const MonthlyChecksDocument = new TypedDocumentString(`
    query MonthlyChecks($w: MonthlyCheckWhere!, $first: Int, $after: String, $count: Boolean!) {
  monthlyChecks(where: $w, first: $first, after: $after) {
    totalCount @include(if: $count)
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CheckRowFields
      }
    }
  }
}
    fragment CheckRowFields on MonthlyCheckRow {
  householdId
  householdCode
  headName
  category
  regionCode
  regionName
  checkId
  month
  visitDate
  visitor
  incomeWages
  incomeBusiness
  incomeProperty
  incomeTransfer
  incomeTotal
  spendingMedical
  spendingSchooling
  foodOk
  clothingOk
  schoolingOk
  medicalInsuranceOk
  housingGrade
  waterOk
  riskFound
  riskTypes
  measures
  remarks
  atRisk
  state
  version
}`) as unknown as TypedDocumentString<MonthlyChecksQuery, MonthlyChecksQueryVariables>;
export const SaveMonthlyChecksDocument = new TypedDocumentString(`
    mutation SaveMonthlyChecks($rows: [MonthlyCheckInput!]!) {
  r: saveMonthlyChecks(rows: $rows) {
    ...CheckRowResultFields
  }
}
    fragment CheckRowFields on MonthlyCheckRow {
  householdId
  householdCode
  headName
  category
  regionCode
  regionName
  checkId
  month
  visitDate
  visitor
  incomeWages
  incomeBusiness
  incomeProperty
  incomeTransfer
  incomeTotal
  spendingMedical
  spendingSchooling
  foodOk
  clothingOk
  schoolingOk
  medicalInsuranceOk
  housingGrade
  waterOk
  riskFound
  riskTypes
  measures
  remarks
  atRisk
  state
  version
}
fragment CheckRowResultFields on MonthlyCheckRowResult {
  ok
  row {
    ...CheckRowFields
  }
  errors {
    field
    code
    message
  }
  conflict {
    ...CheckRowFields
  }
}`) as unknown as TypedDocumentString<SaveMonthlyChecksMutation, SaveMonthlyChecksMutationVariables>;
export const MonthlyCheckCompletionDocument = new TypedDocumentString(`
    query MonthlyCheckCompletion($m: String!, $r: String) {
  monthlyCheckCompletion(month: $m, regionCode: $r) {
    townshipCode
    townshipName
    households
    visited
    submitted
    locked
    atRisk
    rate
  }
}
    `) as unknown as TypedDocumentString<MonthlyCheckCompletionQuery, MonthlyCheckCompletionQueryVariables>;
export const SubmitMonthlyChecksDocument = new TypedDocumentString(`
    mutation SubmitMonthlyChecks($r: String!, $m: String!, $ids: [ID!]) {
  r: submitMonthlyChecks(regionCode: $r, month: $m, householdIds: $ids) {
    householdId
    ...CheckRowResultFields
  }
}
    fragment CheckRowFields on MonthlyCheckRow {
  householdId
  householdCode
  headName
  category
  regionCode
  regionName
  checkId
  month
  visitDate
  visitor
  incomeWages
  incomeBusiness
  incomeProperty
  incomeTransfer
  incomeTotal
  spendingMedical
  spendingSchooling
  foodOk
  clothingOk
  schoolingOk
  medicalInsuranceOk
  housingGrade
  waterOk
  riskFound
  riskTypes
  measures
  remarks
  atRisk
  state
  version
}
fragment CheckRowResultFields on MonthlyCheckRowResult {
  ok
  row {
    ...CheckRowFields
  }
  errors {
    field
    code
    message
  }
  conflict {
    ...CheckRowFields
  }
}`) as unknown as TypedDocumentString<SubmitMonthlyChecksMutation, SubmitMonthlyChecksMutationVariables>;
export const LockMonthDocument = new TypedDocumentString(`
    mutation LockMonth($r: String!, $m: String!) {
  r: lockMonth(regionCode: $r, month: $m) {
    month
    regionCode
    locked
    notSubmitted
    notVisited
  }
}
    `) as unknown as TypedDocumentString<LockMonthMutation, LockMonthMutationVariables>;
export const CorrectMonthlyCheckDocument = new TypedDocumentString(`
    mutation CorrectMonthlyCheck($i: CorrectMonthlyCheckInput!) {
  r: correctMonthlyCheck(input: $i) {
    ...CheckRowResultFields
  }
}
    fragment CheckRowFields on MonthlyCheckRow {
  householdId
  householdCode
  headName
  category
  regionCode
  regionName
  checkId
  month
  visitDate
  visitor
  incomeWages
  incomeBusiness
  incomeProperty
  incomeTransfer
  incomeTotal
  spendingMedical
  spendingSchooling
  foodOk
  clothingOk
  schoolingOk
  medicalInsuranceOk
  housingGrade
  waterOk
  riskFound
  riskTypes
  measures
  remarks
  atRisk
  state
  version
}
fragment CheckRowResultFields on MonthlyCheckRowResult {
  ok
  row {
    ...CheckRowFields
  }
  errors {
    field
    code
    message
  }
  conflict {
    ...CheckRowFields
  }
}`) as unknown as TypedDocumentString<CorrectMonthlyCheckMutation, CorrectMonthlyCheckMutationVariables>;
export const EliminateRiskDocument = new TypedDocumentString(`
    mutation EliminateRisk($id: ID!, $v: Int!) {
  r: eliminateRisk(householdId: $id, version: $v) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EliminateRiskMutation, EliminateRiskMutationVariables>;
export const RiskEliminationCheckDocument = new TypedDocumentString(`
    query RiskEliminationCheck($id: ID!) {
  c: riskEliminationCheck(householdId: $id) {
    condition
    label
    met
    message
  }
  h: households(where: {id: {eq: $id}}, first: 1) {
    edges {
      node {
        id
        version
        riskStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RiskEliminationCheckQuery, RiskEliminationCheckQueryVariables>;
export const OpenReferralsDocument = new TypedDocumentString(`
    query OpenReferrals($w: RiskReferralWhere, $n: Int) {
  r: riskReferrals(where: $w, first: $n) {
    totalCount
    edges {
      node {
        id
        householdId
        householdCode
        headName
        category
        regionName
        month
        reasons
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenReferralsQuery, OpenReferralsQueryVariables>;
export const MonthlyCheckChangesDocument = new TypedDocumentString(`
    subscription MonthlyCheckChanges($m: String!, $r: String, $since: String) {
  monthlyChecksChanged(month: $m, regionCode: $r, since: $since) {
    id
    householdId
    version
    actor
    deleted
    cursor
    resync
    fields {
      field
      value
    }
  }
}
    `) as unknown as TypedDocumentString<MonthlyCheckChangesSubscription, MonthlyCheckChangesSubscriptionVariables>;
export const PresenceDocument = new TypedDocumentString(`
    subscription Presence($ledger: String!, $clientId: String!) {
  presence(ledger: $ledger, clientId: $clientId) {
    ledger
    total
    users {
      displayName
      townshipCode
      townshipName
      rowId
      since
      editingSince
    }
  }
}
    `) as unknown as TypedDocumentString<PresenceSubscription, PresenceSubscriptionVariables>;
export const SetPresenceEditingDocument = new TypedDocumentString(`
    mutation SetPresenceEditing($ledger: String!, $clientId: String!, $rowId: ID) {
  setPresenceEditing(ledger: $ledger, clientId: $clientId, rowId: $rowId)
}
    `) as unknown as TypedDocumentString<SetPresenceEditingMutation, SetPresenceEditingMutationVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($month: String!, $regionCode: String, $top: Int) {
  overview(month: $month, regionCode: $regionCode, top: $top) {
    month
    regionCode
    regionName
    asOf
    exitWindowEnd
    townships {
      code
      name
    }
    households {
      townshipCode
      category
      riskStatus
      households
      atRisk
    }
    checks {
      townshipCode
      townshipName
      month
      households
      visited
      notVisited
      submitted
      locked
      atRisk
      rate
    }
    assistance {
      townshipCode
      townshipName
      dibaoActive
      dibaoGradualExit
      dibaoSinglePerson
      gradualExitsEndingSoon
      reliefMonthGrants
      reliefMonthAmount
      reliefYearGrants
      reliefYearAmount
      overduePaperwork
      tekunCentralised
      tekunDispersed
    }
    gradualExits {
      count
      items {
        caseId
        householdId
        householdCode
        headName
        townshipCode
        townshipName
        kind
        exitStartDate
        exitEndDate
        noticeDate
        noticeRef
        daysLeft
      }
    }
    overduePaperwork {
      count
      items {
        grantId
        householdId
        householdCode
        headName
        townshipCode
        townshipName
        type
        amount
        grantDate
        paperworkDue
        daysOverdue
      }
    }
    reserveFunds {
      townshipCode
      townshipName
      opening
      topUps
      granted
      balance
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const HouseholdIncomeByTownshipDocument = new TypedDocumentString(`
    query HouseholdIncomeByTownship($where: HouseholdWhere) {
  householdsAggregate(where: $where, groupBy: [township]) {
    truncated
    groups {
      keys {
        township
        townshipName
      }
      count
      memberCount {
        sum
      }
      incomePerCapita {
        sum
        avg
        min
        max
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdIncomeByTownshipQuery, HouseholdIncomeByTownshipQueryVariables>;
export const PlansDocument = new TypedDocumentString(`
    query Plans {
  plans {
    id
    documentNumber
    title
    issuer
    issuedOn
    measures {
      no
      groupNo
      group
      title
      deadline
      deadlineText
      recurrence
    }
  }
}
    `) as unknown as TypedDocumentString<PlansQuery, PlansQueryVariables>;
export const ResponsibleUnitsDocument = new TypedDocumentString(`
    query ResponsibleUnits {
  responsibleUnits {
    code
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<ResponsibleUnitsQuery, ResponsibleUnitsQueryVariables>;
export const AssignmentsDocument = new TypedDocumentString(`
    query Assignments($w: AssignmentWhere, $a: String) {
  assignments(where: $w, first: 500, after: $a) {
    edges {
      node {
        id
        status
        dueDate
        overdue
        escalated
        missingPeriods
        overduePeriods
        rejectionCount
        version
        lastReportAt
        closedAt
        unit {
          code
          name
          kind
        }
        measure {
          no
          title
          deadline
          deadlineText
          recurrence
          planId
        }
        notice {
          text
          at
          actor
        }
        lastReport {
          period
          text
          at
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AssignmentsQuery, AssignmentsQueryVariables>;
export const AssignmentDocument = new TypedDocumentString(`
    query Assignment($id: ID!) {
  assignment(id: $id) {
    ...AssignmentDetailFields
  }
}
    fragment AssignmentDetailFields on Assignment {
  id
  status
  dueDate
  overdue
  escalated
  missingPeriods
  overduePeriods
  rejectionCount
  version
  lastReportAt
  closedAt
  unit {
    code
    name
    kind
  }
  measure {
    no
    title
    deadline
    deadlineText
    recurrence
    planId
    content
    group
  }
  notice {
    text
    at
    actor
  }
  lastReport {
    period
    text
    at
  }
  reports {
    id
    period
    text
    reporter
    at
    evidence {
      id
      fileName
      contentType
      size
      url
    }
  }
  events {
    id
    kind
    at
    actor
    text
    fromStatus
    toStatus
    reportId
  }
}`) as unknown as TypedDocumentString<AssignmentQuery, AssignmentQueryVariables>;
export const ReportProgressDocument = new TypedDocumentString(`
    mutation ReportProgress($id: ID!, $v: Int!, $text: String!, $period: String, $evidenceIds: [ID!]) {
  r: reportProgress(
    assignmentId: $id
    version: $v
    text: $text
    period: $period
    evidenceIds: $evidenceIds
  ) {
    ...AssignmentDetailFields
  }
}
    fragment AssignmentDetailFields on Assignment {
  id
  status
  dueDate
  overdue
  escalated
  missingPeriods
  overduePeriods
  rejectionCount
  version
  lastReportAt
  closedAt
  unit {
    code
    name
    kind
  }
  measure {
    no
    title
    deadline
    deadlineText
    recurrence
    planId
    content
    group
  }
  notice {
    text
    at
    actor
  }
  lastReport {
    period
    text
    at
  }
  reports {
    id
    period
    text
    reporter
    at
    evidence {
      id
      fileName
      contentType
      size
      url
    }
  }
  events {
    id
    kind
    at
    actor
    text
    fromStatus
    toStatus
    reportId
  }
}`) as unknown as TypedDocumentString<ReportProgressMutation, ReportProgressMutationVariables>;
export const RequestCloseDocument = new TypedDocumentString(`
    mutation RequestClose($id: ID!, $v: Int!) {
  r: requestClose(assignmentId: $id, version: $v) {
    ...AssignmentDetailFields
  }
}
    fragment AssignmentDetailFields on Assignment {
  id
  status
  dueDate
  overdue
  escalated
  missingPeriods
  overduePeriods
  rejectionCount
  version
  lastReportAt
  closedAt
  unit {
    code
    name
    kind
  }
  measure {
    no
    title
    deadline
    deadlineText
    recurrence
    planId
    content
    group
  }
  notice {
    text
    at
    actor
  }
  lastReport {
    period
    text
    at
  }
  reports {
    id
    period
    text
    reporter
    at
    evidence {
      id
      fileName
      contentType
      size
      url
    }
  }
  events {
    id
    kind
    at
    actor
    text
    fromStatus
    toStatus
    reportId
  }
}`) as unknown as TypedDocumentString<RequestCloseMutation, RequestCloseMutationVariables>;
export const ApproveCloseDocument = new TypedDocumentString(`
    mutation ApproveClose($id: ID!, $v: Int!) {
  r: approveClose(assignmentId: $id, version: $v) {
    ...AssignmentDetailFields
  }
}
    fragment AssignmentDetailFields on Assignment {
  id
  status
  dueDate
  overdue
  escalated
  missingPeriods
  overduePeriods
  rejectionCount
  version
  lastReportAt
  closedAt
  unit {
    code
    name
    kind
  }
  measure {
    no
    title
    deadline
    deadlineText
    recurrence
    planId
    content
    group
  }
  notice {
    text
    at
    actor
  }
  lastReport {
    period
    text
    at
  }
  reports {
    id
    period
    text
    reporter
    at
    evidence {
      id
      fileName
      contentType
      size
      url
    }
  }
  events {
    id
    kind
    at
    actor
    text
    fromStatus
    toStatus
    reportId
  }
}`) as unknown as TypedDocumentString<ApproveCloseMutation, ApproveCloseMutationVariables>;
export const RejectCloseDocument = new TypedDocumentString(`
    mutation RejectClose($id: ID!, $v: Int!, $reason: String!) {
  r: rejectClose(assignmentId: $id, version: $v, reason: $reason) {
    ...AssignmentDetailFields
  }
}
    fragment AssignmentDetailFields on Assignment {
  id
  status
  dueDate
  overdue
  escalated
  missingPeriods
  overduePeriods
  rejectionCount
  version
  lastReportAt
  closedAt
  unit {
    code
    name
    kind
  }
  measure {
    no
    title
    deadline
    deadlineText
    recurrence
    planId
    content
    group
  }
  notice {
    text
    at
    actor
  }
  lastReport {
    period
    text
    at
  }
  reports {
    id
    period
    text
    reporter
    at
    evidence {
      id
      fileName
      contentType
      size
      url
    }
  }
  events {
    id
    kind
    at
    actor
    text
    fromStatus
    toStatus
    reportId
  }
}`) as unknown as TypedDocumentString<RejectCloseMutation, RejectCloseMutationVariables>;
export const UrgeAssignmentDocument = new TypedDocumentString(`
    mutation UrgeAssignment($id: ID!, $v: Int!, $urge: String) {
  r: urgeAssignment(assignmentId: $id, version: $v, text: $urge) {
    ...AssignmentDetailFields
  }
}
    fragment AssignmentDetailFields on Assignment {
  id
  status
  dueDate
  overdue
  escalated
  missingPeriods
  overduePeriods
  rejectionCount
  version
  lastReportAt
  closedAt
  unit {
    code
    name
    kind
  }
  measure {
    no
    title
    deadline
    deadlineText
    recurrence
    planId
    content
    group
  }
  notice {
    text
    at
    actor
  }
  lastReport {
    period
    text
    at
  }
  reports {
    id
    period
    text
    reporter
    at
    evidence {
      id
      fileName
      contentType
      size
      url
    }
  }
  events {
    id
    kind
    at
    actor
    text
    fromStatus
    toStatus
    reportId
  }
}`) as unknown as TypedDocumentString<UrgeAssignmentMutation, UrgeAssignmentMutationVariables>;
export const BulletinDocument = new TypedDocumentString(`
    query Bulletin($m: String!, $p: ID) {
  bulletin(month: $m, planId: $p) {
    month
    asOf
    total
    openCount
    overdueCount
    escalatedCount
    closedCount
    units {
      unit {
        code
        name
        kind
      }
      total
      openCount
      overdueCount
      escalatedCount
      closedCount
      overdue {
        ...BulletinItemFields
      }
      escalated {
        ...BulletinItemFields
      }
      closed {
        ...BulletinItemFields
      }
    }
    referrals {
      townshipCode
      townshipName
      opened
      active
      overdue
      closed
    }
  }
}
    fragment BulletinItemFields on BulletinItem {
  assignmentId
  measureNo
  measureTitle
  status
  dueDate
  missingPeriods
  overduePeriods
  rejectionCount
  closedAt
}`) as unknown as TypedDocumentString<BulletinQuery, BulletinQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($where: UserWhere, $first: Int, $after: String) {
  users(where: $where, first: $first, after: $after) {
    edges {
      node {
        ...UserAccountFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment UserAccountFields on UserAccount {
  id
  username
  displayName
  role
  regionCode
  unitCode
  phone
  disabled
  mustChangePassword
  version
  lastSeenAt
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    oneTimePassword
    user {
      ...UserAccountFields
    }
  }
}
    fragment UserAccountFields on UserAccount {
  id
  username
  displayName
  role
  regionCode
  unitCode
  phone
  disabled
  mustChangePassword
  version
  lastSeenAt
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...UserAccountFields
  }
}
    fragment UserAccountFields on UserAccount {
  id
  username
  displayName
  role
  regionCode
  unitCode
  phone
  disabled
  mustChangePassword
  version
  lastSeenAt
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($id: ID!) {
  disableUser(id: $id) {
    ...UserAccountFields
  }
}
    fragment UserAccountFields on UserAccount {
  id
  username
  displayName
  role
  regionCode
  unitCode
  phone
  disabled
  mustChangePassword
  version
  lastSeenAt
}`) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($id: ID!) {
  enableUser(id: $id) {
    ...UserAccountFields
  }
}
    fragment UserAccountFields on UserAccount {
  id
  username
  displayName
  role
  regionCode
  unitCode
  phone
  disabled
  mustChangePassword
  version
  lastSeenAt
}`) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($id: ID!) {
  resetPassword(id: $id) {
    oneTimePassword
    user {
      ...UserAccountFields
    }
  }
}
    fragment UserAccountFields on UserAccount {
  id
  username
  displayName
  role
  regionCode
  unitCode
  phone
  disabled
  mustChangePassword
  version
  lastSeenAt
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MyChangeSetsDocument = new TypedDocumentString(`
    query MyChangeSets($n: Int!) {
  myChangeSets(first: $n) {
    id
    at
    undone
    summary
  }
}
    `) as unknown as TypedDocumentString<MyChangeSetsQuery, MyChangeSetsQueryVariables>;
export const UndoChangeSetDocument = new TypedDocumentString(`
    mutation UndoChangeSet($id: ID!) {
  r: undoChangeSet(id: $id) {
    ok
    applied
    conflicts {
      entityId
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UndoChangeSetMutation, UndoChangeSetMutationVariables>;
export const RedoChangeSetDocument = new TypedDocumentString(`
    mutation RedoChangeSet($id: ID!) {
  r: redoChangeSet(id: $id) {
    ok
    applied
    conflicts {
      entityId
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RedoChangeSetMutation, RedoChangeSetMutationVariables>;
export const ViewStateDocument = new TypedDocumentString(`
    query ViewState($k: String!) {
  viewState(key: $k)
}
    `) as unknown as TypedDocumentString<ViewStateQuery, ViewStateQueryVariables>;
export const SaveViewStateDocument = new TypedDocumentString(`
    mutation SaveViewState($k: String!, $s: String!) {
  saveViewState(key: $k, state: $s)
}
    `) as unknown as TypedDocumentString<SaveViewStateMutation, SaveViewStateMutationVariables>;