import type { Db } from '../connection';
import type { MeetingFilter, MeetingQuery, MeetingSortKey, MeetingSummary } from '../../contract/schemas/meetings';
import { listMeetingSummariesByIds } from './meetings';
import { inOrder, segmentedIds, type Segment, type SortTerm } from './overview';
import { equals, whereOf, type Filter } from './where';

const WHEN: SortTerm[] = [
  { sql: 'm.date', dir: 'asc' },
  { sql: 'm.start_time', dir: 'asc' },
];
const count = (table: string): SortTerm => ({ sql: `(SELECT count(*) FROM ${table} WHERE meeting_id = m.id)`, dir: 'asc' });

/**
 * The orders of "Overleggen". The screen's own order (upcoming) is two segments, because which
 * meetings are still to come depends on today: the komende soonest first, then the afgelopen
 * latest first; each walks the index on (date, start_time). Status and place have their own
 * index (migration 013); the wijk and the counts are few enough meetings to sort.
 */
const SORTS: Record<MeetingSortKey, Segment[]> = {
  upcoming: [
    { where: 'm.date >= @today', joins: '', terms: [...WHEN, { sql: 'm.id', dir: 'asc' }] },
    { where: 'm.date < @today', joins: '', terms: [...WHEN, { sql: 'm.id', dir: 'asc' }].map((t) => ({ ...t, dir: 'desc' as const })) },
  ],
  date: [{ where: '', joins: '', terms: WHEN }],
  wijk: [{ where: '', joins: 'JOIN team st ON st.id = m.team_id JOIN wijk sw ON sw.id = st.wijk_id', terms: [{ sql: 'sw.name COLLATE NOCASE', dir: 'asc' }, ...WHEN] }],
  place: [{ where: '', joins: '', terms: [{ sql: 'm.place COLLATE NOCASE', dir: 'asc' }] }],
  status: [{ where: '', joins: '', terms: [{ sql: 'm.status', dir: 'asc' }, ...WHEN] }],
  signals: [{ where: '', joins: '', terms: [count('signal'), ...WHEN] }],
  actions: [{ where: '', joins: '', terms: [count('action'), ...WHEN] }],
  decisions: [{ where: '', joins: '', terms: [count('decision'), ...WHEN] }],
};

/** LIKE pattern of a word, its wildcards taken literally. */
const containing = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The WHERE of the filters that are given. The search box looks in what the row shows as text:
 * place, wijk and the date as yyyy-mm-dd (so "2024" finds that year); every word must occur.
 * LIKE ignores the case of ASCII letters; the list is one row per meeting, a few thousand at most.
 */
function meetingWhere(filter: MeetingFilter): { where: string; params: Record<string, unknown> } {
  const words = filter.text?.match(/[^\s]+/g)?.slice(0, 12) ?? [];
  const searched = `(m.place || ' ' || (SELECT w.name FROM team t JOIN wijk w ON w.id = t.wijk_id WHERE t.id = m.team_id) || ' ' || m.date)`;
  const { sql, params } = whereOf([
    equals('m.team_id', 'teamId', filter.teamId),
    filter.wijkId !== undefined ? { sql: 'm.team_id IN (SELECT id FROM team WHERE wijk_id = @wijkId)', params: { wijkId: filter.wijkId } } : null,
    equals('m.status', 'status', filter.status),
    filter.from !== undefined ? { sql: 'm.date >= @from', params: { from: filter.from } } : null,
    filter.to !== undefined ? { sql: 'm.date <= @to', params: { to: filter.to } } : null,
    ...words.map((word, i): Filter => ({ sql: `${searched} LIKE @word${i} ESCAPE '\\'`, params: { [`word${i}`]: containing(word) } })),
  ]);
  return { where: sql, params };
}

export interface MeetingPageRows {
  rows: MeetingSummary[];
  total: number;
  upcoming: number;
}

/** One window of "Overleggen": the totals by one aggregate query, the window's ids by a sorted id query, then the rows (with counts) of just those ids. */
export function pageMeetings(db: Db, query: MeetingQuery, window: { offset: number; limit: number }, today: string): MeetingPageRows {
  const { where, params } = meetingWhere(query.filter);
  const all = { ...params, today };
  const totals = db.prepare(`SELECT count(*) AS total, coalesce(sum(m.date >= @today), 0) AS upcoming FROM meeting m ${where}`).get(all) as { total: number; upcoming: number };
  const ids = totals.total === 0 ? [] : segmentedIds(db, { table: 'meeting m', id: 'm.id', joins: '', where, params: all }, SORTS[query.sort.key], query.sort.dir, window);
  return { rows: inOrder(ids, listMeetingSummariesByIds(db, ids)), ...totals };
}
