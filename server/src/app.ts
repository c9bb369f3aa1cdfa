import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { AppConfig } from './config.js';
import { openOrm, migrate, type Orm } from './db/orm.js';
import { syncRegions } from './db/regions-sync.js';
import { getSchema } from './schema.js';
import { formatError } from './common/errors.js';
import { systemClock, type Clock, type RequestContext } from './common/context.js';

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
    await syncRegions(orm.em.fork());
    if (config.seedDemo) await (await import('./seed/demo-seed.js')).seedDemoIfEmpty(orm, config, log);
  } catch (err) {
    await orm.close(true);
    throw err;
  }

  const app = express();
  app.disable('x-powered-by');
  const httpServer = await new Promise<Server>((res) => {
    const s = app.listen(config.port, opts.host ?? '0.0.0.0', () => res(s));
  });

  const apollo = new ApolloServer<RequestContext>({
    schema: await getSchema(),
    formatError,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'starting', db: config.db.kind });
  });
  app.use(
    '/graphql',
    express.json({ limit: '20mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        em: orm.em.fork(),
        config,
        clock,
        requestId: String(req.headers['x-request-id'] ?? randomUUID()),
        loaders: new Map(),
      }),
    }),
  );

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
