import { randomUUID } from 'node:crypto';
import { SCOPES } from '@doudi/shared';
import { loadConfig } from './config.js';
import { openOrm, migrate } from './db/orm.js';
import { Access } from './common/access.js';
import { systemClock } from './common/context.js';

// `pnpm doudi user:create|disable|enable|reset|list`: the administrator's user management from the shell, through the
// same service (and rules, audit and session ends) as the API. The audit trail names the actor `cli`.

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const USAGE = 'usage: pnpm doudi user:create --username U --name 姓名 --role ROLE [--region 640121100] [--unit MZJ] [--phone 13800138000]\n' +
  '       pnpm doudi user:disable|user:enable|user:reset --username U\n' +
  '       pnpm doudi user:list [--search TEXT] [--role ROLE]';

async function withUsers(fn: (svc: import('./modules/auth/user.service.js').UserService, idOf: (username: string) => Promise<string>) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const orm = await openOrm(config.db);
  const { startPrincipalInvalidation } = await import('./modules/auth/principal-cache.js');
  // With DOUDI_REDIS_URL, running servers forget a disabled or reset user's sessions at once; otherwise within their TTL.
  const stopInvalidation = await startPrincipalInvalidation(config.redis, () => undefined);
  try {
    await migrate(orm);
    const { UserService } = await import('./modules/auth/user.service.js');
    const { AppUser } = await import('./modules/auth/user.entity.js');
    const access = new Access({ kind: 'session', actor: 'cli', userId: null, tokenId: 0, role: 'ADMIN', regionCode: null, unitCode: null, scopes: new Set(SCOPES) });
    const svc = new UserService({
      em: orm.em.fork(), kind: config.db.kind, clock: systemClock, access, pii: { households: new Set() },
      stamp: { actor: 'cli', requestId: `cli-${randomUUID().slice(0, 8)}`, changeSet: null },
    });
    const idOf = async (username: string) => {
      const u = await orm.em.fork().findOne(AppUser, { username: username.trim().toLowerCase() });
      if (!u) throw new Error(`no such user: ${username}`);
      return String(u.id);
    };
    await fn(svc, idOf);
  } finally {
    await stopInvalidation();
    await orm.close(true);
  }
}

/** A refusal of the service (a GraphQLError with a code) as one line: `WEAK_PASSWORD: …`. */
function explain(err: unknown): never {
  const e = err as { message?: string; extensions?: { code?: string } };
  throw new Error(e.extensions?.code ? `${e.extensions.code}: ${e.message}` : String(e.message ?? err));
}

const needUsername = (): string => {
  const u = arg('username');
  if (!u) throw new Error(USAGE);
  return u;
};

export const userCommands: Record<string, () => Promise<void>> = {
  'user:create': () => withUsers(async (svc) => {
    const username = needUsername();
    const r = await svc.createUser({
      username, displayName: arg('name') ?? '', role: arg('role') ?? '', regionCode: arg('region') ?? null, unitCode: arg('unit') ?? null,
      phone: arg('phone') ?? null,
    }).catch(explain);
    console.log(`user #${r.user.id} ${r.user.username} (${r.user.displayName}, ${r.user.role}${r.user.unitCode ? `, ${r.user.unitCode}` : ''}) created`);
    console.log('one-time password (shown once; to be changed at the first sign-in):');
    console.log(r.oneTimePassword);
  }),
  'user:disable': () => withUsers(async (svc, idOf) => {
    const u = await svc.disableUser(await idOf(needUsername())).catch(explain);
    console.log(`user ${u.username} disabled; its sessions have ended`);
  }),
  'user:enable': () => withUsers(async (svc, idOf) => {
    const u = await svc.enableUser(await idOf(needUsername())).catch(explain);
    console.log(`user ${u.username} enabled`);
  }),
  'user:reset': () => withUsers(async (svc, idOf) => {
    const r = await svc.resetPassword(await idOf(needUsername())).catch(explain);
    console.log(`user ${r.user.username}: password reset, its sessions have ended`);
    console.log('one-time password (shown once; to be changed at the first sign-in):');
    console.log(r.oneTimePassword);
  }),
  'user:list': () => withUsers(async (svc) => {
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof svc.users>> = await svc.users({ search: arg('search') ?? null, role: arg('role') ?? null }, 500, after).catch(explain);
      for (const { node: u } of page.edges) {
        console.log([`#${u.id}`, u.username, u.displayName, u.role, u.unitCode ?? '-', u.disabled ? 'disabled' : 'active',
          u.mustChangePassword ? 'one-time password' : '', `last seen ${u.lastSeenAt?.toISOString() ?? 'never'}`].join('\t'));
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
  }),
};
