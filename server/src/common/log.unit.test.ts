import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, logLevelOf, prettyLine, scrub } from './log.js';

function capture(env: NodeJS.ProcessEnv = {}) {
  let text = '';
  const out = new Writable({ write(chunk, _enc, cb) { text += String(chunk); cb(); } });
  return { log: createLogger({ DOUDI_LOG_FORMAT: 'json', ...env }, out), text: () => text };
}

describe('server log', () => {
  it('censors secret fields wherever they are, and scrubs ID numbers, phones and tokens from every line', () => {
    const { log, text } = capture();
    log.info({
      req: { headers: { authorization: 'Bearer dds_abcdefghijklmnopqrstuvwxyz012345', cookie: 'sid=s3cr3t-cookie' } },
      input: { password: 'pw-Secret-123', idNumber: '640121198803154417', phone: '13987654321', name: '张三' },
      token: 'ddt_tokenvalue0123456789abcdef',
    }, 'login by 640121198803154417 from 13987654321 with Bearer dds_zyxwvutsrqponmlkjihgf0123');
    const out = text();
    for (const secret of ['dds_abcdefghijklmnopqrstuvwxyz012345', 's3cr3t-cookie', 'pw-Secret-123', '640121198803154417', '13987654321', 'ddt_tokenvalue0123456789abcdef', 'dds_zyxwvutsrqponmlkjihgf0123']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('张三');
    expect(JSON.parse(out).input.password).toBe('[Redacted]');
    // Numbers that are neither an ID number nor a mobile number stay.
    expect(scrub('took 1234 ms, 20 rows, id 640121')).toBe('took 1234 ms, 20 rows, id 640121');
    expect(scrub('身份证 64012119880315441X。')).toBe('身份证 [Redacted]。');
  });

  it('honours DOUDI_LOG_LEVEL and refuses an unknown one; formats a readable line', () => {
    const { log, text } = capture({ DOUDI_LOG_LEVEL: 'warn' });
    log.info('hidden');
    log.warn('shown');
    expect(text()).not.toContain('hidden');
    expect(text()).toContain('shown');
    expect(() => logLevelOf({ DOUDI_LOG_LEVEL: 'loud' })).toThrow(/DOUDI_LOG_LEVEL/);
    expect(prettyLine('{"level":30,"time":0,"pid":1,"msg":"request","status":200}\n')).toBe('00:00:00 INFO request  status=200\n');
  });
});
