import { timingSafeEqual, createHash } from 'node:crypto';
import express, { type Router } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Orm } from '../db/orm.js';
import type { AppConfig } from '../config.js';
import type { Clock } from './context.js';
import type { JobSlots } from './jobs.js';
import { principalOfRequest } from '../modules/auth/auth.service.js';

/** Distinct GraphQL operation names kept as labels; beyond, `other` (a client names its operations freely). */
const MAX_OPERATIONS = 200;

/**
 * The server's Prometheus metrics, one registry per app (several apps may run in one test process):
 * requests and their duration by route and GraphQL operation, errors by code, the database pool in use, the
 * process's own metrics (event-loop lag, memory, CPU), and the heavy jobs running and the rows they handled.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  readonly requests: Counter<'route' | 'operation' | 'status'>;
  readonly duration: Histogram<'route' | 'operation'>;
  readonly errors: Counter<'code'>;
  readonly jobRows: Counter<'kind'>;

  constructor(sources: { poolInUse: () => number; jobs: JobSlots }) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'doudi_process_', eventLoopMonitoringPrecision: 20 });
    this.requests = new Counter({ name: 'doudi_http_requests_total', help: 'HTTP requests answered, by route, GraphQL operation and status', labelNames: ['route', 'operation', 'status'], registers });
    this.duration = new Histogram({
      name: 'doudi_http_request_duration_seconds', help: 'Time to answer a request, by route and GraphQL operation', labelNames: ['route', 'operation'], registers,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    });
    this.errors = new Counter({ name: 'doudi_errors_total', help: 'Errors answered, by error code', labelNames: ['code'], registers });
    this.jobRows = new Counter({ name: 'doudi_job_rows_total', help: 'Rows handled by import and export jobs', labelNames: ['kind'], registers });
    new Gauge({ name: 'doudi_db_pool_in_use', help: 'Database connections in use', registers, collect() { this.set(sources.poolInUse()); } });
    new Gauge({ name: 'doudi_jobs_running', help: 'Import and export jobs running now', registers, collect() { this.set(sources.jobs.active); } });
    sources.jobs.onRows = (kind, rows) => this.jobRows.inc({ kind }, rows);
  }

  /** The operation label: `query:Name` for a named operation, while fewer than MAX_OPERATIONS were seen. */
  operationLabel(type: string | undefined, name: string | undefined): string {
    if (!type) return '';
    const label = `${type}:${name && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : '(anonymous)'}`;
    if (this.operations.has(label)) return label;
    if (this.operations.size >= MAX_OPERATIONS) return `${type}:other`;
    this.operations.add(label);
    return label;
  }

  observe(route: string, operation: string, status: number, seconds: number, errorCodes: readonly string[]): void {
    this.requests.inc({ route, operation, status: String(status) });
    this.duration.observe({ route, operation }, seconds);
    for (const code of errorCodes) this.errors.inc({ code });
  }
}

/** A bounded route label for a path (never the path itself: ids and file names would make labels without end). */
export function routeOf(path: string): string {
  const m = /^\/(graphql|metrics|healthz|readyz)(?:\/|$)/.exec(path);
  if (m) return `/${m[1]}`;
  const api = /^\/api\/(imports|exports|evidence)(?:\/|$)/.exec(path);
  if (api) return `/api/${api[1]}`;
  return path.startsWith('/api/') ? '/api/other' : 'client';
}

/** Connections in use of the ORM's pool (knex's tarn pool), 0 when it cannot be read. */
export function poolInUseOf(orm: Orm): number {
  try {
    const knex = (orm.em.getConnection() as unknown as { getKnex(): { client: { pool?: { numUsed(): number } } } }).getKnex();
    return knex.client.pool?.numUsed() ?? 0;
  } catch {
    return 0;
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest();

/**
 * GET /metrics in Prometheus text format, for an admin (session or API token) or the DOUDI_METRICS_TOKEN bearer;
 * anonymous callers 401, others 403.
 */
export function metricsRouter(metrics: Metrics, orm: Orm, config: AppConfig, clock: Clock): Router {
  const router = express.Router();
  router.get('/metrics', async (req, res) => {
    const deny = (status: number, code: string, message: string) =>
      res.status(status).set('Cache-Control', 'no-store').json({ errors: [{ message, extensions: { code } }] });
    const bearer = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    if (!bearer) return deny(401, 'UNAUTHENTICATED', '请先登录（缺少 Authorization: Bearer 令牌）');
    const expected = config.metricsToken;
    const byToken = !!expected && timingSafeEqual(sha(bearer), sha(expected));
    if (!byToken) {
      const principal = await principalOfRequest(req.headers, orm.em.fork(), clock, config.auth);
      if (!principal) return deny(401, 'UNAUTHENTICATED', '令牌无效或已过期');
      if (principal.role !== 'ADMIN') return deny(403, 'FORBIDDEN', '只有系统管理员可以查看运行指标');
    }
    res.set('Content-Type', metrics.registry.contentType).set('Cache-Control', 'no-store').send(await metrics.registry.metrics());
  });
  return router;
}
