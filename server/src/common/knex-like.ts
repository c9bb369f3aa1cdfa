/** What the bulk writers use of the knex instance MikroORM keeps: one raw driver connection of its pool. */
export interface KnexLike {
  client: {
    acquireConnection(): Promise<unknown>;
    releaseConnection(conn: unknown): Promise<void>;
  };
}

/** A pooled PostgreSQL connection (node-postgres client), as far as the bulk writers use it. */
export interface PgQueryClient {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
}
