/**
 * Shared by the overview queries: the WHERE is built from the filters that are given (so SQLite
 * can use an index for each), the ORDER BY from a list of terms, and a window far down the list
 * is read from the other end with the order reversed (SQLite then only keeps the last rows).
 */
export interface SortTerm {
  sql: string;
  dir: 'asc' | 'desc';
}

export const orderBy = (terms: readonly SortTerm[], reverse: boolean): string =>
  terms.map((t) => `${t.sql} ${(t.dir === 'asc') !== reverse ? 'ASC' : 'DESC'}`).join(', ');

export const flip = (terms: readonly SortTerm[], dir: 'asc' | 'desc'): SortTerm[] =>
  dir === 'asc' ? [...terms] : terms.map((t) => ({ ...t, dir: t.dir === 'asc' ? 'desc' : 'asc' }));

/**
 * The window to read: from the start, or — when it lies in the second half — counted from the
 * end in reverse order. `reverse` says to turn the rows around afterwards.
 */
export function windowOf(offset: number, limit: number, total: number): { offset: number; limit: number; reverse: boolean } {
  const end = Math.min(offset + limit, total);
  if (offset <= total / 2 || end <= offset) return { offset, limit, reverse: false };
  return { offset: total - end, limit: end - offset, reverse: true };
}

/** Orders fetched rows as the ids came out of the sorted id query. */
export function inOrder<T extends { id: number }>(ids: readonly number[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}
