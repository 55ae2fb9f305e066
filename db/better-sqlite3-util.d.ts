/** better-sqlite3's internal helpers: only the symbol under which a Database keeps its native handle (see db/backup.ts). */
declare module 'better-sqlite3/lib/util.js' {
  const util: { readonly cppdb: symbol };
  export default util;
}
