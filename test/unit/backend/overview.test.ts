import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, ActionFilter, ActionSortKey } from '../../../contract/schemas/actions';
import type { SignalSortKey } from '../../../contract/schemas/signals';
import { ACTION_SORT_KEYS } from '../../../contract/schemas/actions';
import { SIGNAL_SORT_KEYS } from '../../../contract/schemas/signals';
import type { TestBackend } from '../../support/backend';
import { seededBackend } from '../../support/municipality';

let app: TestBackend;
let all: Action[];
// Seeding a year of a municipality takes seconds, more on a busy machine.
beforeAll(() => {
  ({ app } = seededBackend(1));
  all = app.call('action:list', {});
}, 120_000);
afterAll(() => app.cleanup());

/** "Alle acties" as the renderer sorted it before the back end did: overdue, open by due date, closed latest first. */
const rank = (a: Action) => (a.overdue ? 0 : a.isOpen ? 1 : 2);
const byUrgency = (a: Action, b: Action) =>
  rank(a) - rank(b) ||
  (rank(a) < 2 ? (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') : (b.closedOn ?? '').localeCompare(a.closedOn ?? '')) ||
  (rank(a) < 2 ? a.id - b.id : b.id - a.id);

/** Every row of a filtered, sorted list, fetched window by window. */
function walk(filter: ActionFilter, sort: { key: ActionSortKey; dir: 'asc' | 'desc' }, limit = 500) {
  const first = app.call('action:page', { filter, sort, offset: 0, limit });
  const rows = [...first.rows];
  for (let offset = limit; offset < first.total; offset += limit) rows.push(...app.call('action:page', { filter, sort, offset, limit }).rows);
  return { first, rows };
}

// Walking every window of thousands of rows, sort by sort: seconds on a busy machine.
describe('action:page: Alle acties filtered, sorted and paged by the back end', { timeout: 120_000 }, () => {
  it('sends one window with the totals of the whole list', () => {
    const page = app.call('action:page', { offset: 0, limit: 50 });
    expect(page.rows).toHaveLength(50);
    expect(page.total).toBe(all.length);
    expect(page.open).toBe(all.filter((a) => a.isOpen).length);
    expect(page.overdue).toBe(all.filter((a) => a.overdue).length);
    expect(page.overdue).toBeGreaterThan(0);
  });

  it('orders by urgency like the overview always did, in every window, the last ones (read from the end) included', () => {
    const expected = [...all].sort(byUrgency).map((a) => a.id);
    const { rows } = walk({}, { key: 'urgency', dir: 'asc' }, 450);
    expect(rows.map((a) => a.id)).toEqual(expected);
    // A window across the border of open and closed, and the very last rows.
    const open = all.filter((a) => a.isOpen).length;
    expect(app.call('action:page', { offset: open - 3, limit: 6 }).rows.map((a) => a.id)).toEqual(expected.slice(open - 3, open + 3));
    expect(app.call('action:page', { offset: all.length - 7, limit: 100 }).rows.map((a) => a.id)).toEqual(expected.slice(-7));
    expect(app.call('action:page', { sort: { key: 'urgency', dir: 'desc' }, offset: 0, limit: 10 }).rows.map((a) => a.id)).toEqual([...expected].reverse().slice(0, 10));
  });

  it('sorts on every column both ways: each row once, in order', () => {
    const value: Record<ActionSortKey, (a: Action) => string> = {
      urgency: () => '',
      what: (a) => a.what.toLowerCase(),
      who: (a) => a.ownerOrganisationName.toLowerCase(),
      due: (a) => (a.dueDate === null ? '~' : a.dueDate),
      status: (a) => a.status,
      meeting: (a) => a.meetingDate,
    };
    for (const key of Object.keys(ACTION_SORT_KEYS) as ActionSortKey[]) {
      if (key === 'urgency') continue;
      for (const dir of ['asc', 'desc'] as const) {
        const { rows } = walk({}, { key, dir });
        expect(new Set(rows.map((a) => a.id)).size, `${key} ${dir}`).toBe(all.length);
        const values = rows.map(value[key]);
        const sorted = [...values].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
        expect(values, `${key} ${dir}`).toEqual(dir === 'asc' ? sorted : sorted.reverse());
      }
    }
  });

  it('filters by organisation, wijk, status, horizon, overdue and period, as the whole list would', () => {
    const organisationId = all[0]!.ownerOrganisationId;
    const wijkId = all[0]!.wijkId;
    const cases: [ActionFilter, (a: Action) => boolean][] = [
      [{ organisationId }, (a) => a.ownerOrganisationId === organisationId],
      [{ wijkId }, (a) => a.wijkId === wijkId],
      [{ status: 'in_uitvoering' }, (a) => a.status === 'in_uitvoering'],
      [{ horizon: 'ooit', openOnly: true }, (a) => a.horizon === 'ooit' && a.isOpen],
      [{ overdueOnly: true, organisationId }, (a) => a.overdue && a.ownerOrganisationId === organisationId],
      [{ from: '2026-06-01', to: '2026-08-31' }, (a) => a.meetingDate >= '2026-06-01' && a.meetingDate <= '2026-08-31'],
    ];
    for (const [filter, keep] of cases) {
      const expected = all.filter(keep).sort(byUrgency).map((a) => a.id);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const { first, rows } = walk(filter, { key: 'urgency', dir: 'asc' });
      expect(first.total, JSON.stringify(filter)).toBe(expected.length);
      const got = rows.map((a) => a.id);
      const at = got.findIndex((id, i) => id !== expected[i]);
      expect(at === -1 ? null : { at, got: rows.slice(at, at + 2).map((a) => [a.id, a.overdue, a.isOpen, a.dueDate, a.closedOn]), expected: expected.slice(at, at + 2).map((id) => all.find((a) => a.id === id)).map((a) => [a!.id, a!.overdue, a!.isOpen, a!.dueDate, a!.closedOn]) }, JSON.stringify(filter)).toBeNull();
    }
  });

  it('finds actions by their words and by the title of their signal, accents and word endings left out', () => {
    const page = app.call('action:page', { filter: { text: 'veegrond' }, offset: 0, limit: 500 });
    expect(page.total).toBe(all.filter((a) => a.what.includes('veegronde')).length);
    const bySignal = app.call('action:page', { filter: { text: 'zwerfafv' }, offset: 0, limit: 500 });
    expect(bySignal.total).toBe(all.filter((a) => a.signalTitle?.toLowerCase().includes('zwerfafval')).length);
    expect(bySignal.total).toBeGreaterThan(0);
    // Only punctuation: nothing to search for, so nothing found (and no FTS5 syntax error).
    expect(app.call('action:page', { filter: { text: '"*' }, offset: 0, limit: 10 }).total).toBe(0);
  });

  it('refuses an unknown sort or a window that is too large, in Dutch', () => {
    expect(app.reject('action:page', { sort: { key: 'why', dir: 'asc' } }).fields).toEqual({ 'sort.key': 'Onbekende sortering.' });
    expect(app.reject('action:page', { offset: -1 }).code).toBe('validation');
    expect(app.reject('action:page', { limit: 10_000 }).code).toBe('validation');
  });
});

describe('signal:page: Alle signalen filtered, sorted and paged by the back end', { timeout: 120_000 }, () => {
  it('filters by theme, status and sensitivity with totals, newest first by default', () => {
    const signals = app.call('signal:list', {});
    const care = signals.filter((s) => s.theme === 'zorg' && s.sensitivity === 'vertrouwelijk');
    const page = app.call('signal:page', { filter: { theme: 'zorg', sensitivity: 'vertrouwelijk' }, offset: 0, limit: 500 });
    expect(page.total).toBe(care.length);
    expect(page.confidential).toBe(care.length);
    const dates = page.rows.map((s) => s.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('sorts on every column both ways, every row once', () => {
    const total = app.call('signal:page', { offset: 0, limit: 1 }).total;
    for (const key of Object.keys(SIGNAL_SORT_KEYS) as SignalSortKey[]) {
      for (const dir of ['asc', 'desc'] as const) {
        const ids = new Set<number>();
        for (let offset = 0; offset < total; offset += 500) for (const s of app.call('signal:page', { sort: { key, dir }, offset, limit: 500 }).rows) ids.add(s.id);
        expect(ids.size, `${key} ${dir}`).toBe(total);
      }
    }
  });

  it('covers confidential details in the partner view, and does not find them by those words', () => {
    const confidential = app.call('signal:list', {}).find((s) => s.sensitivity === 'vertrouwelijk' && s.description !== null)!;
    const word = confidential.description!.match(/[A-Za-zà-ü]{7,}/)![0];
    const intern = app.call('signal:page', { filter: { text: word }, offset: 0, limit: 500 });
    expect(intern.rows.some((s) => s.id === confidential.id)).toBe(true);
    const partner = app.call('signal:page', { filter: { text: word }, view: 'partner', offset: 0, limit: 500 });
    expect(partner.rows.some((s) => s.id === confidential.id)).toBe(false);
    const shown = app.call('signal:page', { filter: { theme: confidential.theme }, view: 'partner', offset: 0, limit: 500 }).rows.filter((s) => s.sensitivity === 'vertrouwelijk');
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) expect(s).toMatchObject({ description: null, location: null, redacted: true });
  });
});
