import { describe, expect, it } from 'vitest';
import { libpqEnv, pgTool } from './pg-tools.js';

describe('PostgreSQL client programs', () => {
  it('finds pg_dump on this machine (PATH or /usr/lib/postgresql/<n>/bin)', () => {
    expect(pgTool('pg_dump')).toMatch(/pg_dump$/);
  });

  it('says pg_dump is missing and how to install it', () => {
    expect(() => pgTool('pg_dump', { PATH: '/nonexistent' }, '/nonexistent')).toThrow(/pg_dump was not found.*apt-get install postgresql-client/);
  });

  it('passes the connection as libpq variables, the password never on a command line', () => {
    const env = libpqEnv('postgresql://doudi:p%40ss@db.example:6432/doudi_prod?sslmode=require');
    expect(env).toMatchObject({ PGHOST: 'db.example', PGPORT: '6432', PGUSER: 'doudi', PGPASSWORD: 'p@ss', PGDATABASE: 'doudi_prod', PGSSLMODE: 'require' });
  });
});
