import { Field, ID, InputType } from 'type-graphql';
import { ASSIGNMENT_FIELDS, MEASURE_FIELDS } from '@doudi/shared';
import { tablePickLayout, tableWhereLayout } from '../../common/table-fields.js';
import { UnitKind } from './tasks.enums.js';

// Its equality fields are the assignment table's filterable ones (common/table-where.ts); assignment.query.ts maps
// them to columns, assignment.list.ts applies the derived ones (overdue, escalated, dueBefore) after the SQL.
@InputType({ description: 'Filter on assignments; fields combine with AND' })
export class AssignmentWhere {
  planId?: string;
  measureNo?: number;
  unitCode?: string;
  unitKind?: string;
  status?: string;
  overdue?: boolean;
  escalated?: boolean;
  dueBefore?: string;
}
tableWhereLayout(AssignmentWhere, ASSIGNMENT_FIELDS, {
  planId: { type: () => ID, description: 'one plan only (default: every plan)' },
  measureNo: {},
  unitCode: {},
  unitKind: {},
  status: {},
  overdue: {},
  escalated: {},
  dueBefore: { type: () => String, description: 'due on or before this date (YYYY-MM-DD): "falls due in the next 30 days"' },
});

@InputType({ description: 'An evidence file sent inline, base64-encoded (at most DOUDI_EVIDENCE_MAX_MB each, default 5 MB)' })
export class EvidenceUpload {
  @Field(() => String) fileName!: string;
  @Field(() => String, { nullable: true, description: 'MIME type; guessed from the file name when absent' }) contentType?: string | null;
  @Field(() => String, { description: 'the file\'s bytes, base64' }) base64!: string;
}

@InputType({ description: 'A responsible unit a new plan names that the county does not have yet' })
export class UnitInput {
  @Field(() => String, { nullable: true, description: 'letter code (e.g. JYJ); generated when absent' }) code?: string | null;
  @Field(() => String) name!: string;
  @Field(() => UnitKind, { defaultValue: 'BUREAU' }) kind!: string;
}

// The measure's fields are typed from its field table (MEASURE_FIELDS); the plan's document may leave out the group
// number and the deadline's wording (derived when absent), and names its units as written.
@InputType({ description: 'One measure of a new plan, as the document writes it' })
export class MeasureInput {
  no!: number;
  group!: string;
  groupNo?: number | null;
  title!: string;
  content!: string;
  deadline?: string | null;
  deadlineText?: string | null;
  recurrence!: string;
  units!: string[];
}
tablePickLayout(MeasureInput, MEASURE_FIELDS, {
  no: {},
  group: { description: 'the group\'s title' },
  groupNo: { nullable: true, description: 'the group\'s number; by order of first appearance when absent' },
  title: {},
  content: {},
  deadline: { description: 'first deadline YYYY-MM-DD, or null' },
  deadlineText: { nullable: true, description: '完成时限 as written; derived when absent' },
  recurrence: {},
  units: { type: () => [String], description: '责任单位 as written: "各乡镇", "团结西路街道办事处", "民政局" …' },
});

@InputType({ description: 'A new plan with its measures; every measure × unit becomes an assignment' })
export class PlanInput {
  @Field(() => String) documentNumber!: string;
  @Field(() => String) title!: string;
  @Field(() => String) issuer!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) issuedOn!: string;
  @Field(() => [MeasureInput]) measures!: MeasureInput[];
  @Field(() => [UnitInput], { nullable: true, description: 'units the plan names that are not known yet' }) newUnits?: UnitInput[] | null;
}
