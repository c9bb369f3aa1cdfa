// The field tables of an application (申请) and its steps: the queues' columns, the forms, and the server's limits.
import { fieldBuilder, type FieldMeta, type FieldOpts } from './field-meta.js';
import { RiskTypeDef } from './enums.js';
import { DibaoKindDef, SupportModeDef } from './assistance.js';
import { ApplicationKindDef, ApplicationStageDef, ApplicationStepDef, NOTICE_MIN_DAYS } from './applications.js';
import { YesNoDef } from './fields-monitoring.js';

const f = fieldBuilder({});
const ro: FieldOpts = { editable: false };
const money = (max: number, min = 0): FieldOpts => ({ min, max, decimals: 2 });

/** Most names in a list of people (investigators, participants, checkers) and most characters of one. */
export const APPLICATION_PEOPLE_MAX = 30;
export const APPLICATION_NAME_MAX = 50;
/** Most items in a list of asset flags or data sources. */
export const APPLICATION_TAGS_MAX = 20;

/** Application (申请, AssistanceApplication). */
export const APPLICATION_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('householdCode', '户编号', 'Household no.', 'string', { ...ro, width: 130 }),
  f('headName', '户主', 'Head', 'string', { ...ro, width: 80 }),
  f('idNumber', '身份证号', 'ID number', 'idNumber', { ...ro, pii: true, width: 180 }),
  f('townshipName', '乡镇', 'Township', 'string', { ...ro, width: 90 }),
  f('regionName', '村(社区)', 'Village', 'string', { ...ro, width: 110 }),
  f('kind', '申请类别', 'Kind', 'enum', { enumDef: ApplicationKindDef, required: true, width: 90 }),
  f('dibaoKind', '保障方式', 'Dibao kind', 'enum', { ...ro, enumDef: DibaoKindDef, width: 80 }),
  f('memberName', '申请对象', 'Member', 'string', { ...ro, width: 80, formLabel: { zh: '申请对象（单人保/特困人员）', en: 'Member' } }),
  f('applicantName', '申请人', 'Applicant', 'string', { required: true, maxLength: APPLICATION_NAME_MAX, width: 80 }),
  f('appliedOn', '申请日期', 'Applied on', 'date', { required: true, width: 100 }),
  f('reasons', '致困原因', 'Reasons', 'enumList', { enumDef: RiskTypeDef, width: 140 }),
  f('statement', '申请事由', 'Statement', 'text', { maxLength: 500, width: 180 }),
  f('stage', '环节', 'Stage', 'enum', { ...ro, enumDef: ApplicationStageDef, width: 100 }),
  f('dueDate', '审批期限', 'Decision due', 'date', { ...ro, width: 100 }),
  f('overdue', '逾期', 'Overdue', 'enum', { ...ro, enumDef: YesNoDef, width: 60 }),
  f('incomePerCapita', '核对人均收入(元/年)', 'Income per capita found', 'number', { ...ro, width: 130 }),
  f('noticeEndDate', '公示截止', 'Notice ends', 'date', { ...ro, width: 100 }),
  f('openObjections', '未答复异议', 'Unanswered objections', 'integer', { ...ro, width: 90 }),
  f('decidedOn', '审批日期', 'Decided on', 'date', { ...ro, width: 100 }),
  f('amount', '月保障金(元)', 'Monthly amount', 'number', { ...money(100_000), width: 100, formLabel: { zh: '批准月保障金/供养金(元)', en: 'Monthly amount' } }),
  f('startMonth', '起始月份', 'Start month', 'string', { maxLength: 7, width: 90, formLabel: { zh: '起始月份(YYYY-MM)', en: 'Start month' } }),
  f('supportMode', '供养方式', 'Support mode', 'enum', { enumDef: SupportModeDef, width: 90 }),
  f('careProviderOrg', '照料服务机构', 'Care provider', 'string', { maxLength: 100, width: 130 }),
  f('rejectReason', '不予批准理由', 'Reason for rejection', 'text', { maxLength: 500, width: 160 }),
]);

/** One step of an application (核对, 入户调查, 民主评议, 公示) and the 公示's objections. */
export const APPLICATION_STEP_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('step', '环节', 'Step', 'enum', { enumDef: ApplicationStepDef, required: true, width: 110 }),
  f('date', '日期', 'Date', 'date', { required: true, width: 100, formLabel: { zh: '日期（公示为开始日期）', en: 'Date' } }),
  f('people', '人员', 'People', 'string', { maxLength: APPLICATION_NAME_MAX, width: 160, formLabel: { zh: '人员（核对人/调查人/评议参加人，用顿号分隔）', en: 'People' } }),
  f('result', '结果', 'Result', 'text', { maxLength: 1000, width: 200, formLabel: { zh: '结果/调查情况/评议结论', en: 'Result' } }),
  f('incomePerCapita', '人均收入(元/年)', 'Income per capita', 'number', { ...money(10_000_000), width: 110, formLabel: { zh: '核对的家庭人均收入(元/年)', en: 'Income per capita' } }),
  f('assetFlags', '财产异常', 'Asset flags', 'string', { maxLength: 50, width: 140, formLabel: { zh: '财产核对发现（车辆、房产、存款等，用顿号分隔）', en: 'Asset flags' } }),
  f('dataSources', '数据来源', 'Data sources', 'string', { maxLength: 50, width: 140, formLabel: { zh: '核对数据来源（公安、不动产、人社等，用顿号分隔）', en: 'Data sources' } }),
  f('passed', '评议通过', 'Passed', 'enum', { enumDef: YesNoDef, width: 80, formLabel: { zh: '民主评议是否通过', en: 'Passed' } }),
  f('noticeDays', '公示天数', 'Notice days', 'integer', { min: NOTICE_MIN_DAYS, max: 60, width: 80 }),
  f('place', '公示地点', 'Notice place', 'string', { maxLength: 200, width: 140 }),
  f('objector', '异议人', 'Objector', 'string', { required: true, maxLength: APPLICATION_NAME_MAX, width: 80 }),
  f('content', '异议内容', 'Objection', 'text', { required: true, maxLength: 1000, width: 200 }),
  f('answer', '答复', 'Answer', 'text', { required: true, maxLength: 1000, width: 200 }),
]);

/** A row of a township's existing 低保 roll (one per person), as the roll import reads it (POST /api/imports target=dibao-roll). */
export const DIBAO_ROLL_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('householdCode', '户编号', 'Household no.', 'string', { maxLength: 32, aliases: ['家庭编号', '户号', '低保证号'] }),
  f('headIdNumber', '户主身份证号', 'Head ID number', 'idNumber', { pii: true, aliases: ['户主身份证号码', '户主公民身份号码'] }),
  f('name', '姓名', 'Name', 'string', { required: true, maxLength: 50, aliases: ['成员姓名', '保障对象姓名', '家庭成员姓名'] }),
  f('idNumber', '身份证号', 'ID number', 'idNumber', { required: true, pii: true, aliases: ['身份证号码', '公民身份号码', '成员身份证号'] }),
  f('kind', '保障类别', 'Kind', 'enum', { enumDef: DibaoKindDef, aliases: ['保障方式', '类别', '保障形式'] }),
  f('monthlyAmount', '月保障金(元)', 'Monthly amount', 'number', { ...money(100_000), aliases: ['月保障金', '保障金', '月保障金额', '月补差'] }),
  f('startDate', '纳入日期', 'Start date', 'date', { required: true, aliases: ['批准日期', '审批日期', '享受起始日期', '纳入时间'] }),
  // Only for a household not yet in the ledger: the village it is created in (name, path or 12-digit code).
  f('regionCode', '所在村(社区)', 'Village', 'string', { maxLength: 60, aliases: ['所在村', '村(社区)', '区划代码', '户籍地址'] }),
]);

/** A row of a township's existing 特困 roll (one per person): POST /api/imports target=tekun-roll. */
export const TEKUN_ROLL_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('name', '姓名', 'Name', 'string', { required: true, maxLength: 50, aliases: ['供养对象姓名', '特困人员姓名'] }),
  f('idNumber', '身份证号', 'ID number', 'idNumber', { required: true, pii: true, aliases: ['身份证号码', '公民身份号码'] }),
  f('supportMode', '供养方式', 'Support mode', 'enum', { required: true, enumDef: SupportModeDef, aliases: ['供养形式'] }),
  f('careProviderOrg', '照料服务机构', 'Care provider', 'string', { required: true, maxLength: 100, aliases: ['照料机构', '供养机构', '照料护理机构', '委托照料人'] }),
  f('startDate', '供养开始日期', 'Start date', 'date', { required: true, aliases: ['纳入日期', '批准日期', '审批日期', '供养起始日期'] }),
  // Only for a person not yet in the ledger: the household they join or found (by 户编号, else 户主身份证号, else alone),
  // and the village a new household is created in.
  f('householdCode', '户编号', 'Household no.', 'string', { maxLength: 32, aliases: ['家庭编号', '户号'] }),
  f('headIdNumber', '户主身份证号', 'Head ID number', 'idNumber', { pii: true, aliases: ['户主身份证号码', '户主公民身份号码'] }),
  f('regionCode', '所在村(社区)', 'Village', 'string', { maxLength: 60, aliases: ['所在村', '村(社区)', '区划代码', '户籍地址'] }),
]);
