import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.js';
import { SCRYPT_PARAMS, hashPassword, needsRehash, verifyPassword } from './password.js';

const limits = { slowAfter: 2, lockAfter: 3, ipLimit: 5, windowSeconds: 60, lockSeconds: 1, delayUnitMs: 1 };

describe('login limiter (memory)', () => {
  it('locks a username for one address only, and unlocks it after the lock', async () => {
    const l = new LoginLimiter(limits);
    for (let i = 0; i < 3; i++) {
      expect((await l.check('yanghe', '10.0.0.1')).retryAfterSeconds).toBe(0);
      await l.fail('yanghe', '10.0.0.1');
    }
    const locked = await l.check('yanghe', '10.0.0.1');
    expect(locked.retryAfterSeconds).toBe(1);
    expect(await l.check('yanghe', '10.0.0.2')).toEqual({ retryAfterSeconds: 0, failures: 0 });
    expect((await l.check('lijun', '10.0.0.1')).retryAfterSeconds).toBe(0);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await l.check('yanghe', '10.0.0.1')).retryAfterSeconds).toBe(0);
  });

  it('locks an address after ipLimit failures of any usernames; a success forgets the username failures only', async () => {
    const l = new LoginLimiter({ ...limits, lockSeconds: 60 });
    await l.fail('a', '10.0.0.3');
    await l.fail('a', '10.0.0.3');
    expect((await l.check('a', '10.0.0.3')).failures).toBe(2);
    await l.succeed('a', '10.0.0.3');
    expect((await l.check('a', '10.0.0.3')).failures).toBe(0);
    for (const u of ['b', 'c', 'd']) await l.fail(u, '10.0.0.3');
    expect((await l.check('z', '10.0.0.3')).retryAfterSeconds).toBeGreaterThan(0);
    expect((await l.check('z', '10.0.0.4')).retryAfterSeconds).toBe(0);
  });
});

describe('password hashes', () => {
  it('hashes at OWASP scrypt minimum, stores the parameters, and asks to rehash weaker or foreign hashes', async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
    const h = await hashPassword('correct horse battery');
    expect(h).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', h)).toBe(true);
    expect(await verifyPassword('wrong', h)).toBe(false);
    expect(needsRehash(h)).toBe(false);
    expect(needsRehash(h.replace('$131072$', '$32768$'))).toBe(true);
    // a tampered cost (N above ours) is refused, not computed
    expect(await verifyPassword('correct horse battery', h.replace('$131072$', '$1048576$'))).toBe(false);
  });
});
