import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingFilter, MeetingSortKey, MeetingSummary } from '../../../contract/schemas/meetings';
import { MEETING_SORT_KEYS } from '../../../contract/schemas/meetings';
import type { TestBackend } from '../../support/backend';
import { seededBackend } from '../../support/municipality';

let app: TestBackend;
let all: MeetingSummary[];
const TODAY = '2026-11-22'; // the test back end's clock and the seed's today
beforeAll(() => {
  ({ app } = seededBackend(1));
  // Planned meetings after today, so the screen's order has both parts.
  const [first, second] = app.call('wijk:list', {});
  for (const [wijk, date] of [
    [first, '2026-12-03'],
    [second, '2026-12-03'],
    [first, '2027-01-14'],
  ] as const) {
    const team = app.call('team:get', { wijkId: wijk!.id });
    app.call('meeting:create', { teamId: team.id, date, startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum De Kade' });
  }
  all = app.call('meeting:list', {});
}, 120_000);
afterAll(() => app.cleanup());

/** Every row of a filtered, sorted list, fetched window by window. */
function walk(filter: MeetingFilter, sort: { key: MeetingSortKey; dir: 'asc' | 'desc' }, limit: number) {
  const first = app.call('meeting:page', { filter, sort, offset: 0, limit });
  const rows = [...first.rows];
  for (let offset = limit; offset < first.total; offset += limit) rows.push(...app.call('meeting:page', { filter, sort, offset, limit }).rows);
  return { first, rows };
}

const when = (m: MeetingSummary) => `${m.date} ${m.startTime}`;
/** The order the screen showed when it sorted in the renderer: upcoming soonest first, then past latest first. */
const upcomingFirst = (a: MeetingSummary, b: MeetingSummary) => {
  const ua = a.date >= TODAY;
  const ub = b.date >= TODAY;
  if (ua !== ub) return ua ? -1 : 1;
  return ua ? when(a).localeCompare(when(b)) || a.id - b.id : when(b).localeCompare(when(a)) || b.id - a.id;
};

/** What the search box looks in. */
const shown = (m: MeetingSummary) => `${m.place} ${m.wijkName} ${m.date}`.toLowerCase();

describe('meeting:page: Overleggen filtered, sorted and paged by the back end', { timeout: 60_000 }, () => {
  it('sends one window with the total and the number still to come', () => {
    expect(all.length).toBeGreaterThan(40);
    const page = app.call('meeting:page', { offset: 0, limit: 10 });
    expect(page.rows).toHaveLength(10);
    expect(page.offset).toBe(0);
    expect(page.total).toBe(all.length);
    expect(page.upcoming).toBe(all.filter((m) => m.date >= TODAY).length);
    expect(page.upcoming).toBeGreaterThanOrEqual(3);
    // The rows carry their counts, as meeting:list gives them.
    for (const row of page.rows) expect(row).toEqual(all.find((m) => m.id === row.id));
  });

  it('shows the upcoming meetings first, soonest on top, then the past ones, latest on top, in every window', () => {
    const expected = [...all].sort(upcomingFirst).map((m) => m.id);
    expect(walk({}, { key: 'upcoming', dir: 'asc' }, 7).rows.map((m) => m.id)).toEqual(expected);
    // Across the border of upcoming and past, and the very last rows (read from the end).
    const { upcoming } = app.call('meeting:page', { limit: 1 });
    expect(app.call('meeting:page', { offset: upcoming - 2, limit: 4 }).rows.map((m) => m.id)).toEqual(expected.slice(upcoming - 2, upcoming + 2));
    expect(app.call('meeting:page', { offset: all.length - 5, limit: 50 }).rows.map((m) => m.id)).toEqual(expected.slice(-5));
    expect(app.call('meeting:page', { offset: all.length + 10, limit: 50 }).rows).toEqual([]);
  });

  it('sorts on every column both ways: each meeting once, in order', () => {
    const value: Record<Exclude<MeetingSortKey, 'upcoming'>, (m: MeetingSummary) => string | number> = {
      date: when,
      wijk: (m) => m.wijkName.toLowerCase(),
      place: (m) => m.place.toLowerCase(),
      status: (m) => m.status,
      signals: (m) => m.counts.signals,
      actions: (m) => m.counts.actions,
      decisions: (m) => m.counts.decisions,
    };
    expect(Object.keys(value).sort()).toEqual(Object.keys(MEETING_SORT_KEYS).filter((k) => k !== 'upcoming').sort());
    for (const [key, of] of Object.entries(value) as [keyof typeof value, (m: MeetingSummary) => string | number][]) {
      for (const dir of ['asc', 'desc'] as const) {
        const { rows } = walk({}, { key, dir }, 25);
        expect(rows.map((m) => m.id).sort((a, b) => a - b), `${key} ${dir}`).toEqual(all.map((m) => m.id).sort((a, b) => a - b));
        const values = rows.map(of);
        const sorted = [...values].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en')));
        expect(values, `${key} ${dir}`).toEqual(dir === 'asc' ? sorted : sorted.reverse());
      }
    }
  });

  it('filters by wijk, team, status, period and words, and counts only what matches', () => {
    const [wijk] = app.call('wijk:list', {});
    const team = app.call('team:get', { wijkId: wijk!.id });
    const cases: [MeetingFilter, (m: MeetingSummary) => boolean][] = [
      [{ wijkId: wijk!.id }, (m) => m.wijkId === wijk!.id],
      [{ teamId: team.id }, (m) => m.teamId === team.id],
      [{ status: 'gepland' }, (m) => m.status === 'gepland'],
      [{ status: 'afgerond', wijkId: wijk!.id }, (m) => m.status === 'afgerond' && m.wijkId === wijk!.id],
      [{ from: '2026-01-01' }, (m) => m.date >= '2026-01-01'],
      [{ from: '2026-03-01', to: '2026-06-30' }, (m) => m.date >= '2026-03-01' && m.date <= '2026-06-30'],
      [{ text: 'de kade' }, (m) => shown(m).includes('de') && shown(m).includes('kade')],
      [{ text: `${wijk!.name.toUpperCase()} 2026-0` }, (m) => shown(m).includes(wijk!.name.toLowerCase()) && shown(m).includes('2026-0')],
    ];
    for (const [filter, matches] of cases) {
      const expected = all.filter(matches).sort(upcomingFirst);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(expected.length, JSON.stringify(filter)).toBeLessThan(all.length);
      const { first, rows } = walk(filter, { key: 'upcoming', dir: 'asc' }, 10);
      expect(first.total, JSON.stringify(filter)).toBe(expected.length);
      expect(first.upcoming, JSON.stringify(filter)).toBe(expected.filter((m) => m.date >= TODAY).length);
      expect(rows.map((m) => m.id), JSON.stringify(filter)).toEqual(expected.map((m) => m.id));
    }
  });

  it('takes the words typed literally: LIKE wildcards find nothing, an empty list has no rows', () => {
    for (const text of ['%', '_', 'zzz-geen-plaats']) {
      expect(app.call('meeting:page', { filter: { text } }), text).toEqual({ rows: [], offset: 0, total: 0, upcoming: 0 });
    }
  });

  it('refuses an unknown sort, a status that does not exist and a window too large, in Dutch', () => {
    expect(app.reject('meeting:page', { sort: { key: 'team', dir: 'asc' } }).code).toBe('validation');
    expect(app.reject('meeting:page', { filter: { status: 'geannuleerd' } }).code).toBe('validation');
    expect(app.reject('meeting:page', { limit: 501 }).code).toBe('validation');
    expect(app.reject('meeting:page', { filter: { from: '22-11-2026' } }).message).toMatch(/Vanaf/);
  });
});
