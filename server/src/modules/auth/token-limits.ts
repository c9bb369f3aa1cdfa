import { GraphQLError } from 'graphql';

/** Bounds of a token's own limits (requests per minute, per day) and of a usage read (days). */
export const TOKEN_LIMIT_BOUNDS = { ratePerMinute: 100_000, dailyQuota: 100_000_000, usageDays: 366 } as const;

function outOfRange(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'OUT_OF_RANGE', field } });
}

/** A token's own limits as given (null: the server's default); OUT_OF_RANGE outside 1..bound. */
export function checkTokenLimits(input: { rateLimitPerMinute?: number | null; dailyQuota?: number | null }): { rateLimitPerMinute: number | null; dailyQuota: number | null } {
  const one = (v: number | null | undefined, field: string, max: number, label: string): number | null => {
    if (v == null) return null;
    if (!Number.isInteger(v) || v < 1 || v > max) throw outOfRange(field, `${label}应为 1 到 ${max} 之间的整数（留空则用服务器默认值）`);
    return v;
  };
  return {
    rateLimitPerMinute: one(input.rateLimitPerMinute, 'rateLimitPerMinute', TOKEN_LIMIT_BOUNDS.ratePerMinute, '每分钟请求上限'),
    dailyQuota: one(input.dailyQuota, 'dailyQuota', TOKEN_LIMIT_BOUNDS.dailyQuota, '每日请求配额'),
  };
}
