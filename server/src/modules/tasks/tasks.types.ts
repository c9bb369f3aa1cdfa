import { Field, ID, Int, ObjectType } from 'type-graphql';
// Also registers the task enums the table-derived fields below use.
import { UnitKind } from './tasks.enums.js';
import { ASSIGNMENT_EVENT_FIELDS, ASSIGNMENT_FIELDS, MEASURE_FIELDS } from '@doudi/shared';
import { CountedConnectionType } from '../../common/connection.js';
import { tableObjectFields } from '../../common/table-fields.js';

// Plain objects built once per row (simpleResolvers: a per-field resolver costs ~10× on 1,000-row pages). Reports, events and the last report
// of an assignment are resolved in AssignmentResolver, batched per request.

@ObjectType('ResponsibleUnit', { simpleResolvers: true, description: '责任单位 — a responsible unit' })
export class UnitNode {
  @Field(() => String, { description: 'bureaus: a letter code (MZJ 民政局 …); townships and the sub-district: the 9-digit region code' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => UnitKind)
  kind!: string;
}

// The measure's and the timeline entry's fields come from their field tables (@doudi/shared fields-tasks.ts); the
// layouts add ids and lists and the schema's descriptions.
@ObjectType('Measure', { simpleResolvers: true, description: '工作措施 — one numbered measure of a plan' })
export class MeasureNode {
  id!: string;
  planId!: string;
  no!: number;
  groupNo!: number;
  group!: string;
  title!: string;
  content!: string;
  deadline!: string | null;
  deadlineText!: string;
  recurrence!: string;
  units!: string[];
  assignedUnits!: UnitNode[];
}
tableObjectFields(MeasureNode, MEASURE_FIELDS, {
  id: { type: () => ID },
  planId: { type: () => ID },
  no: { description: 'the measure\'s number in the plan' },
  groupNo: { description: 'the group\'s number in the plan: (一) = 1' },
  group: { description: 'the group\'s title as the plan writes it' },
  title: { description: 'the measure\'s heading' },
  content: { description: 'the measure\'s full text' },
  deadline: { description: 'first deadline, YYYY-MM-DD; null when the plan sets none' },
  deadlineText: { description: '完成时限 as written' },
  recurrence: {},
  units: { type: () => [String], description: '责任单位 as written ("各乡镇" stands for every township)' },
  assignedUnits: { type: () => [UnitNode], description: 'the units the measure is assigned to ("各乡镇" expanded)' },
});

@ObjectType('Plan', { simpleResolvers: true, description: '方案 — a plan whose measures are tracked to close-off' })
export class PlanNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '文号, e.g. 永民发〔2020〕138号' })
  documentNumber!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: '发布机构' })
  issuer!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  issuedOn!: string;

  @Field(() => [MeasureNode])
  measures!: MeasureNode[];
}

@ObjectType('EvidenceFile', { simpleResolvers: true, description: '佐证材料 — a file attached to a progress report' })
export class EvidenceNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => Int, { description: 'bytes' })
  size!: number;

  @Field(() => String, { description: 'hex SHA-256 of the content' })
  sha256!: string;

  @Field(() => String, { description: 'download path: GET it with the same Authorization: Bearer header' })
  url!: string;

  @Field(() => Date)
  at!: Date;
}

@ObjectType('ProgressReport', { simpleResolvers: true, description: '进展报送 — a unit\'s report on an assignment' })
export class ReportNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  assignmentId!: string;

  @Field(() => String, { description: 'the month reported on, YYYY-MM' })
  period!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'who reported' })
  reporter!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => [EvidenceNode])
  evidence!: EvidenceNode[];
}

@ObjectType('AssignmentEvent', { simpleResolvers: true, description: '台账动态 — one entry of an assignment\'s timeline' })
export class EventNode {
  id!: string;
  kind!: string;
  at!: Date;
  actor!: string;
  text!: string | null;
  fromStatus!: string | null;
  toStatus!: string | null;
  reportId!: string | null;
}
tableObjectFields(EventNode, ASSIGNMENT_EVENT_FIELDS, {
  id: { type: () => ID },
  kind: {},
  at: {},
  actor: {},
  text: { description: 'the office\'s reason (sent back), the urge, or the report' },
  fromStatus: {},
  toStatus: {},
  reportId: { type: () => ID, nullable: true },
});

// Its status and progress fields come from the assignment's field table (common/table-fields.ts); the table's sheet-only
// columns (the measure's and the unit's, the report's text) are the `measure`, `unit` and report relations here.
@ObjectType('Assignment', { simpleResolvers: true, description: '责任台账 — one measure × one responsible unit' })
export class AssignmentNode {
  id!: string;
  measure!: MeasureNode;
  unit!: UnitNode;
  status!: string;
  dueDate!: string | null;
  overdue!: boolean;
  escalated!: boolean;
  missingPeriods!: string[];
  overduePeriods!: number;
  rejectionCount!: number;
  notice!: EventNode | null;
  version!: number;
  lastReportAt!: Date | null;
  closedAt!: Date | null;
  closedBy!: string | null;
  updatedAt!: Date;
}
tableObjectFields(AssignmentNode, ASSIGNMENT_FIELDS, {
  id: { type: () => ID },
  measure: { type: () => MeasureNode },
  unit: { type: () => UnitNode },
  status: { nullable: false },
  dueDate: { description: 'YYYY-MM-DD: the earliest unmet due date (first deadline, oldest missing month, or the coming month); null when closed or undated' },
  overdue: { nullable: false, description: '逾期: the first deadline has passed and it is not closed, or a past month\'s report is missing' },
  escalated: { nullable: false, description: '重点督办: overdue two periods in a row or more, or sent back twice or more' },
  missingPeriods: { type: () => [String], nullable: false, description: 'monthly measures: past months (YYYY-MM) still without a report' },
  overduePeriods: { type: () => Int, description: 'how many periods in a row it has been overdue' },
  rejectionCount: { nullable: false, description: 'times the office sent a close-off request back' },
  notice: { type: () => EventNode, nullable: true, description: 'the office\'s urge (催办), shown to the unit until it reports' },
  version: { type: () => Int, description: 'optimistic-lock version: send it back with every mutation' },
  lastReportAt: {},
  closedAt: { type: () => Date, nullable: true },
  closedBy: { type: () => String, nullable: true },
  updatedAt: { type: () => Date },
}, { omit: ['measureNo', 'measureTitle', 'deadlineText', 'unitName', 'unitKind', 'urged', 'lastReportText', 'unitCode'] });

export const AssignmentConnection = CountedConnectionType(AssignmentNode, 'Assignment', 'matching rows (exact)');
export type AssignmentConnection = InstanceType<typeof AssignmentConnection>;
