import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startBuiltServer, type RunningServer } from '../server-process.js';
import { loginFrom, reachableRedis } from './from-address.js';

// Issue 14, point 3: nobody can lock a real user out. Failed sign-ins are counted per client address and per
// (username, address) against the built server: the attacker at 127.0.0.2, the clerk at 127.0.0.3.
const ATTACKER = '127.0.0.2';
const CLERK = '127.0.0.3';

describe('sign-in limits of the built server', () => {
  let srv: RunningServer;
  beforeAll(async () => {
    srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '0', DOUDI_LOGIN_IP_LIMIT: '12' });
  });
  afterAll(async () => {
    await srv?.stop();
  });

  it('eight wrong passwords for yanghe from the attacker lock yanghe there, and the clerk still signs in', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) codes.push((await loginFrom(ATTACKER, srv.url, 'yanghe', `wrong-${i}`)).code);
    expect(codes).toEqual(Array(8).fill('UNAUTHENTICATED'));
    const locked = await loginFrom(ATTACKER, srv.url, 'yanghe', DEMO_PASSWORD);
    expect(locked.code).toBe('LOGIN_LOCKED');
    expect(locked.status).toBe(429);
    expect(Number(locked.extensions.retryAfterSeconds)).toBeGreaterThan(0);
    expect(locked.headers['retry-after']).toBe(String(locked.extensions.retryAfterSeconds));
    expect(locked.extensions.requestId).toBe(locked.headers['x-request-id']);
    const clerk = await loginFrom(CLERK, srv.url, 'yanghe', DEMO_PASSWORD);
    expect(clerk.code).toBe('OK');
    expect(clerk.token).toMatch(/^dds_/);
  });

  it('an X-Forwarded-For header is not believed without DOUDI_TRUST_PROXY: a changing one does not escape the limit', async () => {
    const from = '127.0.0.4';
    for (let i = 0; i < 8; i++) await loginFrom(from, srv.url, 'lijun', `wrong-${i}`, { 'x-forwarded-for': `203.0.113.${i + 1}` });
    const locked = await loginFrom(from, srv.url, 'lijun', DEMO_PASSWORD, { 'x-forwarded-for': '203.0.113.99' });
    expect(locked.code).toBe('LOGIN_LOCKED');
  });

  it('an address that fails with many usernames is locked for all of them; other addresses are not', async () => {
    const from = '127.0.0.5';
    for (let i = 0; i < 12; i++) expect((await loginFrom(from, srv.url, `guess-${i}`, 'password1')).code).toBe('UNAUTHENTICATED');
    expect((await loginFrom(from, srv.url, 'wangyuan', DEMO_PASSWORD)).code).toBe('LOGIN_LOCKED');
    expect((await loginFrom('127.0.0.6', srv.url, 'wangyuan', DEMO_PASSWORD)).code).toBe('OK');
  });
});

describe('behind a trusted proxy (DOUDI_TRUST_PROXY=loopback)', () => {
  let srv: RunningServer;
  beforeAll(async () => {
    srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '0', DOUDI_TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await srv?.stop();
  });

  it('counts the client address the proxy names, and sends HSTS when the proxy says https', async () => {
    const proxy = '127.0.0.7';
    for (let i = 0; i < 8; i++) await loginFrom(proxy, srv.url, 'minning', `wrong-${i}`, { 'x-forwarded-for': '198.51.100.10' });
    expect((await loginFrom(proxy, srv.url, 'minning', DEMO_PASSWORD, { 'x-forwarded-for': '198.51.100.10' })).code).toBe('LOGIN_LOCKED');
    // Another client behind the same proxy signs in.
    const other = await loginFrom(proxy, srv.url, 'minning', DEMO_PASSWORD, { 'x-forwarded-for': '198.51.100.11', 'x-forwarded-proto': 'https' });
    expect(other.code).toBe('OK');
    expect(other.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  });
});

const REDIS = await reachableRedis();
if (!REDIS) console.warn('login-limits.test.ts: Redis part SKIPPED — no Redis answers at DOUDI_TEST_REDIS (default redis://127.0.0.1:6379)');

describe('login limits in Redis', () => {
  it.runIf(!REDIS && process.env.DOUDI_REQUIRE_REDIS === '1')('needs Redis (DOUDI_REQUIRE_REDIS=1)', () => {
    expect.fail('DOUDI_REQUIRE_REDIS=1 but no Redis answers');
  });
});

describe.skipIf(!REDIS)('login limits shared by two instances through Redis (DOUDI_REDIS_URL)', () => {
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    // A prefix of its own: the test shares the Redis with whatever else uses it.
    const env = { DOUDI_DEMO_HOUSEHOLDS: '0', DOUDI_REDIS_URL: REDIS!, DOUDI_REDIS_PREFIX: `doudi-e2e-${randomBytes(4).toString('hex')}`, DOUDI_LOCK_MINUTES: '2' };
    servers.push(...await Promise.all([startBuiltServer(env), startBuiltServer(env)]));
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  it('failures on one instance lock the username for that address on the other; the clerk passes on both', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    for (let i = 0; i < 4; i++) await loginFrom(ATTACKER, a.url, 'wanghong', `wrong-a${i}`);
    for (let i = 0; i < 4; i++) await loginFrom(ATTACKER, b.url, 'wanghong', `wrong-b${i}`);
    // Eight failures in all, four on each: locked on both, which neither would be on its own.
    for (const s of [a, b]) {
      const locked = await loginFrom(ATTACKER, s.url, 'wanghong', DEMO_PASSWORD);
      expect(locked.code).toBe('LOGIN_LOCKED');
      expect(Number(locked.extensions.retryAfterSeconds)).toBeLessThanOrEqual(120);
    }
    for (const s of [a, b]) expect((await loginFrom(CLERK, s.url, 'wanghong', DEMO_PASSWORD)).code).toBe('OK');
  });
});
