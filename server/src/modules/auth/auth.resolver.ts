import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { accountService } from './account.service.js';
import { ApiTokenNode, CreatedApiToken, LoginResult, UserNode } from './auth.types.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Logs in; repeated failures from one address (and for a username from that address) are slowed down, then refused for a while (LOGIN_LOCKED with retryAfterSeconds, HTTP 429)' })
  async login(@Ctx() ctx: RequestContext, @Arg('username', () => String) username: string, @Arg('password', () => String) password: string): Promise<LoginResult> {
    if (!ctx.loginLimiter) throw new Error('login outside an HTTP request');
    return accountService(ctx).login(username, password, { ip: ctx.clientIp ?? 'unknown', limiter: ctx.loginLimiter });
  }

  @Mutation(() => Boolean, { description: 'Ends the session (or revokes the API token) used for this call' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return accountService(ctx).logout();
  }

  @Query(() => UserNode, { description: 'The caller' })
  me(@Ctx() ctx: RequestContext): UserNode {
    return accountService(ctx).me();
  }

  @Query(() => [ApiTokenNode], { description: 'API tokens (admin)' })
  async apiTokens(@Ctx() ctx: RequestContext): Promise<ApiTokenNode[]> {
    return accountService(ctx).apiTokens();
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates an API token for a third-party tool (admin); the secret is shown once' })
  async createApiToken(
    @Ctx() ctx: RequestContext,
    @Arg('name', () => String) name: string,
    @Arg('scopes', () => [String], { description: 'ledger:read, ledger:write, pii:read, tasks:read, tasks:write, audit:read' }) scopes: string[],
    @Arg('expiresAt', () => Date) expiresAt: Date,
    @Arg('regionCode', () => String, { nullable: true, description: 'region-code prefix the token is confined to; null: the whole county' }) regionCode?: string | null,
    @Arg('rateLimitPerMinute', () => Int, { nullable: true, description: 'requests per minute (1–100000); null: the server\'s default' }) rateLimitPerMinute?: number | null,
    @Arg('dailyQuota', () => Int, { nullable: true, description: 'requests per China calendar day (1–100000000); null: the server\'s default' }) dailyQuota?: number | null,
  ): Promise<CreatedApiToken> {
    return accountService(ctx).createApiToken({ name, scopes, regionCode, expiresAt, rateLimitPerMinute, dailyQuota });
  }

  @Mutation(() => ApiTokenNode, { description: 'Revokes an API token (admin)' })
  async revokeApiToken(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApiTokenNode> {
    return accountService(ctx).revokeApiToken(id);
  }
}

