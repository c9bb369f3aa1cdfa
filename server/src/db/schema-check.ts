// Start-up check: every index and constraint the committed migrations create exists in the database. A bulk load
// that died half-way (or a hand-made DROP INDEX) must not leave a server running without the rules the indexes hold
// (one person, one household). The expected names come from the migrations' own SQL, per dialect.
import type { MigrationObject } from '@mikro-orm/core';
import type { DbKind } from '../config.js';
import { queryRows } from '../common/sql.js';
import type { Orm } from './orm.js';
import { postgresqlMigrations, sqliteMigrations } from './migrations/index.js';

const NAME = '[`"]?([A-Za-z0-9_]+)[`"]?';
const CREATE_INDEX = new RegExp(`create (?:unique )?index (?:if not exists )?${NAME}`, 'gi');
const CONSTRAINT = new RegExp(`constraint ${NAME}`, 'gi');
const DROP_INDEX = new RegExp(`drop index (?:if exists )?${NAME}`, 'gi');
const DROP_CONSTRAINT = new RegExp(`drop constraint (?:if exists )?${NAME}`, 'gi');

export interface SchemaObjects { indexes: string[]; constraints: string[] }

/** The index and constraint names the migrations' `up` statements leave behind. */
export async function expectedSchemaObjects(orm: Orm, kind: DbKind): Promise<SchemaObjects> {
  const list: MigrationObject[] = kind === 'sqlite' ? sqliteMigrations : postgresqlMigrations;
  const indexes = new Set<string>();
  const constraints = new Set<string>();
  for (const m of list) {
    const Cls = m.class as unknown as new (driver: unknown, config: unknown) => { up(): Promise<void> | void; getQueries(): unknown[] };
    const migration = new Cls(orm.em.getDriver(), orm.config);
    await migration.up();
    for (const q of migration.getQueries()) {
      const text = String(q);
      for (const [, n] of text.matchAll(CREATE_INDEX)) indexes.add(n!);
      // SQLite keeps constraints written inside CREATE TABLE nameless: only its indexes can be looked up by name.
      if (kind === 'postgresql' && !/^\s*drop/i.test(text)) for (const [, n] of text.matchAll(CONSTRAINT)) constraints.add(n!);
      for (const [, n] of text.matchAll(DROP_INDEX)) indexes.delete(n!);
      for (const [, n] of text.matchAll(DROP_CONSTRAINT)) constraints.delete(n!);
    }
  }
  return { indexes: [...indexes].sort(), constraints: [...constraints].sort() };
}

/** The expected names the database lacks (empty when all is well). */
export async function missingSchemaObjects(orm: Orm, kind: DbKind): Promise<string[]> {
  const expected = await expectedSchemaObjects(orm, kind);
  const em = orm.em.fork();
  if (kind === 'sqlite') {
    const rows = await queryRows<{ name: string }>(em, { text: `SELECT name FROM sqlite_master WHERE type = 'index'`, params: [] });
    const have = new Set(rows.map((r) => r.name));
    return expected.indexes.filter((n) => !have.has(n)).map((n) => `index ${n}`);
  }
  const idx = await queryRows<{ name: string }>(em, { text: 'SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()', params: [] });
  const con = await queryRows<{ name: string }>(em, {
    text: 'SELECT c.conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema()', params: [],
  });
  const haveIdx = new Set(idx.map((r) => r.name));
  const haveCon = new Set(con.map((r) => r.name));
  return [
    ...expected.indexes.filter((n) => !haveIdx.has(n) && !haveCon.has(n)).map((n) => `index ${n}`),
    ...expected.constraints.filter((n) => !haveCon.has(n)).map((n) => `constraint ${n}`),
  ];
}

/** Throws (the server refuses to start) naming every index and constraint that is missing. */
export async function assertSchemaComplete(orm: Orm, kind: DbKind): Promise<void> {
  const missing = await missingSchemaObjects(orm, kind);
  if (missing.length) {
    throw new Error(`the database lacks ${missing.length} index(es)/constraint(s) its migrations define: ${missing.join(', ')}. ` +
      'Restore them (see docs/operations.md, "Start-up check") before starting the server');
  }
}
