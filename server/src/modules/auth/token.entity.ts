import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A bearer token: a login session or an API token for a third-party tool. Only a SHA-256 of the secret is stored
 * (the secret is 32 random bytes, so a fast hash is enough); the secret itself is shown once.
 */
@Entity({ tableName: 'auth_token' })
@Index({ name: 'auth_token_user_idx', properties: ['userId'] })
export class AuthToken {
  [OptionalProps]?: 'name' | 'userId' | 'scopes' | 'regionCode' | 'revokedAt' | 'lastUsedAt' | 'createdBy' | 'createdAt' |
    'rateLimitPerMinute' | 'dailyQuota';

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

  /** API tokens: requests per minute; null: the server's default (DOUDI_TOKEN_RATE_PER_MINUTE). */
  @Property({ type: 'integer', nullable: true })
  rateLimitPerMinute?: number | null;

  /** API tokens: requests per China calendar day; null: the server's default (DOUDI_TOKEN_DAILY_QUOTA). */
  @Property({ type: 'integer', nullable: true })
  dailyQuota?: number | null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  createdBy?: string | null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}

/**
 * Requests of an API token per China calendar day: counted in memory per request and added here every
 * DOUDI_TOKEN_USAGE_FLUSH_SECONDS (no write per request). `limited` requests were refused (429) and count as errors too.
 */
@Entity({ tableName: 'api_token_usage' })
export class ApiTokenUsage {
  [OptionalProps]?: 'requests' | 'errors' | 'limited';

  @PrimaryKey({ type: 'integer' })
  tokenId!: number;

  /** YYYY-MM-DD, China time. */
  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  @Property({ type: 'integer', default: 0 })
  requests: number = 0;

  @Property({ type: 'integer', default: 0 })
  errors: number = 0;

  @Property({ type: 'integer', default: 0 })
  limited: number = 0;
}
