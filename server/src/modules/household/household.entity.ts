import { Entity, PrimaryKey, Property, Index, Unique, ManyToOne, OneToMany, Collection } from '@mikro-orm/core';
import { VersionedEntity } from '../../common/base-entity.js';
import { Region } from '../region/region.entity.js';
import { Member } from './member.entity.js';

/**
 * A household (户) of one of the monitoring ledgers. The head's name and ID number and the member count are kept
 * here as well as on the members, so that the grid can sort, filter and page on them with an index.
 * Every sortable column has an index ending in the primary key, the keyset tie-breaker. The indexes are partial
 * (active rows only): every ledger query has `deleted_at IS NULL`, and an offset can then be counted off the index
 * alone, without reading the rows it skips.
 * Optional text columns are NOT NULL DEFAULT '' so that keyset paging never has to order NULLs.
 */
@Entity({ tableName: 'household' })
@Index({ name: 'household_category_idx', expression: 'create index household_category_idx on household (category, id) where deleted_at is null' })
@Index({ name: 'household_township_category_idx', expression: 'create index household_township_category_idx on household (township_code, category, id) where deleted_at is null' })
@Index({ name: 'household_township_category_income_idx', expression: 'create index household_township_category_income_idx on household (township_code, category, income_per_capita, id) where deleted_at is null' })
@Index({ name: 'household_region_idx', expression: 'create index household_region_idx on household (region_code, id) where deleted_at is null' })
@Index({ name: 'household_head_name_idx', expression: 'create index household_head_name_idx on household (head_name, id) where deleted_at is null' })
@Index({ name: 'household_head_id_number_idx', expression: 'create index household_head_id_number_idx on household (head_id_number, id) where deleted_at is null' })
@Index({ name: 'household_phone_idx', expression: 'create index household_phone_idx on household (phone, id) where deleted_at is null' })
@Index({ name: 'household_address_idx', expression: 'create index household_address_idx on household (address, id) where deleted_at is null' })
@Index({ name: 'household_member_count_idx', expression: 'create index household_member_count_idx on household (member_count, id) where deleted_at is null' })
@Index({ name: 'household_income_idx', expression: 'create index household_income_idx on household (income_per_capita, id) where deleted_at is null' })
@Index({ name: 'household_risk_status_idx', expression: 'create index household_risk_status_idx on household (risk_status, id) where deleted_at is null' })
@Index({ name: 'household_helper_name_idx', expression: 'create index household_helper_name_idx on household (helper_name, id) where deleted_at is null' })
@Index({ name: 'household_updated_at_idx', expression: 'create index household_updated_at_idx on household (updated_at, id) where deleted_at is null' })
@Index({ name: 'household_created_at_idx', expression: 'create index household_created_at_idx on household (created_at, id) where deleted_at is null' })
@Index({ name: 'household_active_idx', expression: 'create index household_active_idx on household (id) where deleted_at is null' })
@Index({ name: 'household_deleted_idx', expression: 'create index household_deleted_idx on household (deleted_at, id) where deleted_at is not null' })
export class Household extends VersionedEntity<'address' | 'headName' | 'headIdNumber' | 'phone' | 'memberCount' |
  'incomePerCapita' | 'riskTypes' | 'riskStatus' | 'helperName' | 'remarks' | 'members'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique({ name: 'household_code_unique' })
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 16 })
  category!: string;

  @ManyToOne(() => Region, { fieldName: 'region_code', deleteRule: 'no action', updateRule: 'no action' })
  region!: Region;

  /** First 9 digits of the region code: the township, the scope of township staff. */
  @Property({ type: 'string', length: 9 })
  townshipCode!: string;

  @Property({ type: 'string', length: 200, default: '' })
  address: string = '';

  @Property({ type: 'string', length: 50, default: '' })
  headName: string = '';

  @Property({ type: 'string', length: 18, default: '' })
  headIdNumber: string = '';

  @Property({ type: 'string', length: 20, default: '' })
  phone: string = '';

  @Property({ type: 'integer', default: 0 })
  memberCount: number = 0;

  /** 人均纯收入, 元 per person per year. */
  @Property({ type: 'double', default: 0 })
  incomePerCapita: number = 0;

  /** Comma-separated RiskType codes, in the vocabulary's order. */
  @Property({ type: 'string', length: 255, default: '' })
  riskTypes: string = '';

  @Property({ type: 'string', length: 16, default: 'MONITORING' })
  riskStatus: string = 'MONITORING';

  @Property({ type: 'string', length: 50, default: '' })
  helperName: string = '';

  @Property({ type: 'text', default: '' })
  remarks: string = '';

  @Property({ type: 'datetime', length: 3, nullable: true })
  deletedAt?: Date | null;

  @OneToMany(() => Member, (m) => m.household)
  members = new Collection<Member>(this);
}
