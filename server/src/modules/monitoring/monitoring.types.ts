import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  MonthlyCheckState, MonthlyCheckStateDef, HousingGrade, HousingGradeDef, ReferralState, ReferralStateDef,
  EliminationCondition, EliminationConditionDef, ReferralAssistanceKind, ReferralAssistanceKindDef, ReferralCloseKind, ReferralCloseKindDef, MONTHLY_CHECK_FIELDS, RISK_REFERRAL_FIELDS,
} from '@doudi/shared';
// Also registers the domain enums the table-derived fields below use (HouseholdCategory).
import { RiskStatus, registerDomainEnum } from '../../common/enums.js';
import { tableInputFields, tableObjectFields, tableWhereLayout } from '../../common/table-fields.js';
import { FieldErrorType } from '../../common/page-info.js';
import { ConnectionBase } from '../../common/connection.js';

const register = registerDomainEnum;
register(MonthlyCheckState, MonthlyCheckStateDef, '月度记录状态 — DRAFT → SUBMITTED (township) → LOCKED (county)');
register(HousingGrade, HousingGradeDef, '住房安全等级 — C and D are unsafe');
register(ReferralState, ReferralStateDef, '风险转介状态 — OPEN → ASSIGNED → ASSISTING → CLOSED (or WITHDRAWN)');
register(ReferralAssistanceKind, ReferralAssistanceKindDef, '转介的救助措施 — what was done');
register(ReferralCloseKind, ReferralCloseKindDef, '转介办结方式');
register(EliminationCondition, EliminationConditionDef, '风险消除条件 — also the `field` of an ELIMINATION_NOT_ALLOWED error');

// ---- output ---------------------------------------------------------------------------------------------------

// Its check fields come from the monthly check's field table (common/table-fields.ts); the layout adds the household's
// and the check's bookkeeping fields and says where the API differs from the table.
@ObjectType({ simpleResolvers: true, description: '台账月度记录 — one household of the ledgers in one month, with its check or its absence (checkId null)' })
export class MonthlyCheckRow {
  householdId!: string;
  householdCode!: string;
  headName!: string;
  category!: string;
  riskStatus!: string;
  regionCode!: string;
  regionName!: string;
  townshipCode!: string;
  townshipName!: string;
  helperName!: string | null;
  checkId!: string | null;
  month!: string;
  visitDate!: string | null;
  visitor!: string | null;
  incomeWages!: number | null;
  incomeBusiness!: number | null;
  incomeProperty!: number | null;
  incomeTransfer!: number | null;
  incomeTotal!: number | null;
  spendingMedical!: number | null;
  spendingSchooling!: number | null;
  foodOk!: boolean | null;
  clothingOk!: boolean | null;
  schoolingOk!: boolean | null;
  medicalInsuranceOk!: boolean | null;
  housingGrade!: string | null;
  waterOk!: boolean | null;
  riskFound!: boolean;
  riskTypes!: string[];
  measures!: string | null;
  remarks!: string | null;
  atRisk!: boolean;
  state!: string | null;
  version!: number | null;
  monitoringLine!: number;
  submittedAt!: Date | null;
  submittedBy!: string | null;
  lockedAt!: Date | null;
  lockedBy!: string | null;
  updatedAt!: Date | null;
  updatedBy!: string | null;
}
const nullableDate = { type: () => Date, nullable: true };
const nullableString = { type: () => String, nullable: true };
tableObjectFields(MonthlyCheckRow, MONTHLY_CHECK_FIELDS, {
  householdId: { type: () => ID },
  householdCode: { nullable: false, description: '户编号' },
  headName: { nullable: false, description: '户主姓名' },
  category: { nullable: false },
  riskStatus: { type: () => RiskStatus, description: 'the household\'s 风险状态' },
  regionCode: { type: () => String, description: '村(社区) code' },
  regionName: { nullable: false },
  townshipCode: { type: () => String },
  townshipName: { type: () => String },
  helperName: { ...nullableString, description: '帮扶责任人 of the household' },
  checkId: { type: () => ID, nullable: true, description: 'null: no check for this month yet' },
  month: { type: () => String, description: 'YYYY-MM' },
  visitDate: { description: '走访日期 YYYY-MM-DD; null: not visited' },
  visitor: { description: '走访人(帮扶责任人)' },
  incomeWages: { description: '工资性收入 (annual per capita, 元)' },
  incomeBusiness: { description: '经营性收入' },
  incomeProperty: { description: '财产性收入' },
  incomeTransfer: { description: '转移性收入' },
  incomeTotal: { description: '人均纯收入: the sum of the sources entered' },
  spendingMedical: { description: '医疗刚性支出' },
  spendingSchooling: { description: '教育刚性支出' },
  foodOk: { description: '不愁吃; null: not checked' },
  clothingOk: { description: '不愁穿' },
  schoolingOk: { description: '义务教育有保障' },
  medicalInsuranceOk: { description: '基本医疗保险有保障' },
  housingGrade: { description: '住房安全等级' },
  waterOk: { description: '饮水安全有保障' },
  riskFound: { nullable: false, description: '是否发现风险' },
  riskTypes: { nullable: false, description: '风险类型' },
  measures: { description: '帮扶措施 taken' },
  remarks: { description: '备注' },
  atRisk: { type: () => Boolean, description: 'derived when saved: income under the line or a failed 三保障/water check' },
  state: { description: 'null: no check yet' },
  version: { type: () => Int, nullable: true, description: 'optimistic-lock version of the check; null: no check yet (send null to create)' },
  monitoringLine: { type: () => Float, description: '监测线 of the month\'s year' },
  submittedAt: nullableDate,
  submittedBy: nullableString,
  lockedAt: nullableDate,
  lockedBy: nullableString,
  updatedAt: nullableDate,
  updatedBy: nullableString,
});

@ObjectType('MonthlyCheckConnection', { simpleResolvers: true })
export class MonthlyCheckConnection extends ConnectionBase(MonthlyCheckRow, 'MonthlyCheck') {
  @Field(() => Int, { description: 'households matching the filter' }) totalCount!: () => Promise<number>;
}

@ObjectType({ simpleResolvers: true, description: 'The outcome for one row of saveMonthlyChecks / submitMonthlyChecks / correctMonthlyCheck' })
export class MonthlyCheckRowResult {
  @Field(() => Int, { description: 'position of the row in the request' }) index!: number;
  @Field(() => ID, { nullable: true }) householdId!: string | null;
  @Field(() => String, { nullable: true }) month!: string | null;
  @Field(() => Boolean) ok!: boolean;
  @Field(() => MonthlyCheckRow, { nullable: true, description: 'the row as saved' }) row!: MonthlyCheckRow | null;
  @Field(() => [FieldErrorType]) errors!: FieldErrorType[];
  @Field(() => MonthlyCheckRow, { nullable: true, description: 'the current row, when the given version was stale' }) conflict!: MonthlyCheckRow | null;
}

@ObjectType({ simpleResolvers: true, description: 'Check completion of one township in one month' })
export class CheckCompletion {
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => Int, { description: 'active households of the ledgers' }) households!: number;
  @Field(() => Int, { description: 'with a visit date this month' }) visited!: number;
  @Field(() => Int, { description: 'households not visited yet (no check, or no visit date)' }) notVisited!: number;
  @Field(() => Int, { description: 'checks submitted or locked' }) submitted!: number;
  @Field(() => Int, { description: 'checks locked' }) locked!: number;
  @Field(() => Int, { description: 'checks at risk' }) atRisk!: number;
  @Field(() => Float, { description: 'visited / households (0 when there are no households)' }) rate!: number;
  @Field(() => Date, { nullable: true, description: 'when the county last locked this month for the township' }) lockedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: 'What lockMonth did' })
export class LockMonthResult {
  @Field(() => String) month!: string;
  @Field(() => String) regionCode!: string;
  @Field(() => Int, { description: 'checks locked by this call (SUBMITTED → LOCKED)' }) locked!: number;
  @Field(() => Int, { description: 'checks still DRAFT (not submitted): not locked' }) notSubmitted!: number;
  @Field(() => Int, { description: 'households not visited yet this month' }) notVisited!: number;
  @Field(() => [CheckCompletion], { description: 'completion of each township after the lock' }) townships!: CheckCompletion[];
}

@ObjectType('MonitoringLine', { simpleResolvers: true, description: '监测线 of a year (元 per person per year)' })
export class MonitoringLineNode {
  @Field(() => Int) year!: number;
  @Field(() => Float) amount!: number;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => String) updatedBy!: string;
}

@ObjectType('RiskReferral', { simpleResolvers: true, description: '风险转介 — a household found at risk, for assistance to start' })
export class RiskReferralNode {
  id!: string;
  householdId!: string;
  householdCode!: string;
  headName!: string;
  category!: string;
  regionCode!: string;
  regionName!: string;
  townshipCode!: string;
  month!: string;
  checkId!: string | null;
  reasons!: string[];
  state!: string;
  createdAt!: Date;
  updatedAt!: Date;
  closedAt!: Date | null;
  closedBy!: string | null;
  closeReason!: string | null;
  owner!: string | null;
  helper!: string | null;
  dueDate!: string | null;
  overdue!: boolean;
  assignedAt!: string | null;
  startedAt!: string | null;
  assistanceKind!: string | null;
  assistanceRef!: string | null;
  assistanceNote!: string | null;
  closeKind!: string | null;
  version!: number;
}
// From the referral's field table (@doudi/shared fields-loops.ts): what a later step fills (owner, helper, the
// assistance, the close) is null until then although its form requires it.
const known = { nullable: false };
const later = (description?: string) => ({ nullable: true, ...(description ? { description } : {}) });
tableObjectFields(RiskReferralNode, RISK_REFERRAL_FIELDS, {
  id: { type: () => ID },
  householdId: { type: () => ID },
  householdCode: known,
  headName: known,
  category: known,
  regionCode: { type: () => String },
  regionName: known,
  townshipCode: { type: () => String },
  month: { ...known, description: 'month whose check found the risk (the latest while open)' },
  checkId: { type: () => ID, nullable: true },
  reasons: { type: () => [String], nullable: false, description: 'zh-CN reasons' },
  state: known,
  createdAt: { type: () => Date },
  updatedAt: { type: () => Date },
  closedAt: { type: () => Date, nullable: true },
  closedBy: { type: () => String, nullable: true },
  closeReason: later(),
  owner: later('经办人: the township user who owns it (assignReferral)'),
  helper: later('帮扶责任人'),
  dueDate: { description: 'YYYY-MM-DD by which help must start (opening + DOUDI_REFERRAL_DUE_DAYS, default 7)' },
  overdue: { ...known, description: 'OPEN or ASSIGNED and the due date is past (China time, today)' },
  assignedAt: { type: () => String, nullable: true, description: 'YYYY-MM-DD first assigned' },
  startedAt: { type: () => String, nullable: true, description: 'YYYY-MM-DD assistance started' },
  assistanceKind: later(),
  assistanceRef: { description: 'id of the linked application, relief grant, 低保 case or 特困 person' },
  assistanceNote: { description: 'the measure in words' },
  closeKind: later(),
  version: { type: () => Int, description: 'send back with assignReferral / startReferralAssistance / closeReferral' },
});

@ObjectType('RiskReferralConnection', { simpleResolvers: true })
export class RiskReferralConnection extends ConnectionBase(RiskReferralNode, 'RiskReferral') {
  @Field(() => Int) totalCount!: () => Promise<number>;
}

@ObjectType('MonthlyCheckCorrection', { simpleResolvers: true, description: 'A recorded correction of a locked check' })
export class MonthlyCheckCorrectionNode {
  @Field(() => ID) id!: string;
  @Field(() => ID) checkId!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => String) month!: string;
  @Field(() => String) actor!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: '更正原因' }) reason!: string;
  @Field(() => String, { description: 'the changed fields before (JSON object)' }) before!: string;
  @Field(() => String, { description: 'the changed fields after (JSON object)' }) after!: string;
}

@ObjectType({ simpleResolvers: true, description: 'One condition of 风险消除 and whether the household meets it' })
export class EliminationConditionResult {
  @Field(() => EliminationCondition) condition!: string;
  @Field(() => String, { description: 'the condition in zh-CN' }) label!: string;
  @Field(() => Boolean) met!: boolean;
  @Field(() => String, { description: 'zh-CN: why it is (not) met' }) message!: string;
}

// ---- input ----------------------------------------------------------------------------------------------------

@InputType({ description: 'Filter of the monthly check grid' })
export class MonthlyCheckWhere {
  month!: string;
  regionCode?: string | null;
  state?: string | null;
  visited?: boolean | null;
  category?: string | null;
  atRisk?: boolean | null;
  openReferral?: boolean | null;
  search?: string | null;
}
// The state and the category are the check table's (common/table-where.ts; monitoring.query.ts maps their columns).
tableWhereLayout(MonthlyCheckWhere, MONTHLY_CHECK_FIELDS, {
  month: { type: () => String, nullable: false, description: 'YYYY-MM' },
  regionCode: { type: () => String, description: 'region-code prefix: 6 (county), 9 (township) or 12 (village) digits' },
  state: { description: 'households whose check is in this state' },
  visited: { type: () => Boolean, description: 'true: visited (a check with a visit date); false: not yet visited (未走访)' },
  category: {},
  atRisk: { type: () => Boolean, description: 'true: the check is at risk; false: it is not (or there is none)' },
  openReferral: { type: () => Boolean, description: 'true: households with an OPEN risk referral (风险待帮扶, whatever the month\'s check says — the overview\'s atRisk figure); false: households without one' },
  search: { type: () => String, description: 'head name (contains) or household code (starts with)' },
});

/**
 * The editable fields of a check, shared by saveMonthlyChecks and correctMonthlyCheck (unreferenced, so not printed in
 * the schema itself): the field table's editable fields, all optional; the grade and the risk types are taken as text
 * (codes or zh labels) and checked per row.
 */
@InputType('MonthlyCheckFields')
export class MonthlyCheckFields {
  [field: string]: unknown;
}
tableInputFields(MonthlyCheckFields, MONTHLY_CHECK_FIELDS, MONTHLY_CHECK_FIELDS.filter((m) => m.editable).map((m) => m.name), {
  allOptional: true,
  types: { housingGrade: () => String, riskTypes: () => [String] },
  descriptions: {
    visitDate: 'YYYY-MM-DD inside the month, not after today; null or "" clears',
    housingGrade: 'A, B, C or D (also 安全 / A级 …); checked per row',
    riskTypes: 'RiskType codes or their zh labels; checked per row',
  },
});

@InputType({ description: 'One row of saveMonthlyChecks: the household, the month, the check\'s version (null to create) and the fields to set' })
export class MonthlyCheckInput extends MonthlyCheckFields {
  @Field(() => ID) householdId!: string;
  @Field(() => String, { description: 'YYYY-MM, not after the current month' }) month!: string;
  @Field(() => Int, { nullable: true, description: 'the check\'s version; null or absent creates the check' }) version?: number | null;
}

@InputType({ description: 'A correction of a LOCKED check: its id and version, the reason, and the fields to change' })
export class CorrectMonthlyCheckInput extends MonthlyCheckFields {
  @Field(() => ID) checkId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: '更正原因 (required)' }) reason!: string;
}

// Its table fields (state, month, overdue, owner) are typed from RISK_REFERRAL_FIELDS (common/table-where.ts);
// monitoring.reader.ts maps state to its column and applies the others itself (a checked month, a derived flag, a
// trimmed owner).
@InputType()
export class RiskReferralWhere {
  regionCode?: string | null;
  state?: string | null;
  month?: string | null;
  active?: boolean | null;
  overdue?: boolean | null;
  owner?: string | null;
}
tableWhereLayout(RiskReferralWhere, RISK_REFERRAL_FIELDS, {
  regionCode: { type: () => String },
  state: {},
  month: { description: 'YYYY-MM' },
  active: { type: () => Boolean, description: 'true: OPEN, ASSIGNED or ASSISTING; false: CLOSED or WITHDRAWN' },
  overdue: { description: 'true: help not started and past the due date' },
  owner: { description: 'the owner\'s username' },
});
