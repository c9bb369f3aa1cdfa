import { OptionalProps, Entity, PrimaryKey, Property, Index, Unique, ManyToOne, OneToMany, Collection } from '@mikro-orm/core';
import { Region } from '../region/region.entity.js';
import { Member } from './member.entity.js';

/**
 * A household (户) of one of the monitoring ledgers. The head's name and ID number and the member count are kept
 * here as well as on the members, so that the grid can sort, filter and page on them with an index.
 * Every sortable column has an index ending in the primary key, the keyset tie-breaker.
 * Optional text columns are NOT NULL DEFAULT '' so that keyset paging never has to order NULLs.
 */
@Entity({ tableName: 'household' })
@Index({ name: 'household_category_idx', properties: ['category', 'id'] })
@Index({ name: 'household_township_category_idx', properties: ['townshipCode', 'category', 'id'] })
@Index({ name: 'household_township_category_income_idx', properties: ['townshipCode', 'category', 'incomePerCapita', 'id'] })
@Index({ name: 'household_region_idx', properties: ['region', 'id'] })
@Index({ name: 'household_head_name_idx', properties: ['headName', 'id'] })
@Index({ name: 'household_head_id_number_idx', properties: ['headIdNumber', 'id'] })
@Index({ name: 'household_phone_idx', properties: ['phone', 'id'] })
@Index({ name: 'household_address_idx', properties: ['address', 'id'] })
@Index({ name: 'household_member_count_idx', properties: ['memberCount', 'id'] })
@Index({ name: 'household_income_idx', properties: ['incomePerCapita', 'id'] })
@Index({ name: 'household_risk_status_idx', properties: ['riskStatus', 'id'] })
@Index({ name: 'household_helper_name_idx', properties: ['helperName', 'id'] })
@Index({ name: 'household_updated_at_idx', properties: ['updatedAt', 'id'] })
@Index({ name: 'household_created_at_idx', properties: ['createdAt', 'id'] })
export class Household {
  [OptionalProps]?: 'address' | 'headName' | 'headIdNumber' | 'phone' | 'memberCount' | 'incomePerCapita' | 'riskTypes' | 'riskStatus' | 'helperName' | 'remarks' | 'version' | 'createdAt' | 'updatedAt' | 'members';

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

  @Property({ type: 'integer', version: true, default: 1 })
  version: number = 1;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3 })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, nullable: true })
  deletedAt?: Date | null;

  @OneToMany(() => Member, (m) => m.household)
  members = new Collection<Member>(this);
}
