import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { unauthenticated } from '../../common/access.js';
import { AuthService } from './auth.service.js';
import type { AuthToken } from './token.entity.js';

@ObjectType('User', { simpleResolvers: true, description: '登录用户' })
export class UserNode {
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { description: 'ADMIN, COUNTY_STAFF, TOWNSHIP_STAFF, UNIT_REPORTER, LEADERSHIP_OFFICE or AUDITOR' }) role!: string;
  @Field(() => String, { nullable: true, description: 'the region the user is confined to (township staff)' }) regionCode!: string | null;
  @Field(() => String, { nullable: true, description: 'the responsible unit the user reports for' }) unitCode!: string | null;
  @Field(() => [String], { description: 'what the user may do: ledger:read, ledger:write, pii:read, tasks:read, tasks:write, audit:read' }) scopes!: string[];
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
  expiresAt: t.expiresAt, revokedAt: t.revokedAt ?? null, lastUsedAt: t.lastUsedAt ?? null, createdBy: t.createdBy ?? null,
  createdAt: t.createdAt,
});

const auth = (ctx: RequestContext) => new AuthService(ctx.em, ctx.clock, ctx.config.auth);

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Logs in; repeated failures for a username are slowed down, then locked for a while (LOGIN_LOCKED)' })
  async login(@Ctx() ctx: RequestContext, @Arg('username', () => String) username: string, @Arg('password', () => String) password: string): Promise<LoginResult> {
    const res = await auth(ctx).login(username, password);
    const principal = await auth(ctx).authenticate(res.token);
    return {
      token: res.token,
      expiresAt: res.expiresAt,
      user: {
        username: res.user.username, displayName: res.user.displayName, role: res.user.role,
        regionCode: res.user.regionCode ?? null, unitCode: res.user.unitCode ?? null, scopes: [...(principal?.scopes ?? [])],
      },
    };
  }

  @Mutation(() => Boolean, { description: 'Ends the session (or revokes the API token) used for this call' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    if (!ctx.access.principal) throw unauthenticated();
    return auth(ctx).logout(ctx.access.principal);
  }

  @Query(() => UserNode, { description: 'The caller' })
  me(@Ctx() ctx: RequestContext): UserNode {
    const p = ctx.access.principal;
    if (!p) throw unauthenticated();
    return { username: p.actor, displayName: p.actor, role: p.role ?? 'API_TOKEN', regionCode: p.regionCode, unitCode: p.unitCode, scopes: [...p.scopes] };
  }

  @Query(() => [ApiTokenNode], { description: 'API tokens (admin)' })
  async apiTokens(@Ctx() ctx: RequestContext): Promise<ApiTokenNode[]> {
    ctx.access.requireAdmin();
    return (await auth(ctx).apiTokens()).map(toApiTokenNode);
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates an API token for a third-party tool (admin); the secret is shown once' })
  async createApiToken(
    @Ctx() ctx: RequestContext,
    @Arg('name', () => String) name: string,
    @Arg('scopes', () => [String], { description: 'ledger:read, ledger:write, pii:read, tasks:read, tasks:write, audit:read' }) scopes: string[],
    @Arg('expiresAt', () => Date) expiresAt: Date,
    @Arg('regionCode', () => String, { nullable: true, description: 'region-code prefix the token is confined to; null: the whole county' }) regionCode?: string | null,
  ): Promise<CreatedApiToken> {
    ctx.access.requireAdmin();
    const { token, record } = await auth(ctx).createApiToken({ name, scopes, regionCode, expiresAt }, ctx.access.actor);
    return { token, apiToken: toApiTokenNode(record) };
  }

  @Mutation(() => ApiTokenNode, { description: 'Revokes an API token (admin)' })
  async revokeApiToken(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApiTokenNode> {
    ctx.access.requireAdmin();
    return toApiTokenNode(await auth(ctx).revokeApiToken(Number(id)));
  }
}

