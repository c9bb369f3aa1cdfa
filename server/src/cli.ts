import 'reflect-metadata';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type DbKind } from './config.js';
import { openOrm, migrate } from './db/orm.js';
import { syncRegions } from './db/regions-sync.js';
import { createScratchDb } from './db/scratch-db.js';
import { printedSchema } from './schema.js';
import { queryRows } from './common/sql.js';
import { userCommands } from './cli-users.js';

const here = dirname(fileURLToPath(import.meta.url));
const serverRoot = resolve(here, '..');
const schemaFile = join(serverRoot, 'schema.graphql');
const releasedSchemaFile = join(serverRoot, 'schema.released.graphql');
const changelogFile = join(serverRoot, '..', 'docs', 'schema-changelog.md');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const PG_SERVER = process.env.DOUDI_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function pgReachable(): Promise<boolean> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: PG_SERVER, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function seed(): Promise<void> {
  const households = Number(arg('households') ?? 3000);
  if (!Number.isInteger(households) || households <= 0) throw new Error('--households N: a positive whole number');
  const config = loadConfig();
  const orm = await openOrm(config.db);
  try {
    await migrate(orm);
    const em = orm.em.fork();
    await syncRegions(em);
    const [row] = await queryRows<{ n: number | string }>(em, { text: 'SELECT COUNT(*) AS n FROM household', params: [] });
    const existing = Number(row?.n ?? 0);
    // Arguments first: nothing is deleted or dropped for a run that would be refused.
    const { checkSeedArguments } = await import('./seed/demo-seed.js');
    checkSeedArguments(households, flag('append') ? existing : 0, arg('seed') ? Number(arg('seed')) : undefined);
    const { assertSchemaComplete } = await import('./db/schema-check.js');
    await assertSchemaComplete(orm, config.db.kind);
    if (existing > 0 && !flag('append') && !flag('reset')) {
      throw new Error(`the database already holds ${existing} households: add --reset to replace them or --append to add more`);
    }
    if (flag('reset') && existing > 0) {
      process.stderr.write(`removing ${existing} households …\n`);
      await em.getConnection().execute('DELETE FROM member');
      await em.getConnection().execute('DELETE FROM household');
    }
    const { seedDemoHouseholds } = await import('./seed/demo-seed.js');
    const t0 = performance.now();
    let last = 0;
    const res = await seedDemoHouseholds(em, config.db.kind, {
      households,
      seed: arg('seed') ? Number(arg('seed')) : undefined,
      progress: (done, total) => {
        const now = performance.now();
        if (now - last < 250 && done < total) return;
        last = now;
        const rate = Math.round(done / ((now - t0) / 1000));
        process.stderr.write(`\rseeding: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} households (${rate.toLocaleString('en')}/s)   `);
      },
    });
    const secs = res.ms / 1000;
    process.stderr.write('\n');
    console.log(`seeded ${res.households} households and ${res.members} members in ${secs.toFixed(1)} s: ` +
      `${Math.round(res.households / secs)} households/s, ${Math.round((res.households + res.members) / secs)} rows/s ` +
      `(insert ${res.phases.insertMs} ms, indexes ${res.phases.indexMs} ms, analyze ${res.phases.analyzeMs} ms)`);
  } finally {
    await orm.close(true);
  }
}

async function schemaPrint(): Promise<void> {
  writeFileSync(schemaFile, await printedSchema());
  console.log(`wrote ${schemaFile}`);
}

async function schemaCheck(): Promise<void> {
  const current = await printedSchema();
  const committed = readFileSync(schemaFile, 'utf8');
  if (current !== committed) {
    console.error('server/schema.graphql differs from the schema the code prints: run `pnpm doudi schema:print` and commit it');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
}

/** `schema:compat`: server/schema.graphql against the last released schema; fails on a breaking change not in the changelog. */
async function schemaCompat(): Promise<void> {
  const { checkSchemaPolicy } = await import('./ops/schema-policy.js');
  const r = checkSchemaPolicy(readFileSync(releasedSchemaFile, 'utf8'), readFileSync(schemaFile, 'utf8'), readFileSync(changelogFile, 'utf8'));
  for (const d of r.dangerous) console.log(`note (may affect some clients): ${d}`);
  for (const d of r.stale) console.log(`note: docs/schema-changelog.md lists \`${d}\` under Unreleased, but the schema has no such change`);
  for (const d of r.notDeprecatedFirst) console.log(`policy: ${d} — it was not deprecated (@deprecated(reason)) in the released schema first`);
  if (r.unlisted.length > 0) {
    console.error('breaking changes against server/schema.released.graphql that docs/schema-changelog.md does not list under "## Unreleased":');
    for (const d of r.unlisted) console.error(`- breaking: \`${d}\` — <why, and what to use instead>`);
    console.error('Deprecate first (@deprecated(reason)), then list each removal in the changelog as above.');
    process.exit(1);
  }
  console.log(`schema is compatible with the released schema (${r.breaking.length} listed breaking change(s), ${r.dangerous.length} note(s))`);
}

/** `schema:release --name 2026-12-24`: the current schema becomes the released one; the changelog's Unreleased entries go under the name. */
async function schemaRelease(): Promise<void> {
  const name = arg('name');
  if (!name || !/^[\w .:-]{1,60}$/.test(name)) throw new Error('usage: pnpm doudi schema:release --name 2026-12-24');
  const { releaseChangelog } = await import('./ops/schema-policy.js');
  writeFileSync(changelogFile, releaseChangelog(readFileSync(changelogFile, 'utf8'), name));
  writeFileSync(releasedSchemaFile, readFileSync(schemaFile, 'utf8'));
  console.log(`released: ${releasedSchemaFile} is now server/schema.graphql; docs/schema-changelog.md has a section "${name}"`);
}

/** Writes the migrations index for one driver from the files in its folder. */
function writeMigrationIndex(): void {
  const lines = ["import type { MigrationObject } from '@mikro-orm/core';"];
  const lists: string[] = [];
  for (const kind of ['sqlite', 'postgresql'] as DbKind[]) {
    const dir = join(serverRoot, 'src', 'db', 'migrations', kind);
    const files = readdirSync(dir).filter((f) => /^Migration\d+.*\.ts$/.test(f)).sort();
    const names: string[] = [];
    for (const f of files) {
      const base = f.replace(/\.ts$/, '');
      const cls = readFileSync(join(dir, f), 'utf8').match(/export class (\w+)/)?.[1] ?? base;
      const alias = `${kind}_${cls}`;
      lines.push(`import { ${cls} as ${alias} } from './${kind}/${base}.js';`);
      names.push(`  { name: '${base}', class: ${alias} },`);
    }
    lists.push(`export const ${kind}Migrations: MigrationObject[] = [\n${names.join('\n')}\n];`);
  }
  writeFileSync(join(serverRoot, 'src', 'db', 'migrations', 'index.ts'), `${lines.join('\n')}\n\n${lists.join('\n\n')}\n`);
}

async function withScratch(kind: DbKind, fn: (orm: Awaited<ReturnType<typeof openOrm>>) => Promise<void>): Promise<void> {
  const scratch = await createScratchDb(kind, PG_SERVER);
  try {
    const orm = await openOrm(scratch.db, {
      migrations: {
        path: join(serverRoot, 'src', 'db', 'migrations', kind),
        pathTs: join(serverRoot, 'src', 'db', 'migrations', kind),
        emit: 'ts',
        snapshot: false,
      },
    } as never);
    try {
      await fn(orm);
    } finally {
      await orm.close(true);
    }
  } finally {
    await scratch.drop();
  }
}

async function migrationCreate(): Promise<void> {
  const kinds: DbKind[] = arg('db') ? [arg('db') as DbKind] : ['sqlite', 'postgresql'];
  for (const kind of kinds) {
    await withScratch(kind, async (orm) => {
      await migrate(orm);
      const res = await orm.getMigrator().createMigration(undefined, false, false, arg('name'));
      console.log(res.fileName ? `${kind}: created ${res.fileName}` : `${kind}: no changes`);
    });
  }
  writeMigrationIndex();
}

async function migrationCheck(): Promise<void> {
  const kinds: DbKind[] = arg('db') ? [arg('db') as DbKind] : ['sqlite', 'postgresql'];
  let failed = false;
  for (const kind of kinds) {
    if (kind === 'postgresql' && !(await pgReachable())) {
      if (process.env.DOUDI_REQUIRE_PG === '1') throw new Error(`PostgreSQL is required (DOUDI_REQUIRE_PG=1) but ${PG_SERVER} does not answer`);
      console.log(`postgresql: skipped — no server at ${PG_SERVER} (set DOUDI_PG_ADMIN_URL)`);
      continue;
    }
    await withScratch(kind, async (orm) => {
      await migrate(orm);
      const needed = await orm.getMigrator().checkMigrationNeeded();
      if (needed) {
        failed = true;
        console.error(`${kind}: the entities differ from the committed migrations: run \`pnpm doudi migration:create\``);
      } else {
        console.log(`${kind}: migrations match the entities`);
      }
    });
  }
  if (failed) process.exit(1);
}

/** `pnpm doudi token create --name N --scopes a,b [--region CODE] [--days D] [--rate R] [--quota Q]` / `token revoke --id ID` / `token list`. */
async function token(): Promise<void> {
  const sub = process.argv[3];
  const config = loadConfig();
  const orm = await openOrm(config.db);
  try {
    await migrate(orm);
    const { AuthService } = await import('./modules/auth/auth.service.js');
    const svc = new AuthService(orm.em.fork(), { now: () => new Date() }, config.auth);
    if (sub === 'create') {
      const days = Number(arg('days') ?? 365);
      const { token: secret, record } = await svc.createApiToken({
        name: arg('name') ?? '', scopes: (arg('scopes') ?? '').split(',').map((x) => x.trim()).filter(Boolean),
        regionCode: arg('region') ?? null, expiresAt: new Date(Date.now() + days * 86400_000),
        rateLimitPerMinute: arg('rate') ? Number(arg('rate')) : null, dailyQuota: arg('quota') ? Number(arg('quota')) : null,
      }, 'cli');
      console.log(`API token #${record.id} "${record.name}" (${record.scopes}${record.regionCode ? `, region ${record.regionCode}` : ''}), expires ${record.expiresAt.toISOString()}`);
      console.log('secret (shown once, stored only as a hash):');
      console.log(secret);
    } else if (sub === 'revoke') {
      const t = await svc.revokeApiToken(Number(arg('id')));
      console.log(`revoked API token #${t.id} "${t.name}"`);
    } else if (sub === 'list') {
      for (const t of await svc.apiTokens()) {
        const limits = `${t.rateLimitPerMinute ?? config.tokens.ratePerMinute}/min ${t.dailyQuota ?? config.tokens.dailyQuota}/day`;
        console.log(`#${t.id}\t${t.name}\t${t.scopes}\t${t.regionCode ?? '(county)'}\t${limits}\texpires ${t.expiresAt.toISOString()}\t${t.revokedAt ? 'revoked' : 'active'}\tlast used ${t.lastUsedAt?.toISOString() ?? 'never'}`);
      }
    } else {
      throw new Error('usage: pnpm doudi token create --name N --scopes ledger:read,pii:read [--region 640121104] [--days 365] [--rate 120] [--quota 20000] | token revoke --id ID | token list');
    }
  } finally {
    await orm.close(true);
  }
}

/** `pnpm doudi user:password --username U --password P` (or `--all-demo`): sets a password, e.g. a lost demo one. */
async function userPassword(): Promise<void> {
  const password = arg('password');
  if (!password || password.length < 8) throw new Error('--password: at least 8 characters');
  const config = loadConfig();
  const orm = await openOrm(config.db);
  try {
    await migrate(orm);
    const { AppUser } = await import('./modules/auth/user.entity.js');
    const { hashPassword } = await import('./modules/auth/password.js');
    const { DEMO_USERS } = await import('./seed/demo-users.js');
    const em = orm.em.fork();
    const names = flag('all-demo') ? DEMO_USERS.map((u) => u.username) : [String(arg('username') ?? '').toLowerCase()];
    if (!flag('all-demo')) {
      const { weakPasswordReason } = await import('./modules/auth/password-policy.js');
      const reason = weakPasswordReason(password, names[0]!);
      if (reason) throw new Error(`WEAK_PASSWORD: ${reason}`);
    }
    const users = await em.find(AppUser, { username: { $in: names } });
    if (!users.length) throw new Error(`no such user: ${names.join(', ')}`);
    const hash = await hashPassword(password);
    for (const u of users) u.passwordHash = hash;
    await em.flush();
    console.log(`password set for ${users.map((u) => u.username).join(', ')}`);
  } finally {
    await orm.close(true);
  }
}

/** A path the user typed, relative to where pnpm was started (the repository root for `pnpm doudi`; pnpm itself runs the
 *  script in server/ and passes the caller's folder as INIT_CWD). */
const userPath = (p: string) => resolve(process.env.INIT_CWD ?? process.cwd(), p);

/** `pnpm doudi backup --out FILE`: the database and evidence files in one archive, while the server runs. */
async function backup(): Promise<void> {
  const out = arg('out');
  if (!out) throw new Error('usage: pnpm doudi backup --out FILE.tar.gz');
  const { createBackup } = await import('./ops/backup.js');
  const m = await createBackup(loadConfig(), userPath(out));
  const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
  console.log(`backup written: ${userPath(out)} (${m.database}, migration ${m.migration}, ${Object.keys(m.tables).length} tables, ` +
    `${rows} rows, ${m.files.length - 1} evidence files)`);
}

/** `pnpm doudi restore FILE [--force]`: into an empty database (a non-empty one only with --force); servers stopped. */
async function restore(): Promise<void> {
  const file = process.argv[3];
  if (!file || file.startsWith('--')) throw new Error('usage: pnpm doudi restore FILE.tar.gz [--force]');
  const { restoreBackup } = await import('./ops/restore.js');
  const r = await restoreBackup(loadConfig(), userPath(file), { force: flag('force') });
  console.log(`restored ${r.manifest.database} backup of ${r.manifest.createdAt} (Doudi ${r.manifest.doudiVersion}, migration ` +
    `${r.manifest.migration}): ${r.tables} tables and ${r.rows} rows match the manifest; ${r.evidenceFiles} evidence files`);
}

const commands: Record<string, () => Promise<void>> = {
  backup,
  restore,
  seed,
  token,
  'user:password': userPassword,
  ...userCommands,
  'schema:print': schemaPrint,
  'schema:check': schemaCheck,
  'schema:compat': schemaCompat,
  'schema:release': schemaRelease,
  'migration:create': migrationCreate,
  'migration:check': migrationCheck,
  // Rewrites the migrations index from the files in the folders (after a merge brought migrations of two branches).
  'migration:index': async () => writeMigrationIndex(),
};

const cmd = process.argv[2];
const run = cmd ? commands[cmd] : undefined;
if (!run) {
  console.error(`usage: pnpm doudi <${Object.keys(commands).join('|')}> [options]\n` +
    '  seed --households N [--reset|--append] [--seed S]   demo data of 永宁县 (DATABASE_URL selects the database)\n' +
    '  token create --name N --scopes a,b [--region CODE] [--days D] [--rate PER_MIN] [--quota PER_DAY] | token revoke --id ID | token list\n' +
    '  user:password --username U --password P | user:password --all-demo --password P\n' +
    '  user:create --username U --name 姓名 --role ROLE [--region CODE] [--unit CODE] [--phone P] | user:disable|user:enable|user:reset --username U | user:list\n' +
    '  backup --out FILE.tar.gz | restore FILE.tar.gz [--force]\n' +
    '  schema:print | schema:check | schema:compat | schema:release --name NAME');
  process.exit(2);
}
run().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`error: ${(err as Error)?.message ?? String(err)}`);
    process.exit(1);
  },
);
