import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import express from 'express';
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
import { formatError } from './common/errors.js';
import { systemClock, type Clock, type RequestContext } from './common/context.js';
import { Access } from './common/access.js';
import { authGatePlugin, piiAccessPlugin } from './common/plugins.js';
import { armorProtection } from './common/armor.js';
import { principalOfRequest } from './modules/auth/auth.service.js';
import { seedDemoUsers } from './seed/demo-users.js';
import { seedPlan2020 } from './seed/plan-2020-seed.js';
import { deadlineRules } from './modules/tasks/tasks.context.js';
import { evidenceRouter } from './modules/tasks/evidence.route.js';
import { seedMonitoringLines } from './modules/monitoring/monitoring-line.js';
import { exportRouter } from './modules/excel/export.route.js';
import { importRouter } from './modules/excel/import.route.js';

export interface App {
  orm: Orm;
  server: Server;
  url: string;
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
  const log = opts.log ?? ((l: string) => console.log(l));
  const clock = opts.clock ?? systemClock;
  const orm = await openOrm(config.db);
  let ready = false;
  try {
    await migrate(orm);
    await assertSchemaComplete(orm, config.db.kind);
    await syncRegions(orm.em.fork());
    await seedDemoUsers(orm.em.fork(), config.demoPassword, log);
    await seedMonitoringLines(orm.em.fork(), clock.now());
    await seedPlan2020(orm.em.fork(), clock.now(), { demo: config.seedDemo, rules: deadlineRules(config), log });
    if (config.seedDemo) await (await import('./seed/demo-seed.js')).seedDemoIfEmpty(orm, config, log, clock.now());
  } catch (err) {
    await orm.close(true);
    throw err;
  }

  const app = express();
  app.disable('x-powered-by');
  const httpServer = await new Promise<Server>((res) => {
    const s = app.listen(config.port, opts.host ?? '0.0.0.0', () => res(s));
  });

  const armor = armorProtection();
  const apollo = new ApolloServer<RequestContext>({
    schema: await getSchema(),
    formatError,
    csrfPrevention: true,
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
      piiAccessPlugin, ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'starting', db: config.db.kind });
  });
  app.use(
    '/graphql',
    express.json({ limit: '20mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext> => {
        const em = orm.em.fork();
        const principal = await principalOfRequest(req.headers, em, clock, config.auth);
        const requestId = String(req.headers['x-request-id'] ?? '').slice(0, 64) || randomUUID();
        const changeSet = String(req.headers['x-doudi-change-set'] ?? '');
        return {
          em,
          config,
          clock,
          requestId,
          changeSet: /^[A-Za-z0-9-]{8,64}$/.test(changeSet) ? changeSet : null,
          access: new Access(principal),
          pii: { households: new Set() },
          loaders: new Map(),
        };
      },
    }),
  );

  app.use(evidenceRouter(orm, config, clock));
  app.use(importRouter(orm, config, clock));
  app.use(exportRouter(orm, config, clock));

  const clientDist = config.clientDist ?? defaultClientDist();
  if (clientDist) {
    app.use(express.static(clientDist, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes fall back to the app shell.
    app.get(/^\/(?!graphql|api|healthz).*/, (_req, res) => res.sendFile(join(clientDist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain; charset=utf-8').send('兜底台账 API: POST /graphql (the client is not built: run `pnpm build`)');
    });
  }
  ready = true;

  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    orm,
    server: httpServer,
    url: `http://localhost:${port}`,
    close: async () => {
      await apollo.stop();
      await orm.close(true);
    },
  };
}
