import 'reflect-metadata';
import { loadConfig } from './config.js';
import { startApp } from './app.js';

const config = loadConfig();
const where = config.db.kind === 'sqlite' ? `SQLite ${config.db.url}` : 'PostgreSQL';
console.log(`[doudi] starting on ${where} …`);
startApp(config)
  .then((app) => {
    console.log(`[doudi] 兜底台账 is running: ${app.url}/  (GraphQL API: ${app.url}/graphql)`);
    const stop = () => void app.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((err: unknown) => {
    console.error(`[doudi] failed to start: ${(err as Error)?.message ?? String(err)}`);
    process.exit(1);
  });
