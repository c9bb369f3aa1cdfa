import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isErrorCode, type ErrorCode } from '@doudi/shared';
import { armorCode } from './armor.js';
import { logger } from './log.js';

/**
 * Apollo Server's own codes (request parsing, validation, persisted queries). Every other code a client sees is an
 * `ErrorCode` of @doudi/shared: that is the one vocabulary.
 */
export const APOLLO_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export const isKnownCode = (code: string): boolean => isErrorCode(code) || APOLLO_CODES.has(code);

/** A database statement cut off by the statement timeout (PostgreSQL 57014) or a pool that had no connection in time. */
export function isQueryTimeout(err: unknown): boolean {
  const e = err as { code?: unknown; name?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (e.code === '57014' || e.name === 'KnexTimeoutError') return true;
  return /canceling statement due to statement timeout|Timeout acquiring a connection/.test(String(e.message ?? ''));
}

export const QUERY_TIMEOUT_MESSAGE = '查询超时（数据库繁忙或条件过于复杂），请缩小范围后重试';

/** A short error id for the log and the answer; the log line says where, never the message (it may quote values). */
export function logInternalError(where: string, err: unknown): string {
  const errorId = randomUUID().slice(0, 8);
  // Class and first stack frame: where, without quoting values.
  logger().error({ errorId, where, err }, 'internal error');
  // DOUDI_DEBUG_ERRORS=1 (development only) logs the message too; it may quote personal data (scrubbed as any line).
  if (process.env.DOUDI_DEBUG_ERRORS === '1') logger().error({ errorId, message: String((err as Error)?.message ?? err) }, 'internal error (debug)');
  return errorId;
}

export const internalMessage = (errorId: string) => `服务器内部错误（编号 ${errorId}），请稍后重试或联系管理员`;

/**
 * What a client sees of an error: a stable `extensions.code`, a message, never a stack trace or SQL.
 * Unexpected errors are logged (class and place only: SQL parameters carry personal data) and answered with an id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limit = armorCode(formatted.message);
  if (limit) {
    return { message: `请求超出限制：${formatted.message.replace(/^Syntax Error: /, '')}`, extensions: { code: limit } };
  }
  const code = String(formatted.extensions?.code ?? '');
  const original = unwrapResolverError(error);
  if (isKnownCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isQueryTimeout(original)) {
    return { message: QUERY_TIMEOUT_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' } };
  }
  const errorId = logInternalError(formatted.path?.join('.') ?? '(request)', original);
  return {
    message: internalMessage(errorId),
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
}

export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}
