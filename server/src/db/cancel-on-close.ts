import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import type { Orm } from './orm.js';

/** A pg client as knex hands it out: `processID` is the backend pid, known from the handshake (no query needed). */
interface PgConn { processID?: number; query(text: string, values: unknown[]): Promise<unknown>; doudiScope?: Scope }

/** The connections a request is using right now, and whether its client has gone. */
interface Scope {
  conns: Set<PgConn>;
  /** Reads only: a write is left to finish (or roll back) by itself rather than be cut off near its COMMIT. */
  cancellable: boolean;
  gone: boolean;
}

const scopes = new AsyncLocalStorage<Scope>();

interface KnexClient {
  acquireConnection(): Promise<PgConn>;
  releaseConnection(conn: PgConn): Promise<void>;
  acquireRawConnection(): Promise<PgConn>;
  destroyRawConnection(conn: PgConn): Promise<void>;
}

/**
 * PostgreSQL: when the HTTP client of a read goes away, its running statement is cancelled (pg_cancel_backend from a
 * separate, unpooled connection) and it gets no further connection, so the pool is freed at once rather than at the
 * statement timeout. The hot path only records which pooled connection a request holds; nothing is queried unless
 * a client actually disconnects. SQLite (one in-process connection) is left alone. Returns the middleware that opens
 * such a scope for the rest of a request (`cancellable`: reads only; GraphQL marks each operation).
 */
export function installCancelOnClose(orm: Orm, kind: 'sqlite' | 'postgresql'): (cancellable: boolean) => RequestHandler {
  if (kind !== 'postgresql') return () => (_req, _res, next) => next();
  const knex = (orm.em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex();
  const c = knex.client;
  const acquire = c.acquireConnection.bind(c);
  const release = c.releaseConnection.bind(c);
  c.acquireConnection = async () => {
    const scope = scopes.getStore();
    if (scope?.gone && scope.cancellable) throw new Error('the client has gone: no further queries for its request');
    const conn = await acquire();
    if (scope?.gone && scope.cancellable) {
      await release(conn);
      throw new Error('the client has gone: no further queries for its request');
    }
    if (scope) {
      scope.conns.add(conn);
      conn.doudiScope = scope;
    }
    return conn;
  };
  c.releaseConnection = (conn: PgConn) => {
    conn.doudiScope?.conns.delete(conn);
    conn.doudiScope = undefined;
    return release(conn);
  };
  // A separate, unpooled connection (the pool may be full); the pid is re-checked once it is open, so a connection
  // released to another request meanwhile is not cancelled.
  const cancel = async (conn: PgConn, scope: Scope): Promise<void> => {
    const raw = await c.acquireRawConnection();
    try {
      if (conn.doudiScope === scope && conn.processID) await raw.query('SELECT pg_cancel_backend($1)', [conn.processID]);
    } finally {
      await c.destroyRawConnection(raw);
    }
  };
  return (cancellable) => (_req, res, next) => {
    const scope: Scope = { conns: new Set(), cancellable, gone: false };
    res.on('close', () => {
      if (res.writableFinished) return;
      scope.gone = true;
      if (!scope.cancellable) return;
      for (const conn of scope.conns) void cancel(conn, scope).catch(() => undefined);
    });
    scopes.run(scope, next);
  };
}

/** Marks the current request as a read whose queries may be cancelled when its client goes (called per operation). */
export function markCancellable(cancellable: boolean): void {
  const scope = scopes.getStore();
  if (scope) scope.cancellable = cancellable;
}
