import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext } from './context.js';
import { actorOf } from './log.js';
import { routeOf, type Metrics } from './metrics.js';

/** What a request leaves for its access line and its metrics, filled in as it runs. */
export interface RequestObservation {
  requestId: string;
  /** `query:Name` / `mutation:Name` for GraphQL requests. */
  operation?: string;
  /** Codes of the errors answered (GraphQL errors, or the `errors` of a plain route's JSON answer). */
  errorCodes: string[];
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function observationOf(res: Response): RequestObservation {
  return res.locals.doudi as RequestObservation;
}

/**
 * The first middleware of every request: a request id (the caller's `X-Request-Id` when it is a plain token of at
 * most 64 characters, else a new one), echoed in the `X-Request-Id` header and put into every JSON error answer as
 * `extensions.requestId`; when the answer is finished, one access line (id, method, route, status, duration, user,
 * GraphQL operation, error code — never the query string or the body) and the request metrics.
 */
export function observeRequests(log: Logger, metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const obs = startObservation(log, metrics, req, res).observation;
    const requestId = obs.requestId;
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const errors = (body as { errors?: unknown } | null)?.errors;
      if (Array.isArray(errors) && res.statusCode >= 400) {
        for (const e of errors as { extensions?: Record<string, unknown> }[]) {
          if (!e || typeof e !== 'object') continue;
          e.extensions = { ...e.extensions, requestId };
          if (!obs.operation && typeof e.extensions.code === 'string') obs.errorCodes.push(e.extensions.code);
        }
      }
      return json(body);
    };
    next();
  };
}

/** A request's observation as started by startObservation; `undo` takes it back (the request is handed on whole). */
export interface StartedObservation {
  observation: RequestObservation;
  undo(): void;
}

/**
 * The request id, its header, `res.locals.doudi` and the access line and metrics when the answer is finished — on
 * Express's objects or on plain node:http ones (the raw fast page route, which gives `res.locals` itself).
 */
export function startObservation(log: Logger, metrics: Metrics, req: IncomingMessage & { originalUrl?: string }, res: ServerResponse & { locals: Record<string, unknown> }): StartedObservation {
  const started = process.hrtime.bigint();
  const given = String(req.headers['x-request-id'] ?? '');
  const requestId = REQUEST_ID.test(given) ? given : randomUUID();
  // The routes read the id from the header: they get the checked one.
  req.headers['x-request-id'] = requestId;
  const obs: RequestObservation = { requestId, errorCodes: [] };
  res.locals.doudi = obs;
  res.setHeader('X-Request-Id', requestId);
  // The path as requested (a mounted router sees only its part in req.path), without the query string.
  const path = (req.originalUrl ?? req.url ?? '/').split('?')[0]!;
  const onClose = () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeOf(path);
    const status = res.writableFinished ? res.statusCode : 499;
    metrics.observe(route, obs.operation ?? '', status, seconds, obs.errorCodes);
    const line = {
      reqId: requestId, method: req.method, path: path.slice(0, 120), route, status, ms: Math.round(seconds * 10000) / 10,
      user: actorOf(req.headers) ?? null, op: obs.operation ?? null, code: obs.errorCodes[0] ?? null,
    };
    if (status >= 500) log.error(line, 'request');
    else if (route === 'client' || route === '/healthz' || route === '/readyz' || route === '/metrics') log.debug(line, 'request');
    else log.info(line, 'request');
  };
  res.on('close', onClose);
  return {
    observation: obs,
    undo: () => {
      res.removeListener('close', onClose);
      delete res.locals.doudi;
    },
  };
}

/**
 * The GraphQL side of the observation: the operation's type and name, the codes of the errors answered, and the
 * request id in each error's extensions.
 */
export function observePlugin(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, request }) {
          const obs = contextValue.observation;
          const label = metrics.operationLabel(operation?.operation, operation?.name?.value ?? request.operationName ?? undefined);
          if (obs && label) obs.operation = label;
          if (response.body.kind !== 'single') return;
          for (const e of response.body.singleResult.errors ?? []) {
            const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            obs?.errorCodes.push(code);
            (e as { extensions?: Record<string, unknown> }).extensions = { ...e.extensions, requestId: contextValue.requestId };
          }
        },
      };
    },
  };
}
