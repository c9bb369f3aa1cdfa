// API tokens for third-party tools (admin): list with limits and today's use, create (the secret shown once), revoke,
// change limits, usage by day.
import { gql, GqlError } from '../../api/client';
import { graphql } from '../../api/graphql';
import type { ApiTokenFieldsFragment, ApiTokenUsageQuery } from '../../generated/gql/graphql';

export type ApiToken = ApiTokenFieldsFragment;
export type UsageDay = ApiTokenUsageQuery['apiTokenUsage'][number];

graphql(`fragment ApiTokenFields on ApiToken { id name scopes regionCode expiresAt revokedAt lastUsedAt createdBy createdAt
  rateLimitPerMinute dailyQuota effectiveRateLimitPerMinute effectiveDailyQuota requestsToday }`);
const LIST = graphql(`query ApiTokens { apiTokens { ...ApiTokenFields } }`);
const CREATE = graphql(`mutation CreateApiToken($name: String!, $scopes: [String!]!, $expiresAt: DateTimeISO!, $regionCode: String, $rate: Int, $quota: Int) {
  createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt, regionCode: $regionCode, rateLimitPerMinute: $rate, dailyQuota: $quota) { token apiToken { ...ApiTokenFields } } }`);
const REVOKE = graphql(`mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ...ApiTokenFields } }`);
const LIMITS = graphql(`mutation UpdateApiTokenLimits($id: ID!, $rate: Int, $quota: Int) { updateApiTokenLimits(id: $id, rateLimitPerMinute: $rate, dailyQuota: $quota) { ...ApiTokenFields } }`);
const USAGE = graphql(`query ApiTokenUsage($id: ID!, $from: String!, $to: String!) { apiTokenUsage(tokenId: $id, from: $from, to: $to) { day requests errors limited } }`);

export const fetchTokens = async (): Promise<ApiToken[]> => (await gql(LIST)).apiTokens;

export interface NewToken {
  name: string;
  scopes: string[];
  regionCode: string | null;
  expiresAt: string;
  rate: number | null;
  quota: number | null;
}

export async function createToken(t: NewToken): Promise<{ secret: string; token: ApiToken }> {
  const d = await gql(CREATE, { name: t.name, scopes: t.scopes, expiresAt: t.expiresAt, regionCode: t.regionCode, rate: t.rate, quota: t.quota });
  return { secret: d.createApiToken.token, token: d.createApiToken.apiToken };
}

export const revokeToken = async (id: string): Promise<ApiToken> => (await gql(REVOKE, { id })).revokeApiToken;

export const updateLimits = async (id: string, rate: number | null, quota: number | null): Promise<ApiToken> =>
  (await gql(LIMITS, { id, rate, quota })).updateApiTokenLimits;

export const fetchUsage = async (id: string, from: string, to: string): Promise<UsageDay[]> => (await gql(USAGE, { id, from, to })).apiTokenUsage;

export const errorMessage = (e: unknown): string => (e instanceof GqlError || e instanceof Error ? e.message : String(e));
