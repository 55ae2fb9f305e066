import type { Db } from '../connection';

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

/** A WHERE clause plus one more condition. */
export const and = (where: string, condition: string) => (!condition ? where : where ? `${where} AND ${condition}` : `WHERE ${condition}`);

/**
 * One part of a sort, read after the parts before it: its own condition (and the joins it needs)
 * and its ORDER BY terms. A sort that no index can hold in one walk (it depends on today, say) is
 * split into parts that each can.
 */
export interface Segment {
  where: string;
  joins: string;
  terms: SortTerm[];
}

/** The filtered list a segmented sort walks: `table` with its alias ("action a"), the id column ("a.id"). */
export interface FilteredList {
  table: string;
  id: string;
  joins: string;
  where: string;
  params: Record<string, unknown>;
}

/**
 * The ids of a window of a list sorted by segments: each segment is counted, skipped when the
 * window starts past it, and otherwise read (from its far end when the window lies there) until
 * the window is full. Descending reads the segments in reverse, each with its terms flipped.
 */
export function segmentedIds(db: Db, list: FilteredList, segments: readonly Segment[], dir: 'asc' | 'desc', window: { offset: number; limit: number }): number[] {
  const ordered = dir === 'asc' ? segments : [...segments].reverse();
  const ids: number[] = [];
  let skip = window.offset;
  for (const segment of ordered) {
    if (ids.length >= window.limit) break;
    const from = `FROM ${list.table} ${list.joins} ${segment.joins} ${and(list.where, segment.where)}`;
    const size = (db.prepare(`SELECT count(*) AS n ${from}`).get(list.params) as { n: number }).n;
    if (skip >= size) {
      skip -= size;
      continue;
    }
    // Every sort ends on the id, so equal values keep one order and windows never overlap.
    const unique = segment.terms.some((t) => t.sql === list.id) ? segment.terms : [...segment.terms, { sql: list.id, dir: 'asc' } as SortTerm];
    const terms = flip(unique, dir);
    const w = windowOf(skip, window.limit - ids.length, size);
    const found = (
      db.prepare(`SELECT ${list.id} AS id ${from} ORDER BY ${orderBy(terms, w.reverse)} LIMIT @limit OFFSET @offset`).all({ ...list.params, limit: w.limit, offset: w.offset }) as { id: number }[]
    ).map((r) => r.id);
    ids.push(...(w.reverse ? found.reverse() : found));
    skip = 0;
  }
  return ids;
}
