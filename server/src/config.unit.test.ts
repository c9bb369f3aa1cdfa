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

  it('reads the request limits (query timeout, heavy jobs) with their defaults', () => {
    expect(loadConfig({}).limits).toEqual({ queryTimeoutMs: 15000, jobsPerUser: 2, jobsTotal: 4 });
    const set = loadConfig({ DOUDI_QUERY_TIMEOUT_MS: '2500', DOUDI_JOBS_PER_USER: '1', DOUDI_JOBS_TOTAL: '8' });
    expect(set.limits).toEqual({ queryTimeoutMs: 2500, jobsPerUser: 1, jobsTotal: 8 });
    expect(() => loadConfig({ DOUDI_QUERY_TIMEOUT_MS: '-1' })).toThrow(/DOUDI_QUERY_TIMEOUT_MS/);
  });

  it('reads the loops\' settings (issue 16): referral due days, the township\'s relief authority, visit frequency', () => {
    expect(loadConfig({}).loops).toEqual({ referralDueDays: 7, reliefTownshipLimit: 5000, visitDays: 30, visitDaysIntensive: 7, intensiveAge: 80 });
    const c = loadConfig({ DOUDI_REFERRAL_DUE_DAYS: '3', DOUDI_RELIEF_TOWNSHIP_LIMIT: '2500.5', DOUDI_VISIT_DAYS: '14', DOUDI_VISIT_DAYS_INTENSIVE: '5' });
    expect(c.loops).toMatchObject({ referralDueDays: 3, reliefTownshipLimit: 2500.5, visitDays: 14, visitDaysIntensive: 5 });
    expect(() => loadConfig({ DOUDI_RELIEF_TOWNSHIP_LIMIT: '0' })).toThrow('DOUDI_RELIEF_TOWNSHIP_LIMIT must be a positive number, got "0"');
    expect(() => loadConfig({ DOUDI_REFERRAL_DUE_DAYS: '-1' })).toThrow('DOUDI_REFERRAL_DUE_DAYS must be a non-negative integer');
  });
});
