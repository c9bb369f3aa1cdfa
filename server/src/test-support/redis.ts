import { Redis } from 'ioredis';

/** The Redis the tests use: 127.0.0.1:6379, or DOUDI_TEST_REDIS. */
export const TEST_REDIS = process.env.DOUDI_TEST_REDIS || 'redis://127.0.0.1:6379';

/** Whether that Redis answers a PING within 2 s. */
export async function redisAnswers(url = TEST_REDIS): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

/**
 * For suites that need Redis: whether it answers; without it the suite is skipped, unless DOUDI_REQUIRE_REDIS=1
 * (CI), where a missing Redis fails instead of skipping silently.
 */
export async function requireRedisOrSkip(): Promise<boolean> {
  const ok = await redisAnswers();
  if (!ok && process.env.DOUDI_REQUIRE_REDIS === '1') throw new Error(`DOUDI_REQUIRE_REDIS=1 but Redis does not answer at ${TEST_REDIS}`);
  return ok;
}
