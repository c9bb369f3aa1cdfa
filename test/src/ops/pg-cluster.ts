import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PostgreSQL's server programs from Debian's packages (/usr/lib/postgresql/<n>/bin), or null when not installed. */
export function pgBinDir(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  for (const v of readdirSync(base).sort((a, b) => Number(b) - Number(a))) {
    if (existsSync(join(base, v, 'bin', 'initdb')) && existsSync(join(base, v, 'bin', 'pg_basebackup'))) return join(base, v, 'bin');
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => res(port));
    });
  });
}

/**
 * A primary and a streaming replica of its own, in a scratch folder on free ports (initdb, pg_basebackup -R,
 * pg_ctl), never touching the machine's own cluster. The server programs refuse to run as root: as root they run
 * as the `postgres` user. `stop()` stops both and removes the folder.
 */
export interface ScratchCluster {
  primaryUrl: (db: string) => string;
  replicaUrl: (db: string) => string;
  /** Runs SQL with psql on the primary or the replica; returns its unaligned output. */
  sql(on: 'primary' | 'replica', db: string, text: string): string;
  stop(): void;
}

export async function startPrimaryWithReplica(): Promise<ScratchCluster> {
  const bin = pgBinDir();
  if (!bin) throw new Error('PostgreSQL server programs not found under /usr/lib/postgresql (apt-get install postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'doudi-replica-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (prog: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, prog), asRoot ? ['-u', 'postgres', '--', join(bin, prog), ...args] : args, { stdio: 'pipe', timeout: 120_000 });
  const [p1, p2] = [await freePort(), await freePort()];
  const primary = join(dir, 'primary');
  const replica = join(dir, 'replica');
  const started: string[] = [];
  const stop = () => {
    for (const d of started.reverse()) {
      try {
        run('pg_ctl', ['-D', d, '-m', 'immediate', 'stop', '-w']);
      } catch {
        // already stopped
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    appendFileSync(join(primary, 'postgresql.conf'), `\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\nfsync = off\nmax_wal_senders = 4\nwal_level = replica\nhot_standby = on\n`);
    run('pg_ctl', ['-D', primary, '-l', join(dir, 'primary.log'), '-o', `-p ${p1}`, '-w', 'start']);
    started.push(primary);
    run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(p1), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream', '--no-sync']);
    run('pg_ctl', ['-D', replica, '-l', join(dir, 'replica.log'), '-o', `-p ${p2}`, '-w', 'start']);
    started.push(replica);
  } catch (err) {
    stop();
    const e = err as { stderr?: Buffer; message: string };
    throw new Error(`scratch primary/replica did not start: ${e.stderr?.toString() ?? e.message}`);
  }
  writeFileSync(join(dir, 'ports'), `${p1} ${p2}\n`);
  return {
    primaryUrl: (db) => `postgresql://postgres@127.0.0.1:${p1}/${db}`,
    replicaUrl: (db) => `postgresql://postgres@127.0.0.1:${p2}/${db}`,
    sql: (on, db, text) => execFileSync('psql', ['-h', '127.0.0.1', '-p', String(on === 'primary' ? p1 : p2), '-U', 'postgres', '-d', db, '-tAqc', text], { timeout: 30_000 }).toString().trim(),
    stop,
  };
}
