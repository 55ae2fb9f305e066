import type { Db } from '../connection';
import type { SignalFilter, SignalQuery, SignalSortKey } from '../../contract/schemas/signals';
import { listSignalsByIds } from './signals';
import type { Signal } from '../../contract/schemas/signals';
import { flip, inOrder, orderBy, windowOf, type SortTerm } from './overview';
import { matchingIds, toMatchQuery } from './search';

const SORTS: Record<SignalSortKey, { joins: string; terms: SortTerm[] }> = {
  date: { joins: '', terms: [{ sql: 's.date', dir: 'asc' }] },
  title: { joins: '', terms: [{ sql: 's.title COLLATE NOCASE', dir: 'asc' }] },
  place: {
    joins: 'JOIN team t ON t.id = s.team_id JOIN wijk w ON w.id = t.wijk_id LEFT JOIN buurt b ON b.id = s.buurt_id',
    terms: [{ sql: 'w.name COLLATE NOCASE', dir: 'asc' }, { sql: "coalesce(b.name, '') COLLATE NOCASE", dir: 'asc' }],
  },
  theme: { joins: '', terms: [{ sql: 's.theme', dir: 'asc' }] },
  status: { joins: '', terms: [{ sql: 's.status', dir: 'asc' }] },
  // Not yet decided after the decided ones.
  owner: { joins: 'LEFT JOIN organisation po ON po.id = s.problem_owner_id', terms: [{ sql: 'po.name IS NULL', dir: 'asc' }, { sql: 'po.name COLLATE NOCASE', dir: 'asc' }] },
};

function signalWhere(filter: SignalFilter, view: 'intern' | 'partner'): { where: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (sql: string, values: Record<string, unknown> = {}) => {
    conditions.push(sql);
    Object.assign(params, values);
  };
  if (filter.teamId !== undefined) add('s.team_id = @teamId', { teamId: filter.teamId });
  if (filter.wijkId !== undefined) add('s.team_id IN (SELECT id FROM team WHERE wijk_id = @wijkId)', { wijkId: filter.wijkId });
  if (filter.buurtId !== undefined) add('s.buurt_id = @buurtId', { buurtId: filter.buurtId });
  if (filter.organisationId !== undefined) add('(s.brought_by_organisation_id = @organisationId OR s.problem_owner_id = @organisationId)', { organisationId: filter.organisationId });
  if (filter.theme !== undefined) add('s.theme = @theme', { theme: filter.theme });
  if (filter.status !== undefined) add('s.status = @status', { status: filter.status });
  if (filter.sensitivity !== undefined) add('s.sensitivity = @sensitivity', { sensitivity: filter.sensitivity });
  if (filter.openOnly) add('s.closed_on IS NULL');
  if (filter.from !== undefined) add('s.date >= @from', { from: filter.from });
  if (filter.to !== undefined) add('s.date <= @to', { to: filter.to });
  if (filter.text) {
    const match = toMatchQuery(filter.text);
    if (!match) add('0');
    // The partner view must not find a confidential signal by the words it hides: title only there.
    else if (view === 'partner') add(`s.id IN (SELECT record_id FROM search_index WHERE search_index MATCH @match AND kind = 'signal') AND (s.sensitivity = 'normaal' OR s.id IN (SELECT record_id FROM search_index WHERE search_index MATCH @titleMatch AND kind = 'signal'))`, { match, titleMatch: `title : (${match})` });
    else add(`s.id IN ${matchingIds('signal')}`, { match });
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export interface SignalPageRows {
  rows: Signal[];
  total: number;
  confidential: number;
}

/** One window of "Alle signalen": totals by one aggregate query, ids by a narrow sorted query, then the rows of those ids. */
export function pageSignals(db: Db, query: SignalQuery, window: { offset: number; limit: number }): SignalPageRows {
  const { where, params } = signalWhere(query.filter, query.view);
  const totals = db
    .prepare(`SELECT count(*) AS total, coalesce(sum(s.sensitivity = 'vertrouwelijk'), 0) AS confidential FROM signal s ${where}`)
    .get(params) as { total: number; confidential: number };
  const sort = SORTS[query.sort.key];
  const terms = [...flip(sort.terms, query.sort.dir), { sql: 's.id', dir: query.sort.dir } satisfies SortTerm];
  const w = windowOf(window.offset, window.limit, totals.total);
  const ids = (
    db
      .prepare(`SELECT s.id FROM signal s ${sort.joins} ${where} ORDER BY ${orderBy(terms, w.reverse)} LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: w.limit, offset: w.offset }) as { id: number }[]
  ).map((r) => r.id);
  if (w.reverse) ids.reverse();
  return { rows: inOrder(ids, listSignalsByIds(db, ids)), ...totals };
}
