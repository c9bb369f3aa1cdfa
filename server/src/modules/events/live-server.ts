import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { EntityManager } from '@mikro-orm/core';
import type { AppConfig } from '../../config.js';
import type { Clock, RequestContext } from '../../common/context.js';
import { Access, type Principal } from '../../common/access.js';
import { formatError } from '../../common/errors.js';
import { INPUT_LIMITS, checkRequest, queryNesting } from '../../common/input-limits.js';
import { principalOfRequest } from '../auth/auth.service.js';
import { principalCache } from '../auth/principal-cache.js';
import { tokenHash } from '../auth/password.js';
import type { EventBus } from './event-bus.js';
import type { PresenceHub } from '../presence/presence.hub.js';

/** What a subscription resolver needs from its WebSocket connection (RequestContext.live). */
export interface LiveConnection {
  bus: EventBus;
  /** A fresh EntityManager for one event's reads (never one long-lived identity map). */
  fork(): EntityManager;
  /** The connection's principal, checked again against the database: null once the session ended or the token
   *  was revoked — the connection is then closed (4401). */
  recheck(): Promise<Access | null>;
}

/** Below this many bytes waiting in a connection's socket, a message counts as sent at once (coalesceFrames). */
const COALESCE_BELOW_BYTES = 256 * 1024;

/**
 * The messages a connection is sent in one turn of the event loop leave in one write (writev), not one system call
 * each: 200 subscribers of 50 events a second are 10,000 writes a second otherwise. graphql-ws waits for each
 * message's write before it takes the subscription's next event, so a message is answered as sent at once while
 * little is waiting in the socket (the data is in the socket's buffer, in order); past COALESCE_BELOW_BYTES the
 * answer waits for the write again, so a slow client holds its events in the subscription's bounded queue
 * (EVENTS_BEHIND), not in memory here. Nothing is dropped or reordered.
 */
function coalesceFrames(socket: WebSocket): void {
  // ws keeps its TCP socket in `_socket` (not public API): without it, messages go out one write each as before.
  const tcp = (socket as unknown as { _socket?: { cork(): void; uncork(): void; writableLength: number } })._socket;
  if (!tcp || typeof tcp.cork !== 'function') return;
  const send = socket.send.bind(socket) as (data: unknown, ...rest: unknown[]) => void;
  let corked = false;
  (socket as unknown as { send: typeof send }).send = (data, ...rest) => {
    const cb = rest[0];
    // Only graphql-ws's form, send(data, callback), is taken over.
    if (rest.length !== 1 || typeof cb !== 'function') return send(data, ...rest);
    if (!corked) {
      corked = true;
      tcp.cork();
      setImmediate(() => {
        corked = false;
        tcp.uncork();
      });
    }
    if (tcp.writableLength >= COALESCE_BELOW_BYTES) return send(data, cb);
    send(data, (err?: Error) => {
      if (err) socket.terminate();
    });
    queueMicrotask(() => cb());
  };
}

/** Close codes besides graphql-ws's own: the reason is the ErrorCode. */
export const CLOSE_UNAUTHENTICATED = 4401;
export const CLOSE_TOO_MANY_CONNECTIONS = 4429;

/** How often an idle connection's token is checked again (events check it on every delivery). */
const RECHECK_IDLE_MS = 30_000;
/** WebSocket messages are small (a subscription document and its variables). */
const MAX_MESSAGE_BYTES = 256 * 1024;

interface ConnState {
  token: string;
  /** The token's hash, computed once: the key of the shared principal cache (auth/principal-cache.ts). */
  hash: string;
  principal: Principal;
  userKey: string;
  checking: Promise<Access | null> | null;
  /** The Access of `principal` (one per connection, not one per event). */
  access?: Access;
  timer: NodeJS.Timeout | null;
}

/**
 * GraphQL over WebSocket (the graphql-ws protocol) on the HTTP server's `/graphql` path: subscriptions only, the
 * bearer token in `connection_init` ({ authorization: 'Bearer …' } or { token }), the same validation rules and input
 * limits as POST /graphql, and the limits DOUDI_WS_CONNECTIONS_PER_USER / DOUDI_WS_SUBSCRIPTIONS_PER_CONNECTION.
 */
export function startLiveServer(opts: {
  httpServer: Server; schema: GraphQLSchema; fork: () => EntityManager; bus: EventBus; presence?: PresenceHub; config: AppConfig; clock: Clock;
  validationRules: readonly ValidationRule[];
}): { close(): Promise<void> } {
  const { config, clock, bus } = opts;
  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  const perUser = new Map<string, number>();
  const states = new WeakMap<object, ConnState>();
  const rules = [...specifiedRules, ...opts.validationRules];

  const authenticate = (token: string) => principalOfRequest({ authorization: `Bearer ${token}` }, opts.fork(), clock, config.auth);

  const dispose = useServer<Record<string, unknown>, { socket: WebSocket; state?: ConnState }>({
    schema: opts.schema,
    onConnect: async (ctx) => {
      const p = ctx.connectionParams ?? {};
      const raw = String(p.authorization ?? p.Authorization ?? (p.token ? `Bearer ${String(p.token)}` : '')).slice(0, 1024);
      const token = /^Bearer\s+(\S+)$/i.exec(raw)?.[1];
      const principal = token ? await authenticate(token).catch(() => null) : null;
      if (!token || !principal) {
        ctx.extra.socket.close(CLOSE_UNAUTHENTICATED, 'UNAUTHENTICATED');
        return false;
      }
      const userKey = principal.userId !== null ? `user:${principal.userId}` : `token:${principal.tokenId}`;
      const n = perUser.get(userKey) ?? 0;
      if (n >= config.limits.wsConnectionsPerUser) {
        ctx.extra.socket.close(CLOSE_TOO_MANY_CONNECTIONS, 'TOO_MANY_CONNECTIONS');
        return false;
      }
      perUser.set(userKey, n + 1);
      coalesceFrames(ctx.extra.socket);
      const state: ConnState = { token, hash: tokenHash(token), principal, userKey, checking: null, timer: null };
      ctx.extra.state = state;
      states.set(ctx.extra.socket, state);
      state.timer = setInterval(() => void recheck(ctx.extra.socket, state), RECHECK_IDLE_MS);
      state.timer.unref();
      return true;
    },
    onClose: (ctx) => {
      const state = ctx.extra.state;
      if (!state) return;
      if (state.timer) clearInterval(state.timer);
      const n = (perUser.get(state.userKey) ?? 1) - 1;
      if (n <= 0) perUser.delete(state.userKey);
      else perUser.set(state.userKey, n);
      ctx.extra.state = undefined;
    },
    onSubscribe: (ctx, id, payload) => {
      const state = ctx.extra.state;
      if (!state) return [new GraphQLError('请先登录', { extensions: { code: 'UNAUTHENTICATED' } })];
      if (Object.keys(ctx.subscriptions).length > config.limits.wsSubscriptionsPerConnection) {
        return [new GraphQLError(`每个连接最多订阅 ${config.limits.wsSubscriptionsPerConnection} 项`, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } })];
      }
      const text = String(payload.query ?? '');
      if (text.length > INPUT_LIMITS.queryChars || queryNesting(text, INPUT_LIMITS.queryNesting + 1) > INPUT_LIMITS.queryNesting) {
        return [new GraphQLError('查询文本过长或嵌套过深', { extensions: { code: 'TOO_DEEP' } })];
      }
      let document;
      try {
        document = parse(text);
      } catch (err) {
        return [new GraphQLError((err as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
      }
      const errors = validate(opts.schema, document, rules);
      if (errors.length) return errors.map((e) => new GraphQLError(formatError(e.toJSON(), e).message, { extensions: { code: String(formatError(e.toJSON(), e).extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED') } }));
      const op = getOperationAST(document, payload.operationName);
      if (!op || op.operation !== 'subscription') {
        return [new GraphQLError('WebSocket 只用于订阅；查询和修改请用 POST /graphql', { extensions: { code: 'BAD_REQUEST' } })];
      }
      try {
        checkRequest(opts.schema, document, payload.operationName, payload.variables ?? undefined);
      } catch (err) {
        if (err instanceof GraphQLError) return [err];
        throw err;
      }
      const socket = ctx.extra.socket;
      const em = opts.fork();
      const context: RequestContext & { live: LiveConnection } = {
        em, readEm: em, config, clock, requestId: `ws-${randomUUID()}`, changeSet: null, access: new Access(state.principal),
        pii: { households: new Set() }, loaders: new Map(), presence: opts.presence,
        live: { bus, fork: opts.fork, recheck: () => recheck(socket, state) },
      };
      return { schema: opts.schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: context };
    },
    onNext: (_ctx, _id, _payload, _args, result) => {
      if (!result.errors?.length) return undefined;
      return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } as unknown as typeof result;
    },
  }, wss);

  /**
   * Checks the connection's token again (one check at a time); closes the connection when it no longer holds. Every
   * event of every subscription asks: while the shared principal cache holds the token (what every POST /graphql
   * request trusts too, evicted on logout, revocation and user changes on every instance), the answer is that entry,
   * with no hashing and no EntityManager per event; else the token is looked up again.
   */
  function recheck(socket: WebSocket, state: ConnState): Promise<Access | null> {
    const cached = principalCache.get(state.hash, clock.now().getTime());
    if (cached && !state.checking) {
      if (cached !== state.principal) {
        state.principal = cached;
        state.access = new Access(cached);
      }
      return Promise.resolve(state.access ??= new Access(cached));
    }
    // A check that could not be made (the database busy: no pool connection in time) is not an ended session: the
    // connection keeps its principal until a check answers.
    state.checking ??= authenticate(state.token)
      .catch(() => state.principal)
      .then((p) => {
        state.checking = null;
        if (!p) {
          if (socket.readyState === socket.OPEN) socket.close(CLOSE_UNAUTHENTICATED, 'UNAUTHENTICATED');
          return null;
        }
        state.principal = p;
        state.access = new Access(p);
        return state.access;
      });
    return state.checking;
  }

  return {
    async close() {
      await dispose.dispose();
      await new Promise<void>((res) => wss.close(() => res()));
    },
  };
}
