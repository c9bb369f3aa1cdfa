// The assistance records' field tables (低保 case, relief grant, 特困 person, self-care assessment, and the small
// records beside them): the pages' grid columns and forms, and the server's limits, read them here.
import { defineEnum } from './labels.js';
import { TOWNSHIPS } from './regions.js';
import {
  AssessmentStageDef, DibaoKindDef, DibaoStateDef, NoticeStatusDef, ReliefTypeDef, SELF_CARE_ITEMS, SELF_CARE_ITEM_LABELS,
  SelfCareResultDef, SupportModeDef, TEKUN_MINOR_AGE_LIMIT, TekunStateDef,
} from './assistance.js';
import { YesNoDef } from './fields-monitoring.js';
import { fieldBuilder, type FieldMeta, type FieldOpts } from './field-meta.js';

const f = fieldBuilder({});
const ro: FieldOpts = { editable: false };
const yesNo = (width: number, o: FieldOpts = {}): FieldOpts => ({ enumDef: YesNoDef, width, ...o });
const money = (max: number, min = 0): FieldOpts => ({ min, max, decimals: 2 });

/** The townships as a vocabulary (a form's township choice). */
export const TownshipDef = defineEnum('Township', Object.fromEntries(TOWNSHIPS.map((x) => [x.code, { zh: x.name, en: x.name }])));

/** 低保 case (DibaoCase). */
export const DIBAO_CASE_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('householdCode', '户编号', 'Household no.', 'string', { ...ro, width: 130 }),
  f('headName', '户主', 'Head', 'string', { ...ro, width: 80 }),
  f('townshipName', '乡镇', 'Township', 'string', { ...ro, width: 90 }),
  f('regionName', '村(社区)', 'Village', 'string', { ...ro, width: 120 }),
  f('kind', '类别', 'Kind', 'enum', { enumDef: DibaoKindDef, required: true, filterable: true, width: 80, formLabel: { zh: '保障类别', en: 'Kind' } }),
  f('memberName', '单人保对象', 'Member enrolled alone', 'string', { ...ro, width: 90 }),
  f('idNumber', '身份证号', 'ID number', 'idNumber', { ...ro, pii: true, width: 180 }),
  f('dependsOnFamily', '单人保：靠家庭供养', 'Depends on the family', 'enum', yesNo(90)),
  f('state', '状态', 'State', 'enum', { ...ro, enumDef: DibaoStateDef, filterable: true, width: 80 }),
  f('startDate', '纳入日期', 'Start date', 'date', { required: true, width: 100 }),
  f('monthlyAmount', '月保障金(元)', 'Monthly amount', 'number', { ...money(100_000), width: 100 }),
  f('incomePerCapita', '人均纯收入(元/年)', 'Income per capita (CNY/yr)', 'number', { ...ro, width: 130 }),
  f('aboveLine', '超监测线', 'Above the line', 'enum', yesNo(80, ro)),
  f('exitStartDate', '渐退开始', 'Exit start', 'date', { width: 100, formLabel: { zh: '渐退期开始日期', en: 'Exit start' } }),
  f('exitEndDate', '渐退结束', 'Exit end', 'date', { width: 100, formLabel: { zh: '渐退期结束日期', en: 'Exit end' } }),
  f('monthsLeft', '剩余月数', 'Months left', 'integer', { ...ro, width: 80 }),
  f('noticeDate', '书面告知日期', 'Notice date', 'date', { width: 110 }),
  f('noticeRef', '告知文号', 'Notice reference', 'string', { maxLength: 100, width: 130, formLabel: { zh: '书面告知文号', en: 'Notice reference' } }),
  f('noticeStatus', '告知状态', 'Notice status', 'enum', { ...ro, enumDef: NoticeStatusDef, width: 170 }),
  f('endDate', '退出日期', 'End date', 'date', { ...ro, width: 100 }),
  f('endReason', '退出原因', 'Reason', 'string', { maxLength: 200, width: 140 }),
  f('remarks', '备注', 'Remarks', 'text', { maxLength: 2000 }),
]);

/** Relief grant (临时救助 ReliefGrant). */
export const RELIEF_GRANT_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('grantDate', '发放日期', 'Grant date', 'date', { width: 100 }),
  f('recipientName', '受助人', 'Recipient', 'string', { maxLength: 50, width: 80, formLabel: { zh: '受助人姓名(非台账户)', en: 'Recipient (not in the ledgers)' } }),
  f('recipientIdNumber', '受助人身份证号', 'Recipient ID number', 'idNumber', { pii: true, width: 180 }),
  f('householdCode', '户编号', 'Household no.', 'string', { maxLength: 32, width: 130 }),
  f('townshipName', '乡镇', 'Township', 'string', { ...ro, width: 90 }),
  f('type', '类型', 'Type', 'enum', { enumDef: ReliefTypeDef, required: true, filterable: true, width: 80, formLabel: { zh: '救助类型', en: 'Type' } }),
  f('amount', '金额(元)', 'Amount', 'number', { ...money(1_000_000, 0.01), required: true, width: 90 }),
  f('cause', '事由', 'Cause', 'string', { required: true, maxLength: 500, width: 180 }),
  f('migrantWorkerCase', '农民工', 'Migrant worker', 'enum', yesNo(70, { filterable: true, formLabel: { zh: '农民工等未参保失业人员', en: 'Migrant worker case' } })),
  f('noIncomeThreeMonths', '连续三个月无收入来源', 'No income for 3 months', 'enum', yesNo(90)),
  f('noUnemploymentInsurance', '失业保险无法覆盖', 'No unemployment insurance', 'enum', yesNo(90)),
  f('notOnDibao', '未纳入低保', 'Not on dibao', 'enum', yesNo(90)),
  f('caseByCase', '一事一议', 'Case by case', 'enum', yesNo(80, { filterable: true })),
  f('meetingRef', '一事一议会议纪要/编号', 'Meeting reference', 'string', { maxLength: 100, width: 130 }),
  f('assistFirst', '先行救助', 'Assist first', 'enum', yesNo(80, { filterable: true })),
  f('paperworkDue', '补齐手续期限', 'Paperwork due', 'date', { width: 110 }),
  f('paperworkDoneAt', '手续补齐日期', 'Paperwork done', 'date', { ...ro, width: 110 }),
  f('daysOverdue', '逾期', 'Days overdue', 'integer', { ...ro, width: 80 }),
  f('fromReserveFund', '备用金支出', 'From the reserve fund', 'enum', yesNo(90, ro)),
]);

/** A county top-up of a township's relief reserve fund (备用金拨付). */
export const RESERVE_FUND_TOP_UP_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('townshipCode', '乡镇(街道)', 'Township', 'enum', { enumDef: TownshipDef, required: true }),
  f('amount', '拨付金额(元)', 'Amount', 'number', { ...money(100_000_000, 0.01), required: true }),
  f('note', '备注', 'Note', 'string', { maxLength: 200 }),
]);

/** 特困 person (TekunPerson). */
export const TEKUN_PERSON_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('name', '姓名', 'Name', 'string', { ...ro, width: 80 }),
  f('idNumber', '身份证号', 'ID number', 'idNumber', { ...ro, pii: true, width: 180 }),
  f('age', '年龄', 'Age', 'integer', { ...ro, width: 60 }),
  f('householdCode', '户编号', 'Household no.', 'string', { ...ro, width: 130 }),
  f('townshipName', '乡镇', 'Township', 'string', { ...ro, width: 90 }),
  f('regionName', '村(社区)', 'Village', 'string', { ...ro, width: 120 }),
  f('supportMode', '供养方式', 'Support mode', 'enum', { enumDef: SupportModeDef, required: true, filterable: true, width: 90 }),
  f('careProviderOrg', '照料服务机构', 'Care provider', 'string', { required: true, maxLength: 100, width: 160 }),
  f('startDate', '纳入日期', 'Start date', 'date', { width: 100, formLabel: { zh: '供养开始日期', en: 'Start date' } }),
  f('state', '状态', 'State', 'enum', { ...ro, enumDef: TekunStateDef, filterable: true, width: 80 }),
  f('minorClause', '未成年人', 'Minor', 'enum', yesNo(80, { filterable: true,
    formLabel: { zh: `按未成年人条款（未满${TEKUN_MINOR_AGE_LIMIT}周岁）`, en: `Minors clause (under ${TEKUN_MINOR_AGE_LIMIT})` },
  })),
  f('latestResult', '自理能力', 'Self-care', 'enum', { ...ro, enumDef: SelfCareResultDef, width: 160 }),
  f('latestStage', '评估阶段', 'Stage', 'enum', { ...ro, enumDef: AssessmentStageDef, width: 110 }),
]);

/** Self-care assessment (生活自理能力评估): the six items, the stage, the assessor. */
export const SELF_CARE_ASSESSMENT_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('personName', '姓名', 'Name', 'string', { ...ro, width: 90 }),
  f('stage', '评估阶段', 'Stage', 'enum', { enumDef: AssessmentStageDef, required: true, width: 110 }),
  ...SELF_CARE_ITEMS.map((k) => f(k, SELF_CARE_ITEM_LABELS[k].zh, SELF_CARE_ITEM_LABELS[k].en, 'enum', {
    enumDef: YesNoDef, required: true, width: 80, formLabel: { zh: `${SELF_CARE_ITEM_LABELS[k].zh}（能独立完成）`, en: SELF_CARE_ITEM_LABELS[k].en },
  })),
  f('result', '自理能力', 'Self-care', 'enum', { ...ro, enumDef: SelfCareResultDef, width: 170 }),
  f('unmetCount', '未达项数', 'Items not met', 'integer', { ...ro, width: 80 }),
  f('assessorOrg', '评估机构', 'Assessor', 'string', { required: true, maxLength: 100, width: 150 }),
  f('assessedOn', '评估日期', 'Assessed on', 'date', { ...ro, width: 100 }),
  // The county's final result on a sampled preliminary assessment is made by another assessor.
  f('finalOrg', '复核机构', 'County assessor', 'string', { maxLength: 100, width: 150, formLabel: { zh: '县级评估机构', en: 'County assessor' } }),
]);

/** A batch of preliminary assessments for the county's spot check. */
export const ASSESSMENT_BATCH_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('name', '批次名称', 'Batch name', 'string', { required: true, maxLength: 100 }),
  f('seed', '随机种子', 'Random seed', 'string', { required: true, maxLength: 100 }),
]);
