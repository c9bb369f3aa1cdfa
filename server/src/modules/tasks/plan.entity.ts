import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';

/** A plan (方案) the county issued: its measures are assigned to responsible units and tracked to close-off. */
@Entity({ tableName: 'plan' })
export class Plan {
  [OptionalProps]?: 'createdAt' | 'createdBy';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** 文号, e.g. 永民发〔2020〕138号. */
  @Unique({ name: 'plan_document_number_unique' })
  @Property({ type: 'string', length: 64 })
  documentNumber!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  /** 发布机构 */
  @Property({ type: 'string', length: 100 })
  issuer!: string;

  /** YYYY-MM-DD */
  @Property({ type: 'string', length: 10 })
  issuedOn!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'string', length: 120, default: 'system' })
  createdBy: string = 'system';
}

/** One numbered measure (工作措施) of a plan, with its responsible units and completion time as written. */
@Entity({ tableName: 'measure' })
@Unique({ name: 'measure_plan_no_unique', properties: ['plan', 'no'] })
export class Measure {
  [OptionalProps]?: 'deadline';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Plan, { fieldName: 'plan_id', deleteRule: 'no action', updateRule: 'no action' })
  plan!: Plan;

  @Property({ type: 'integer' })
  no!: number;

  /** The group's number within the plan ((一) = 1). */
  @Property({ type: 'integer' })
  groupNo!: number;

  @Property({ type: 'string', length: 200 })
  groupTitle!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  content!: string;

  /** 责任单位 as written: a JSON array of names ("各乡镇" included as such). */
  @Property({ type: 'text' })
  units!: string;

  /** First deadline, YYYY-MM-DD; null when the plan sets none. */
  @Property({ type: 'string', length: 10, nullable: true })
  deadline?: string | null;

  /** 完成时限 as written. */
  @Property({ type: 'string', length: 200 })
  deadlineText!: string;

  /** NONE, ONGOING or MONTHLY */
  @Property({ type: 'string', length: 16 })
  recurrence!: string;
}

/** A responsible unit (责任单位): a county bureau, a township, the sub-district, or another body. */
@Entity({ tableName: 'responsible_unit' })
@Index({ name: 'responsible_unit_sort_idx', properties: ['sortOrder', 'code'] })
export class ResponsibleUnit {
  [PrimaryKeyProp]?: 'code';
  [OptionalProps]?: 'aliases';

  /** Bureaus: a letter code (MZJ …); townships and the sub-district: the 9-digit region code. Users' unitCode. */
  @PrimaryKey({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 64 })
  name!: string;

  /** BUREAU, TOWNSHIP, SUBDISTRICT or OTHER */
  @Property({ type: 'string', length: 16 })
  kind!: string;

  @Property({ type: 'integer' })
  sortOrder!: number;

  /** Other spellings, comma-separated. */
  @Property({ type: 'string', length: 255, default: '' })
  aliases: string = '';
}
