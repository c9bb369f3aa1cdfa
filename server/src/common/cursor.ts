import { GraphQLError } from 'graphql';

/** Longest cursor accepted (characters), and bounds on what it may decode to. */
export const CURSOR_MAX_CHARS = 512;
// The largest value that is both a safe integer id and a valid Date's milliseconds (±8.64e15).
const MAX_NUMBER = 8.64e15;
const MAX_VALUES = 20;
const MAX_STRING = 256;

/** Opaque keyset cursors: the sort values of a row plus its id, tied to the ordering they were made for. */
export function encodeCursor(order: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify({ o: order, v: values }), 'utf8').toString('base64url');
}

// A decoded value a keyset query can bind: a bounded number, a short string, a boolean, null.
function sane(v: unknown): boolean {
  if (v === null || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) <= MAX_NUMBER;
  if (typeof v === 'string') return v.length <= MAX_STRING && !/[\u0000-\u001F]/.test(v);
  return false;
}

export function decodeCursor(cursor: string, order: string): unknown[] {
  if (typeof cursor === 'string' && cursor.length <= CURSOR_MAX_CHARS && /^[A-Za-z0-9_-]*={0,2}$/.test(cursor)) {
    try {
      const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown; v?: unknown };
      if (parsed.o === order && Array.isArray(parsed.v) && parsed.v.length <= MAX_VALUES && parsed.v.every(sane)) return parsed.v;
    } catch {
      // fall through to the error below
    }
  }
  throw new GraphQLError('游标 after 无效，或与当前排序不一致', {
    extensions: { code: 'BAD_USER_INPUT', field: 'after' },
  });
}
