import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PostgreSQL's client programs (pg_dump, pg_restore). Looked up in DOUDI_PG_BIN, then on PATH, then in Debian's
 * versioned folders (/usr/lib/postgresql/<n>/bin, newest first).
 */
export function pgTool(name: 'pg_dump' | 'pg_restore', env: NodeJS.ProcessEnv = process.env, debianDir = '/usr/lib/postgresql'): string {
  if (env.DOUDI_PG_BIN) {
    const named = join(env.DOUDI_PG_BIN, name);
    if (existsSync(named)) return named;
  }
  const candidates: string[] = [];
  const onPath = spawnSync(name, ['--version'], { encoding: 'utf8', env });
  if (onPath.status === 0) return name;
  const base = debianDir;
  if (existsSync(base)) {
    for (const v of readdirSync(base).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a))) {
      candidates.push(join(base, v, 'bin', name));
    }
  }
  const found = candidates.find((c) => existsSync(c));
  if (found) return found;
  throw new Error(`${name} was not found (looked in DOUDI_PG_BIN, PATH and /usr/lib/postgresql/*/bin). ` +
    'Install the PostgreSQL client programs of the server\'s major version or newer, e.g. `apt-get install postgresql-client` ' +
    '(Debian/Ubuntu) or `dnf install postgresql` (RHEL/openEuler), or set DOUDI_PG_BIN to the folder holding them.');
}

/** Connection settings as libpq environment variables, so a password never appears on a command line. */
export function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.hostname) env.PGHOST = decodeURIComponent(u.hostname.replace(/^\[|\]$/g, ''));
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  env.PGDATABASE = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

/** Runs a client program; rejects with its error output when it fails. */
export function runTool(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${bin} failed (exit ${code}): ${err.trim().slice(0, 2000)}`));
    });
  });
}
