import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

// loadConfig reads only the environment it is given, so tests and tools can configure a server without touching
// process.env.
describe('loadConfig', () => {
  it('reads integers from the env it is passed, not from process.env', () => {
    const saved = process.env.PORT;
    process.env.PORT = '4999';
    try {
      const config = loadConfig({ PORT: '1234', DOUDI_SESSION_HOURS: '3', DOUDI_EVIDENCE_MAX_MB: '2' });
      expect(config.port).toBe(1234);
      expect(config.auth.sessionHours).toBe(3);
      expect(config.tasks.evidenceMaxBytes).toBe(2 * 1024 * 1024);
    } finally {
      if (saved === undefined) delete process.env.PORT;
      else process.env.PORT = saved;
    }
  });

  it('uses the defaults for what the env does not set, whatever process.env holds', () => {
    const saved = process.env.DOUDI_COUNT_CAP;
    process.env.DOUDI_COUNT_CAP = '77';
    try {
      const config = loadConfig({});
      expect(config.port).toBe(4000);
      expect(config.countCap).toBe(10000);
      expect(config.auth.lockMinutes).toBe(15);
    } finally {
      if (saved === undefined) delete process.env.DOUDI_COUNT_CAP;
      else process.env.DOUDI_COUNT_CAP = saved;
    }
  });

  it('refuses a value that is not a non-negative integer', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be a non-negative integer/);
  });

  it('reads the event settings: in memory by default, Redis when DOUDI_REDIS_URL is set', () => {
    expect(loadConfig({}).events).toEqual({ redisUrl: null, redisChannel: 'doudi:events' });
    expect(loadConfig({ DOUDI_REDIS_URL: ' redis://127.0.0.1:6379/2 ', DOUDI_REDIS_CHANNEL: 'yn:events' }).events)
      .toEqual({ redisUrl: 'redis://127.0.0.1:6379/2', redisChannel: 'yn:events' });
  });

  it('reads the request limits (query timeout, heavy jobs) with their defaults', () => {
    expect(loadConfig({}).limits).toEqual({ queryTimeoutMs: 15000, jobsPerUser: 2, jobsTotal: 4, wsConnectionsPerUser: 10, wsSubscriptionsPerConnection: 20 });
    const set = loadConfig({
      DOUDI_QUERY_TIMEOUT_MS: '2500', DOUDI_JOBS_PER_USER: '1', DOUDI_JOBS_TOTAL: '8', DOUDI_WS_CONNECTIONS_PER_USER: '3',
      DOUDI_WS_SUBSCRIPTIONS_PER_CONNECTION: '5',
    });
    expect(set.limits).toEqual({ queryTimeoutMs: 2500, jobsPerUser: 1, jobsTotal: 8, wsConnectionsPerUser: 3, wsSubscriptionsPerConnection: 5 });
    expect(() => loadConfig({ DOUDI_QUERY_TIMEOUT_MS: '-1' })).toThrow(/DOUDI_QUERY_TIMEOUT_MS/);
  });
});
