import { GraphQLError } from 'graphql';
import { encodeCursor, decodeCursor } from './cursor.js';

// Newest-first logs (audit trail, personal-data access) page by id, descending: one shape for both.

export function checkPageSize(first: number, max = 500): void {
  if (first < 0 || first > max) {
    throw new GraphQLError(`每页条数 first 应在 0 到 ${max} 之间`, { extensions: { code: 'OUT_OF_RANGE', field: 'first' } });
  }
}

/** The id a page continues below, from its `after` cursor (null: the first page). */
export function idBelow(after: string | null | undefined, tag: string): number | null {
  return after ? Number(decodeCursor(after, tag)[0]) : null;
}

/** Edges and page info from up to first + 1 rows read in id-descending order. */
export function idDescPage<R extends { id: number | string }, N>(
  rows: R[], first: number, after: string | null | undefined, tag: string, toNode: (r: R) => N,
) {
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((r) => ({ cursor: encodeCursor(tag, [Number(r.id)]), node: toNode(r) }));
  return {
    edges,
    pageInfo: {
      hasNextPage, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
