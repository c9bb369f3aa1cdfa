import type { Access } from '../../common/access.js';
import { unauthenticated } from '../../common/access.js';
import type { RequestContext } from '../../common/context.js';
import { AuthService, type LoginGuard } from './auth.service.js';
import { toApiTokenNode, type ApiTokenNode, type CreatedApiToken, type LoginResult, type UserNode } from './auth.types.js';

/**
 * The API's side of accounts: login, logout, the caller, API tokens — the caller's rights checked here, the
 * sessions and tokens themselves kept by AuthService.
 */
export class AccountService {
  constructor(private readonly auth: AuthService, private readonly access: Access) {}

  async login(username: string, password: string, guard: LoginGuard): Promise<LoginResult> {
    const res = await this.auth.login(username, password, guard);
    const principal = await this.auth.authenticate(res.token);
    return {
      token: res.token,
      expiresAt: res.expiresAt,
      user: {
        username: res.user.username, displayName: res.user.displayName, role: res.user.role,
        regionCode: res.user.regionCode ?? null, unitCode: res.user.unitCode ?? null, scopes: [...(principal?.scopes ?? [])],
        mustChangePassword: res.user.mustChangePassword,
      },
    };
  }

  /** Ends the session (or revokes the API token) of this call. */
  async logout(): Promise<boolean> {
    if (!this.access.principal) throw unauthenticated();
    return this.auth.logout(this.access.principal);
  }

  me(): UserNode {
    const p = this.access.principal;
    if (!p) throw unauthenticated();
    return {
      username: p.actor, displayName: p.displayName ?? p.actor, role: p.role ?? 'API_TOKEN', regionCode: p.regionCode, unitCode: p.unitCode,
      scopes: [...p.scopes], mustChangePassword: p.mustChangePassword ?? false,
    };
  }

  async apiTokens(): Promise<ApiTokenNode[]> {
    this.access.requireAdmin();
    return (await this.auth.apiTokens()).map(toApiTokenNode);
  }

  async createApiToken(input: Parameters<AuthService['createApiToken']>[0]): Promise<CreatedApiToken> {
    this.access.requireAdmin();
    const { token, record } = await this.auth.createApiToken(input, this.access.actor);
    return { token, apiToken: toApiTokenNode(record) };
  }

  async revokeApiToken(id: string): Promise<ApiTokenNode> {
    this.access.requireAdmin();
    return toApiTokenNode(await this.auth.revokeApiToken(Number(id)));
  }
}

export const accountService = (ctx: RequestContext): AccountService =>
  new AccountService(new AuthService(ctx.em, ctx.clock, ctx.config.auth), ctx.access);
