import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Household } from '../household/household.entity.js';

/** 监测线: 元 per person per year, one row per year (edited by the administrator). */
@Entity({ tableName: 'monitoring_line' })
export class MonitoringLine {
  [OptionalProps]?: 'updatedBy';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'double' })
  amount!: number;

  @Property({ type: 'datetime', length: 3 })
  updatedAt!: Date;

  @Property({ type: 'string', length: 120, default: 'system' })
  updatedBy: string = 'system';
}

/**
 * 台账月度记录: one check of one household in one month. Income fields are annual per-capita 元; null = not entered
 * (an unfilled draft is not "zero income"). The 两不愁三保障/water flags are null until checked. `atRisk` is derived
 * when the check is saved. DRAFT → SUBMITTED (township) → LOCKED (county); a LOCKED check changes only through a
 * recorded correction (MonthlyCheckCorrection).
 */
@Entity({ tableName: 'monthly_check' })
@Unique({ name: 'monthly_check_household_month_unique', properties: ['household', 'month'] })
@Index({ name: 'monthly_check_month_township_idx', properties: ['month', 'townshipCode', 'state'] })
export class MonthlyCheck {
  [OptionalProps]?: 'visitDate' | 'visitor' | 'incomeWages' | 'incomeBusiness' | 'incomeProperty' | 'incomeTransfer' |
    'incomeTotal' | 'spendingMedical' | 'spendingSchooling' | 'foodOk' | 'clothingOk' | 'schoolingOk' |
    'medicalInsuranceOk' | 'housingGrade' | 'waterOk' | 'riskFound' | 'riskTypes' | 'measures' | 'remarks' | 'atRisk' |
    'state' | 'version' | 'submittedAt' | 'submittedBy' | 'lockedAt' | 'lockedBy' | 'createdBy' | 'updatedBy';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Household, { fieldName: 'household_id', deleteRule: 'no action', updateRule: 'no action' })
  household!: Household;

  /** YYYY-MM */
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  /** YYYY-MM-DD, or '' while not visited. */
  @Property({ type: 'string', length: 10, default: '' })
  visitDate: string = '';

  /** 帮扶责任人 who visited. */
  @Property({ type: 'string', length: 50, default: '' })
  visitor: string = '';

  @Property({ type: 'double', nullable: true })
  incomeWages?: number | null;

  @Property({ type: 'double', nullable: true })
  incomeBusiness?: number | null;

  @Property({ type: 'double', nullable: true })
  incomeProperty?: number | null;

  @Property({ type: 'double', nullable: true })
  incomeTransfer?: number | null;

  /** Sum of the sources entered; null when none is. */
  @Property({ type: 'double', nullable: true })
  incomeTotal?: number | null;

  @Property({ type: 'double', nullable: true })
  spendingMedical?: number | null;

  @Property({ type: 'double', nullable: true })
  spendingSchooling?: number | null;

  @Property({ type: 'boolean', nullable: true })
  foodOk?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  clothingOk?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  schoolingOk?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  medicalInsuranceOk?: boolean | null;

  /** A–D, '' while not graded. C and D are unsafe. */
  @Property({ type: 'string', length: 1, default: '' })
  housingGrade: string = '';

  @Property({ type: 'boolean', nullable: true })
  waterOk?: boolean | null;

  @Property({ type: 'boolean', default: false })
  riskFound: boolean = false;

  /** Comma-separated RiskType codes, in the vocabulary's order. */
  @Property({ type: 'string', length: 255, default: '' })
  riskTypes: string = '';

  @Property({ type: 'text', default: '' })
  measures: string = '';

  @Property({ type: 'text', default: '' })
  remarks: string = '';

  @Property({ type: 'boolean', default: false })
  atRisk: boolean = false;

  @Property({ type: 'string', length: 16, default: 'DRAFT' })
  state: string = 'DRAFT';

  @Property({ type: 'integer', version: true, default: 1 })
  version: number = 1;

  @Property({ type: 'datetime', length: 3, nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'string', length: 120, nullable: true })
  submittedBy?: string | null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  lockedAt?: Date | null;

  @Property({ type: 'string', length: 120, nullable: true })
  lockedBy?: string | null;

  @Property({ type: 'string', length: 120, default: '' })
  createdBy: string = '';

  @Property({ type: 'string', length: 120, default: '' })
  updatedBy: string = '';

  @Property({ type: 'datetime', length: 3 })
  createdAt!: Date;

  @Property({ type: 'datetime', length: 3 })
  updatedAt!: Date;
}

/**
 * 风险转介: a household found at risk, waiting for assistance. The 动态救助 loop: OPEN → ASSIGNED (owner, 帮扶责任人)
 * → ASSISTING (what was done) → CLOSED (how, why); WITHDRAWN when its draft check no longer shows the risk. At most
 * one active (OPEN, ASSIGNED or ASSISTING) per household.
 */
@Entity({ tableName: 'risk_referral' })
@Index({ name: 'risk_referral_active_unique', expression: `create unique index risk_referral_active_unique on risk_referral (household_id) where state in ('OPEN', 'ASSIGNED', 'ASSISTING')` })
@Index({ name: 'risk_referral_township_idx', properties: ['townshipCode', 'state', 'id'] })
export class RiskReferral {
  [OptionalProps]?: 'state' | 'checkId' | 'openedMonth' | 'reopenedHousehold' | 'closedAt' | 'closedBy' | 'closeReason' | 'owner' | 'helper' |
    'dueDate' | 'assignedAt' | 'startedAt' | 'assistanceKind' | 'assistanceRef' | 'assistanceNote' | 'closeKind' | 'version';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Household, { fieldName: 'household_id', deleteRule: 'no action', updateRule: 'no action' })
  household!: Household;

  /** The month whose check found the risk (the latest, while open). */
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'integer', nullable: true })
  checkId?: number | null;

  /**
   * The month whose check opened the referral: the checks from this month on are what may justify it (null on rows
   * written before the column: read as `month`).
   */
  @Property({ type: 'string', length: 7, nullable: true })
  openedMonth?: string | null;

  /** Opening it put an ELIMINATED household back under monitoring: a withdrawal puts it back. */
  @Property({ type: 'boolean', default: false })
  reopenedHousehold: boolean = false;

  /** zh-CN reasons, one per line. */
  @Property({ type: 'text' })
  reasons!: string;

  @Property({ type: 'string', length: 16, default: 'OPEN' })
  state: string = 'OPEN';

  @Property({ type: 'datetime', length: 3 })
  createdAt!: Date;

  @Property({ type: 'datetime', length: 3 })
  updatedAt!: Date;

  @Property({ type: 'datetime', length: 3, nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'string', length: 120, nullable: true })
  closedBy?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  closeReason?: string | null;

  /** The township user who owns it (assignReferral). */
  @Property({ type: 'string', length: 64, nullable: true })
  owner?: string | null;

  /** 帮扶责任人: the person who helps the household (a name, as in the monthly check). */
  @Property({ type: 'string', length: 50, nullable: true })
  helper?: string | null;

  /** The date by which help must start (opening date + DOUDI_REFERRAL_DUE_DAYS); YYYY-MM-DD. */
  @Property({ type: 'string', length: 10, nullable: true })
  dueDate?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  assignedAt?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  startedAt?: string | null;

  /** What was done: APPLICATION, RELIEF_GRANT, DIBAO_CASE, TEKUN_PERSON (with its id in assistanceRef) or OTHER_MEASURE. */
  @Property({ type: 'string', length: 16, nullable: true })
  assistanceKind?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  assistanceRef?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  assistanceNote?: string | null;

  /** RISK_ELIMINATED or ASSISTANCE_IN_PLACE (CLOSED only). */
  @Property({ type: 'string', length: 24, nullable: true })
  closeKind?: string | null;

  @Property({ type: 'integer', version: true, default: 1 })
  version: number = 1;
}

/** A township's month locked by the county (lockMonth); locking again locks checks submitted since. */
@Entity({ tableName: 'month_lock' })
@Unique({ name: 'month_lock_township_month_unique', properties: ['townshipCode', 'month'] })
export class MonthLock {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'datetime', length: 3 })
  lockedAt!: Date;

  @Property({ type: 'string', length: 120 })
  lockedBy!: string;

  /** Checks locked in total for this township and month. */
  @Property({ type: 'integer', default: 0 })
  lockedCount: number = 0;
}

/** A recorded correction of a LOCKED check: who, when, why, and the check before and after (JSON). */
@Entity({ tableName: 'monthly_check_correction' })
@Index({ name: 'monthly_check_correction_check_idx', properties: ['checkId', 'id'] })
export class MonthlyCheckCorrection {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  checkId!: number;

  @Property({ type: 'integer' })
  householdId!: number;

  @Property({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'string', length: 120 })
  actor!: string;

  @Property({ type: 'datetime', length: 3 })
  at!: Date;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  before!: string;

  @Property({ type: 'text' })
  after!: string;
}
