import type { IncomingHttpHeaders, IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Request, RequestHandler, Response } from 'express';
import { INPUT_LIMITS, jsonNesting, queryNesting } from '../../../common/input-limits.js';
import type { StartedObservation } from '../../../common/observe.js';
import { refusalAnswer, type Refusal } from '../../auth/token-gate.js';
import type { PagePlan, PagePlans } from './plan.js';
import { RAW_HANDOFF, fastPageStats, plainHeaders, plainRequest, servePlan, type FastPageDeps, type RawHandoff, type SendJson } from './serve.js';

/**
 * The raw route of the fast page path (fast-page/README.md): a node:http 'request' listener in front of Express. A
 * `POST /graphql` page document it can answer is answered here, with what Express's chain does for that route done
 * here too — request id, access line and metrics (observe.ts), the security headers (helmet's, recorded once), the
 * JSON body's size and nesting bounds, the query text guard, the cancel scope — and without Express's router,
 * helmet per request or body-parser. Everything else goes to Express untouched; a body already read is handed on
 * with the request (RAW_HANDOFF: express.json then skips the finished stream; its error, if the body broke a bound,
 * is raised where express.json would have raised it).
 */
export interface RawRouteDeps {
  fast: FastPageDeps;
  plans: PagePlans;
  /** Express: every request this route does not answer. */
  express: RequestListener;
  observe: (req: IncomingMessage, res: ServerResponse & { locals: Record<string, unknown> }) => StartedObservation;
  securityHeaders: (res: ServerResponse) => void;
  /** TokenGate.pass: an API token's rate, quota and usage (false: refused, answered through `refuse`). */
  tokenGate: (headers: IncomingHttpHeaders, res: Locals, refuse: (r: Refusal) => void) => Promise<boolean>;
  /** cancelScope(false) of db/cancel-on-close.ts. */
  cancelScope: RequestHandler;
  /** Express's ETag function (`app.get('etag fn')`), so the answer carries the ETag res.send would give it. */
  etag: ((body: Buffer, encoding?: BufferEncoding) => string | undefined) | undefined;
}

/** The largest body the raw route reads (a page document with its variables is well under 2 KiB); larger: Express. */
export const RAW_BODY_MAX = 64 * 1024;

type Locals = ServerResponse & { locals: Record<string, unknown> };
const utf8 = new TextDecoder('utf-8');

export function rawFastPage(deps: RawRouteDeps): RequestListener {
  return (req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql' || !deps.fast.enabled() || !candidate(req)) {
      deps.express(req, res);
      return;
    }
    readBody(req, (err, buf) => {
      const handoff: RawHandoff = { tried: false };
      (req as unknown as Record<symbol, RawHandoff>)[RAW_HANDOFF] = handoff;
      if (err || !buf) {
        handoff.error = err ?? undefined;
        deps.express(req, res);
        return;
      }
      const body = parsedBody(buf, handoff);
      const plan = body === undefined ? null : planOf(deps, req, body);
      if (!plan) {
        deps.express(req, res);
        return;
      }
      handoff.tried = true;
      serveRaw(deps, plan, req, res as Locals, body as Record<string, unknown>, handoff);
    });
  };
}

/**
 * A request the raw route may take: JSON by its headers, a known small length, not compressed, not over TLS or
 * through a proxy that says so (HSTS and `req.secure` are Express's).
 */
function candidate(req: IncomingMessage): boolean {
  const h = req.headers;
  const len = h['content-length'];
  if (!len || !/^[1-9]\d{0,5}$/.test(len) || Number(len) > RAW_BODY_MAX) return false;
  if (h['transfer-encoding'] !== undefined || h['content-encoding'] !== undefined) return false;
  if (h['x-forwarded-proto'] !== undefined || (req.socket as TLSSocket).encrypted) return false;
  return plainHeaders(h);
}

function readBody(req: IncomingMessage, done: (err: Error | null, buf?: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  const finish = (err: Error | null, buf?: Buffer) => {
    if (over) return;
    over = true;
    req.removeListener('data', onData);
    req.removeListener('end', onEnd);
    req.removeListener('error', onError);
    req.removeListener('close', onClose);
    done(err, buf);
  };
  const onData = (c: Buffer) => {
    chunks.push(c);
    size += c.length;
  };
  const onEnd = () => finish(null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
  // As raw-body's: the client went away before the body was whole (answered 400 by Express, seen as 499).
  const onError = () => finish(bodyError('request.aborted', 'request aborted'));
  const onClose = () => finish(bodyError('request.aborted', 'request aborted'));
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
  req.on('close', onClose);
}

/** An error as body-parser raises it (bodyErrorHandler in app.ts reads `type` and `status`). */
function bodyError(type: string, message: string): Error {
  return Object.assign(new Error(message), { status: 400, statusCode: 400, expose: true, type });
}

/** express.json's reading: the nesting bound on the bytes (verifyJsonNesting), UTF-8 without BOM, strict JSON. */
function parsedBody(buf: Buffer, handoff: RawHandoff): unknown {
  if (jsonNesting(buf, INPUT_LIMITS.jsonNesting) > INPUT_LIMITS.jsonNesting) {
    handoff.error = bodyError('entity.too.deep', 'JSON body nested too deep');
    return undefined;
  }
  const text = utf8.decode(buf);
  const first = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d])/.exec(text)?.[1];
  try {
    if (first !== '{' && first !== '[') throw new SyntaxError('strict');
    handoff.body = JSON.parse(text);
  } catch {
    handoff.error = bodyError('entity.parse.failed', 'invalid JSON');
    return undefined;
  }
  return handoff.body;
}

/** The plan when the body is a plain page request that passes the query text guard; else null (Express answers). */
function planOf(deps: RawRouteDeps, req: IncomingMessage, body: unknown): PagePlan | null {
  if (!plainRequest(req, body)) return null;
  const query = body.query as string;
  if (query.length > INPUT_LIMITS.queryChars || queryNesting(query, INPUT_LIMITS.queryNesting) > INPUT_LIMITS.queryNesting) return null;
  return deps.plans.get(query, body.operationName as string | null | undefined);
}

function serveRaw(deps: RawRouteDeps, plan: PagePlan, req: IncomingMessage, res: Locals, body: Record<string, unknown>, handoff: RawHandoff): void {
  res.locals = Object.create(null) as Record<string, unknown>;
  const observed = deps.observe(req, res);
  deps.securityHeaders(res);
  const write = (status: number, text: string) => {
    const buf = Buffer.from(text, 'utf8');
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', buf.length);
    const tag = deps.etag?.(buf);
    if (tag) res.setHeader('ETag', tag);
    res.end(buf);
  };
  const send: SendJson = (text) => {
    write(200, text);
    fastPageStats.raw += 1;
  };
  // The token gate's 429, as Express answers it (observeRequests adds the request id and notes the code).
  const refuse = (r: Refusal) => {
    observed.observation.errorCodes.push(r.code);
    const { headers, error } = refusalAnswer(r);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const extensions = { ...error.extensions, requestId: observed.observation.requestId };
    write(429, JSON.stringify({ errors: [{ ...error, extensions }] }));
    fastPageStats.raw += 1;
  };
  // Not answered here: Express takes the request from the start, as if this route had only read its body.
  const handOn = (err?: unknown) => {
    if (res.headersSent) return;
    observed.undo();
    if (err !== undefined) handoff.error = err instanceof Error ? err : new Error(String(err));
    deps.express(req, res);
  };
  // A token that cannot be read (a time-out, an error): Express's token gate reads it again and answers.
  deps.tokenGate(req.headers, res, refuse).then((passed) => {
    if (!passed) return;
    deps.cancelScope(req as Request, res as unknown as Response, () => {
      servePlan(deps.fast, plan, req as Request, res as unknown as Response, body, send).then((done) => { if (!done) handOn(); }, handOn);
    });
  }, () => handOn());
}
