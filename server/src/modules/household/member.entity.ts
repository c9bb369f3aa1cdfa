import { Entity, PrimaryKey, Property, Index, Unique, ManyToOne } from '@mikro-orm/core';
import { VersionedEntity } from '../../common/base-entity.js';
import { Household } from './household.entity.js';

/** A member (家庭成员) of a household. Gender and birth date are derived from the ID number, never typed. */
@Entity({ tableName: 'member' })
@Index({ name: 'member_household_idx', properties: ['household', 'id'] })
@Index({ name: 'member_id_number_idx', properties: ['idNumber'] })
export class Member extends VersionedEntity<'phone'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Household, { deleteRule: 'cascade' })
  household!: Household;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'string', length: 18 })
  idNumber!: string;

  /**
   * The ID number while the household is active, NULL while it is deleted: the unique index makes
   * "a person belongs to at most one active household" a database guarantee, not only a check.
   */
  @Unique({ name: 'member_active_id_number_unique' })
  @Property({ type: 'string', length: 18, nullable: true })
  activeIdNumber?: string | null;

  @Property({ type: 'string', length: 8 })
  gender!: string;

  @Property({ type: 'string', length: 10 })
  birthDate!: string;

  @Property({ type: 'string', length: 20 })
  relation!: string;

  @Property({ type: 'string', length: 20, default: '' })
  phone: string = '';

  @Property({ type: 'string', length: 20, nullable: true })
  health?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  disabilityType?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  disabilityGrade?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  laborAbility?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  schooling?: string | null;
}
