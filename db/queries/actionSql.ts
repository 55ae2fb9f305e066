/**
 * The action rules of domain/action.ts in SQL, for filtering, sorting and counting where
 * the rows are (test/unit/backend/home.test.ts proves both give the same answer). `a` is the
 * action table's alias.
 *
 * Open: the CHECK of migration 002 ties `closed_on IS NULL` to "open or in uitvoering, and not
 * Nooit", so open is that one column (and the partial index action_open_team of migration 010).
 */
export const ACTION_OPEN_SQL = 'a.closed_on IS NULL';
/** The date that counts: the afhandeltermijn for Ooit, the deadline otherwise. */
export const ACTION_DUE_SQL = "(CASE WHEN a.horizon = 'ooit' THEN a.decision_due ELSE a.deadline END)";
/** Overdue on @today (YYYY-MM-DD compares as text). */
export const ACTION_OVERDUE_SQL = `(${ACTION_OPEN_SQL} AND ${ACTION_DUE_SQL} < @today)`;
