import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AuthoredEntity } from '../../common/base-entity.js';
import { Household } from '../household/household.entity.js';
import { LOOP_ENTITIES } from './loops.entities.js';

// 救助 (measures 1–8). Dates of the rules (start, notice, end, due) are calendar dates kept as 'YYYY-MM-DD' text, so
// that "18 months", "the next month" and "past due" compare the same on SQLite and PostgreSQL and in any time zone.

/**
 * 低保 case: a household, or one member enrolled alone (单人保). ACTIVE → GRADUAL_EXIT → ENDED.
 * A gradual exit whose end date has come is ENDED on read (the effective state), whatever the stored state says.
 */
@Entity({ tableName: 'dibao_case' })
@Index({ name: 'dibao_case_household_idx', properties: ['household', 'id'] })
@Index({ name: 'dibao_case_township_state_idx', properties: ['townshipCode', 'state', 'id'] })
// One ACTIVE case per household and one per person, whatever the concurrency (the service checks first, for the message).
@Index({ name: 'dibao_case_active_household_unique', expression: `create unique index dibao_case_active_household_unique on dibao_case (household_id) where state = 'ACTIVE' and kind = 'HOUSEHOLD'` })
@Index({ name: 'dibao_case_active_member_unique', expression: `create unique index dibao_case_active_member_unique on dibao_case (member_id) where state = 'ACTIVE' and kind = 'SINGLE_PERSON'` })
export class DibaoCase extends AuthoredEntity<'memberId' | 'monthlyAmount' | 'exitStartDate' | 'noticeDate' | 'noticeRef' |
  'exitEndDate' | 'endDate' | 'endReason' | 'remarks'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Household, { fieldName: 'household_id', deleteRule: 'cascade' })
  household!: Household;

  /** The member enrolled alone (单人保); null for a whole household. */
  @Property({ type: 'integer', nullable: true })
  memberId?: number | null;

  @Property({ type: 'string', length: 16 })
  kind!: string;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'string', length: 16, default: 'ACTIVE' })
  state: string = 'ACTIVE';

  @Property({ type: 'string', length: 10 })
  startDate!: string;

  /** 元 per month. */
  @Property({ type: 'double', default: 0 })
  monthlyAmount: number = 0;

  @Property({ type: 'string', length: 10, nullable: true })
  exitStartDate?: string | null;

  /** The formal written notice (正式文书) given on entering the gradual-exit list: its date and reference. */
  @Property({ type: 'string', length: 10, nullable: true })
  noticeDate?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  noticeRef?: string | null;

  /** The day the gradual exit ends (the case leaves); at most 18 months after exitStartDate. */
  @Property({ type: 'string', length: 10, nullable: true })
  exitEndDate?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  endDate?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  endReason?: string | null;

  @Property({ type: 'text', default: '' })
  remarks: string = '';
}

/** 临时救助: a one-time grant. */
@Entity({ tableName: 'relief_grant' })
@Index({ name: 'relief_grant_household_idx', properties: ['householdId', 'id'] })
@Index({ name: 'relief_grant_township_idx', properties: ['townshipCode', 'id'] })
export class ReliefGrant extends AuthoredEntity<'householdId' | 'memberId' | 'recipientName' | 'recipientIdNumber' |
  'migrantWorkerCase' | 'noIncomeThreeMonths' | 'noUnemploymentInsurance' | 'notOnDibao' | 'caseByCase' | 'meetingRef' |
  'assistFirst' | 'paperworkDue' | 'paperworkDoneAt' | 'fromReserveFund' | 'approval' | 'decidedBy' | 'decidedOn' | 'decisionNote'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** The ledger household, when the recipient is in one (a migrant worker may not be). */
  @Property({ type: 'integer', nullable: true })
  householdId?: number | null;

  @Property({ type: 'integer', nullable: true })
  memberId?: number | null;

  @Property({ type: 'string', length: 50, default: '' })
  recipientName: string = '';

  @Property({ type: 'string', length: 18, default: '' })
  recipientIdNumber: string = '';

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'string', length: 16 })
  type!: string;

  @Property({ type: 'double' })
  amount!: number;

  @Property({ type: 'string', length: 500 })
  cause!: string;

  @Property({ type: 'string', length: 10 })
  grantDate!: string;

  /** Measure 4: a migrant worker without unemployment insurance and income for three months, not on 低保. */
  @Property({ type: 'boolean', default: false })
  migrantWorkerCase: boolean = false;

  @Property({ type: 'boolean', default: false })
  noIncomeThreeMonths: boolean = false;

  @Property({ type: 'boolean', default: false })
  noUnemploymentInsurance: boolean = false;

  @Property({ type: 'boolean', default: false })
  notOnDibao: boolean = false;

  /** 一事一议: a case-by-case decision (meeting reference) that allows more than the normal cap. */
  @Property({ type: 'boolean', default: false })
  caseByCase: boolean = false;

  @Property({ type: 'string', length: 100, default: '' })
  meetingRef: string = '';

  /** 先行救助: assisted first, paperwork due by paperworkDue. */
  @Property({ type: 'boolean', default: false })
  assistFirst: boolean = false;

  @Property({ type: 'string', length: 10, nullable: true })
  paperworkDue?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  paperworkDoneAt?: string | null;

  /** Paid from the township's reserve fund (备用金), which it draws down. */
  @Property({ type: 'boolean', default: true })
  fromReserveFund: boolean = true;

  /**
   * NONE (a township's own grant), or a large / 一事一议 grant the county decides: PENDING → APPROVED | REJECTED.
   * Only NONE and APPROVED draw on the reserve fund and count as assistance.
   */
  @Property({ type: 'string', length: 16, default: 'NONE' })
  approval: string = 'NONE';

  @Property({ type: 'string', length: 64, nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  decidedOn?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  decisionNote?: string | null;
}

/** 备用金: each township's reserve fund; balance = opening + top-ups − grants drawn from it. */
@Entity({ tableName: 'reserve_fund' })
export class ReserveFund {
  [OptionalProps]?: 'openingBalance' | 'version' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'double', default: 0 })
  openingBalance: number = 0;

  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'datetime', length: 3 })
  updatedAt: Date = new Date();
}

/** A county top-up of a township's reserve fund. */
@Entity({ tableName: 'reserve_fund_top_up' })
@Index({ name: 'reserve_fund_top_up_township_idx', properties: ['townshipCode', 'id'] })
export class ReserveFundTopUp {
  [OptionalProps]?: 'note' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'double' })
  amount!: number;

  @Property({ type: 'string', length: 200, default: '' })
  note: string = '';

  @Property({ type: 'string', length: 10 })
  topUpDate!: string;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}

/** 特困供养: a person supported centrally or dispersed, with the organisation that provides the care. */
@Entity({ tableName: 'tekun_person' })
@Index({ name: 'tekun_person_household_idx', properties: ['household', 'id'] })
@Index({ name: 'tekun_person_member_idx', properties: ['memberId'] })
@Index({ name: 'tekun_person_township_idx', properties: ['townshipCode', 'id'] })
@Index({ name: 'tekun_person_active_member_unique', expression: `create unique index tekun_person_active_member_unique on tekun_person (member_id) where state = 'ACTIVE'` })
export class TekunPerson extends AuthoredEntity<'state' | 'minorClause' | 'coverageEndDate' | 'endDate' | 'endReason' | 'centralCareWish' | 'centralCareAskedOn'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  memberId!: number;

  @ManyToOne(() => Household, { fieldName: 'household_id', deleteRule: 'cascade' })
  household!: Household;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'string', length: 16 })
  supportMode!: string;

  @Property({ type: 'string', length: 100 })
  careProviderOrg!: string;

  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Property({ type: 'string', length: 16, default: 'ACTIVE' })
  state: string = 'ACTIVE';

  /** Enrolled as a minor (covered up to 18); coverageEndDate is the 18th birthday. */
  @Property({ type: 'boolean', default: false })
  minorClause: boolean = false;

  @Property({ type: 'string', length: 10, nullable: true })
  coverageEndDate?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  endDate?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  endReason?: string | null;

  /** 集中供养意愿 (measure 6): true 有, false 无, null not asked yet; and the day it was asked. */
  @Property({ type: 'boolean', nullable: true })
  centralCareWish?: boolean | null;

  @Property({ type: 'string', length: 10, nullable: true })
  centralCareAskedOn?: string | null;
}

/** A township's batch of preliminary self-care assessments, spot-checked by the county (≥30%, seeded draw). */
@Entity({ tableName: 'assessment_batch' })
@Index({ name: 'assessment_batch_township_idx', properties: ['townshipCode', 'id'] })
export class AssessmentBatch {
  [OptionalProps]?: 'state' | 'spotCheckSeed' | 'spotCheckDrawnAt' | 'spotCheckDrawnBy' | 'sampleSize' | 'finalisedAt' | 'version' | 'createdAt' | 'createdBy';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 16, default: 'OPEN' })
  state: string = 'OPEN';

  @Property({ type: 'string', length: 100, nullable: true })
  spotCheckSeed?: string | null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  spotCheckDrawnAt?: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  spotCheckDrawnBy?: string | null;

  @Property({ type: 'integer', default: 0 })
  sampleSize: number = 0;

  @Property({ type: 'datetime', length: 3, nullable: true })
  finalisedAt?: Date | null;

  @Property({ type: 'integer', version: true, default: 1 })
  version: number = 1;

  @Property({ type: 'string', length: 64, default: '' })
  createdBy: string = '';

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}

/** The six-item self-care assessment (measure 8); the result is derived from the items, never typed. */
@Entity({ tableName: 'self_care_assessment' })
@Index({ name: 'self_care_assessment_person_idx', properties: ['personId', 'id'] })
@Index({ name: 'self_care_assessment_batch_idx', properties: ['batchId', 'id'] })
export class SelfCareAssessment {
  [OptionalProps]?: 'batchId' | 'finalOf' | 'createdAt' | 'createdBy';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  personId!: number;

  @Property({ type: 'integer' })
  memberId!: number;

  @Property({ type: 'integer', nullable: true })
  batchId?: number | null;

  @Property({ type: 'boolean' }) eating!: boolean;
  @Property({ type: 'boolean' }) dressing!: boolean;
  @Property({ type: 'boolean' }) bed!: boolean;
  @Property({ type: 'boolean' }) toilet!: boolean;
  @Property({ type: 'boolean' }) walking!: boolean;
  @Property({ type: 'boolean' }) bathing!: boolean;

  @Property({ type: 'string', length: 16 })
  result!: string;

  @Property({ type: 'string', length: 100 })
  assessorOrg!: string;

  @Property({ type: 'string', length: 16 })
  stage!: string;

  @Property({ type: 'string', length: 10 })
  assessedOn!: string;

  /** A county FINAL result: the preliminary assessment it rules on. */
  @Property({ type: 'integer', nullable: true })
  finalOf?: number | null;

  @Property({ type: 'string', length: 64, default: '' })
  createdBy: string = '';

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}

/** One preliminary assessment drawn into a batch's county spot check. */
@Entity({ tableName: 'spot_check_item' })
@Unique({ name: 'spot_check_item_unique', properties: ['batchId', 'assessmentId'] })
export class SpotCheckItem {
  [OptionalProps]?: 'finalAssessmentId';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  batchId!: number;

  @Property({ type: 'integer' })
  assessmentId!: number;

  @Property({ type: 'integer', nullable: true })
  finalAssessmentId?: number | null;
}

export const ASSISTANCE_ENTITIES = [DibaoCase, ReliefGrant, ReserveFund, ReserveFundTopUp, TekunPerson, AssessmentBatch, SelfCareAssessment, SpotCheckItem,
  ...LOOP_ENTITIES];
