import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { armorCode } from './armor.js';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND',
  'VERSION_CONFLICT', 'OUT_OF_RANGE', 'INVALID_VALUE', 'INVALID_ID_NUMBER', 'INVALID_PHONE', 'REQUIRED',
  'DUPLICATE_PERSON', 'HEAD_REQUIRED', 'TOO_LONG', 'LOGIN_LOCKED', 'QUERY_TOO_DEEP', 'TOO_MANY_ALIASES',
  'TOO_MANY_TOKENS', 'TOO_MANY_DIRECTIVES', 'QUERY_TOO_COMPLEX', 'BAD_REQUEST', 'INVALID_STATE', 'FILE_TOO_LARGE',
]);

/**
 * What a client sees of an error: a stable `extensions.code`, a message, never a stack trace or SQL.
 * Unexpected errors are logged (message only: SQL parameters carry personal data) and answered generically.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limit = armorCode(formatted.message);
  if (limit) {
    return { message: `请求超出限制：${formatted.message.replace(/^Syntax Error: /, '')}`, extensions: { code: limit } };
  }
  const code = String(formatted.extensions?.code ?? '');
  const original = unwrapResolverError(error);
  if (KNOWN_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const requestId = Math.random().toString(36).slice(2, 10);
  const name = (original as Error)?.name ?? 'Error';
  // Log the error class and where, not the message: driver messages may quote values.
  // The stack's first frame says where without quoting values.
  const where = String((original as Error)?.stack ?? '').split('\n').find((l) => l.includes(' at ')) ?? '';
  console.error(`[doudi] internal error ${requestId}: ${name} at ${formatted.path?.join('.') ?? '(request)'} ${where.trim()}`);
  // DOUDI_DEBUG_ERRORS=1 (development only) prints the message too; it may quote personal data.
  if (process.env.DOUDI_DEBUG_ERRORS === '1') console.error(original);
  return {
    message: `服务器内部错误（编号 ${requestId}），请稍后重试或联系管理员`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: requestId },
  };
}

export function appError(code: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}
