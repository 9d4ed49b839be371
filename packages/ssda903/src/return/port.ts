/** A query parameter as the 903 selects pass it. */
export type QueryParam = string | number | boolean | null;

/**
 * The one thing the 903 needs from wherever the projections live: run a SQL text, get plain rows back. The DuckDB
 * `ProjectionStore` satisfies it as it is; the 903 package never imports a database.
 */
export interface ProjectionQuery {
  query<T>(sql: string, params?: Record<string, QueryParam>): Promise<T[]>;
}
