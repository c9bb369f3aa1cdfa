import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A person who logs in. Passwords are stored as scrypt hashes (a slow, salted hash; Node's own crypto). */
@Entity({ tableName: 'app_user' })
export class AppUser {
  [OptionalProps]?: 'displayName' | 'regionCode' | 'unitCode' | 'disabled' | 'createdAt';

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

  @Property({ type: 'string', length: 255 })
  passwordHash!: string;

  @Property({ type: 'boolean', default: false })
  disabled: boolean = false;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}
