import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type RequestListener, type Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageDisabled, ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import type { AppConfig } from './config.js';
import { openOrm, migrate, type Orm } from './db/orm.js';
import { assertSchemaComplete } from './db/schema-check.js';
import { syncRegions } from './db/regions-sync.js';
import { getSchema } from './schema.js';
import { QUERY_TIMEOUT_MESSAGE, formatError, internalMessage, isQueryTimeout, logInternalError } from './common/errors.js';
import { INPUT_LIMITS, inputLimitsPlugin, queryTextGuard, verifyJsonNesting } from './common/input-limits.js';
import { JobSlots } from './common/jobs.js';
import { systemClock, type Clock, type RequestContext } from './common/context.js';
import { Access } from './common/access.js';
import { authGatePlugin, piiAccessPlugin, replicaWritePlugin } from './common/plugins.js';
import { installCancelOnClose } from './db/cancel-on-close.js';
import { ReadReplicas } from './db/read-replicas.js';
import { armorProtection } from './common/armor.js';
import { principalOfRequest } from './modules/auth/auth.service.js';
import { TokenGate, tokenUsagePlugin, usageMarkOf } from './modules/auth/token-gate.js';
import { seedAccounts } from './seed/demo-users.js';
import { startPrincipalInvalidation } from './modules/auth/principal-cache.js';
import { passwordChangeGate } from './modules/auth/password-change-gate.js';
import { seedPlan2020 } from './seed/plan-2020-seed.js';
import { deadlineRules } from './modules/tasks/tasks.context.js';
import { evidenceRouter } from './modules/tasks/evidence.route.js';
import { applicationFileRouter } from './modules/applications/application-file.route.js';
import { seedMonitoringLines } from './modules/monitoring/monitoring-line.js';
import { seedDibaoStandards } from './modules/assistance/dibao-standard.service.js';
import { RAW_HANDOFF, fastPage, type FastPageDeps, type RawHandoff } from './modules/household/fast-page/serve.js';
import { rawFastPage } from './modules/household/fast-page/raw-route.js';
import { PagePlans } from './modules/household/fast-page/plan.js';
import { exportRouter } from './modules/excel/export.route.js';
import { importRouter } from './modules/excel/import.route.js';
import { comparisonRouter } from './modules/comparison/comparison.route.js';
import { acquireStartupLock } from './db/startup-lock.js';
import { readyRouter } from './ops/readyz.route.js';
import { apiToolsRouter } from './modules/api-tools/api-tools.route.js';
import { logger } from './common/log.js';
import { Metrics, metricsRouter, poolInUseOf } from './common/metrics.js';
import { observationOf, observePlugin, observeRequests, startObservation } from './common/observe.js';
import { clientShell, recordedSecurityHeaders, securityHeaders } from './common/security-headers.js';
import { createLoginLimiter } from './modules/auth/login-limiter.js';
import { AuditEventRelay, EventBus } from './modules/events/event-bus.js';
import { SettledCursors } from './modules/events/in-flight.js';
import { startLiveServer } from './modules/events/live-server.js';
import { WebhookOutbox } from './modules/webhooks/webhook-outbox.js';
import { WebhookWorker } from './modules/webhooks/webhook-worker.js';
import { startPresence } from './modules/presence/presence.start.js';
import type { PresenceHub } from './modules/presence/presence.hub.js';

export interface App {
  orm: Orm;
  /** Committed changes of this instance (modules/events). */
  bus: EventBus;
  /** Who has which ledger open (modules/presence). */
  presence: PresenceHub;
  server: Server;
  url: string;
  /** Writes the API tokens' usage counted in memory now (otherwise every DOUDI_TOKEN_USAGE_FLUSH_SECONDS, and at close). */
  flushTokenUsage(): Promise<void>;
  close(): Promise<void>;
}

function defaultClientDist(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  // server/src or server/dist → client/dist
  const candidate = resolve(here, '..', '..', 'client', 'dist');
  return existsSync(join(candidate, 'index.html')) ? candidate : null;
}

export interface StartOptions {
  clock?: Clock;
  log?: (line: string) => void;
  host?: string;
}

/** Opens the database (migrating and seeding as needed), then serves the API at /graphql and the client at /. */
export async function startApp(config: AppConfig, opts: StartOptions = {}): Promise<App> {
  const log = opts.log ?? ((l: string) => logger().info(l.replace(/^\[doudi\] /, '')));
  const clock = opts.clock ?? systemClock;
  // Migrations and seeding run without the requests' statement timeout (an index on a large table may take long);
  // the server's own connections are opened afterwards, with it.
  const setup = await openOrm(config.db);
  let ready = false;
  // Of several instances started together, one migrates and seeds; the others wait here, then find the work done.
  const releaseStartupLock = await acquireStartupLock(config.db).catch(async (err) => { await setup.close(true); throw err; });
  try {
    await migrate(setup);
    await assertSchemaComplete(setup, config.db.kind);
    await syncRegions(setup.em.fork());
    await seedAccounts(setup.em.fork(), config, log, clock.now());
    await seedMonitoringLines(setup.em.fork(), clock.now());
    await seedDibaoStandards(setup.em.fork(), clock.now());
    await seedPlan2020(setup.em.fork(), clock.now(), { demo: config.seedDemo, rules: deadlineRules(config), log });
    if (config.seedDemo) await (await import('./seed/demo-seed.js')).seedDemoIfEmpty(setup, config, log, clock.now());
  } finally {
    await releaseStartupLock();
    await setup.close(true);
  }
  const orm = await openOrm(config.db, {}, { queryTimeoutMs: config.limits.queryTimeoutMs });
  // Sessions ended and tokens revoked on any instance are forgotten here at once (Redis), or within a short TTL.
  const stopInvalidation = await startPrincipalInvalidation(config.redis, log);
  // PostgreSQL: a read whose client goes away has its statement cancelled at once (not only at the timeout).
  const cancelScope = installCancelOnClose(orm, config.db.kind);
  // API tokens' rate limit, daily quota and usage (counted in memory, flushed every DOUDI_TOKEN_USAGE_FLUSH_SECONDS).
  const tokenGate = new TokenGate(orm, config, clock);
  tokenGate.start();
  // Streaming replicas, when configured, serve lists, counts, exports and the overview (db/read-replicas.ts).
  const replicas = await ReadReplicas.open(config.db, { queryTimeoutMs: config.limits.queryTimeoutMs });
  if (replicas) log(`[doudi] reading lists from ${replicas.count} replica(s)`);
  // Committed audit rows become change events (subscriptions).
  const bus = new EventBus();
  orm.em.getEventManager().registerSubscriber(new AuditEventRelay(bus));
  // PostgreSQL: an event's cursor handed to clients never passes an audit id still uncommitted (events/in-flight.ts).
  orm.em.getEventManager().registerSubscriber(new SettledCursors(config.db.kind));
  // Webhooks: the events of every change are queued for the matching endpoints in the change's own transaction; the
  // worker (unless DOUDI_WEBHOOK_WORKER=false) delivers them, at once after such a commit or at the next poll.
  const webhooks = config.webhooks.worker ? new WebhookWorker(orm, config.db.kind, config.webhooks, log) : null;
  orm.em.getEventManager().registerSubscriber(new WebhookOutbox(config.db.kind, config.webhooks, () => webhooks?.nudge()));
  // With DOUDI_REDIS_URL the instances share their events (subscribers on every instance hear every change).
  if (config.events.redisUrl) {
    const { connectRedisFanOut } = await import('./modules/events/redis-fan-out.js');
    bus.connect(await connectRedisFanOut(bus, config.events, log).catch(async (err) => { await orm.close(true); throw err; }));
  }

  // Presence (who has which ledger open): in memory, or shared through Redis with DOUDI_REDIS_URL.
  const presence = await startPresence(config.events, log).catch(async (err) => { await bus.close(); await orm.close(true); throw err; });

  const app = express();
  app.disable('x-powered-by');
  // The client's address: the socket's, or X-Forwarded-For's as far as DOUDI_TRUST_PROXY trusts the proxies.
  app.set('trust proxy', config.http.trustProxy);
  const jobs = new JobSlots(config.limits.jobsPerUser, config.limits.jobsTotal);
  const metrics = new Metrics({ poolInUse: () => poolInUseOf(orm), jobs });
  const loginLimiter = createLoginLimiter(config.auth, config.redis);
  app.use(observeRequests(logger(), metrics));
  app.use(securityHeaders());
  // Requests go to Express, or first to the fast page path's raw route once it is set up (below).
  let listener: RequestListener = app;
  const httpServer = await new Promise<Server>((res) => {
    const s = createServer((req, r) => listener(req, r)).listen(config.port, opts.host ?? '0.0.0.0', () => res(s));
  });

  const armor = armorProtection();
  const schema = await getSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    csrfPrevention: true,
    // The process's signals are main.ts's: it drains the HTTP server, then calls close(). Apollo's own SIGTERM handler
    // raced with it (and re-sent the signal), which left an idle server's stop hanging.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Introspection is allowed, but the auth gate refuses it to anonymous callers.
    introspection: true,
    validationRules: armor.validationRules,
    // Compact JSON (Apollo pretty-prints by default), and no per-field hooks: the cache-control plugin Apollo installs
    // by default wraps every field's resolver, which costs more than the resolvers of a 100-row page themselves.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(), authGatePlugin,
      inputLimitsPlugin as ApolloServerPlugin<RequestContext>, piiAccessPlugin, tokenUsagePlugin, observePlugin(metrics), ...(replicas ? [replicaWritePlugin(replicas)] : []), ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
    ],
  });
  await apollo.start();
  const live = startLiveServer({
    httpServer, schema: await getSchema(), fork: () => orm.em.fork(), bus, presence, config, clock, validationRules: armor.validationRules,
  });

  // The GraphQL context of a request: Apollo's, and the fast page path's (modules/household/fast-page).
  const contextOf = async (req: Request, res: Response): Promise<RequestContext> => {
    const em = orm.em.fork();
    const principal = await principalOfRequest(req.headers, em, clock, config.auth);
    const observation = observationOf(res);
    const requestId = observation.requestId;
    const readEm = replicas ? await replicas.emFor(principal?.tokenId ?? null, em) : em;
    const changeSet = String(req.headers['x-doudi-change-set'] ?? '');
    return {
      em,
      readEm,
      config,
      clock,
      requestId,
      changeSet: /^[A-Za-z0-9-]{8,64}$/.test(changeSet) ? changeSet : null,
      access: new Access(principal),
      pii: { households: new Set() },
      loaders: new Map(),
      usageMark: usageMarkOf(res),
      tokenUsage: tokenGate.usage,
      // Read only by the few resolvers that need it (sign-in): Express's req.ip walks the proxy chain each time.
      get clientIp() { return clientIpOf(req); },
      loginLimiter,
      observation,
      webhooksNudge: () => webhooks?.nudge(),
      presence,
    };
  };

  const fastDeps: FastPageDeps = {
    enabled: () => config.fastPage !== false, schema, validationRules: armor.validationRules, contextOf, operationLabel: (t, n) => metrics.operationLabel(t, n),
  };
  const pagePlans = new PagePlans(schema, armor.validationRules);
  // The households page in front of Express (fast-page/raw-route.ts); everything else is handed to Express whole.
  listener = rawFastPage({
    fast: fastDeps, plans: pagePlans, express: app, observe: (req, res) => startObservation(logger(), metrics, req, res),
    securityHeaders: await recordedSecurityHeaders(), tokenGate: (h, res, refuse) => tokenGate.pass(h, res, refuse), cancelScope: cancelScope(false), etag: app.get('etag fn') as never,
  });

  app.get('/healthz', (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'starting', db: config.db.kind });
  });
  app.use(['/graphql', '/api'], tokenGate.middleware);
  const clientDist = config.clientDist ?? defaultClientDist();
  // GET /graphql/schema.graphql and /graphql/explorer: before the API, which would take every path under /graphql.
  app.use(apiToolsRouter(orm, config, clock, clientDist));
  app.use(
    '/graphql',
    // A body the raw fast page route already read comes with the request (express.json skips a finished stream).
    resuppliedBody,
    express.json({ limit: INPUT_LIMITS.bodyBytes, verify: verifyJsonNesting }),
    queryTextGuard,
    // Opened after the body is read so the scope follows the execution; queries are marked cancellable per operation.
    cancelScope(false),
    // The households page without Apollo when its document allows (DOUDI_FAST_PAGE=0: off; read per request).
    fastPage(fastDeps, pagePlans),
    expressMiddleware(apollo, { context: ({ req, res }) => contextOf(req, res) }),
  );

  app.use(readyRouter(orm, config.db.kind));
  app.use(metricsRouter(metrics, orm, config, clock));
  // The file routes (evidence, imports, exports) refuse a user who still holds a one-time password.
  app.use('/api', passwordChangeGate(orm, config, clock));
  app.use(evidenceRouter(orm, config, clock));
  app.use(applicationFileRouter(orm, config, clock));
  app.use(importRouter(orm, config, clock, jobs));
  app.use('/api/exports', cancelScope(true));
  app.use(exportRouter(orm, config, clock, jobs, replicas));
  app.use(comparisonRouter(orm, config, clock));

  if (clientDist) {
    // The app shell carries the CSP nonce of its answer: served by clientShell, never as a static file.
    const shell = clientShell(clientDist);
    app.get(['/', '/index.html'], shell);
    const serveClient = express.static(clientDist, { index: false, maxAge: '1h' });
    // The explorer's build (client/dist/explorer/) is served only at /graphql/explorer, and only when it is on.
    app.use((req, res, next) => (/^\/explorer(\/|$)/.test(req.path) ? next() : serveClient(req, res, next)));
    // Client-side routes fall back to the app shell.
    app.get(/^\/(?!graphql|api|healthz|metrics).*/, shell);
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain; charset=utf-8').send('兜底台账 API: POST /graphql (the client is not built: run `pnpm build`)');
    });
  }
  app.use(bodyErrorHandler);
  webhooks?.start();
  ready = true;

  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    orm,
    bus,
    presence,
    server: httpServer,
    url: `http://localhost:${port}`,
    flushTokenUsage: () => tokenGate.usage.flush(),
    close: async () => {
      // Requests in flight to webhook receivers finish (each within DOUDI_WEBHOOK_TIMEOUT_MS); no new claims.
      await webhooks?.stop();
      await live.close();
      await presence.close();
      await apollo.stop();
      await tokenGate.stop();
      await loginLimiter.close();
      await replicas?.close();
      await stopInvalidation();
      await bus.close();
      await orm.close(true);
    },
  };
}

/**
 * The last error handler: a malformed or oversized body is the caller's fault (400 BAD_REQUEST / 413 TOO_LARGE);
 * anything else is logged with an id and answered with that id. Never Express's default handler, which prints the
 * error — and body-parser's JSON error quotes the body, passwords and ID numbers included.
 */
function bodyErrorHandler(err: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(err);
    return;
  }
  const e = err as { type?: unknown; status?: unknown; expose?: unknown };
  const status = typeof e?.status === 'number' ? e.status : 500;
  let code: string;
  let message: string;
  const extensions: Record<string, unknown> = {};
  if (e?.type === 'entity.too.large') {
    code = 'TOO_LARGE';
    message = req.path.startsWith('/graphql')
      ? `请求体过大（最多 ${INPUT_LIMITS.bodyBytes / 1048576} MB）；请分批提交`
      : '请求体过大';
  } else if (e?.type === 'entity.too.deep') {
    code = 'TOO_DEEP';
    message = `请求体嵌套过深（最多 ${INPUT_LIMITS.jsonNesting} 层）`;
  } else if (isQueryTimeout(err)) {
    // e.g. the session look-up of /api/* waited past DOUDI_QUERY_TIMEOUT_MS for a connection (SQLite during an import)
    code = 'QUERY_TIMEOUT';
    message = QUERY_TIMEOUT_MESSAGE;
  } else if (status >= 400 && status < 500) {
    code = 'BAD_REQUEST';
    message = e?.type === 'entity.parse.failed' ? '请求体不是有效的 JSON' : '请求格式无效';
  } else {
    code = 'INTERNAL_SERVER_ERROR';
    const errorId = logInternalError(`${req.method} ${req.path.slice(0, 80)}`, err);
    message = internalMessage(errorId);
    extensions.errorId = errorId;
  }
  res.status(code === 'TOO_LARGE' ? 413 : code === 'QUERY_TIMEOUT' ? 503 : status >= 400 && status < 500 ? 400 : 500)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** The body (or body-parser's error) the raw fast page route read before handing the request to Express. */
function resuppliedBody(req: Request, _res: Response, next: NextFunction): void {
  const handoff = (req as unknown as Record<symbol, RawHandoff | undefined>)[RAW_HANDOFF];
  if (handoff?.error) {
    next(handoff.error);
    return;
  }
  if (handoff && 'body' in handoff) req.body = handoff.body;
  next();
}

/** The client's address as Express determined it (trust proxy applied), without the IPv4-mapped IPv6 prefix. */
function clientIpOf(req: Request): string {
  return String(req.ip ?? req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
}
