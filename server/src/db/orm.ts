import { MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { DbConfig } from '../config.js';
import { ENTITIES } from './entities.js';
import { sqliteMigrations, postgresqlMigrations } from './migrations/index.js';

export type Orm = MikroORM;

/** Pragmas for every SQLite connection (the pool recycles them): a committed edit must survive a power cut. */
const SQLITE_PRAGMAS = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = FULL',
  'PRAGMA foreign_keys = ON',
  'PRAGMA busy_timeout = 10000',
  'PRAGMA cache_size = -65536',
  'PRAGMA temp_store = MEMORY',
];

/** Time bounds of the server's requests (not of the CLI, migrations or bulk loads, which may run long). */
export interface RequestBounds {
  /** PostgreSQL statement_timeout, and the longest wait for a pooled connection (both databases); 0: none. */
  queryTimeoutMs: number;
}

export function ormOptions(db: DbConfig, extra: Partial<Options> = {}, bounds: RequestBounds | null = null): Options {
  // tarn's default wait for a connection is 60 s; a request should hear QUERY_TIMEOUT rather than hang that long.
  const acquire = bounds && bounds.queryTimeoutMs > 0 ? { acquireTimeoutMillis: bounds.queryTimeoutMs } : {};
  const common: Partial<Options> = {
    entities: ENTITIES,
    extensions: [Migrator],
    debug: false,
    // Never print SQL parameters: they carry ID numbers and phones.
    logger: () => undefined,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ...extra,
  };
  if (db.kind === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: db.url,
      pool: { min: 0, max: 10, ...acquire },
      // The server cancels any statement running longer than this (error 57014 → QUERY_TIMEOUT), so a query whose
      // client has gone frees its connection at the latest then.
      ...(bounds && bounds.queryTimeoutMs > 0 ? { driverOptions: { connection: { statement_timeout: bounds.queryTimeoutMs } } } : {}),
      migrations: { migrationsList: postgresqlMigrations, transactional: true, allOrNothing: true, snapshot: false, ...extra.migrations },
    } as Options;
  }
  return {
    ...common,
    driver: LibSqlDriver,
    dbName: db.url,
    pool: {
      min: 1,
      max: 1,
      // One connection: a request waits for it at most this long (busy_timeout bounds the file lock's wait).
      ...acquire,
      afterCreate: (conn: { exec(sql: string): unknown }, done: (err: unknown, conn: unknown) => void) => {
        try {
          for (const p of SQLITE_PRAGMAS) conn.exec(p);
          done(null, conn);
        } catch (err) {
          done(err, conn);
        }
      },
    },
    migrations: { migrationsList: sqliteMigrations, transactional: true, allOrNothing: true, snapshot: false, ...extra.migrations },
  } as Options;
}

export async function openOrm(db: DbConfig, extra: Partial<Options> = {}, bounds: RequestBounds | null = null): Promise<Orm> {
  const orm = await MikroORM.init(ormOptions(db, extra, bounds));
  if (db.kind === 'sqlite') keepDatesInSnapshots(orm);
  return orm;
}

/**
 * SQLite: entity snapshots keep Date values as Dates, like the data an entity is loaded with. MikroORM's SQLite
 * platform turns them into integers (ms) for snapshots only, while a loaded entity's original data holds the hydrated
 * Dates; the comparator then saw `createdAt`/`updatedAt` of every loaded entity as changed, and a flush of a loaded,
 * unchanged entity wrote an UPDATE that bumped its version with no event (a household when one of its members was
 * edited, a referral when a check was saved): another clerk's live grid was then one version behind. The driver binds
 * a Date as its integer ms, so what is stored is unchanged. Set before any comparator is generated (they are lazy).
 */
function keepDatesInSnapshots(orm: Orm): void {
  const platform = orm.em.getPlatform() as unknown as { processDateProperty(value: unknown): unknown };
  platform.processDateProperty = (value: unknown) => value;
}

/** Applies the committed migrations that have not run yet. */
export async function migrate(orm: Orm): Promise<void> {
  await orm.getMigrator().up();
}
