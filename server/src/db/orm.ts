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

export function ormOptions(db: DbConfig, extra: Partial<Options> = {}): Options {
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
      pool: { min: 0, max: 10 },
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

export async function openOrm(db: DbConfig, extra: Partial<Options> = {}): Promise<Orm> {
  return MikroORM.init(ormOptions(db, extra));
}

/** Applies the committed migrations that have not run yet. */
export async function migrate(orm: Orm): Promise<void> {
  await orm.getMigrator().up();
}
