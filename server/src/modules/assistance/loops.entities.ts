import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AuthoredEntity } from '../../common/base-entity.js';

// Issue 16, points 4, 6, 7: 价格临时补贴 runs and their payment lists, 特困 support-mode changes, 委托照料服务协议 and
// 定期探访. Dates are 'YYYY-MM-DD' text like the other assistance records.

/** 价格临时补贴: the county opens a run for a month, an amount per person and the groups it covers. */
@Entity({ tableName: 'subsidy_run' })
@Unique({ name: 'subsidy_run_month_unique', properties: ['month'] })
export class SubsidyRun extends AuthoredEntity<'note' | 'personCount' | 'totalAmount'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Property({ type: 'double' })
  amountPerPerson!: number;

  /** The groups covered, comma-separated (DIBAO,TEKUN). */
  @Property({ type: 'string', length: 64 })
  groups!: string;

  @Property({ type: 'string', length: 200, default: '' })
  note: string = '';

  @Property({ type: 'integer', default: 0 })
  personCount: number = 0;

  @Property({ type: 'double', default: 0 })
  totalAmount: number = 0;
}

/** One person paid by a run: listed once whatever groups they are in (the list is fixed when the run is opened). */
@Entity({ tableName: 'subsidy_payment' })
@Unique({ name: 'subsidy_payment_person_unique', properties: ['runId', 'idNumber'] })
@Index({ name: 'subsidy_payment_run_township_idx', properties: ['runId', 'townshipCode', 'id'] })
export class SubsidyPayment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  runId!: number;

  @Property({ type: 'integer', nullable: true })
  memberId?: number | null;

  @Property({ type: 'integer', nullable: true })
  householdId?: number | null;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'string', length: 18 })
  idNumber!: string;

  @Property({ type: 'string', length: 64 })
  groups!: string;

  @Property({ type: 'double' })
  amount!: number;
}

/** A 特困 person's support mode changed (集中 ↔ 分散), with the date and the reason. */
@Entity({ tableName: 'tekun_support_change' })
@Index({ name: 'tekun_support_change_person_idx', properties: ['personId', 'id'] })
export class TekunSupportChange {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  personId!: number;

  @Property({ type: 'string', length: 16 })
  fromMode!: string;

  @Property({ type: 'string', length: 16 })
  toMode!: string;

  @Property({ type: 'string', length: 10 })
  changedOn!: string;

  @Property({ type: 'string', length: 200 })
  reason!: string;

  @Property({ type: 'string', length: 64, default: '' })
  createdBy: string = '';

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}

/** 委托照料服务协议 of a dispersed 特困 person: who cares (a person or an organisation), from when to when, what. */
@Entity({ tableName: 'care_agreement' })
@Index({ name: 'care_agreement_person_idx', properties: ['personId', 'startDate'] })
export class CareAgreement extends AuthoredEntity<'carerPhone'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  personId!: number;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'string', length: 16 })
  carerKind!: string;

  @Property({ type: 'string', length: 100 })
  carerName!: string;

  @Property({ type: 'string', length: 11, default: '' })
  carerPhone: string = '';

  @Property({ type: 'string', length: 10 })
  startDate!: string;

  /** The last day the agreement is in force. */
  @Property({ type: 'string', length: 10 })
  endDate!: string;

  @Property({ type: 'string', length: 10 })
  signedOn!: string;

  @Property({ type: 'string', length: 500 })
  duties!: string;
}

/** 定期探访 of a dispersed 特困 person. */
@Entity({ tableName: 'care_visit' })
@Index({ name: 'care_visit_person_idx', properties: ['personId', 'visitDate'] })
export class CareVisit {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  personId!: number;

  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'string', length: 10 })
  visitDate!: string;

  @Property({ type: 'string', length: 50 })
  visitor!: string;

  @Property({ type: 'string', length: 16 })
  condition!: string;

  @Property({ type: 'string', length: 500, default: '' })
  problems: string = '';

  @Property({ type: 'string', length: 500, default: '' })
  helpArranged: string = '';

  @Property({ type: 'string', length: 64, default: '' })
  createdBy: string = '';

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}

export const LOOP_ENTITIES = [SubsidyRun, SubsidyPayment, TekunSupportChange, CareAgreement, CareVisit];
