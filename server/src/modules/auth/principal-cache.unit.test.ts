import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { Principal } from '../../common/access.js';
import { CACHE_TTL, EVICT_CHANNEL, PrincipalCache, evictPrincipals, parseEviction, principalCache, startPrincipalInvalidation } from './principal-cache.js';
import { requireRedisOrSkip, TEST_REDIS as REDIS } from '../../test-support/redis.js';

const principal = (userId: number | null, tokenId: number): Principal => ({
  kind: userId ? 'session' : 'api-token', actor: `u${userId}`, userId, tokenId, role: null, regionCode: null, unitCode: null, scopes: new Set(),
});
const HASH = (n: number) => n.toString(16).padStart(64, '0');

describe('the principal cache', () => {
  it('answers until its TTL or the token\'s own expiry, whichever is first', () => {
    let now = 1_000;
    const c = new PrincipalCache(5_000, () => now);
    c.set(HASH(1), principal(1, 1), 100_000);
    expect(c.get(HASH(1), 0)?.tokenId).toBe(1);
    now = 5_999;
    expect(c.get(HASH(1), 0)?.tokenId).toBe(1);
    now = 6_000;
    expect(c.get(HASH(1), 0)).toBeNull();
    c.set(HASH(2), principal(1, 2), 50);
    expect(c.get(HASH(2), 50)).toBeNull();
    // a TTL of 0 caches nothing
    const off = new PrincipalCache(0, () => now);
    off.set(HASH(3), principal(1, 3), 100_000);
    expect(off.get(HASH(3), 0)).toBeNull();
  });

  it('forgets one token, every session of a user, or everything', () => {
    const c = new PrincipalCache(60_000);
    c.set(HASH(1), principal(7, 1), Date.now() + 1e6);
    c.set(HASH(2), principal(7, 2), Date.now() + 1e6);
    c.set(HASH(3), principal(8, 3), Date.now() + 1e6);
    c.set(HASH(4), principal(null, 4), Date.now() + 1e6);
    c.evict({ hash: HASH(4) });
    expect(c.size).toBe(3);
    c.evict({ userId: 7 });
    expect(c.get(HASH(1), 0)).toBeNull();
    expect(c.get(HASH(3), 0)?.tokenId).toBe(3);
    c.evict({ all: true });
    expect(c.size).toBe(0);
  });

  it('reads only well-formed eviction messages', () => {
    expect(parseEviction(JSON.stringify({ hash: HASH(9) }))).toEqual({ hash: HASH(9) });
    expect(parseEviction('{"userId":12}')).toEqual({ userId: 12 });
    expect(parseEviction('{"all":true}')).toEqual({ all: true });
    for (const bad of ['', 'x', '{"hash":"zz"}', '{"userId":"1"}', '{"userId":1.5}', 'null', '[]']) expect(parseEviction(bad)).toBeNull();
  });
});

// Against the Redis server of this machine (CI starts one); skipped without one unless DOUDI_REQUIRE_REDIS=1.
const hasRedis = await requireRedisOrSkip();

describe.skipIf(!hasRedis)('invalidation through Redis', () => {
  it('keeps principals longer while subscribed, evicts what another process publishes, and publishes its own', async () => {
    const stop = await startPrincipalInvalidation({ url: REDIS, prefix: 'doudi' }, () => undefined);
    const other = new Redis(REDIS);
    const seen: string[] = [];
    const listener = new Redis(REDIS);
    try {
      expect(principalCache.ttlMs).toBe(CACHE_TTL.withRedisMs);
      principalCache.set(HASH(21), principal(21, 21), Date.now() + 1e6);
      // another instance publishes: this process forgets
      await other.publish(EVICT_CHANNEL, JSON.stringify({ userId: 21 }));
      await expect.poll(() => principalCache.get(HASH(21), 0), { timeout: 10_000 }).toBeNull();
      // this process publishes what it forgets
      await listener.subscribe(EVICT_CHANNEL);
      listener.on('message', (_c, m) => seen.push(m));
      await evictPrincipals({ hash: HASH(22) });
      await expect.poll(() => seen, { timeout: 10_000 }).toContain(JSON.stringify({ hash: HASH(22) }));
    } finally {
      await stop();
      other.disconnect();
      listener.disconnect();
    }
  });

  it('falls back to the short TTL when Redis cannot be reached', async () => {
    const stop = await startPrincipalInvalidation({ url: 'redis://127.0.0.1:1', prefix: 'doudi' }, () => undefined);
    try {
      expect(principalCache.ttlMs).toBe(CACHE_TTL.withoutRedisMs);
    } finally {
      await stop();
    }
  });
});

// A Redis of its own (redis-server on a free port), started after the cache and stopped again: the cache follows.
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
const freePort = () => new Promise<number>((res) => {
  const srv = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = srv.address() as net.AddressInfo;
    srv.close(() => res(port));
  });
});

describe.skipIf(!hasRedisServer)('a Redis that comes and goes', () => {
  it('subscribes once Redis is up (long TTL), and drops to the short TTL, empty, when it goes', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const stop = await startPrincipalInvalidation({ url, prefix: 'doudi' }, () => undefined);
    let server: ReturnType<typeof spawn> | null = null;
    const other = new Redis(url, { lazyConnect: true });
    other.on('error', () => undefined);
    try {
      expect(principalCache.ttlMs).toBe(CACHE_TTL.withoutRedisMs);
      server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      await expect.poll(() => principalCache.ttlMs, { timeout: 20_000 }).toBe(CACHE_TTL.withRedisMs);
      principalCache.set(HASH(31), principal(31, 31), Date.now() + 1e6);
      await other.connect();
      await other.publish(EVICT_CHANNEL, JSON.stringify({ hash: HASH(31) }));
      await expect.poll(() => principalCache.get(HASH(31), 0), { timeout: 10_000 }).toBeNull();
      other.disconnect();
      principalCache.set(HASH(32), principal(32, 32), Date.now() + 1e6);
      server.kill('SIGKILL');
      await expect.poll(() => principalCache.ttlMs, { timeout: 20_000 }).toBe(CACHE_TTL.withoutRedisMs);
      expect(principalCache.get(HASH(32), 0)).toBeNull();
    } finally {
      await stop();
      other.disconnect();
      server?.kill('SIGKILL');
    }
  }, 60_000);
});
