import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { encodeCursor, decodeCursor } from './cursor.js';
import { joinSql, queryRows, sql, type Sql } from './sql.js';

// Newest-first lists (audit trail, personal-data access, the assistance records) page by id, descending: one shape.

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

/** A newest-first list with its total: what its page reads. */
export interface CountedListQuery<R> {
  em: EntityManager;
  /** `FROM …` of the count: the tables the conditions name */
  countFrom: string;
  /** the list's conditions (AND-ed; none: every row), built after the page size is checked */
  conds: () => Sql[];
  /** the id column a page continues below, e.g. `c.id` */
  idCol: string;
  /** the cursor's tag */
  tag: string;
  first: number | null | undefined;
  after: string | null | undefined;
  /** reads the rows under the conditions, with the given ORDER BY … LIMIT tail */
  rows: (conds: Sql[], tail: string) => Promise<R[]>;
}

/**
 * A page of a newest-first list and the list's total: `first` (default 100, at most 500) rows below the `after`
 * cursor, made nodes by `toNodes` (which may read what the page's rows need, all at once).
 */
export async function countedIdDescPage<R extends { id: number | string }, N>(q: CountedListQuery<R>, toNodes: (rows: R[]) => N[] | Promise<N[]>) {
  const n = q.first ?? 100;
  checkPageSize(n);
  const conds = q.conds();
  const where = (c: Sql[]) => (c.length ? ` WHERE ${joinSql(c, ' AND ').text}` : '');
  const [cnt] = await queryRows<{ n: number | string }>(q.em, { text: `SELECT COUNT(*) AS n ${q.countFrom}${where(conds)}`, params: conds.flatMap((c) => c.params) });
  const below = idBelow(q.after, q.tag);
  if (below != null) conds.push(sql(`${q.idCol} < ?`, below));
  const rows = await q.rows(conds, ` ORDER BY ${q.idCol} DESC LIMIT ${n + 1}`);
  const nodes = await toNodes(rows.slice(0, n));
  return { ...idDescPage(rows.map((r, i) => ({ id: r.id, i })), n, q.after, q.tag, (x) => nodes[x.i]!), totalCount: Number(cnt?.n ?? 0) };
}
