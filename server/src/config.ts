import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (server/src or server/dist → ../..): the default database lives in its data/ folder. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type DbKind = 'sqlite' | 'postgresql';

export interface DbConfig {
  kind: DbKind;
  /** SQLite: absolute file path. PostgreSQL: the connection URL. */
  url: string;
}

export interface AppConfig {
  port: number;
  db: DbConfig;
  /** Seed the demo data when the database is empty at start-up. */
  seedDemo: boolean;
  demoHouseholds: number;
  /** Above this many matching rows, `totalCount` stops counting and says AT_LEAST. */
  countCap: number;
  maxPageSize: number;
  clientDist: string | null;
  auth: AuthSettings;
  /** Password of the demo accounts (DOUDI_DEMO_PASSWORD); generated and printed once when unset. */
  demoPassword: string | null;
  tasks: TaskSettings;
  excel: ExcelSettings;
  ops: OpsSettings;
  limits: LimitSettings;
  events: EventSettings;
}

/** Change events (subscriptions): shared between instances through Redis when DOUDI_REDIS_URL is set. */
export interface EventSettings {
  /** redis://host:port/db; null: events stay in this instance's memory. */
  redisUrl: string | null;
  /** The Redis channel (DOUDI_REDIS_CHANNEL, default doudi:events): one per deployment sharing a Redis. */
  redisChannel: string;
}

/** Time and concurrency bounds of requests. */
export interface LimitSettings {
  /** PostgreSQL statement timeout of the server's requests, and the longest wait for a pooled connection, in ms
   *  (DOUDI_QUERY_TIMEOUT_MS, default 15000; 0 disables). Answered QUERY_TIMEOUT. */
  queryTimeoutMs: number;
  /** Heavy jobs (imports, exports) running at once per caller (DOUDI_JOBS_PER_USER, default 2) and in all
   *  (DOUDI_JOBS_TOTAL, default 4); beyond, HTTP 429 TOO_MANY_JOBS. */
  jobsPerUser: number;
  jobsTotal: number;
  /** GraphQL-over-WebSocket connections open at once per user or API token (DOUDI_WS_CONNECTIONS_PER_USER, default
   *  10; beyond, the connection is closed 4429 TOO_MANY_CONNECTIONS), and subscriptions per connection
   *  (DOUDI_WS_SUBSCRIPTIONS_PER_CONNECTION, default 20; beyond, TOO_MANY_SUBSCRIPTIONS). */
  wsConnectionsPerUser: number;
  wsSubscriptionsPerConnection: number;
}

export interface OpsSettings {
  /** Scheduled backups (DOUDI_BACKUP_DIR + DOUDI_BACKUP_EVERY_HOURS, keeping DOUDI_BACKUP_KEEP archives); null: off. */
  backup: { dir: string; everyHours: number; keep: number } | null;
  /** How long a stop (SIGTERM) waits for in-flight requests and exports (DOUDI_SHUTDOWN_TIMEOUT_MS, default 20000). */
  shutdownTimeoutMs: number;
}

/** The operations block of the configuration: backups and graceful stops. */
export function loadOpsSettings(env: NodeJS.ProcessEnv): OpsSettings {
  const dir = env.DOUDI_BACKUP_DIR ? resolve(env.DOUDI_BACKUP_DIR) : null;
  const everyHours = env.DOUDI_BACKUP_EVERY_HOURS ? positiveEnv(env, 'DOUDI_BACKUP_EVERY_HOURS', 24) : null;
  if (everyHours && !dir) throw new Error('DOUDI_BACKUP_EVERY_HOURS needs DOUDI_BACKUP_DIR (the folder of the scheduled backups)');
  return {
    backup: dir && everyHours ? { dir, everyHours, keep: Math.max(1, intEnv(env, 'DOUDI_BACKUP_KEEP', 7)) } : null,
    shutdownTimeoutMs: intEnv(env, 'DOUDI_SHUTDOWN_TIMEOUT_MS', 20000),
  };
}

export interface ExcelSettings {
  /** Largest spreadsheet POST /api/imports accepts, in bytes (DOUDI_IMPORT_MAX_MB, default 50; fractions allowed). */
  importMaxBytes: number;
}

export interface TaskSettings {
  /** Days after a month's end by which that month's progress report is still on time (DOUDI_REPORT_GRACE_DAYS). */
  graceDays: number;
  /** Where evidence files are kept (DOUDI_EVIDENCE_DIR); null: an `evidence` folder beside the SQLite file, or the
   *  repository's data/evidence for PostgreSQL. */
  evidenceDir: string | null;
  /** Largest evidence file accepted, in bytes (DOUDI_EVIDENCE_MAX_MB, default 5). */
  evidenceMaxBytes: number;
}

/** The folder evidence files are kept in for a configuration. */
export function evidenceDirOf(config: Pick<AppConfig, 'db' | 'tasks'>): string {
  if (config.tasks.evidenceDir) return config.tasks.evidenceDir;
  return config.db.kind === 'sqlite' ? resolve(dirname(config.db.url), 'evidence') : resolve(repoRoot, 'data', 'evidence');
}

export interface AuthSettings {
  sessionHours: number;
  /** Failed logins before each further attempt is slowed down, and before the username is locked. */
  slowAfter: number;
  lockAfter: number;
  lockMinutes: number;
  /** Extra wait per failure over slowAfter, in ms. */
  delayUnitMs: number;
}

/** `DATABASE_URL`: a postgresql:// URL, or an SQLite file as a plain path or a file: URL. */
export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DbConfig {
  const value = (raw ?? '').trim();
  if (!value) return { kind: 'sqlite', url: resolve(repoRoot, 'data', 'doudi.sqlite') };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: 'postgresql', url: value };
  if (/^(file|sqlite):/i.test(value)) {
    const path = decodeURIComponent(value.replace(/^(file|sqlite):(\/\/)?/i, ''));
    return { kind: 'sqlite', url: resolve(cwd, path) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new Error(`DATABASE_URL: unsupported scheme in "${value.split(':')[0]}:" (use postgresql:// or an SQLite file path)`);
  }
  return { kind: 'sqlite', url: resolve(cwd, value) };
}

function positiveEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
}

function intEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intEnv(env, 'PORT', 4000),
    db: parseDatabaseUrl(env.DATABASE_URL),
    seedDemo: env.DOUDI_SEED_DEMO !== 'false',
    demoHouseholds: intEnv(env, 'DOUDI_DEMO_HOUSEHOLDS', 3000),
    countCap: intEnv(env, 'DOUDI_COUNT_CAP', 10000),
    maxPageSize: 500,
    clientDist: env.DOUDI_CLIENT_DIST ?? null,
    auth: {
      sessionHours: intEnv(env, 'DOUDI_SESSION_HOURS', 12),
      slowAfter: 3,
      lockAfter: 8,
      lockMinutes: intEnv(env, 'DOUDI_LOCK_MINUTES', 15),
      delayUnitMs: 500,
    },
    demoPassword: env.DOUDI_DEMO_PASSWORD || null,
    tasks: {
      graceDays: intEnv(env, 'DOUDI_REPORT_GRACE_DAYS', 0),
      evidenceDir: env.DOUDI_EVIDENCE_DIR ? resolve(env.DOUDI_EVIDENCE_DIR) : null,
      evidenceMaxBytes: intEnv(env, 'DOUDI_EVIDENCE_MAX_MB', 5) * 1024 * 1024,
    },
    excel: {
      importMaxBytes: Math.floor(positiveEnv(env, 'DOUDI_IMPORT_MAX_MB', 50) * 1024 * 1024),
    },
    ops: loadOpsSettings(env),
    events: {
      redisUrl: env.DOUDI_REDIS_URL?.trim() || null,
      redisChannel: env.DOUDI_REDIS_CHANNEL?.trim() || 'doudi:events',
    },
    limits: {
      queryTimeoutMs: intEnv(env, 'DOUDI_QUERY_TIMEOUT_MS', 15000),
      jobsPerUser: Math.max(1, intEnv(env, 'DOUDI_JOBS_PER_USER', 2)),
      jobsTotal: Math.max(1, intEnv(env, 'DOUDI_JOBS_TOTAL', 4)),
      wsConnectionsPerUser: Math.max(1, intEnv(env, 'DOUDI_WS_CONNECTIONS_PER_USER', 10)),
      wsSubscriptionsPerConnection: Math.max(1, intEnv(env, 'DOUDI_WS_SUBSCRIPTIONS_PER_CONNECTION', 20)),
    },
  };
}
