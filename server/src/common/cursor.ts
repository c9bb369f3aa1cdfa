import { GraphQLError } from 'graphql';

/** Opaque keyset cursors: the sort values of a row plus its id, tied to the ordering they were made for. */
export function encodeCursor(order: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify({ o: order, v: values }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: string): unknown[] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown; v?: unknown };
    if (parsed.o === order && Array.isArray(parsed.v)) return parsed.v;
  } catch {
    // fall through to the error below
  }
  throw new GraphQLError('游标 after 无效，或与当前排序不一致', {
    extensions: { code: 'BAD_USER_INPUT', field: 'after' },
  });
}
