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

  it('turns the explorer on outside production, off in production unless DOUDI_EXPLORER=true', () => {
    expect(loadConfig({}).explorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).explorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).explorer).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DOUDI_EXPLORER: 'true' }).explorer).toBe(true);
    expect(loadConfig({ DOUDI_EXPLORER: 'false' }).explorer).toBe(false);
    expect(() => loadConfig({ DOUDI_EXPLORER: 'yes' })).toThrow(/DOUDI_EXPLORER/);
  });

  it('refuses a value that is not a non-negative integer', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be a non-negative integer/);
  });

  it('reads the event settings: in memory by default, Redis when DOUDI_REDIS_URL is set', () => {
    expect(loadConfig({}).events).toEqual({ redisUrl: null, redisChannel: 'doudi:events', presenceTtlMs: 30_000 });
    expect(loadConfig({ DOUDI_REDIS_URL: ' redis://127.0.0.1:6379/2 ', DOUDI_REDIS_CHANNEL: 'yn:events', DOUDI_PRESENCE_TTL_SECONDS: '9' }).events)
      .toEqual({ redisUrl: 'redis://127.0.0.1:6379/2', redisChannel: 'yn:events', presenceTtlMs: 9000 });
  });

  it('reads the webhook settings: a worker in every instance, 24 hours of retries from 30 s up to 1 h, by default', () => {
    expect(loadConfig({}).webhooks).toEqual({
      worker: true, pollMs: 1000, batch: 20, timeoutMs: 10_000, retryBaseMs: 30_000, retryMaxMs: 3_600_000, retryWindowMs: 86_400_000,
    });
    expect(loadConfig({
      DOUDI_WEBHOOK_WORKER: 'false', DOUDI_WEBHOOK_POLL_MS: '50', DOUDI_WEBHOOK_BATCH: '5', DOUDI_WEBHOOK_TIMEOUT_MS: '2000',
      DOUDI_WEBHOOK_RETRY_BASE_MS: '100', DOUDI_WEBHOOK_RETRY_MAX_MS: '1000', DOUDI_WEBHOOK_RETRY_WINDOW_MS: '60000',
    }).webhooks).toEqual({ worker: false, pollMs: 50, batch: 5, timeoutMs: 2000, retryBaseMs: 100, retryMaxMs: 1000, retryWindowMs: 60_000 });
    expect(() => loadConfig({ DOUDI_WEBHOOK_TIMEOUT_MS: 'soon' })).toThrow(/DOUDI_WEBHOOK_TIMEOUT_MS/);
  });

  it('reads the request limits (query timeout, heavy jobs) with their defaults', () => {
    expect(loadConfig({}).limits).toEqual({ queryTimeoutMs: 15000, jobsPerUser: 2, jobsTotal: 4, aggregateGroups: 1000, wsConnectionsPerUser: 10, wsSubscriptionsPerConnection: 20, wsCatchUpRecords: 500 });
    const set = loadConfig({
      DOUDI_QUERY_TIMEOUT_MS: '2500', DOUDI_JOBS_PER_USER: '1', DOUDI_JOBS_TOTAL: '8', DOUDI_AGGREGATE_MAX_GROUPS: '50', DOUDI_WS_CONNECTIONS_PER_USER: '3',
      DOUDI_WS_SUBSCRIPTIONS_PER_CONNECTION: '5', DOUDI_WS_CATCH_UP_RECORDS: '50000',
    });
    // The catch-up is capped at 10,000 records whatever the setting.
    expect(set.limits).toEqual({ queryTimeoutMs: 2500, jobsPerUser: 1, jobsTotal: 8, aggregateGroups: 50, wsConnectionsPerUser: 3, wsSubscriptionsPerConnection: 5, wsCatchUpRecords: 10_000 });
    expect(() => loadConfig({ DOUDI_QUERY_TIMEOUT_MS: '-1' })).toThrow(/DOUDI_QUERY_TIMEOUT_MS/);
  });

  it('reads the API tokens\' default rate limit, daily quota and usage flush interval', () => {
    expect(loadConfig({}).tokens).toEqual({ ratePerMinute: 120, dailyQuota: 20000, usageFlushSeconds: 30 });
    expect(loadConfig({ DOUDI_TOKEN_RATE_PER_MINUTE: '10', DOUDI_TOKEN_DAILY_QUOTA: '500', DOUDI_TOKEN_USAGE_FLUSH_SECONDS: '5' }).tokens)
      .toEqual({ ratePerMinute: 10, dailyQuota: 500, usageFlushSeconds: 5 });
    expect(() => loadConfig({ DOUDI_TOKEN_RATE_PER_MINUTE: '0' })).toThrow(/DOUDI_TOKEN_RATE_PER_MINUTE/);
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

  it('reads the loops\' settings (issue 16): referral due days, the township\'s relief authority, visit frequency', () => {
    expect(loadConfig({}).loops).toEqual({ referralDueDays: 7, reliefTownshipLimit: 5000, visitDays: 30, visitDaysIntensive: 7, intensiveAge: 80 });
    const c = loadConfig({ DOUDI_REFERRAL_DUE_DAYS: '3', DOUDI_RELIEF_TOWNSHIP_LIMIT: '2500.5', DOUDI_VISIT_DAYS: '14', DOUDI_VISIT_DAYS_INTENSIVE: '5' });
    expect(c.loops).toMatchObject({ referralDueDays: 3, reliefTownshipLimit: 2500.5, visitDays: 14, visitDaysIntensive: 5 });
    expect(() => loadConfig({ DOUDI_RELIEF_TOWNSHIP_LIMIT: '0' })).toThrow('DOUDI_RELIEF_TOWNSHIP_LIMIT must be a positive number, got "0"');
    expect(() => loadConfig({ DOUDI_REFERRAL_DUE_DAYS: '-1' })).toThrow('DOUDI_REFERRAL_DUE_DAYS must be a non-negative integer');
  });
});
