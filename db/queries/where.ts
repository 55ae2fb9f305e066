/**
 * A WHERE clause from the filters actually given. `(@x IS NULL OR col = @x)` would let one
 * statement serve every combination, but SQLite then cannot use the index on `col` and scans the
 * table; a clause per given filter keeps each query on its index (see test/unit/db/queryPlans.test.ts).
 */
export interface Filter {
  /** SQL of the condition, with named parameters. */
  sql: string;
  params?: Record<string, unknown>;
}

export function whereOf(filters: readonly (Filter | false | null | undefined)[]): { sql: string; params: Record<string, unknown> } {
  const given = filters.filter((f): f is Filter => !!f);
  return {
    sql: given.length > 0 ? `WHERE ${given.map((f) => f.sql).join(' AND ')}` : '',
    params: Object.assign({}, ...given.map((f) => f.params ?? {})) as Record<string, unknown>,
  };
}

/** `col = @name` when the value is given, nothing otherwise. */
export const equals = (column: string, name: string, value: unknown): Filter | null =>
  value === undefined || value === null ? null : { sql: `${column} = @${name}`, params: { [name]: value } };
