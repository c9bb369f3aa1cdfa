import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { chinaDate, chinaDayStart, type ErrorCode } from '@doudi/shared';
import type { AppConfig } from '../../config.js';
import type { Orm } from '../../db/orm.js';
import type { Clock, RequestContext } from '../../common/context.js';
import type { Principal } from '../../common/access.js';
import { QUERY_TIMEOUT_MESSAGE, isQueryTimeout, logInternalError } from '../../common/errors.js';
import { principalOfRequest } from './auth.service.js';
import { TokenUsageCounter } from './token-usage.js';

/** What a refused request is told (HTTP 429). */
export interface Refusal {
  code: Extract<ErrorCode, 'RATE_LIMITED' | 'QUOTA_EXCEEDED'>;
  message: string;
  retryAfterSeconds: number;
}

/** A refusal's HTTP 429 answer: its headers and its one GraphQL error (Express's middleware and the raw page route). */
export function refusalAnswer(r: Refusal): { headers: Record<string, string>; error: { message: string; extensions: Record<string, unknown> } } {
  return {
    headers: { 'Retry-After': String(r.retryAfterSeconds), 'Cache-Control': 'no-store' },
    error: { message: r.message, extensions: { code: r.code, retryAfterSeconds: r.retryAfterSeconds } },
  };
}

/** The request's usage mark: set by the GraphQL plugin when the answer carries errors (HTTP 200 with `errors`). */
interface UsageMark {
  error: boolean;
}
const MARK = 'doudiTokenUsage';
const API_TOKEN = /^Bearer\s+ddt_/i;

/**
 * Per-API-token limits for every request to /graphql and /api: a rate per minute (rate-limiter-flexible, in memory,
 * per process) and a quota per China calendar day (counted in memory, flushed to `api_token_usage` every
 * DOUDI_TOKEN_USAGE_FLUSH_SECONDS and re-read then, so instances sharing a database see each other's use within one
 * interval). Login sessions are not limited here. Beyond a limit: HTTP 429, `Retry-After`, RATE_LIMITED or
 * QUOTA_EXCEEDED, and nothing else happens.
 */
export class TokenGate {
  private readonly limiters = new Map<number, RateLimiterMemory>();
  readonly usage: TokenUsageCounter;

  constructor(private readonly orm: Orm, private readonly config: AppConfig, private readonly clock: Clock) {
    this.usage = new TokenUsageCounter(orm, config.db.kind, config.tokens.usageFlushSeconds);
  }

  private limiter(points: number): RateLimiterMemory {
    let l = this.limiters.get(points);
    if (!l) {
      l = new RateLimiterMemory({ points, duration: 60, keyPrefix: `token-${points}` });
      this.limiters.set(points, l);
    }
    return l;
  }

  /** Counts one request of a token; a Refusal when it is over its rate or its day's quota. */
  async admit(p: Principal, res: ServerResponse): Promise<Refusal | null> {
    const now = this.clock.now();
    const day = chinaDate(now);
    const rate = p.limits?.ratePerMinute ?? this.config.tokens.ratePerMinute;
    const quota = p.limits?.dailyQuota ?? this.config.tokens.dailyQuota;
    const used = await this.usage.accepted(p.tokenId, day);
    if (used >= quota) {
      const next = chinaDayStart(chinaDate(new Date(now.getTime() + 86_400_000)));
      return {
        code: 'QUOTA_EXCEEDED', retryAfterSeconds: Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000)),
        message: `令牌今日请求已达上限（${quota} 次/日），请明日再试或联系管理员调整`,
      };
    }
    try {
      const r = await this.limiter(rate).consume(String(p.tokenId));
      res.setHeader('X-RateLimit-Limit', String(rate));
      res.setHeader('X-RateLimit-Remaining', String(r.remainingPoints));
      res.setHeader('X-Quota-Limit', String(quota));
      res.setHeader('X-Quota-Remaining', String(Math.max(0, quota - used - 1)));
      return null;
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      return {
        code: 'RATE_LIMITED', retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)),
        message: `请求过于频繁（令牌限 ${rate} 次/分钟），请 ${Math.max(1, Math.ceil(err.msBeforeNext / 1000))} 秒后再试`,
      };
    }
  }

  /**
   * An API token's request admitted (true: counted, its limit headers set, its usage mark in `res.locals`) or refused
   * (false: counted as limited and answered through `refuse`); any other caller passes. Throws when the token cannot
   * be read (nothing counted). Express's middleware and the raw fast page route (plain node:http objects) both use it.
   */
  async pass(headers: IncomingHttpHeaders, res: ServerResponse & { locals: Record<string, unknown> }, refuse: (r: Refusal) => void): Promise<boolean> {
    if (!API_TOKEN.test(String(headers.authorization ?? ''))) return true;
    const principal = await principalOfRequest(headers, this.orm.em.fork(), this.clock, this.config.auth);
    if (principal?.kind !== 'api-token') return true;
    const day = chinaDate(this.clock.now());
    const refusal = await this.admit(principal, res);
    if (refusal) {
      this.usage.add(principal.tokenId, day, { requests: 1, errors: 1, limited: 1 });
      refuse(refusal);
      return false;
    }
    // Counted when admitted (so concurrent requests count against the quota at once); errors when answered.
    this.usage.add(principal.tokenId, day, { requests: 1, errors: 0, limited: 0 });
    const mark: UsageMark = { error: false };
    res.locals[MARK] = mark;
    res.on('finish', () => {
      if (mark.error || res.statusCode >= 400) this.usage.add(principal.tokenId, day, { requests: 0, errors: 1, limited: 0 });
    });
    return true;
  }

  /** Express middleware: API tokens are admitted or refused, and their request counted when its answer is sent. */
  readonly middleware = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    // Already admitted by the raw fast page route, which then handed the request to Express.
    if (res.locals[MARK]) {
      next();
      return;
    }
    try {
      const passed = await this.pass(req.headers, res, (refusal) => {
        const answer = refusalAnswer(refusal);
        res.status(429).set(answer.headers).json({ errors: [answer.error] });
      });
      if (passed) next();
    } catch (err) {
      if (isQueryTimeout(err)) {
        // the token look-up waited past DOUDI_QUERY_TIMEOUT_MS for a connection (e.g. SQLite during an import)
        res.status(503).set('Cache-Control', 'no-store').json({ errors: [{ message: QUERY_TIMEOUT_MESSAGE, extensions: { code: 'QUERY_TIMEOUT' } }] });
        return;
      }
      const errorId = logInternalError('token gate', err);
      res.status(500).json({ errors: [{ message: `服务器内部错误（编号 ${errorId}）`, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } }] });
    }
  };

  start(): void {
    this.usage.start();
  }

  /** Stops the flush timer and writes what is still counted in memory. */
  async stop(): Promise<void> {
    await this.usage.stop();
  }
}

/** Marks a GraphQL answer that carries errors, so the token's usage counts it as an error. */
export const tokenUsagePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const mark = contextValue.usageMark as UsageMark | undefined;
        if (mark && response.body.kind === 'single' && response.body.singleResult.errors?.length) mark.error = true;
      },
    };
  },
};

/** The usage mark of a request (res.locals), for the GraphQL context. */
export const usageMarkOf = (res: Response): unknown => res.locals[MARK];
