// Start-up check: every index, constraint and trigger the committed migrations create exists in the database. A bulk load
// that died half-way (or a hand-made DROP INDEX) must not leave a server running without the rules the indexes hold
// (one person, one household). The expected names come from the migrations' own SQL, per dialect.
import type { MigrationObject } from '@mikro-orm/core';
import type { DbKind } from '../config.js';
import { queryRows } from '../common/sql.js';
import type { Orm } from './orm.js';
import { postgresqlMigrations, sqliteMigrations } from './migrations/index.js';

const NAME = '[`"]?([A-Za-z0-9_]+)[`"]?';
const CREATE_INDEX = new RegExp(`create (?:unique )?index (?:concurrently )?(?:if not exists )?${NAME} on ${NAME}`, 'gi');
const CREATE_TABLE = new RegExp(`^\\s*create table (?:if not exists )?${NAME}`, 'i');
const ALTER_TABLE = new RegExp(`^\\s*alter table (?:if exists )?(?:only )?${NAME}`, 'i');
const CONSTRAINT = new RegExp(`constraint ${NAME}`, 'gi');
const DROP_INDEX = new RegExp(`drop index (?:concurrently )?(?:if exists )?${NAME}`, 'gi');
const DROP_CONSTRAINT = new RegExp(`drop constraint (?:if exists )?${NAME}`, 'gi');
const DROP_TABLE = new RegExp(`drop table (?:if exists )?${NAME}`, 'gi');
const RENAME_INDEX = new RegExp(`alter index (?:if exists )?${NAME} rename to ${NAME}`, 'gi');
const RENAME_CONSTRAINT = new RegExp(`rename constraint ${NAME} to ${NAME}`, 'gi');
const RENAME_TABLE = new RegExp(`rename to ${NAME}`, 'i');
const CREATE_TRIGGER = new RegExp(`create trigger (?:if not exists )?${NAME}`, 'gi');
const DROP_TRIGGER = new RegExp(`drop trigger (?:if exists )?${NAME}`, 'gi');

export interface SchemaObjects { indexes: string[]; constraints: string[]; triggers: string[] }

/** The index and constraint names the migrations' `up` statements leave behind (renames and drops followed). */
export async function expectedSchemaObjects(orm: Orm, kind: DbKind): Promise<SchemaObjects> {
  const list: MigrationObject[] = kind === 'sqlite' ? sqliteMigrations : postgresqlMigrations;
  const indexes = new Map<string, string>(); // name → table
  const constraints = new Map<string, string>();
  // Triggers keep derived data exact (household_count): a server without them would answer wrong counts.
  const triggers = new Set<string>();
  const moveTable = (from: string, to: string) => {
    for (const m of [indexes, constraints]) for (const [n, t] of m) if (t === from) m.set(n, to);
  };
  for (const m of list) {
    const Cls = m.class as unknown as new (driver: unknown, config: unknown) => { up(): Promise<void> | void; getQueries(): unknown[] };
    const migration = new Cls(orm.em.getDriver(), orm.config);
    await migration.up();
    for (const q of migration.getQueries()) {
      const text = String(q);
      for (const [, n, t] of text.matchAll(CREATE_INDEX)) indexes.set(n!, t!);
      const table = CREATE_TABLE.exec(text)?.[1] ?? ALTER_TABLE.exec(text)?.[1] ?? '';
      // SQLite keeps constraints written inside CREATE TABLE nameless: only its indexes can be looked up by name.
      if (kind === 'postgresql' && table) for (const [, n] of text.matchAll(CONSTRAINT)) if (!/drop constraint/i.test(text)) constraints.set(n!, table);
      for (const [, from, to] of text.matchAll(RENAME_INDEX)) {
        indexes.set(to!, indexes.get(from!) ?? '');
        indexes.delete(from!);
      }
      for (const [, from, to] of text.matchAll(RENAME_CONSTRAINT)) {
        constraints.set(to!, constraints.get(from!) ?? table);
        constraints.delete(from!);
      }
      const renamed = table && /^\s*alter table/i.test(text) ? RENAME_TABLE.exec(text)?.[1] : undefined;
      if (renamed && !/rename constraint|rename column/i.test(text)) moveTable(table, renamed);
      for (const [, n] of text.matchAll(CREATE_TRIGGER)) triggers.add(n!);
      for (const [, n] of text.matchAll(DROP_TRIGGER)) triggers.delete(n!);
      for (const [, n] of text.matchAll(DROP_INDEX)) indexes.delete(n!);
      for (const [, n] of text.matchAll(DROP_CONSTRAINT)) constraints.delete(n!);
      for (const [, t] of text.matchAll(DROP_TABLE)) {
        for (const mp of [indexes, constraints]) for (const [n, tt] of mp) if (tt === t) mp.delete(n);
      }
    }
  }
  return { indexes: [...indexes.keys()].sort(), constraints: [...constraints.keys()].sort(), triggers: [...triggers].sort() };
}

/** The expected names the database lacks (empty when all is well). */
export async function missingSchemaObjects(orm: Orm, kind: DbKind): Promise<string[]> {
  const expected = await expectedSchemaObjects(orm, kind);
  const em = orm.em.fork();
  if (kind === 'sqlite') {
    const rows = await queryRows<{ name: string; type: string }>(em, { text: `SELECT name, type FROM sqlite_master WHERE type IN ('index', 'trigger')`, params: [] });
    const have = new Set(rows.map((r) => `${r.type} ${r.name}`));
    return [...expected.indexes.map((n) => `index ${n}`), ...expected.triggers.map((n) => `trigger ${n}`)].filter((n) => !have.has(n));
  }
  const idx = await queryRows<{ name: string }>(em, { text: 'SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()', params: [] });
  const con = await queryRows<{ name: string }>(em, {
    text: 'SELECT c.conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema()', params: [],
  });
  const trg = await queryRows<{ name: string }>(em, {
    text: 'SELECT t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace ' +
      'WHERE NOT t.tgisinternal AND n.nspname = current_schema()', params: [],
  });
  const haveTrg = new Set(trg.map((r) => r.name));
  const haveIdx = new Set(idx.map((r) => r.name));
  const haveCon = new Set(con.map((r) => r.name));
  return [
    ...expected.indexes.filter((n) => !haveIdx.has(n) && !haveCon.has(n)).map((n) => `index ${n}`),
    ...expected.constraints.filter((n) => !haveCon.has(n)).map((n) => `constraint ${n}`),
    ...expected.triggers.filter((n) => !haveTrg.has(n)).map((n) => `trigger ${n}`),
  ];
}

/** Throws (the server refuses to start) naming every index, constraint and trigger that is missing. */
export async function assertSchemaComplete(orm: Orm, kind: DbKind): Promise<void> {
  const missing = await missingSchemaObjects(orm, kind);
  if (missing.length) {
    throw new Error(`the database lacks ${missing.length} index(es)/constraint(s)/trigger(s) its migrations define: ${missing.join(', ')}. ` +
      'Restore them (see docs/operations.md, "Start-up check") before starting the server');
  }
}
