import { Redis } from 'ioredis';
import type { Principal } from '../../common/access.js';
import { logger } from '../../common/log.js';

/** What to forget: one token (logout, endSession, revokeApiToken), every session of a user (disable, reset, password
 *  or role change), or everything (a lost Redis connection). */
export type Eviction = { hash: string } | { userId: number } | { all: true };

interface Entry {
  principal: Principal;
  /** The token's own expiry (ms since the epoch), checked on every use. */
  expiresAt: number;
  /** Until when this entry may answer without a database lookup (ms, Date.now()). */
  until: number;
}

/** Longest a principal is cached: without Redis (or while its connection is down), and with it. */
export const CACHE_TTL = { withoutRedisMs: 5_000, withRedisMs: 60_000 };
const MAX_ENTRIES = 50_000;
/** The channel of evictions: `<DOUDI_REDIS_PREFIX>:principal-evict` (`doudi:principal-evict` by default). */
export const evictChannel = (prefix: string) => `${prefix}:principal-evict`;
export const EVICT_CHANNEL = evictChannel('doudi');

/**
 * Principals by token hash, so that a page of the grid does not cost two lookups per request. Only valid tokens are
 * cached (an unknown one is looked up every time), at most MAX_ENTRIES (the oldest forgotten first).
 */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();

  constructor(public ttlMs: number, private readonly nowMs: () => number = Date.now) {}

  get(hash: string, tokenClockMs: number): Principal | null {
    const e = this.entries.get(hash);
    if (!e) return null;
    if (e.until > this.nowMs() && e.expiresAt > tokenClockMs) return e.principal;
    this.entries.delete(hash);
    return null;
  }

  set(hash: string, principal: Principal, expiresAt: number): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(hash);
    this.entries.set(hash, { principal, expiresAt, until: this.nowMs() + this.ttlMs });
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }

  evict(e: Eviction): void {
    if ('all' in e) this.entries.clear();
    else if ('hash' in e) this.entries.delete(e.hash);
    else for (const [hash, entry] of this.entries) if (entry.principal.userId === e.userId) this.entries.delete(hash);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The process's cache. Its TTL is the short one until a Redis subscription is up, and again whenever it drops. */
export const principalCache = new PrincipalCache(CACHE_TTL.withoutRedisMs);

/** A message of the eviction channel, or null when it is not one (anything else on the channel is ignored). */
export function parseEviction(text: string): Eviction | null {
  try {
    const m = JSON.parse(text) as Record<string, unknown>;
    if (m.all === true) return { all: true };
    if (typeof m.hash === 'string' && /^[0-9a-f]{64}$/.test(m.hash)) return { hash: m.hash };
    if (typeof m.userId === 'number' && Number.isSafeInteger(m.userId)) return { userId: m.userId };
  } catch {
    // not JSON
  }
  return null;
}

const publishers = new Map<Redis, string>();

function redisClient(url: string, subscriber: boolean): Redis {
  // A publisher fails at once while disconnected (no offline queue): a logout must not hang on Redis; the database
  // has the revocation, and other instances' short TTL (they drop to it when they lose Redis too) bounds the rest.
  return new Redis(url, {
    lazyConnect: true, enableOfflineQueue: subscriber, maxRetriesPerRequest: subscriber ? null : 1, connectTimeout: 5_000,
    retryStrategy: (times) => Math.min(times * 200, 5_000),
  });
}

/**
 * Invalidation across instances (issue 14, point 8): with DOUDI_REDIS_URL every instance subscribes to one channel
 * (`<DOUDI_REDIS_PREFIX>:principal-evict`);
 * logout, endSession, revokeApiToken, disableUser, resetPassword, changePassword and updateUser publish what to
 * forget, and every instance (this one included) evicts it. While subscribed the cache keeps principals
 * `withRedisMs`; whenever the subscription is down it clears itself and keeps them only `withoutRedisMs`.
 * Answers the stop function.
 */
export async function startPrincipalInvalidation(
  redis: { url: string; prefix: string } | null, log: (l: string) => void,
): Promise<() => Promise<void>> {
  if (!redis) {
    principalCache.ttlMs = CACHE_TTL.withoutRedisMs;
    return async () => undefined;
  }
  const channel = evictChannel(redis.prefix);
  const sub = redisClient(redis.url, true);
  const pub = redisClient(redis.url, false);
  const down = () => {
    principalCache.ttlMs = CACHE_TTL.withoutRedisMs;
    principalCache.evict({ all: true });
  };
  sub.on('message', (_channel: string, text: string) => {
    const e = parseEviction(text);
    if (e) principalCache.evict(e);
  });
  sub.on('close', down);
  sub.on('error', () => undefined); // reconnects on its own; 'close' has already shortened the TTL
  pub.on('error', () => undefined);
  // (Re)connected: (re)subscribe — also after a start while Redis was down — and only then keep entries longer; what
  // was cached meanwhile may be stale, so start empty.
  const up = async () => {
    await sub.subscribe(channel);
    principalCache.evict({ all: true });
    principalCache.ttlMs = CACHE_TTL.withRedisMs;
  };
  sub.on('ready', () => {
    up().catch(down);
  });
  publishers.set(pub, channel);
  try {
    await Promise.all([sub.connect(), pub.connect()]);
    await up();
    log('[doudi] Redis: sessions ended or tokens revoked here are forgotten by every instance at once');
  } catch (err) {
    down();
    log(`[doudi] Redis not reachable (${(err as Error).message}); sessions are cached ${CACHE_TTL.withoutRedisMs / 1000} s until it is`);
  }
  return async () => {
    publishers.delete(pub);
    sub.removeListener('close', down);
    sub.disconnect();
    pub.disconnect();
  };
}

/** Forgets in this process at once and tells the other instances (when Redis is configured). Never throws. */
export async function evictPrincipals(e: Eviction): Promise<void> {
  principalCache.evict(e);
  const first = publishers.entries().next().value as [Redis, string] | undefined;
  if (!first) return;
  await first[0].publish(first[1], JSON.stringify(e)).catch(() => {
    logger().error('Redis: an eviction could not be published; other instances forget within their short TTL');
  });
}
