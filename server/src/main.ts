import 'reflect-metadata';
import { loadConfig } from './config.js';
import { startApp } from './app.js';
import { gracefulStopper } from './ops/graceful-stop.js';
import { markDraining } from './ops/lifecycle.js';
import { startBackupSchedule } from './ops/backup-schedule.js';
import { logger } from './common/log.js';

const log = logger();
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  log.fatal(`configuration: ${(err as Error)?.message ?? String(err)}`);
  process.exit(1);
}
const where = config.db.kind === 'sqlite' ? `SQLite ${config.db.url}` : 'PostgreSQL';
log.info(`starting on ${where} …`);
startApp(config)
  .then((app) => {
    log.info({ url: `${app.url}/` }, `兜底台账 is running: ${app.url}/  (GraphQL API: ${app.url}/graphql)`);
    const drain = gracefulStopper(app.server);
    const schedule = config.ops.backup;
    const stopBackups = schedule ? startBackupSchedule(config, schedule, (l) => log.info(l.replace(/^\[doudi\] /, ''))) : () => undefined;
    if (schedule) log.info(`backups every ${schedule.everyHours} h into ${schedule.dir}, keeping ${schedule.keep}`);
    let stopping = false;
    // SIGTERM: stop accepting, let requests in flight (streamed exports too) finish within the timeout, then close the
    // database pool and exit 0.
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      markDraining();
      stopBackups();
      log.info(`${signal}: stopping (requests in flight: ${drain.inFlight()}; waiting up to ${config.ops.shutdownTimeoutMs} ms)`);
      void drain.stop(config.ops.shutdownTimeoutMs)
        .then((graceful) => {
          if (!graceful) log.warn('requests still running at the timeout were cut off');
          return app.close();
        })
        .then(() => {
          log.info('stopped');
          process.exit(0);
        }, (err: unknown) => {
          log.error({ err }, `error while stopping: ${(err as Error)?.message ?? String(err)}`);
          process.exit(1);
        });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  })
  .catch((err: unknown) => {
    log.fatal({ err }, `failed to start: ${(err as Error)?.message ?? String(err)}`);
    process.exit(1);
  });
