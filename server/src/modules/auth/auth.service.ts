import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { regionByCode, type ErrorCode } from '@doudi/shared';
import type { Clock } from '../../common/context.js';
import { ROLE_SCOPES, SCOPES, forbidden, type Principal, type Role, type Scope } from '../../common/access.js';
import { AppUser } from './user.entity.js';
import { AuthToken } from './token.entity.js';
import type { LoginLimiter } from './login-limiter.js';
import { hashPassword, verifyPassword, dummyHash, needsRehash, newSecret, tokenHash } from './password.js';
import { checkTokenLimits } from './token-limits.js';
import { noteActor } from '../../common/log.js';
import { evictPrincipals, principalCache } from './principal-cache.js';

import type { AuthSettings } from '../../config.js';

export const DEFAULT_AUTH: AuthSettings = { sessionHours: 12, slowAfter: 3, lockAfter: 8, ipLimit: 30, lockSeconds: 900, delayUnitMs: 500 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function loginError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Longest username and password a login accepts (the input limits refuse longer ones before this runs). */
export const LOGIN_MAX = { username: 64, password: 256 };

/** Where a sign-in comes from and the limiter that counts its failures (login-limiter.ts). */
export interface LoginGuard {
  ip: string;
  limiter: LoginLimiter;
}

/** Lookups of a token hash under way (see authenticate). */
const lookups = new Map<string, Promise<{ principal: Principal; expiresAt: number } | null>>();

export class AuthService {
  constructor(private readonly em: EntityManager, private readonly clock: Clock, private readonly settings: AuthSettings = DEFAULT_AUTH) {}

  /**
   * Checks a password. Failures are counted per client address and per (username, address): repeated ones are slowed
   * down, then that address — or that username from that address — is refused for a while (LOGIN_LOCKED with
   * retryAfterSeconds, HTTP 429). Failures from one address never lock the account for another address. Unknown
   * usernames are answered and counted exactly like wrong passwords, so the answer never tells whether one exists.
   */
  async login(usernameRaw: string, password: string, guard: LoginGuard): Promise<{ token: string; user: AppUser; expiresAt: Date }> {
    if (usernameRaw.length > LOGIN_MAX.username || password.length > LOGIN_MAX.password) {
      throw loginError('TOO_LONG', `用户名最多 ${LOGIN_MAX.username} 个字符，密码最多 ${LOGIN_MAX.password} 个字符`);
    }
    const username = usernameRaw.trim().toLowerCase();
    const verdict = await guard.limiter.check(username, guard.ip);
    if (verdict.retryAfterSeconds > 0) {
      const seconds = verdict.retryAfterSeconds;
      throw loginError('LOGIN_LOCKED', `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`, {
        retryAfterSeconds: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
      });
    }
    const { slowAfter, delayUnitMs } = this.settings;
    if (verdict.failures >= slowAfter) await sleep(Math.min(8, verdict.failures - slowAfter + 1) * delayUnitMs);

    const em = this.em.fork();
    // Read apart from the fork that is flushed below: a login never saves the user entity (on SQLite the unit of work
    // would see its dates as changed and bump its version); a hash upgrade is one UPDATE of the hash alone.
    const user = await this.em.fork().findOne(AppUser, { username });
    const ok = user && !user.disabled ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, await dummyHash()), false);
    if (!ok || !user) {
      await guard.limiter.fail(username, guard.ip);
      throw loginError('UNAUTHENTICATED', '用户名或密码错误');
    }
    await guard.limiter.succeed(username, guard.ip);
    // A hash made with weaker parameters than today's is replaced now that the password is known.
    if (needsRehash(user.passwordHash)) await em.nativeUpdate(AppUser, { id: user.id }, { passwordHash: await hashPassword(password) });
    const now = this.clock.now();
    const secret = newSecret('dds_');
    const expiresAt = new Date(now.getTime() + this.settings.sessionHours * 3600_000);
    em.create(AuthToken, { kind: 'SESSION', tokenHash: tokenHash(secret), userId: user.id, expiresAt, createdAt: now, lastUsedAt: now, name: user.username });
    await em.flush();
    return { token: secret, user, expiresAt };
  }

  async logout(principal: Principal): Promise<boolean> {
    const em = this.em.fork();
    const t = await em.findOne(AuthToken, { id: principal.tokenId });
    if (t && !t.revokedAt) {
      t.revokedAt = this.clock.now();
      await em.flush();
    }
    if (t) await evictPrincipals({ hash: t.tokenHash });
    return true;
  }

  /** The principal behind a bearer token, or null when it is unknown, expired or revoked. */
  async authenticate(secret: string): Promise<Principal | null> {
    if (!/^dd[st]_[A-Za-z0-9_-]{20,80}$/.test(secret)) return null;
    const hash = tokenHash(secret);
    const now = this.clock.now();
    const cached = principalCache.get(hash, now.getTime());
    if (cached) return cached;
    // One lookup per token at a time: the live connections of one user (a tab each) re-check together when the
    // cache entry expires, and share that one read.
    let lookup = lookups.get(hash);
    if (!lookup) {
      lookup = this.lookup(hash, now).finally(() => lookups.delete(hash));
      lookups.set(hash, lookup);
    }
    const found = await lookup;
    if (found) principalCache.set(hash, found.principal, found.expiresAt);
    return found?.principal ?? null;
  }

  private async lookup(hash: string, now: Date): Promise<{ principal: Principal; expiresAt: number } | null> {
    const em = this.em.fork();
    const t = await em.findOne(AuthToken, { tokenHash: hash });
    if (!t || t.revokedAt || t.expiresAt <= now) return null;
    const expiresAt = t.expiresAt.getTime();
    // Record last use at most once a minute: no write per request.
    if (!t.lastUsedAt || now.getTime() - t.lastUsedAt.getTime() > 60_000) {
      t.lastUsedAt = now;
      await em.flush();
    }
    if (t.kind === 'SESSION') {
      const user = t.userId ? await em.findOne(AppUser, { id: t.userId }) : null;
      if (!user || user.disabled) return null;
      const role = user.role as Role;
      return {
        expiresAt,
        principal: {
          kind: 'session', actor: user.username, userId: user.id, tokenId: t.id, role,
          regionCode: user.regionCode ?? null, unitCode: user.unitCode ?? null, scopes: new Set(ROLE_SCOPES[role] ?? []),
          displayName: user.displayName, mustChangePassword: user.mustChangePassword,
        },
      };
    }
    return {
      expiresAt,
      principal: {
        kind: 'api-token', actor: `token:${t.name}`, userId: null, tokenId: t.id, role: null,
        regionCode: t.regionCode ?? null, unitCode: null, scopes: new Set(t.scopes.split(',').filter(Boolean) as Scope[]),
        limits: { ratePerMinute: t.rateLimitPerMinute ?? null, dailyQuota: t.dailyQuota ?? null },
      },
    };
  }

  async createApiToken(
    input: { name: string; scopes: string[]; regionCode?: string | null; expiresAt: Date; rateLimitPerMinute?: number | null; dailyQuota?: number | null },
    createdBy: string,
  ): Promise<{ token: string; record: AuthToken }> {
    const name = input.name.trim();
    if (!name || name.length > 100) throw loginError('BAD_USER_INPUT', '令牌名称不能为空，且不超过 100 个字符', { field: 'name' });
    const bad = input.scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
    if (bad.length || input.scopes.length === 0) {
      throw loginError('BAD_USER_INPUT', `权限范围无效：${bad.join(', ') || '（空）'}；可选 ${SCOPES.join(', ')}`, { field: 'scopes' });
    }
    if (input.regionCode && !regionByCode(input.regionCode)) {
      throw loginError('BAD_USER_INPUT', `区划代码“${input.regionCode}”不是本县的区划`, { field: 'regionCode' });
    }
    const now = this.clock.now();
    if (input.expiresAt <= now) throw loginError('BAD_USER_INPUT', '到期时间必须晚于现在', { field: 'expiresAt' });
    const limits = checkTokenLimits(input);
    const em = this.em.fork();
    const secret = newSecret('ddt_');
    const record = em.create(AuthToken, {
      kind: 'API', name, tokenHash: tokenHash(secret), scopes: [...new Set(input.scopes)].join(','),
      regionCode: input.regionCode ?? null, expiresAt: input.expiresAt, createdBy, createdAt: now, ...limits,
    });
    await em.flush();
    return { token: secret, record };
  }

  async revokeApiToken(id: number): Promise<AuthToken> {
    const em = this.em.fork();
    const t = await em.findOne(AuthToken, { id, kind: 'API' });
    if (!t) throw loginError('NOT_FOUND', `令牌 ${id} 不存在`);
    if (!t.revokedAt) {
      t.revokedAt = this.clock.now();
      await em.flush();
    }
    await evictPrincipals({ hash: t.tokenHash });
    return t;
  }

  async apiTokens(): Promise<AuthToken[]> {
    return this.em.fork().find(AuthToken, { kind: 'API' }, { orderBy: { id: 'desc' } });
  }

  async createUser(input: { username: string; password: string; role: Role; displayName?: string; regionCode?: string | null; unitCode?: string | null }): Promise<AppUser> {
    const em = this.em.fork();
    if (input.role === 'TOWNSHIP_STAFF' && !(input.regionCode && input.regionCode.length === 9)) {
      throw forbidden('乡镇经办人必须指定所属乡镇（9 位区划代码）');
    }
    const user = em.create(AppUser, {
      username: input.username.toLowerCase(), displayName: input.displayName ?? input.username, role: input.role,
      regionCode: input.regionCode ?? null, unitCode: input.unitCode ?? null, passwordHash: await hashPassword(input.password),
      createdAt: this.clock.now(),
    });
    await em.flush();
    return user;
  }
}

/**
 * The caller of an HTTP request, from its `Authorization: Bearer <token>` header (a session or an API token), or null.
 * The one reading of the header for /graphql and the file routes (evidence, imports, exports).
 */
export async function principalOfRequest(
  headers: { authorization?: string | string[] | undefined },
  em: EntityManager, clock: Clock, settings: AuthSettings,
): Promise<Principal | null> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(String(headers.authorization ?? ''))?.[1];
  const principal = bearer ? await new AuthService(em, clock, settings).authenticate(bearer) : null;
  if (principal) noteActor(headers, principal.actor);
  return principal;
}
