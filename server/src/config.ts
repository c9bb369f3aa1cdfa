import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOOP_SETTINGS, type LoopSettings } from '@doudi/shared';

/** The repository root (server/src or server/dist → ../..): the default database lives in its data/ folder. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type DbKind = 'sqlite' | 'postgresql';

export interface DbConfig {
  kind: DbKind;
  /** SQLite: absolute file path. PostgreSQL: the connection URL. */
  url: string;
  /** PostgreSQL streaming replicas that serve lists, counts, exports and the overview (DOUDI_DATABASE_REPLICA_URLS). */
  replicaUrls?: string[];
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
  /** The households page served without Apollo when its document allows (DOUDI_FAST_PAGE=0 turns it off); unset: on. */
  fastPage?: boolean;
  clientDist: string | null;
  auth: AuthSettings;
  /** Password of the demo accounts (DOUDI_DEMO_PASSWORD); generated and printed once when unset. */
  demoPassword: string | null;
  /** Demo accounts exist only together with demo data: true unless DOUDI_SEED_DEMO=false. Without them the first start
   *  creates one `admin` with a one-time password printed once, or DOUDI_ADMIN_PASSWORD (adminPassword). */
  demoAccounts: boolean;
  adminPassword: string | null;
  /** Redis (DOUDI_REDIS_URL; keys and channels prefixed DOUDI_REDIS_PREFIX, default `doudi`): login limits shared by
   *  instances, and sessions ended and tokens revoked forgotten by every instance at once (pub/sub). */
  redis: { url: string; prefix: string } | null;
  tasks: TaskSettings;
  excel: ExcelSettings;
  ops: OpsSettings;
  limits: LimitSettings;
  /** GraphiQL at /graphql/explorer (DOUDI_EXPLORER=true|false; default: on unless NODE_ENV=production). */
  explorer: boolean;
  tokens: TokenSettings;
  http: HttpSettings;
  /** Bearer token that may read GET /metrics besides admins (DOUDI_METRICS_TOKEN); null: admins only. */
  metricsToken: string | null;
  /** The loops of issue 16 (referral due days, the township's relief authority, visit frequency); see docs/configuration.md. */
  loops: LoopSettings;
  /** 申请→审批: the county decides within decisionDays of the application (DOUDI_APPLICATION_DECISION_DAYS, default 30). */
  applications: { decisionDays: number };
  events: EventSettings;
  webhooks: WebhookSettings;
}

/** Webhook deliveries (docs/webhooks.md); the intervals are small in tests. */
export interface WebhookSettings {
  /** Run the delivery worker in this instance (DOUDI_WEBHOOK_WORKER=false: this instance only queues). */
  worker: boolean;
  /** How often the worker looks for due deliveries, in ms (DOUDI_WEBHOOK_POLL_MS, default 1000). */
  pollMs: number;
  /** Deliveries claimed per look (DOUDI_WEBHOOK_BATCH, default 20), sent in parallel. */
  batch: number;
  /** One request's timeout, in ms (DOUDI_WEBHOOK_TIMEOUT_MS, default 10000). */
  timeoutMs: number;
  /** The first retry's wait, in ms (DOUDI_WEBHOOK_RETRY_BASE_MS, default 30000), doubled per failure … */
  retryBaseMs: number;
  /** … up to this wait, in ms (DOUDI_WEBHOOK_RETRY_MAX_MS, default 3600000) … */
  retryMaxMs: number;
  /** … for this long after the event, in ms (DOUDI_WEBHOOK_RETRY_WINDOW_MS, default 86400000 = 24 h); then DEAD. */
  retryWindowMs: number;
}

/** API tokens' defaults: a token without its own limit or quota gets these (docs/api.md#rate-limits-and-quotas). */
export interface TokenSettings {
  /** Requests per minute (DOUDI_TOKEN_RATE_PER_MINUTE, default 120); beyond, HTTP 429 RATE_LIMITED. */
  ratePerMinute: number;
  /** Requests per China calendar day (DOUDI_TOKEN_DAILY_QUOTA, default 20000); beyond, HTTP 429 QUOTA_EXCEEDED. */
  dailyQuota: number;
  /** How often the per-token usage counted in memory is added to the database (DOUDI_TOKEN_USAGE_FLUSH_SECONDS, default 30). */
  usageFlushSeconds: number;
}

/** Change events (subscriptions): shared between instances through Redis when DOUDI_REDIS_URL is set. */
export interface EventSettings {
  /** redis://host:port/db; null: events stay in this instance's memory. */
  redisUrl: string | null;
  /** The Redis channel (DOUDI_REDIS_CHANNEL, default doudi:events): one per deployment sharing a Redis. */
  redisChannel: string;
  /** Presence entries without a heartbeat drop out after this long (DOUDI_PRESENCE_TTL_SECONDS, default 30); absent: 30 s. */
  presenceTtlMs?: number;
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
  /** Most groups an aggregate answers (DOUDI_AGGREGATE_MAX_GROUPS, default 1000); beyond, `truncated: true`. */
  aggregateGroups: number;
  /** GraphQL-over-WebSocket connections open at once per user or API token (DOUDI_WS_CONNECTIONS_PER_USER, default
   *  10; beyond, the connection is closed 4429 TOO_MANY_CONNECTIONS), and subscriptions per connection
   *  (DOUDI_WS_SUBSCRIPTIONS_PER_CONNECTION, default 20; beyond, TOO_MANY_SUBSCRIPTIONS). */
  wsConnectionsPerUser: number;
  wsSubscriptionsPerConnection: number;
  /** Records a reconnecting subscriber is sent from the audit rows after its `since` cursor (DOUDI_WS_CATCH_UP_RECORDS,
   *  default 500); beyond, one resync marker instead (modules/events/catch-up.ts). */
  wsCatchUpRecords: number;
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
  /** Days a township has to verify a 数据比对 finding (DOUDI_FINDING_DUE_DAYS, default 15). */
  findingDueDays: number;
}

/** The folder evidence files are kept in for a configuration. */
export function evidenceDirOf(config: Pick<AppConfig, 'db' | 'tasks'>): string {
  if (config.tasks.evidenceDir) return config.tasks.evidenceDir;
  return config.db.kind === 'sqlite' ? resolve(dirname(config.db.url), 'evidence') : resolve(repoRoot, 'data', 'evidence');
}

export interface AuthSettings {
  sessionHours: number;
  /** Failed logins of one username from one address before each further attempt is slowed down, and before that
   *  username is locked for that address (never for other addresses). */
  slowAfter: number;
  lockAfter: number;
  /** Failed logins from one address (any usernames) before the address is locked (DOUDI_LOGIN_IP_LIMIT, default 30). */
  ipLimit: number;
  /** The counting window and the lock, in seconds (DOUDI_LOCK_MINUTES × 60, default 15 minutes). */
  lockSeconds: number;
  /** Extra wait per failure over slowAfter, in ms. */
  delayUnitMs: number;
}

/** Security settings of the HTTP layer: the proxy whose X-Forwarded-* headers are believed, the metrics token. */
export interface HttpSettings {
  /** Express `trust proxy` value (DOUDI_TRUST_PROXY): false (default) believes no X-Forwarded-For. */
  trustProxy: boolean | number | string;
}

/** DOUDI_TRUST_PROXY: empty/false → false; true; a hop count; or addresses/subnets/names (`loopback`, `10.0.0.5`). */
export function parseTrustProxy(raw: string | undefined): boolean | number | string {
  const v = (raw ?? '').trim();
  if (!v || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  if (!/^[0-9A-Za-z.:/, _-]+$/.test(v)) throw new Error(`DOUDI_TRUST_PROXY: "${v}" is not an address, subnet, hop count or true/false`);
  return v;
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

/** `DOUDI_DATABASE_REPLICA_URLS`: comma-separated postgresql:// URLs of streaming replicas of DATABASE_URL. */
export function withReplicas(db: DbConfig, raw: string | undefined): DbConfig {
  const urls = (raw ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  if (urls.length === 0) return db;
  if (db.kind !== 'postgresql') throw new Error('DOUDI_DATABASE_REPLICA_URLS: read replicas need PostgreSQL (DATABASE_URL=postgresql://…)');
  if (urls.length > 16) throw new Error('DOUDI_DATABASE_REPLICA_URLS: at most 16 replicas');
  for (const u of urls) {
    if (!/^postgres(ql)?:\/\//i.test(u)) throw new Error('DOUDI_DATABASE_REPLICA_URLS: each replica is a postgresql:// URL');
  }
  return { ...db, replicaUrls: urls };
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

/** DOUDI_EXPLORER: `true` or `false`; unset, the explorer is on except in production (NODE_ENV=production). */
export function explorerEnv(env: NodeJS.ProcessEnv): boolean {
  const raw = (env.DOUDI_EXPLORER ?? '').trim();
  if (raw === '') return env.NODE_ENV !== 'production';
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new Error(`DOUDI_EXPLORER must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intEnv(env, 'PORT', 4000),
    db: withReplicas(parseDatabaseUrl(env.DATABASE_URL), env.DOUDI_DATABASE_REPLICA_URLS),
    seedDemo: env.DOUDI_SEED_DEMO !== 'false',
    demoHouseholds: intEnv(env, 'DOUDI_DEMO_HOUSEHOLDS', 3000),
    countCap: intEnv(env, 'DOUDI_COUNT_CAP', 10000),
    maxPageSize: 500,
    fastPage: env.DOUDI_FAST_PAGE !== '0' && env.DOUDI_FAST_PAGE !== 'false',
    clientDist: env.DOUDI_CLIENT_DIST ?? null,
    auth: {
      sessionHours: intEnv(env, 'DOUDI_SESSION_HOURS', 12),
      slowAfter: 3,
      lockAfter: 8,
      ipLimit: Math.max(1, intEnv(env, 'DOUDI_LOGIN_IP_LIMIT', 30)),
      lockSeconds: Math.max(1, intEnv(env, 'DOUDI_LOCK_MINUTES', 15)) * 60,
      delayUnitMs: 500,
    },
    http: { trustProxy: parseTrustProxy(env.DOUDI_TRUST_PROXY) },
    metricsToken: env.DOUDI_METRICS_TOKEN?.trim() || null,
    redis: env.DOUDI_REDIS_URL?.trim() ? { url: env.DOUDI_REDIS_URL.trim(), prefix: env.DOUDI_REDIS_PREFIX?.trim() || 'doudi' } : null,
    demoPassword: env.DOUDI_DEMO_PASSWORD || null,
    demoAccounts: env.DOUDI_SEED_DEMO !== 'false',
    adminPassword: env.DOUDI_ADMIN_PASSWORD || null,
    tasks: {
      graceDays: intEnv(env, 'DOUDI_REPORT_GRACE_DAYS', 0),
      evidenceDir: env.DOUDI_EVIDENCE_DIR ? resolve(env.DOUDI_EVIDENCE_DIR) : null,
      evidenceMaxBytes: intEnv(env, 'DOUDI_EVIDENCE_MAX_MB', 5) * 1024 * 1024,
      findingDueDays: Math.max(1, intEnv(env, 'DOUDI_FINDING_DUE_DAYS', 15)),
    },
    excel: {
      importMaxBytes: Math.floor(positiveEnv(env, 'DOUDI_IMPORT_MAX_MB', 50) * 1024 * 1024),
    },
    ops: loadOpsSettings(env),
    tokens: {
      ratePerMinute: Math.floor(positiveEnv(env, 'DOUDI_TOKEN_RATE_PER_MINUTE', 120)),
      dailyQuota: Math.floor(positiveEnv(env, 'DOUDI_TOKEN_DAILY_QUOTA', 20000)),
      usageFlushSeconds: positiveEnv(env, 'DOUDI_TOKEN_USAGE_FLUSH_SECONDS', 30),
    },
    loops: {
      referralDueDays: intEnv(env, 'DOUDI_REFERRAL_DUE_DAYS', DEFAULT_LOOP_SETTINGS.referralDueDays),
      reliefTownshipLimit: positiveEnv(env, 'DOUDI_RELIEF_TOWNSHIP_LIMIT', DEFAULT_LOOP_SETTINGS.reliefTownshipLimit),
      visitDays: Math.max(1, intEnv(env, 'DOUDI_VISIT_DAYS', DEFAULT_LOOP_SETTINGS.visitDays)),
      visitDaysIntensive: Math.max(1, intEnv(env, 'DOUDI_VISIT_DAYS_INTENSIVE', DEFAULT_LOOP_SETTINGS.visitDaysIntensive)),
      intensiveAge: DEFAULT_LOOP_SETTINGS.intensiveAge,
    },
    events: {
      redisUrl: env.DOUDI_REDIS_URL?.trim() || null,
      redisChannel: env.DOUDI_REDIS_CHANNEL?.trim() || 'doudi:events',
      presenceTtlMs: Math.max(1, intEnv(env, 'DOUDI_PRESENCE_TTL_SECONDS', 30)) * 1000,
    },
    webhooks: {
      worker: env.DOUDI_WEBHOOK_WORKER !== 'false',
      pollMs: Math.max(10, intEnv(env, 'DOUDI_WEBHOOK_POLL_MS', 1000)),
      batch: Math.min(200, Math.max(1, intEnv(env, 'DOUDI_WEBHOOK_BATCH', 20))),
      timeoutMs: Math.max(100, intEnv(env, 'DOUDI_WEBHOOK_TIMEOUT_MS', 10_000)),
      retryBaseMs: Math.max(1, intEnv(env, 'DOUDI_WEBHOOK_RETRY_BASE_MS', 30_000)),
      retryMaxMs: Math.max(1, intEnv(env, 'DOUDI_WEBHOOK_RETRY_MAX_MS', 3_600_000)),
      retryWindowMs: Math.max(1, intEnv(env, 'DOUDI_WEBHOOK_RETRY_WINDOW_MS', 86_400_000)),
    },
    limits: {
      queryTimeoutMs: intEnv(env, 'DOUDI_QUERY_TIMEOUT_MS', 15000),
      jobsPerUser: Math.max(1, intEnv(env, 'DOUDI_JOBS_PER_USER', 2)),
      jobsTotal: Math.max(1, intEnv(env, 'DOUDI_JOBS_TOTAL', 4)),
      aggregateGroups: Math.min(10_000, Math.max(1, intEnv(env, 'DOUDI_AGGREGATE_MAX_GROUPS', 1000))),
      wsConnectionsPerUser: Math.max(1, intEnv(env, 'DOUDI_WS_CONNECTIONS_PER_USER', 10)),
      wsSubscriptionsPerConnection: Math.max(1, intEnv(env, 'DOUDI_WS_SUBSCRIPTIONS_PER_CONNECTION', 20)),
      wsCatchUpRecords: Math.min(10_000, Math.max(1, intEnv(env, 'DOUDI_WS_CATCH_UP_RECORDS', 500))),
    },
    explorer: explorerEnv(env),
    applications: { decisionDays: Math.max(1, intEnv(env, 'DOUDI_APPLICATION_DECISION_DAYS', 30)) },
  };
}
