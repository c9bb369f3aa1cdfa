import type { IncomingHttpHeaders } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError, getArgumentValues, getVariableValues, locatedError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { HOUSEHOLD_FIELDS, piiFieldNames } from '@doudi/shared';
import type { RequestContext } from '../../../common/context.js';
import { formatError } from '../../../common/errors.js';
import { checkRequest } from '../../../common/input-limits.js';
import { unmaskedHouseholdOf } from '../../../common/pii-fields.js';
import { recordPiiAccess } from '../../../common/plugins.js';
import { markCancellable } from '../../../db/cancel-on-close.js';
import { householdService, type HouseholdPage } from '../household.service.js';
import { PagePlans, type LeafSel, type PagePlan } from './plan.js';

/**
 * The households page without Apollo (docs/scale.md, "The fast page path"): a /graphql POST whose document has a
 * plan (plan.ts) is answered here — the same context, scope, service, masking, personal-data record, access line and
 * metrics as the Apollo path, the answer built straight from the page. Whenever anything is not the plain case
 * (no plan, a refused caller, a limit, any error), nothing has been answered yet and the request goes on to Apollo,
 * which answers it as it always did.
 */
export interface FastPageDeps {
  /** Whether to serve at all (config.fastPage, read per request). */
  enabled: () => boolean;
  schema: GraphQLSchema;
  validationRules: readonly ValidationRule[];
  contextOf: (req: Request, res: Response) => Promise<RequestContext>;
  operationLabel: (type: string, name: string | undefined) => string;
}

const PII = new Set(piiFieldNames(HOUSEHOLD_FIELDS));
/** Answers served by the fast path in this process (tests read it to know which path answered). */
export const fastPageStats = { served: 0, raw: 0 };

/** Abandons the fast answer (the request goes to Apollo); never shown to anyone. */
class NotPlain extends Error {}

/** Writes a 200 JSON answer (Express's res.send, or the raw route's own writer). */
export type SendJson = (text: string) => void;

/**
 * Set on a request by the raw route (raw-route.ts) when it hands the request to Express: the body it read (or the
 * error body-parser would have raised), and whether it already tried the fast answer (then this middleware passes).
 */
export const RAW_HANDOFF = Symbol('doudi.rawHandoff');
export interface RawHandoff { body?: unknown; error?: Error; tried: boolean }

export function fastPage(deps: FastPageDeps, plans = new PagePlans(deps.schema, deps.validationRules)): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body = req.body as Record<string, unknown> | undefined;
    const handoff = (req as unknown as Record<symbol, RawHandoff | undefined>)[RAW_HANDOFF];
    if (handoff?.tried || req.method !== 'POST' || !deps.enabled() || !plainRequest(req, body)) {
      next();
      return;
    }
    const plan = plans.get(body.query as string, body.operationName as string | null | undefined);
    if (!plan) {
      next();
      return;
    }
    const send: SendJson = (text) => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.status(200).send(text);
    };
    servePlan(deps, plan, req, res, body, send).then((done) => { if (!done) next(); }, next);
  };
}

/** A JSON POST of `{ query, variables?, operationName? }` that Apollo would answer as application/json. */
export function plainRequest(req: { headers: IncomingHttpHeaders }, body: unknown): body is Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  if (typeof b.query !== 'string') return false;
  for (const k in b) if (k !== 'query' && k !== 'variables' && k !== 'operationName') return false;
  const v = b.variables;
  if (v != null && (typeof v !== 'object' || Array.isArray(v))) return false;
  if (b.operationName != null && typeof b.operationName !== 'string') return false;
  return plainHeaders(req.headers);
}

/** The request's headers ask for what the fast path answers: a JSON body, and an application/json answer. */
export function plainHeaders(headers: IncomingHttpHeaders): boolean {
  if (!/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(String(headers['content-type'] ?? ''))) return false;
  // Apollo negotiates the answer's type: only callers it answers with application/json are served here.
  const accept = headers.accept;
  return accept === undefined || accept === '*/*' || accept === 'application/json';
}

/** Answers the page of `plan` (true), or answers nothing (false: the request goes on to Apollo). */
export async function servePlan(deps: FastPageDeps, plan: PagePlan, req: Request, res: Response, body: Record<string, unknown>, send: SendJson): Promise<boolean> {
  const variables = (body.variables ?? undefined) as Record<string, unknown> | undefined;
  let args: Record<string, unknown>;
  try {
    checkRequest(deps.schema, plan.document, body.operationName as string | undefined, variables);
    const coerced = getVariableValues(deps.schema, plan.operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) return false;
    args = getArgumentValues(plan.rootField as never, plan.root, coerced.coerced);
  } catch {
    return false;
  }
  let ctx: RequestContext;
  try {
    ctx = await deps.contextOf(req, res);
  } catch {
    // The principal could not be read (e.g. no connection in time): Apollo's context fails the same way and answers.
    return false;
  }
  const principal = ctx.access.principal;
  if (!principal || principal.mustChangePassword || !ctx.access.has('ledger:read')) return false;
  markCancellable(true);
  if (args.maskPii) ctx.maskPii = true;
  let page: HouseholdPage;
  try {
    page = await householdService(ctx).page(
      { where: args.where as never, orderBy: args.orderBy as never, first: args.first as never, after: args.after as never, offset: args.offset as never },
      { maxPageSize: ctx.config.maxPageSize, countCap: ctx.config.countCap, prepared: true }, plan.nodeFields,
    );
  } catch (err) {
    // A coded refusal (a bad cursor, `first` out of range, a forbidden sort) is raised before any SQL: Apollo answers
    // it. A failed statement (a timeout, a client gone) is answered here as Apollo would, not run a second time.
    if (err instanceof GraphQLError) return false;
    return failed(deps, plan, ctx, send, body, err);
  }
  let text: string;
  try {
    text = `{"data":{${JSON.stringify(plan.rootKey)}:${await connectionJson(plan, page, ctx)}}}`;
  } catch {
    // An unexpected value, or a failed count (its errors would sit on the count fields): Apollo answers it.
    return false;
  }
  await finish(deps, plan, ctx, body);
  send(text);
  fastPageStats.served += 1;
  return true;
}

/** What Apollo's plugins do at the end of a request: the pii_access row, the operation's label. */
async function finish(deps: FastPageDeps, plan: PagePlan, ctx: RequestContext, body: Record<string, unknown>): Promise<void> {
  if (ctx.pii.households.size > 0) await recordPiiAccess(ctx, 'query');
  const obs = ctx.observation;
  if (obs) obs.operation = deps.operationLabel('query', plan.operationName ?? (body.operationName as string | undefined) ?? undefined);
}

/** The page's statement failed: the answer Apollo gives when the `households` resolver throws (data null, one error). */
async function failed(deps: FastPageDeps, plan: PagePlan, ctx: RequestContext, send: SendJson, body: Record<string, unknown>, err: unknown): Promise<boolean> {
  const located = locatedError(err, [plan.root], [plan.rootKey]);
  const formatted = formatError({
    message: located.message, locations: located.locations, path: located.path,
    extensions: { ...located.extensions, code: located.extensions.code ?? 'INTERNAL_SERVER_ERROR' },
  }, located);
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const error = { ...formatted, extensions: { ...formatted.extensions, requestId: ctx.requestId } };
  await finish(deps, plan, ctx, body);
  ctx.observation?.errorCodes.push(code);
  const mark = ctx.usageMark as { error: boolean } | undefined;
  if (mark) mark.error = true;
  send(JSON.stringify({ errors: [error], data: null }));
  fastPageStats.served += 1;
  return true;
}

/**
 * The connection's JSON, written field by field in the plan's order (what JSON.stringify of the object graphql-js
 * builds gives: keys are GraphQL names, never integer-like, so insertion order is the written order).
 */
async function connectionJson(plan: PagePlan, page: HouseholdPage, ctx: RequestContext): Promise<string> {
  let out = '';
  for (const c of plan.connection) {
    if (out) out += ',';
    if (c.kind === 'leaf') {
      const s = c.sel;
      out += s.jsonKey + (s.leaf ? leafJson(s, s.name === 'totalCount' ? await page.totalCount() : await page.totalCountKind()) : JSON.stringify(s.typename));
    } else if (c.kind === 'pageInfo') {
      const info = page.pageInfo as unknown as Record<string, unknown>;
      let o = '';
      for (const s of c.fields) o += (o ? ',' : '') + s.jsonKey + (s.leaf ? leafJson(s, info[s.name]) : JSON.stringify(s.typename));
      out += `${JSON.stringify(c.key)}:{${o}}`;
    } else {
      const edges = page.edges;
      let list = '';
      for (let i = 0; i < edges.length; i++) {
        const e = edges[i]!;
        let o = '';
        for (const s of c.edge) {
          o += (o ? ',' : '') + s.jsonKey;
          if (s.name === '\0node') o += nodeJson(c.node, e.node as unknown as Record<string, unknown>, ctx);
          else o += s.leaf ? leafJson(s, e.cursor) : JSON.stringify(s.typename);
        }
        list += (i ? ',{' : '{') + o + '}';
      }
      out += `${JSON.stringify(c.key)}:[${list}]`;
    }
  }
  return `{${out}}`;
}

function nodeJson(fields: LeafSel[], node: Record<string, unknown>, ctx: RequestContext): string {
  let o = '';
  const unmasked = unmaskedHouseholdOf(node);
  for (const s of fields) {
    o += (o ? ',' : '') + s.jsonKey;
    if (!s.leaf) {
      o += JSON.stringify(s.typename);
      continue;
    }
    const v = node[s.name];
    // As trackPiiFields' resolvers: an unmasked personal value returned is recorded.
    if (unmasked !== undefined && PII.has(s.name) && v != null && v !== '') ctx.pii.households.add(unmasked);
    o += leafJson(s, v);
  }
  return `{${o}}`;
}

/** A leaf's JSON. */
function leafJson(s: LeafSel, v: unknown): string {
  return JSON.stringify(leaf(s, v));
}

/** A leaf as graphql-js completes it: null checks, lists, and the type's serialize. */
function leaf(s: LeafSel, v: unknown): unknown {
  const l = s.leaf!;
  if (v == null) {
    if (l.nonNull) throw new NotPlain();
    return null;
  }
  if (!l.list) return serialized(l.type.serialize(v));
  if (!Array.isArray(v)) throw new NotPlain();
  return v.map((x) => {
    if (x == null) {
      if (l.list!.itemNonNull) throw new NotPlain();
      return null;
    }
    return serialized(l.type.serialize(x));
  });
}

function serialized(v: unknown): unknown {
  if (v === undefined) throw new NotPlain();
  return v;
}
