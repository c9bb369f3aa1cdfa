import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A bearer token: a login session or an API token for a third-party tool. Only a SHA-256 of the secret is stored
 * (the secret is 32 random bytes, so a fast hash is enough); the secret itself is shown once.
 */
@Entity({ tableName: 'auth_token' })
@Index({ name: 'auth_token_user_idx', properties: ['userId'] })
export class AuthToken {
  [OptionalProps]?: 'name' | 'userId' | 'scopes' | 'regionCode' | 'revokedAt' | 'lastUsedAt' | 'createdBy' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** SESSION or API */
  @Property({ type: 'string', length: 16 })
  kind!: string;

  @Property({ type: 'string', length: 100, default: '' })
  name: string = '';

  @Unique({ name: 'auth_token_hash_unique' })
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  /** The session's user; null for API tokens. */
  @Property({ type: 'integer', nullable: true })
  userId?: number | null;

  /** API tokens: comma-separated scopes. */
  @Property({ type: 'string', length: 255, default: '' })
  scopes: string = '';

  /** API tokens: region-code prefix the token is confined to (null: the whole county). */
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;

  @Property({ type: 'datetime', length: 3 })
  expiresAt!: Date;

  @Property({ type: 'datetime', length: 3, nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  createdBy?: string | null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}
