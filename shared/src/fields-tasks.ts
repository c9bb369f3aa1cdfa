// The accountability tables' field tables: the assignment (责任台账 row: one measure for one responsible unit) — the
// board's export and import columns read their labels and sheet spellings here — the measure and the timeline entry.
import { AssignmentEventKindDef, AssignmentStatusDef, RecurrenceDef, UnitKindDef } from './task-enums.js';
import { YesNoDef } from './fields-monitoring.js';
import { fieldBuilder, type FieldMeta, type FieldOpts } from './field-meta.js';

const f = fieldBuilder({});
const ro: FieldOpts = { editable: false };

export const ASSIGNMENT_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('measureNo', '措施序号', 'Measure no.', 'integer', { required: true, filterable: true, min: 1, aliases: ['序号', '措施编号', '措施号'] }),
  f('measureTitle', '工作措施', 'Measure', 'text', { ...ro, aliases: ['措施', '具体措施', '工作任务', '任务'] }),
  f('deadlineText', '完成时限', 'Deadline', 'string', { ...ro, aliases: ['时限', '完成时间'] }),
  f('unitName', '责任单位', 'Responsible unit', 'string', { required: true, aliases: ['单位', '牵头单位', '责任部门'] }),
  f('unitKind', '单位类别', 'Unit kind', 'enum', { ...ro, enumDef: UnitKindDef, filterable: true }),
  f('status', '状态', 'Status', 'enum', { enumDef: AssignmentStatusDef, filterable: true, aliases: ['进展状态', '完成情况', '办理状态'] }),
  f('dueDate', '应完成日期', 'Due date', 'date', { ...ro, aliases: ['截止日期', '到期日期'] }),
  f('overdue', '逾期', 'Overdue', 'enum', { ...ro, enumDef: YesNoDef, filterable: true, aliases: ['是否逾期'] }),
  f('escalated', '重点督办', 'Escalated', 'enum', { ...ro, enumDef: YesNoDef, filterable: true, aliases: ['督办'] }),
  f('urged', '催办', 'Urged', 'enum', { ...ro, enumDef: YesNoDef }),
  f('missingPeriods', '缺报月份', 'Months not reported', 'string', { ...ro }),
  f('rejectionCount', '退回次数', 'Times sent back', 'integer', { ...ro }),
  f('lastReportAt', '最近报送', 'Last report', 'datetime', { ...ro, aliases: ['报送时间', '最近报送时间'] }),
  f('lastReportText', '最近报送内容', 'Last report text', 'text', { aliases: ['进展情况', '工作进展', '完成情况说明', '报送内容'] }),
  f('unitCode', '单位代码', 'Unit code', 'string', { filterable: true, aliases: ['责任单位代码'] }),
]);

/** A measure (工作措施) of a plan, as the plan's document writes it. */
export const MEASURE_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('no', '措施序号', 'Measure no.', 'integer', { required: true, min: 1 }),
  f('groupNo', '分组序号', 'Group no.', 'integer', { required: true, min: 1 }),
  f('group', '分组', 'Group', 'string', { required: true }),
  f('title', '工作措施', 'Measure', 'string', { required: true }),
  f('content', '具体内容', 'Content', 'text', { required: true }),
  f('deadline', '首个期限', 'First deadline', 'date'),
  f('deadlineText', '完成时限', 'Deadline', 'string', { required: true }),
  f('recurrence', '周期', 'Recurrence', 'enum', { enumDef: RecurrenceDef, required: true }),
]);

/** One entry of an assignment's timeline (台账动态): written by the actions, never edited. */
export const ASSIGNMENT_EVENT_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('kind', '动态', 'Kind', 'enum', { ...ro, enumDef: AssignmentEventKindDef, required: true }),
  f('at', '时间', 'At', 'datetime', { ...ro, required: true }),
  f('actor', '操作人', 'Actor', 'string', { ...ro, required: true }),
  f('text', '内容', 'Text', 'text', { ...ro }),
  f('fromStatus', '原状态', 'From', 'enum', { ...ro, enumDef: AssignmentStatusDef }),
  f('toStatus', '新状态', 'To', 'enum', { ...ro, enumDef: AssignmentStatusDef }),
]);
