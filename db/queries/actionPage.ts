import type { Db } from '../connection';
import type { ActionFilter, ActionQuery, ActionSortKey } from '../../contract/schemas/actions';
import { ACTION_DUE_SQL, ACTION_OPEN_SQL, ACTION_OVERDUE_SQL } from './actionSql';
import { listActionRowsByIds, type ActionRow } from './actions';
import { and, inOrder, segmentedIds, type Segment } from './overview';
import { matchingIds, toMatchQuery } from './search';

/**
 * A sort is one or more segments read one after the other, each an index walk where possible.
 * Urgentie ("Alle acties" as it always showed): the open ones — overdue first, then by due date —
 * and after them the closed ones, latest first. Two segments, because "overdue" depends on today
 * and no index can hold it; the open segment is small (the partial index of open actions).
 */
const SORTS: Record<ActionSortKey, Segment[]> = {
  urgency: [
    {
      where: ACTION_OPEN_SQL,
      joins: '',
      terms: [
        { sql: `(${ACTION_DUE_SQL} < @today)`, dir: 'desc' },
        { sql: `coalesce(${ACTION_DUE_SQL}, '9999')`, dir: 'asc' },
        { sql: 'a.id', dir: 'asc' },
      ],
    },
    { where: 'a.closed_on IS NOT NULL', joins: '', terms: [{ sql: 'a.closed_on', dir: 'desc' }, { sql: 'a.id', dir: 'desc' }] },
  ],
  what: [{ where: '', joins: '', terms: [{ sql: 'a.what COLLATE NOCASE', dir: 'asc' }] }],
  // By organisation name: a rank per organisation, computed once per query from the few organisations, not a join per action.
  who: [
    {
      where: '',
      joins: '',
      terms: [
        { sql: '(SELECT count(*) FROM organisation o2 WHERE o2.name COLLATE NOCASE < (SELECT name FROM organisation WHERE id = a.owner_organisation_id) COLLATE NOCASE)', dir: 'asc' },
      ],
    },
  ],
  // Without a date after the dated ones (ACTION_DUE_SQL is the expression of index action_due_sort).
  due: [{ where: '', joins: '', terms: [{ sql: `${ACTION_DUE_SQL} IS NULL`, dir: 'asc' }, { sql: ACTION_DUE_SQL, dir: 'asc' }] }],
  status: [{ where: '', joins: '', terms: [{ sql: 'a.status', dir: 'asc' }, { sql: 'a.horizon', dir: 'asc' }] }],
  meeting: [{ where: '', joins: 'JOIN meeting m ON m.id = a.meeting_id', terms: [{ sql: 'm.date', dir: 'asc' }] }],
};

/** The WHERE of the filters that are given, and its parameters. */
function actionWhere(filter: ActionFilter, today: string): { joins: string; where: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const joins: string[] = [];
  const params: Record<string, unknown> = { today };
  const add = (sql: string, values: Record<string, unknown> = {}) => {
    conditions.push(sql);
    Object.assign(params, values);
  };
  if (filter.teamId !== undefined) add('a.team_id = @teamId', { teamId: filter.teamId });
  if (filter.wijkId !== undefined) add('a.team_id IN (SELECT id FROM team WHERE wijk_id = @wijkId)', { wijkId: filter.wijkId });
  if (filter.organisationId !== undefined) add('a.owner_organisation_id = @organisationId', { organisationId: filter.organisationId });
  if (filter.status !== undefined) add('a.status = @status', { status: filter.status });
  if (filter.horizon !== undefined) add('a.horizon = @horizon', { horizon: filter.horizon });
  if (filter.openOnly) add(ACTION_OPEN_SQL);
  if (filter.overdueOnly) add(ACTION_OVERDUE_SQL);
  if (filter.from !== undefined || filter.to !== undefined) {
    joins.push('JOIN meeting fm ON fm.id = a.meeting_id');
    if (filter.from !== undefined) add('fm.date >= @from', { from: filter.from });
    if (filter.to !== undefined) add('fm.date <= @to', { to: filter.to });
  }
  if (filter.text) {
    const match = toMatchQuery(filter.text);
    // Nothing searchable typed (only punctuation): no row matches.
    // Waarom shows the signal's title, so the search looks there too (its title only: never a confidential description).
    add(
      match ? `(a.id IN ${matchingIds('action')} OR a.signal_id IN (SELECT record_id FROM search_index WHERE search_index MATCH @titleMatch AND kind = 'signal'))` : '0',
      match ? { match, titleMatch: `title : (${match})` } : {},
    );
  }
  return { joins: joins.join(' '), where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export interface ActionPageRows {
  rows: ActionRow[];
  total: number;
  open: number;
  overdue: number;
}

/**
 * One window of "Alle acties": the totals from one aggregate query, the window's ids from a
 * narrow sorted query (only the joins the sort needs), then the full rows of just those ids.
 */
export function pageActions(db: Db, query: ActionQuery, window: { offset: number; limit: number }, today: string): ActionPageRows {
  const filtered = actionWhere(query.filter, today);
  const { joins, where, params } = filtered;
  // Three counts rather than one pass with CASE per row: each can use an index (open ones: the partial index).
  const count = (extra: string) =>
    (db.prepare(`SELECT count(*) AS n FROM action a ${joins} ${and(where, extra)}`).get(params) as { n: number }).n;
  const totals = { total: count(''), open: count(ACTION_OPEN_SQL), overdue: count(ACTION_OVERDUE_SQL) };
  const ids = totals.total === 0 ? [] : sortedIds(db, filtered, query, window);
  return { rows: inOrder(ids, listActionRowsByIds(db, ids)), ...totals };
}

/** Every action of the filter in the order of the sort, without the counts: what an export of "what is shown" writes. */
export function listActionsInOrder(db: Db, query: ActionQuery, today: string): ActionRow[] {
  const ids = sortedIds(db, actionWhere(query.filter, today), query, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
  return inOrder(ids, listActionRowsByIds(db, ids));
}

/** The ids of a window of the filtered, sorted list. */
function sortedIds(db: Db, filtered: ReturnType<typeof actionWhere>, query: ActionQuery, window: { offset: number; limit: number }): number[] {
  return segmentedIds(db, { table: 'action a', id: 'a.id', ...filtered }, SORTS[query.sort.key], query.sort.dir, window);
}
