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

/** An API token for a third-party tool (the secret is never shown again) */
export type ApiToken = {
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  regionCode: Maybe<Scalars['String']['output']>;
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  scopes: Array<Scalars['String']['output']>;
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
  eventId: Scalars['ID']['output'];
  /** the fields the change wrote, with their values as the assignment query shows them */
  fields: Array<ChangedField>;
  /** the assignment */
  id: Scalars['ID']['output'];
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
  escalatedCount: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** assignments not closed off at asOf (在办): the figure "本月在办事项" */
  openCount: Scalars['Int']['output'];
  overdueCount: Scalars['Int']['output'];
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

export type CategoryFilter = {
  eq?: InputMaybe<HouseholdCategory>;
  in?: InputMaybe<Array<HouseholdCategory>>;
};

/** One user step (an edit, a paste, a fill): the unit of undo */
export type ChangeSet = {
  at: Scalars['DateTimeISO']['output'];
  changes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  summary: Scalars['String']['output'];
  undone: Scalars['Boolean']['output'];
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

export type CreateAssessmentBatchInput = {
  name: Scalars['String']['input'];
  /** default: the caller's township */
  townshipCode?: InputMaybe<Scalars['String']['input']>;
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
  deleted: Scalars['Boolean']['output'];
  /** unique per event: for idempotency and catching up */
  eventId: Scalars['ID']['output'];
  /** the fields the change wrote, with their new values */
  fields: Array<ChangedField>;
  id: Scalars['ID']['output'];
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
  /** removed from the household */
  deleted: Scalars['Boolean']['output'];
  eventId: Scalars['ID']['output'];
  /** the fields the change wrote, with their new values, masked as a query would mask them */
  fields: Array<ChangedField>;
  householdId: Scalars['ID']['output'];
  /** the member */
  id: Scalars['ID']['output'];
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

/** A committed change of one monthly check (subscription monthlyChecksChanged) */
export type MonthlyCheckChange = {
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  changeSet: Maybe<Scalars['String']['output']>;
  deleted: Scalars['Boolean']['output'];
  eventId: Scalars['ID']['output'];
  /** the fields the change wrote, with their values as the monthlyChecks grid shows them */
  fields: Array<ChangedField>;
  householdId: Scalars['ID']['output'];
  /** the check */
  id: Scalars['ID']['output'];
  month: Scalars['String']['output'];
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
  /** 同意销号 (the office): CLOSE_REQUESTED → CLOSED */
  approveClose: Assignment;
  /** 先行救助补齐手续 */
  completeReliefPaperwork: ReliefGrantResult;
  /** The only way to change a LOCKED check: with a reason; recorded with before/after and audited */
  correctMonthlyCheck: MonthlyCheckRowResult;
  /** Creates an API token for a third-party tool (admin); the secret is shown once */
  createApiToken: CreatedApiToken;
  /** 新建乡镇初评批次 */
  createAssessmentBatch: AssessmentBatchResult;
  /** Creates households with their members; one result per row */
  createHouseholds: Array<HouseholdRowResult>;
  /** Enters a new plan with its measures (the office and the admin); every measure × unit becomes an assignment */
  createPlan: Plan;
  /** Soft-deletes households (restorable) */
  deleteHouseholds: Array<HouseholdRowResult>;
  /** 县级抽查 (county only): draws ⌈30%⌉ of the batch at random with the given seed (recorded); same seed, same sample; once per batch */
  drawSpotCheck: DrawSpotCheckResult;
  /** 风险消除: refused with ELIMINATION_NOT_ALLOWED (one error per unmet condition, `field` naming it) unless monitored ≥ 6 months, an assistance measure, income not below the line in each of the last 6 months, the latest check passing, and a working-age member */
  eliminateRisk: HouseholdRowResult;
  /** 退出低保: ends the case on the first day of the next month (from the gradual exit: income or work stable) */
  endDibao: DibaoCaseResult;
  /** 纳入低保: a household, or one member alone (单人保: severe disability grade 1–2 or serious illness, depending on the family) */
  enrolDibao: DibaoCaseResult;
  /** 纳入特困供养 (centralised or dispersed; minors covered up to 18) */
  enrolTekun: TekunPersonResult;
  /** 发放临时救助 (急难型/支出型; 一事一议 above the normal cap; 先行救助 with a paperwork due date; drawn from the reserve fund) */
  grantRelief: ReliefGrantResult;
  /** County staff or admin: locks the submitted checks of a township (9 digits) or of every township (county code) for a month; drafts stay open and are counted */
  lockMonth: LockMonthResult;
  /** Logs in; repeated failures for a username are slowed down, then locked for a while (LOGIN_LOCKED) */
  login: LoginResult;
  /** Ends the session (or revokes the API token) used for this call */
  logout: Scalars['Boolean']['output'];
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
  /** 报送进展 (the unit, its own rows): NOT_STARTED → IN_PROGRESS; answers the office's urge */
  reportProgress: Assignment;
  /** 申请销号 (the unit, its own rows): IN_PROGRESS → CLOSE_REQUESTED */
  requestClose: Assignment;
  /** Restores deleted households */
  restoreHouseholds: Array<HouseholdRowResult>;
  /** Revokes an API token (admin) */
  revokeApiToken: ApiToken;
  /** Creates or changes monthly checks (householdId, month, version — null to create — and the fields to set); one result per row. A LOCKED check is refused (LOCKED): use correctMonthlyCheck */
  saveMonthlyChecks: Array<MonthlyCheckRowResult>;
  /** Saves the caller's layout for a view (JSON text, at most 64 KiB) */
  saveViewState: Scalars['Boolean']['output'];
  /** Makes another member the head of household */
  setHouseholdHead: HouseholdRowResult;
  /** Admin only: sets the monitoring line of a year (applies to checks saved afterwards) */
  setMonitoringLine: MonitoringLine;
  /** 进入渐退期: start date and a recorded formal written notice; ends at most 18 months later (OUT_OF_RANGE beyond) */
  startGradualExit: DibaoCaseResult;
  /** The township hands in its checks of a month: DRAFT → SUBMITTED (all its drafts, or the given households); a check needs a visit date */
  submitMonthlyChecks: Array<MonthlyCheckRowResult>;
  /** 拨付备用金 (county only) */
  topUpReserveFund: ReserveFundResult;
  /** Undoes one of the caller's own steps (send the step's x-doudi-change-set id) */
  undoChangeSet: UndoResult;
  /** Changes households (id, version and the fields to change); one result per row */
  updateHouseholds: Array<HouseholdRowResult>;
  /** Changes members (id, version and the fields to change) */
  updateMembers: Array<MemberRowResult>;
  /** 催办 (the office): recorded on the timeline, shown to the unit as a notice until it reports */
  urgeAssignment: Assignment;
};


export type MutationAddMembersArgs = {
  input: Array<MemberAddInput>;
};


export type MutationApproveCloseArgs = {
  assignmentId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCompleteReliefPaperworkArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCorrectMonthlyCheckArgs = {
  input: CorrectMonthlyCheckInput;
};


export type MutationCreateApiTokenArgs = {
  expiresAt: Scalars['DateTimeISO']['input'];
  name: Scalars['String']['input'];
  regionCode: InputMaybe<Scalars['String']['input']>;
  scopes: Array<Scalars['String']['input']>;
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


export type MutationDeleteHouseholdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDrawSpotCheckArgs = {
  batchId: Scalars['ID']['input'];
  seed: Scalars['String']['input'];
};


export type MutationEliminateRiskArgs = {
  householdId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationEndDibaoArgs = {
  input: EndDibaoInput;
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


export type MutationLockMonthArgs = {
  month: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
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


export type MutationRestoreHouseholdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveMonthlyChecksArgs = {
  rows: Array<MonthlyCheckInput>;
};


export type MutationSaveViewStateArgs = {
  key: Scalars['String']['input'];
  state: Scalars['String']['input'];
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


export type MutationStartGradualExitArgs = {
  input: StartGradualExitInput;
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


export type MutationUpdateHouseholdsArgs = {
  input: Array<HouseholdUpdateInput>;
};


export type MutationUpdateMembersArgs = {
  input: Array<MemberUpdateInput>;
};


export type MutationUrgeAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  text: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** 渐退期书面告知状态 */
export type NoticeStatus =
  /** 书面告知晚于纳入日期 (Notified in writing after entry) */
  | 'LATE'
  /** 已于纳入之日书面告知 (Notified in writing on entry) */
  | 'ON_ENTRY';

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
  /** API tokens (admin) */
  apiTokens: Array<ApiToken>;
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
  /** Flag list: active whole-household 低保 cases (not in gradual exit) with income per capita above this year's monitoring line */
  dibaoAboveLine: Array<DibaoCase>;
  /** 低保 cases, newest first (scope: ledger:read; township staff see their township) */
  dibaoCases: DibaoCaseConnection;
  /** 收入超标或稳定就业监测名单: cases in the gradual-exit period with months left and notice status, soonest end first */
  gradualExits: Array<DibaoCase>;
  /** One household by id (deleted ones too); null when missing or outside the caller's region alike */
  household: Maybe<Household>;
  /** Households of the monitoring ledgers, as a Relay connection (scope: ledger:read; confined to the caller's region) */
  households: HouseholdConnection;
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
  /** The caller's recent steps, newest first: the undo stack survives a reload */
  myChangeSets: Array<ChangeSet>;
  /** 先行救助 grants whose paperwork is past its due date (most overdue first) */
  overdueReliefPaperwork: Array<ReliefGrant>;
  /** 统计 — the county overview for a month: households by township × category × risk status, the month's check completion, assistance by kind, gradual exits ending soon, overdue 先行救助 paperwork, reserve funds (scope: ledger:read; confined to the caller's region) */
  overview: Maybe<Overview>;
  /** Reads that returned unmasked personal data, newest first (audit:read) */
  piiAccessEvents: PiiAccessConnection;
  /** Plans (方案) with their measures, newest first */
  plans: Array<Plan>;
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
  /** 特困供养对象, newest first */
  tekunPersons: TekunPersonConnection;
  /** The caller's saved layout for a view (JSON text), or null */
  viewState: Maybe<Scalars['String']['output']>;
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


export type QueryDibaoAboveLineArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryDibaoCasesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<DibaoCaseWhere>;
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


export type QueryTekunPersonsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  where: InputMaybe<TekunPersonWhere>;
};


export type QueryViewStateArgs = {
  key: Scalars['String']['input'];
};

/** 完成时限的周期 — how a measure recurs after its first deadline */
export type Recurrence =
  /** 每月报送 (Monthly) */
  | 'MONTHLY'
  /** 一次性完成 (One-off) */
  | 'NONE'
  /** 长期坚持 (Ongoing) */
  | 'ONGOING';

/** A committed change of one risk referral (风险转介; subscription referralsChanged) */
export type ReferralChange = {
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  changeSet: Maybe<Scalars['String']['output']>;
  eventId: Scalars['ID']['output'];
  /** the fields the change wrote, with their values as riskReferrals shows them */
  fields: Array<ChangedField>;
  householdId: Scalars['ID']['output'];
  /** the referral */
  id: Scalars['ID']['output'];
  /** the referral's state after the change (OPEN, CLOSED, WITHDRAWN) */
  state: Scalars['String']['output'];
};

/** 风险转介状态 */
export type ReferralState =
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

/** 临时救助 — a one-time grant */
export type ReliefGrant = {
  /** 金额 元 */
  amount: Scalars['Float']['output'];
  /** 先行救助 */
  assistFirst: Scalars['Boolean']['output'];
  /** 一事一议 */
  caseByCase: Scalars['Boolean']['output'];
  /** 事由 */
  cause: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  daysOverdue: Maybe<Scalars['Int']['output']>;
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
  category: HouseholdCategory;
  checkId: Maybe<Scalars['ID']['output']>;
  closeReason: Maybe<Scalars['String']['output']>;
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  closedBy: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  headName: Scalars['String']['output'];
  householdCode: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** month whose check found the risk (the latest while open) */
  month: Scalars['String']['output'];
  /** zh-CN reasons */
  reasons: Array<Scalars['String']['output']>;
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  state: ReferralState;
  townshipCode: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
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

export type RiskReferralWhere = {
  /** YYYY-MM */
  month?: InputMaybe<Scalars['String']['input']>;
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
  /** Committed changes of risk referrals (风险转介) in the caller's region, optionally under a region-code prefix (WebSocket only; scope: ledger:read) */
  referralsChanged: ReferralChange;
};


export type SubscriptionHouseholdsChangedArgs = {
  where: InputMaybe<HouseholdWhere>;
};


export type SubscriptionMembersChangedArgs = {
  householdId: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionMonthlyChecksChangedArgs = {
  month: Scalars['String']['input'];
  regionCode: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionReferralsChangedArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
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

/** 登录用户 */
export type User = {
  displayName: Scalars['String']['output'];
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

export type UserFieldsFragment = { username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, scopes: Array<string> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, scopes: Array<string> } };

export type LoginMutationVariables = Exact<{
  u: Scalars['String']['input'];
  p: Scalars['String']['input'];
}>;


export type LoginMutation = { login: { token: string, user: { username: string, displayName: string, role: string, regionCode: string | null, unitCode: string | null, scopes: Array<string> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

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

export type OverviewQueryVariables = Exact<{
  month: Scalars['String']['input'];
  regionCode: InputMaybe<Scalars['String']['input']>;
  top: InputMaybe<Scalars['Int']['input']>;
}>;


export type OverviewQuery = { overview: { month: string, regionCode: string, regionName: string, asOf: string, exitWindowEnd: string, townships: Array<{ code: string, name: string }>, households: Array<{ townshipCode: string, category: HouseholdCategory, riskStatus: RiskStatus, households: number, atRisk: number }>, checks: Array<{ townshipCode: string, townshipName: string, month: string, households: number, visited: number, notVisited: number, submitted: number, locked: number, atRisk: number, rate: number }>, assistance: Array<{ townshipCode: string, townshipName: string, dibaoActive: number, dibaoGradualExit: number, dibaoSinglePerson: number, gradualExitsEndingSoon: number, reliefMonthGrants: number, reliefMonthAmount: number, reliefYearGrants: number, reliefYearAmount: number, overduePaperwork: number, tekunCentralised: number, tekunDispersed: number }>, gradualExits: { count: number, items: Array<{ caseId: string, householdId: string, householdCode: string, headName: string, townshipCode: string, townshipName: string, kind: string, exitStartDate: string | null, exitEndDate: string, noticeDate: string | null, noticeRef: string | null, daysLeft: number }> }, overduePaperwork: { count: number, items: Array<{ grantId: string, householdId: string | null, householdCode: string | null, headName: string | null, townshipCode: string, townshipName: string, type: string, amount: number, grantDate: string, paperworkDue: string, daysOverdue: number }> }, reserveFunds: Array<{ townshipCode: string, townshipName: string, opening: number, topUps: number, granted: number, balance: number }> } | null };

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


export type BulletinQuery = { bulletin: { month: string, asOf: string, total: number, openCount: number, overdueCount: number, escalatedCount: number, closedCount: number, units: Array<{ total: number, openCount: number, overdueCount: number, escalatedCount: number, closedCount: number, unit: { code: string, name: string, kind: UnitKind }, overdue: Array<{ assignmentId: string, measureNo: number, measureTitle: string, status: AssignmentStatus, dueDate: string | null, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, closedAt: string | null }>, escalated: Array<{ assignmentId: string, measureNo: number, measureTitle: string, status: AssignmentStatus, dueDate: string | null, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, closedAt: string | null }>, closed: Array<{ assignmentId: string, measureNo: number, measureTitle: string, status: AssignmentStatus, dueDate: string | null, missingPeriods: Array<string>, overduePeriods: number, rejectionCount: number, closedAt: string | null }> }> } };

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
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
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