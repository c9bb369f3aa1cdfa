import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AuthoredEntity } from '../../common/base-entity.js';
import { Household } from '../household/household.entity.js';
import { StoredFileColumns } from '../tasks/stored-file.js';

// 申请→审批 (measure 1). Dates are calendar dates kept as 'YYYY-MM-DD' text, like the assistance records.

/**
 * An application for 低保 (a household, or one member alone: 单人保) or 特困 (one member). `stage` is the step it waits
 * for (ECONOMIC_CHECK … PUBLIC_NOTICE), then APPROVED or REJECTED; "待审批" is read from it (PUBLIC_NOTICE recorded,
 * the notice over, no objection unanswered).
 */
@Entity({ tableName: 'assistance_application' })
@Index({ name: 'assistance_application_township_idx', properties: ['townshipCode', 'stage', 'id'] })
@Index({ name: 'assistance_application_household_idx', properties: ['household', 'id'] })
export class AssistanceApplication extends AuthoredEntity<'memberId' | 'singlePerson' | 'dependsOnFamily' | 'statement' | 'reasons' |
  'stage' | 'incomePerCapita' | 'noticeStart' | 'noticeDays' | 'noticeEnd' | 'openObjections' | 'decidedOn' | 'decidedBy' | 'approved' |
  'amount' | 'startMonth' | 'supportMode' | 'careProviderOrg' | 'rejectReason' | 'dibaoCaseId' | 'tekunPersonId' | 'imported'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 8 })
  kind!: string;

  @ManyToOne(() => Household, { fieldName: 'household_id', deleteRule: 'cascade' })
  household!: Household;

  /** 单人保 or the 特困 person: the member applied for; null for a whole household. */
  @Property({ type: 'integer', nullable: true })
  memberId?: number | null;

  @Property({ type: 'boolean', default: false })
  singlePerson: boolean = false;

  @Property({ type: 'boolean', default: false })
  dependsOnFamily: boolean = false;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'string', length: 50 })
  applicantName!: string;

  @Property({ type: 'string', length: 10 })
  appliedOn!: string;

  /** Comma-separated RiskType codes (因病, 因疫 …). */
  @Property({ type: 'string', length: 300, default: '' })
  reasons: string = '';

  @Property({ type: 'text', default: '' })
  statement: string = '';

  @Property({ type: 'string', length: 20, default: 'ECONOMIC_CHECK' })
  stage: string = 'ECONOMIC_CHECK';

  /** The day by which the county should decide (applied + DOUDI_APPLICATION_DECISION_DAYS). */
  @Property({ type: 'string', length: 10 })
  dueDate!: string;

  /** Annual 元 per person, found by the finances check. */
  @Property({ type: 'double', nullable: true })
  incomePerCapita?: number | null;

  @Property({ type: 'string', length: 10, nullable: true })
  noticeStart?: string | null;

  @Property({ type: 'integer', nullable: true })
  noticeDays?: number | null;

  @Property({ type: 'string', length: 10, nullable: true })
  noticeEnd?: string | null;

  @Property({ type: 'integer', default: 0 })
  openObjections: number = 0;

  @Property({ type: 'string', length: 10, nullable: true })
  decidedOn?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'boolean', nullable: true })
  approved?: boolean | null;

  @Property({ type: 'double', nullable: true })
  amount?: number | null;

  @Property({ type: 'string', length: 7, nullable: true })
  startMonth?: string | null;

  @Property({ type: 'string', length: 16, nullable: true })
  supportMode?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  careProviderOrg?: string | null;

  @Property({ type: 'text', nullable: true })
  rejectReason?: string | null;

  @Property({ type: 'integer', nullable: true })
  dibaoCaseId?: number | null;

  @Property({ type: 'integer', nullable: true })
  tekunPersonId?: number | null;

  /** Brought in with an existing roll (the Excel import): approved as in the sheet, without the steps. */
  @Property({ type: 'boolean', default: false })
  imported: boolean = false;
}

/** One recorded step of an application (one per step). */
@Entity({ tableName: 'application_step' })
@Unique({ name: 'application_step_unique', properties: ['applicationId', 'step'] })
export class ApplicationStepRecord {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  applicationId!: number;

  @Property({ type: 'string', length: 20 })
  step!: string;

  /** The step's date (the 公示's start). */
  @Property({ type: 'string', length: 10 })
  date!: string;

  /** Names, joined by '、' (checkers, investigators, participants). */
  @Property({ type: 'text' })
  people!: string;

  @Property({ type: 'text' })
  result!: string;

  @Property({ type: 'double', nullable: true })
  incomePerCapita?: number | null;

  @Property({ type: 'text', nullable: true })
  assetFlags?: string | null;

  @Property({ type: 'text', nullable: true })
  dataSources?: string | null;

  @Property({ type: 'boolean', nullable: true })
  passed?: boolean | null;

  @Property({ type: 'integer', nullable: true })
  noticeDays?: number | null;

  @Property({ type: 'string', length: 200, nullable: true })
  place?: string | null;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt!: Date;
}

/** An objection raised during the 公示, and its answer. */
@Entity({ tableName: 'application_objection' })
@Index({ name: 'application_objection_app_idx', properties: ['applicationId', 'id'] })
export class ApplicationObjection {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  applicationId!: number;

  @Property({ type: 'string', length: 10 })
  receivedOn!: string;

  @Property({ type: 'string', length: 50 })
  objector!: string;

  @Property({ type: 'text' })
  content!: string;

  @Property({ type: 'text', nullable: true })
  answer?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  answeredOn?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  answeredBy?: string | null;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt!: Date;
}

/** An evidence file of an application: of a step, or (stepId null) of the application or its decision. */
@Entity({ tableName: 'application_file' })
@Index({ name: 'application_file_app_idx', properties: ['applicationId', 'id'] })
export class ApplicationFile extends StoredFileColumns {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  applicationId!: number;

  @Property({ type: 'integer', nullable: true })
  stepId?: number | null;

  /** What the file belongs to: a step code, APPLICATION or DECISION. */
  @Property({ type: 'string', length: 20 })
  part!: string;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;
}

export const APPLICATION_ENTITIES = [AssistanceApplication, ApplicationStepRecord, ApplicationObjection, ApplicationFile];
