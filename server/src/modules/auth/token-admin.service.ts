import { GraphQLError } from 'graphql';
import { chinaDate, chinaDayStart } from '@doudi/shared';
import type { RequestContext } from '../../common/context.js';
import type { TokenSettings } from '../../config.js';
import { queryRows, sql } from '../../common/sql.js';
import { serviceDeps, type ServiceDeps } from '../../common/service-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuthToken } from './token.entity.js';
import { evictPrincipals } from './principal-cache.js';
import { toApiTokenNode, type ApiTokenNode } from './auth.types.js';
import type { ApiTokenUsageDay } from './token-admin.types.js';
import type { UsageCounts } from './token-usage.js';
import { TOKEN_LIMIT_BOUNDS, checkTokenLimits } from './token-limits.js';

function outOfRange(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'OUT_OF_RANGE', field } });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the administrator reads and changes of API tokens beyond create and revoke: limits and usage. */
export class TokenAdminService {
  constructor(
    private readonly deps: Pick<ServiceDeps, 'em' | 'access' | 'clock' | 'stamp'>,
    private readonly defaults: TokenSettings,
    private readonly unwritten: ((tokenId: number, day: string) => UsageCounts) | null,
  ) {}

  effectiveRate(t: ApiTokenNode): number {
    return t.rateLimitPerMinute ?? this.defaults.ratePerMinute;
  }

  effectiveQuota(t: ApiTokenNode): number {
    return t.dailyQuota ?? this.defaults.dailyQuota;
  }

  /** Sets a token's own limits (null: back to the defaults); audited; the token's cached principal is dropped. */
  async updateLimits(id: string, input: { rateLimitPerMinute?: number | null; dailyQuota?: number | null }): Promise<ApiTokenNode> {
    this.deps.access.requireAdmin();
    const limits = checkTokenLimits(input);
    const em = this.deps.em.fork();
    const t = await em.findOne(AuthToken, { id: Number(id) || -1, kind: 'API' });
    if (!t) throw new GraphQLError(`令牌 ${id} 不存在`, { extensions: { code: 'NOT_FOUND', field: 'id' } });
    const before = { rateLimitPerMinute: t.rateLimitPerMinute ?? null, dailyQuota: t.dailyQuota ?? null };
    t.rateLimitPerMinute = limits.rateLimitPerMinute;
    t.dailyQuota = limits.dailyQuota;
    const entries = (['rateLimitPerMinute', 'dailyQuota'] as const).filter((f) => before[f] !== limits[f])
      .map((f) => ({ action: 'UPDATE' as const, entityType: 'api_token', entityId: String(t.id), field: f, before: before[f], after: limits[f] }));
    recordAudit(em, this.deps.stamp, this.deps.clock.now(), entries);
    await em.flush();
    await evictPrincipals({ hash: t.tokenHash });
    return toApiTokenNode(t);
  }

  /** Requests of a token per day from..to (China dates, at most 366 days), the days without any as zeros. */
  async usage(tokenId: string, from: string, to: string): Promise<ApiTokenUsageDay[]> {
    this.deps.access.requireAdmin();
    if (!DAY.test(from) || Number.isNaN(chinaDayStart(from).getTime())) throw new GraphQLError(`日期“${from.slice(0, 20)}”格式应为 YYYY-MM-DD`, { extensions: { code: 'INVALID_VALUE', field: 'from' } });
    if (!DAY.test(to) || Number.isNaN(chinaDayStart(to).getTime())) throw new GraphQLError(`日期“${to.slice(0, 20)}”格式应为 YYYY-MM-DD`, { extensions: { code: 'INVALID_VALUE', field: 'to' } });
    const days = Math.round((chinaDayStart(to).getTime() - chinaDayStart(from).getTime()) / 86_400_000) + 1;
    if (days < 1 || days > TOKEN_LIMIT_BOUNDS.usageDays) throw outOfRange('to', `日期范围应为 1 到 ${TOKEN_LIMIT_BOUNDS.usageDays} 天（from 不晚于 to）`);
    const id = Number(tokenId);
    const exists = Number.isSafeInteger(id) && (await this.deps.em.fork().count(AuthToken, { id, kind: 'API' })) > 0;
    if (!exists) throw new GraphQLError(`令牌 ${tokenId} 不存在`, { extensions: { code: 'NOT_FOUND', field: 'tokenId' } });
    const rows = await queryRows<Record<string, unknown>>(this.deps.em,
      sql('SELECT day, requests, errors, limited FROM api_token_usage WHERE token_id = ? AND day >= ? AND day <= ?', id, from, to));
    const byDay = new Map(rows.map((r) => [String(r.day), r]));
    const out: ApiTokenUsageDay[] = [];
    for (let i = 0; i < days; i++) {
      const day = chinaDate(new Date(chinaDayStart(from).getTime() + i * 86_400_000));
      const r = byDay.get(day);
      const u = this.unwritten?.(id, day) ?? { requests: 0, errors: 0, limited: 0 };
      out.push({
        day, requests: Number(r?.requests ?? 0) + u.requests, errors: Number(r?.errors ?? 0) + u.errors, limited: Number(r?.limited ?? 0) + u.limited,
      });
    }
    return out;
  }

  /** Today's requests of each token (one statement for the whole list). */
  async requestsToday(ids: number[]): Promise<Map<number, number>> {
    const day = chinaDate(this.deps.clock.now());
    const rows = ids.length ? await queryRows<Record<string, unknown>>(this.deps.em, {
      text: `SELECT token_id, requests FROM api_token_usage WHERE day = ? AND token_id IN (${ids.map(() => '?').join(', ')})`,
      params: [day, ...ids],
    }) : [];
    const byId = new Map(rows.map((r) => [Number(r.token_id), Number(r.requests)]));
    return new Map(ids.map((id) => [id, (byId.get(id) ?? 0) + (this.unwritten?.(id, day).requests ?? 0)]));
  }
}

export const tokenAdminService = (ctx: RequestContext): TokenAdminService =>
  new TokenAdminService(serviceDeps(ctx), ctx.config.tokens, ctx.tokenUsage ? (id, day) => ctx.tokenUsage!.unwritten(id, day) : null);
