// Field tables of the loops' records (issue 16, points 3–7): the lists' columns and Excel columns, the forms, and
// the server's limits read them here.
import { ReferralStateDef } from './monitoring.js';
import { HouseholdCategoryDef } from './enums.js';
import { SelfCareResultDef, SupportModeDef } from './assistance.js';
import {
  CareAgreementStatusDef, CarerKindDef, PersonConditionDef, ReferralAssistanceKindDef, ReferralCloseKindDef, ReliefApprovalDef,
} from './loops.js';
import { YesNoDef } from './fields-monitoring.js';
import { fieldBuilder, type FieldMeta, type FieldOpts } from './field-meta.js';

const f = fieldBuilder({});
const ro: FieldOpts = { editable: false };

/** 风险转介 in the 动态救助 loop (list columns and the assign / start / close forms). */
export const RISK_REFERRAL_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('householdCode', '户编号', 'Household no.', 'string', { ...ro, width: 130 }),
  f('headName', '户主', 'Head', 'string', { ...ro, width: 80 }),
  f('category', '监测类别', 'Category', 'enum', { ...ro, enumDef: HouseholdCategoryDef, width: 110 }),
  f('regionName', '村(社区)', 'Village', 'string', { ...ro, width: 110 }),
  f('month', '发现月份', 'Month found', 'string', { ...ro, width: 80 }),
  f('reasons', '风险原因', 'Reasons', 'string', { ...ro, width: 220 }),
  f('state', '状态', 'State', 'enum', { ...ro, enumDef: ReferralStateDef, width: 80 }),
  f('owner', '经办人', 'Owner', 'string', { required: true, maxLength: 64, width: 100, formLabel: { zh: '经办人（乡镇用户名）', en: 'Owner (township user)' } }),
  f('helper', '帮扶责任人', 'Helper', 'string', { required: true, maxLength: 50, width: 100 }),
  f('dueDate', '救助启动期限', 'Help starts by', 'date', { width: 110 }),
  f('overdue', '逾期', 'Overdue', 'enum', { ...ro, enumDef: YesNoDef, width: 70 }),
  f('assistanceKind', '救助措施', 'Assistance', 'enum', { enumDef: ReferralAssistanceKindDef, required: true, width: 110 }),
  f('assistanceRef', '关联记录编号', 'Linked record id', 'string', { maxLength: 20, width: 100 }),
  f('assistanceNote', '措施说明', 'Measure', 'string', { maxLength: 500, width: 200 }),
  f('closeKind', '办结方式', 'Closed by', 'enum', { enumDef: ReferralCloseKindDef, required: true, width: 100 }),
  f('closeReason', '办结说明', 'Close reason', 'string', { required: true, maxLength: 200, width: 200 }),
]);

/** A relief grant decided by the county (the approval queue's extra columns and the decision form). */
export const RELIEF_DECISION_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('approval', '县级审批', 'County approval', 'enum', { ...ro, enumDef: ReliefApprovalDef, width: 110 }),
  f('approve', '审批结果', 'Decision', 'enum', { enumDef: YesNoDef, required: true, formLabel: { zh: '批准', en: 'Approve' } }),
  f('decisionNote', '审批意见', 'Decision note', 'string', { maxLength: 200, width: 200, formLabel: { zh: '审批意见（不予批准时必填）', en: 'Note (required to reject)' } }),
  f('decidedBy', '审批人', 'Decided by', 'string', { ...ro, width: 90 }),
  f('decidedOn', '审批日期', 'Decided on', 'date', { ...ro, width: 100 }),
]);

/** 价格临时补贴 run (the county opens it). */
export const SUBSIDY_RUN_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('month', '补贴月份', 'Month', 'string', { required: true, maxLength: 7, width: 90, formLabel: { zh: '补贴月份（YYYY-MM）', en: 'Month (YYYY-MM)' } }),
  f('amountPerPerson', '每人金额(元)', 'Amount per person', 'number', { required: true, min: 0.01, max: 10_000, decimals: 2, width: 110 }),
  f('title', '名称', 'Title', 'string', { required: true, maxLength: 100, width: 200 }),
  f('note', '依据/备注', 'Basis', 'string', { maxLength: 200, width: 200 }),
]);

/** One person paid by a subsidy run. */
export const SUBSIDY_PAYMENT_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('name', '姓名', 'Name', 'string', { ...ro, width: 80 }),
  f('idNumber', '身份证号', 'ID number', 'idNumber', { ...ro, pii: true, width: 180 }),
  f('householdCode', '户编号', 'Household no.', 'string', { ...ro, width: 130 }),
  f('townshipName', '乡镇', 'Township', 'string', { ...ro, width: 90 }),
  f('regionName', '村(社区)', 'Village', 'string', { ...ro, width: 120 }),
  f('groups', '保障类别', 'Groups', 'string', { ...ro, width: 130 }),
  f('amount', '补贴金额(元)', 'Amount', 'number', { ...ro, width: 100 }),
]);

/** 特困: the wish for centralised care and the support-mode changes. */
export const CENTRAL_CARE_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('name', '姓名', 'Name', 'string', { ...ro, width: 80 }),
  f('idNumber', '身份证号', 'ID number', 'idNumber', { ...ro, pii: true, width: 180 }),
  f('age', '年龄', 'Age', 'integer', { ...ro, width: 60 }),
  f('townshipName', '乡镇', 'Township', 'string', { ...ro, width: 90 }),
  f('regionName', '村(社区)', 'Village', 'string', { ...ro, width: 120 }),
  f('supportMode', '供养方式', 'Support mode', 'enum', { enumDef: SupportModeDef, required: true, width: 90 }),
  f('selfCare', '自理能力', 'Self-care', 'enum', { ...ro, enumDef: SelfCareResultDef, width: 160 }),
  f('wish', '集中供养意愿', 'Wishes centralised care', 'enum', { enumDef: YesNoDef, required: true, width: 100 }),
  f('askedOn', '询问日期', 'Asked on', 'date', { required: true, width: 100 }),
  f('changedOn', '变更日期', 'Changed on', 'date', { required: true, width: 100 }),
  f('careProviderOrg', '照料服务机构', 'Care provider', 'string', { maxLength: 100, width: 150 }),
  f('reason', '变更原因', 'Reason', 'string', { required: true, maxLength: 200, width: 200 }),
]);

/** 委托照料服务协议 of a dispersed 特困 person. */
export const CARE_AGREEMENT_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('name', '姓名', 'Name', 'string', { ...ro, width: 80 }),
  f('idNumber', '身份证号', 'ID number', 'idNumber', { ...ro, pii: true, width: 180 }),
  f('townshipName', '乡镇', 'Township', 'string', { ...ro, width: 90 }),
  f('regionName', '村(社区)', 'Village', 'string', { ...ro, width: 120 }),
  f('status', '协议状态', 'Status', 'enum', { ...ro, enumDef: CareAgreementStatusDef, width: 100 }),
  f('carerKind', '照料方', 'Carer kind', 'enum', { enumDef: CarerKindDef, required: true, width: 80 }),
  f('carerName', '照料人/机构', 'Carer', 'string', { required: true, maxLength: 100, width: 140 }),
  f('carerPhone', '照料方电话', 'Carer phone', 'phone', { pii: true, width: 120 }),
  f('startDate', '协议开始', 'Start', 'date', { required: true, width: 100 }),
  f('endDate', '协议结束', 'End', 'date', { required: true, width: 100 }),
  f('signedOn', '签订日期', 'Signed on', 'date', { required: true, width: 100 }),
  f('duties', '照料内容', 'Duties', 'string', { required: true, maxLength: 500, width: 220 }),
]);

/** 定期探访 of a dispersed 特困 person (the visit form, and the overdue list's columns). */
export const CARE_VISIT_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('name', '姓名', 'Name', 'string', { ...ro, width: 80 }),
  f('idNumber', '身份证号', 'ID number', 'idNumber', { ...ro, pii: true, width: 180 }),
  f('age', '年龄', 'Age', 'integer', { ...ro, width: 60 }),
  f('townshipName', '乡镇', 'Township', 'string', { ...ro, width: 90 }),
  f('regionName', '村(社区)', 'Village', 'string', { ...ro, width: 120 }),
  f('intervalDays', '探访周期(天)', 'Every (days)', 'integer', { ...ro, width: 90 }),
  f('lastVisit', '上次探访', 'Last visit', 'date', { ...ro, width: 100 }),
  f('nextDue', '应探访日期', 'Next visit due', 'date', { ...ro, width: 100 }),
  f('daysOverdue', '逾期天数', 'Days overdue', 'integer', { ...ro, width: 80 }),
  f('visitDate', '探访日期', 'Visit date', 'date', { required: true, width: 100 }),
  f('visitor', '探访人', 'Visitor', 'string', { required: true, maxLength: 50, width: 90 }),
  f('condition', '身体和生活状况', 'Condition', 'enum', { enumDef: PersonConditionDef, required: true, width: 100 }),
  f('problems', '发现的问题', 'Problems found', 'string', { maxLength: 500, width: 200 }),
  f('helpArranged', '协调解决', 'Help arranged', 'string', { maxLength: 500, width: 200 }),
]);
