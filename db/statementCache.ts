import type { Db as Database, Statement } from './driver';

/** Enough for every query text the app builds (filters and sorts are combinations of a few). */
const MAX_STATEMENTS = 1000;

/**
 * Makes `db.prepare(sql)` return one compiled statement per SQL text instead of compiling it again
 * on every call (a meeting read used to prepare about twenty). The queries keep calling
 * `db.prepare` where they are written, so their SQL stays next to its use.
 *
 * A cached statement is handed out with its output mode reset (a caller may have set raw or
 * pluck), and none of our code iterates a statement lazily, so sharing one is safe on this
 * single-threaded connection.
 */
export function cacheStatements(db: Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Statement>();
  const cached = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (stmt) {
      if (stmt.reader) stmt.raw(false).pluck(false).expand(false);
      return stmt;
    }
    stmt = prepare(sql);
    if (cache.size >= MAX_STATEMENTS) cache.clear();
    cache.set(sql, stmt);
    return stmt;
  };
  db.prepare = cached as Database['prepare'];
}
