import type { Statement } from 'better-sqlite3';

type Build = (row: unknown[]) => unknown;
/** One builder per query text: the same object shape every call keeps V8's property access fast. */
const builders = new Map<string, Build>();

/**
 * `stmt.all()` for wide lists. better-sqlite3 builds each row object property by property in
 * C++, which dominates for thousands of rows of thirty columns; fetching arrays and building
 * the objects with one generated literal (the column names come from our own SQL, never from
 * input) halves the time of the action overview. Same result as `.all()`.
 */
export function allRows<T>(stmt: Statement, params: unknown = {}): T[] {
  let build = builders.get(stmt.source);
  if (!build) {
    const names = stmt.columns().map((c) => c.name);
    // A fixed object literal over our own column names.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- deliberate code generation over our own column names (see above); measured 2× faster than building rows in a loop.
    build = new Function('r', `return { ${names.map((n, i) => `${JSON.stringify(n)}: r[${i}]`).join(', ')} };`) as Build;
    builders.set(stmt.source, build);
  }
  return (stmt.raw(true).all(params) as unknown[][]).map(build) as T[];
}
