import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AuthToken } from './token.entity.js';

@ObjectType('User', { simpleResolvers: true, description: '登录用户' })
export class UserNode {
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { description: 'ADMIN, COUNTY_STAFF, TOWNSHIP_STAFF, UNIT_REPORTER, LEADERSHIP_OFFICE or AUDITOR' }) role!: string;
  @Field(() => String, { nullable: true, description: 'the region the user is confined to (township staff)' }) regionCode!: string | null;
  @Field(() => String, { nullable: true, description: 'the responsible unit the user reports for' }) unitCode!: string | null;
  @Field(() => [String], { description: 'what the user may do: ledger:read, ledger:write, pii:read, tasks:read, tasks:write, audit:read' }) scopes!: string[];
  @Field(() => Boolean, { description: 'true: signed in with a one-time password; everything but changePassword, me and logout answers PASSWORD_CHANGE_REQUIRED until it is changed' }) mustChangePassword!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class LoginResult {
  @Field(() => String, { description: 'send as `Authorization: Bearer <token>`' }) token!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => UserNode) user!: UserNode;
}

@ObjectType('ApiToken', { simpleResolvers: true, description: 'An API token for a third-party tool (the secret is never shown again)' })
export class ApiTokenNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) scopes!: string[];
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Int, { nullable: true, description: 'the token\'s own requests per minute; null: the server\'s default (see effectiveRateLimitPerMinute)' }) rateLimitPerMinute!: number | null;
  @Field(() => Int, { nullable: true, description: 'the token\'s own requests per China calendar day; null: the server\'s default (see effectiveDailyQuota)' }) dailyQuota!: number | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => String, { nullable: true }) createdBy!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ simpleResolvers: true })
export class CreatedApiToken {
  @Field(() => String, { description: 'the secret: shown once, stored only as a hash' }) token!: string;
  @Field(() => ApiTokenNode) apiToken!: ApiTokenNode;
}

export const toApiTokenNode = (t: AuthToken): ApiTokenNode => ({
  id: String(t.id), name: t.name, scopes: t.scopes.split(',').filter(Boolean), regionCode: t.regionCode ?? null,
  expiresAt: t.expiresAt, rateLimitPerMinute: t.rateLimitPerMinute ?? null, dailyQuota: t.dailyQuota ?? null, revokedAt: t.revokedAt ?? null, lastUsedAt: t.lastUsedAt ?? null, createdBy: t.createdBy ?? null,
  createdAt: t.createdAt,
});
