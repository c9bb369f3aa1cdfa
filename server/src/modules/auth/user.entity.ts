import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { VersionedEntity } from '../../common/base-entity.js';

/**
 * A person who logs in (issue 14: personal accounts). Passwords are stored as scrypt hashes (a slow, salted hash;
 * Node's own crypto). `version` is the optimistic lock of updateUser; the phone is personal data (masked without
 * pii:read, never logged).
 */
@Entity({ tableName: 'app_user' })
export class AppUser extends VersionedEntity<'displayName' | 'regionCode' | 'unitCode' | 'disabled' | 'phone' | 'mustChangePassword' | 'disabledAt'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique({ name: 'app_user_username_unique' })
  @Property({ type: 'string', length: 64 })
  username!: string;

  @Property({ type: 'string', length: 64, default: '' })
  displayName: string = '';

  @Property({ type: 'string', length: 32 })
  role!: string;

  /** Township staff: the township's 9-digit code (their scope). */
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;

  /** Unit reporters and township staff: the responsible unit they report for. */
  @Property({ type: 'string', length: 32, nullable: true })
  unitCode?: string | null;

  /** Optional mobile number (personal data). */
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Property({ type: 'string', length: 255 })
  passwordHash!: string;

  /** Set by createUser and resetPassword (a one-time password): every operation but changePassword, me and logout is
   *  refused with PASSWORD_CHANGE_REQUIRED until the user chooses a password. */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean = false;

  @Property({ type: 'boolean', default: false })
  disabled: boolean = false;

  @Property({ type: 'datetime', length: 3, nullable: true })
  disabledAt?: Date | null;
}
