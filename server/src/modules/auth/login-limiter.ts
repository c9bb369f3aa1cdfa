import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';
import type { AuthSettings } from '../../config.js';

/**
 * Failed sign-ins, counted per client address and per (username, address) — never per username alone, so that
 * nobody can lock a user out by failing from elsewhere. Kept in memory by default (one process), or in Redis when
 * DOUDI_REDIS_URL is set, so that the limits hold across instances; if Redis stops answering, each instance falls
 * back to its own memory (rate-limiter-flexible's insurance limiter) rather than refusing every sign-in.
 *
 * - per address: `ipLimit` failures within `windowSeconds`, then every sign-in from it is refused for `lockSeconds`;
 * - per (username, address): `lockAfter` failures within the window, then that username from that address is refused
 *   for `lockSeconds`; beyond `slowAfter` failures each further attempt waits `delayUnitMs` more (at most 8 units).
 * A successful sign-in forgets the (username, address) failures.
 */
export interface LoginLimits {
  slowAfter: number;
  lockAfter: number;
  ipLimit: number;
  windowSeconds: number;
  lockSeconds: number;
  delayUnitMs: number;
}

export function loginLimitsOf(auth: AuthSettings): LoginLimits {
  return {
    slowAfter: auth.slowAfter, lockAfter: auth.lockAfter, ipLimit: auth.ipLimit,
    windowSeconds: auth.lockSeconds, lockSeconds: auth.lockSeconds, delayUnitMs: auth.delayUnitMs,
  };
}

export interface LoginVerdict {
  /** Seconds until a sign-in is accepted again; 0: go ahead. */
  retryAfterSeconds: number;
  /** Failures so far of this username from this address (drives the slow-down). */
  failures: number;
}

const isRes = (x: unknown): x is RateLimiterRes => !!x && typeof x === 'object' && 'msBeforeNext' in x;

export class LoginLimiter {
  private readonly byIp: RateLimiterAbstract;
  private readonly byUserIp: RateLimiterAbstract;

  constructor(readonly limits: LoginLimits, private readonly redis: Redis | null = null, prefix = 'doudi') {
    const common = { duration: limits.windowSeconds, blockDuration: limits.lockSeconds };
    const make = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ ...common, points, keyPrefix });
      if (!redis) return memory;
      return new RateLimiterRedis({ ...common, points, keyPrefix: `${prefix}:${keyPrefix}`, storeClient: redis, insuranceLimiter: memory, rejectIfRedisNotReady: true });
    };
    this.byIp = make('login-ip', limits.ipLimit);
    this.byUserIp = make('login-user-ip', limits.lockAfter);
  }

  private static userKey(username: string, ip: string): string {
    return `${ip}|${username}`;
  }

  /** Whether a sign-in of `username` from `ip` may be tried now. */
  async check(username: string, ip: string): Promise<LoginVerdict> {
    const [a, u] = await Promise.all([this.byIp.get(ip), this.byUserIp.get(LoginLimiter.userKey(username, ip))]);
    const over = (r: RateLimiterRes | null, points: number) => (r && r.consumedPoints > points ? Math.max(1, Math.ceil(r.msBeforeNext / 1000)) : 0);
    return {
      retryAfterSeconds: Math.max(over(a, this.limits.ipLimit), over(u, this.limits.lockAfter)),
      failures: u?.consumedPoints ?? 0,
    };
  }

  /** Counts a failure; the one that reaches a limit blocks the address (or the username from it) for lockSeconds. */
  async fail(username: string, ip: string): Promise<void> {
    const consume = async (l: RateLimiterAbstract, key: string, points: number) => {
      try {
        const r = await l.consume(key);
        if (r.consumedPoints >= points) await l.block(key, this.limits.lockSeconds);
      } catch (rej) {
        if (!isRes(rej)) throw rej; // already over the limit: the next check answers LOGIN_LOCKED
      }
    };
    await Promise.all([consume(this.byIp, ip, this.limits.ipLimit), consume(this.byUserIp, LoginLimiter.userKey(username, ip), this.limits.lockAfter)]);
  }

  /** A successful sign-in: the failures of this username from this address are forgotten. */
  async succeed(username: string, ip: string): Promise<void> {
    await this.byUserIp.delete(LoginLimiter.userKey(username, ip));
  }

  async close(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => undefined);
  }
}

/** The limiter of a configuration: Redis when a URL is given, memory otherwise. */
export function createLoginLimiter(auth: AuthSettings, redis: { url: string; prefix: string } | null): LoginLimiter {
  if (!redis) return new LoginLimiter(loginLimitsOf(auth));
  const client = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  // Connection errors are reported by ioredis as events; the insurance limiter answers meanwhile.
  client.on('error', () => undefined);
  return new LoginLimiter(loginLimitsOf(auth), client, redis.prefix);
}
