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
      expect(config.auth.lockSeconds).toBe(900);
      expect(config.auth.ipLimit).toBe(30);
      expect(config.http.trustProxy).toBe(false);
      expect(config.redis).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.DOUDI_COUNT_CAP;
      else process.env.DOUDI_COUNT_CAP = saved;
    }
  });

  it('refuses a value that is not a non-negative integer', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be a non-negative integer/);
  });

  it('reads the request limits (query timeout, heavy jobs) with their defaults', () => {
    expect(loadConfig({}).limits).toEqual({ queryTimeoutMs: 15000, jobsPerUser: 2, jobsTotal: 4 });
    const set = loadConfig({ DOUDI_QUERY_TIMEOUT_MS: '2500', DOUDI_JOBS_PER_USER: '1', DOUDI_JOBS_TOTAL: '8' });
    expect(set.limits).toEqual({ queryTimeoutMs: 2500, jobsPerUser: 1, jobsTotal: 8 });
    expect(() => loadConfig({ DOUDI_QUERY_TIMEOUT_MS: '-1' })).toThrow(/DOUDI_QUERY_TIMEOUT_MS/);
  });

  it('reads the proxy, Redis, metrics token and login limits', () => {
    expect(loadConfig({ DOUDI_TRUST_PROXY: 'loopback' }).http.trustProxy).toBe('loopback');
    expect(loadConfig({ DOUDI_TRUST_PROXY: '10.0.0.5, 10.0.0.6' }).http.trustProxy).toBe('10.0.0.5, 10.0.0.6');
    expect(loadConfig({ DOUDI_TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ DOUDI_TRUST_PROXY: 'false' }).http.trustProxy).toBe(false);
    expect(loadConfig({ DOUDI_TRUST_PROXY: 'true' }).http.trustProxy).toBe(true);
    expect(() => loadConfig({ DOUDI_TRUST_PROXY: 'nginx; rm -rf' })).toThrow(/DOUDI_TRUST_PROXY/);
    expect(loadConfig({ DOUDI_REDIS_URL: 'redis://127.0.0.1:6379/0' }).redis).toEqual({ url: 'redis://127.0.0.1:6379/0', prefix: 'doudi' });
    expect(loadConfig({ DOUDI_METRICS_TOKEN: ' t0k ' }).metricsToken).toBe('t0k');
    const auth = loadConfig({ DOUDI_LOGIN_IP_LIMIT: '50', DOUDI_LOCK_MINUTES: '5' }).auth;
    expect([auth.ipLimit, auth.lockSeconds]).toEqual([50, 300]);
  });
});
