import { afterEach, describe, expect, it } from 'vitest';
import { closeSync, existsSync, openSync, statSync, utimesSync, writeSync } from 'node:fs';
import { createTestBackend, openTestBackend, type TestBackend } from '../../support/backend';
import { seedTeam } from '../../support/meetings';
import { checkedToday } from '../../../db/health';

/**
 * The full start-up check (quick_check reads every page: a second on ten years of data) runs at
 * the first start of each day and after any session that did not end with a clean close, or any
 * change to the file from outside; a second start on the same day after a clean close opens at once.
 */
const apps: TestBackend[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.cleanup();
});
const day = (d: string) => () => new Date(`${d}T09:00:00Z`);

/**
 * A set-up file, closed cleanly on 23 November, and the root page of a table nothing reads at
 * start-up (meeting guests), so only the full check can notice damage there.
 */
function closedFile(): { app: TestBackend; root: number; pageSize: number } {
  const app = createTestBackend({ now: day('2026-11-23') });
  apps.push(app);
  seedTeam(app);
  const root = app.db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'meeting_guest'").pluck().get() as number;
  const pageSize = app.db.pragma('page_size', { simple: true }) as number;
  app.close();
  app.close = () => undefined;
  // A second start that day makes the day's backup (the first had nothing to back up yet), so
  // later starts that day read nothing but what they need.
  openTestBackend(app.file, { now: day('2026-11-23') }).close();
  return { app, root, pageSize };
}

/** Overwrites a page and, when asked, puts the file's times back as they were (a change no time shows). */
function damage(file: string, root: number, pageSize: number, keepTimes: boolean): void {
  const before = statSync(file);
  const handle = openSync(file, 'r+');
  writeSync(handle, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
  closeSync(handle);
  // Otherwise the damage comes later than the close (file times are coarser than this test is fast).
  utimesSync(file, before.atime, keepTimes ? before.mtime : new Date(before.mtime.getTime() + 5_000));
}

describe('the start-up check: once a day, and after anything unclean', () => {
  it('marks a clean close with the day of the check, and only an unchanged file counts', () => {
    const { app } = closedFile();
    expect(checkedToday(app.file, '2026-11-23')).toBe('2026-11-23');
    expect(checkedToday(app.file, '2026-11-24')).toBeNull();
    const again = openTestBackend(app.file, { now: day('2026-11-23') });
    // While the app runs there is no mark: a crash now means a full check at the next start.
    expect(checkedToday(app.file, '2026-11-23')).toBeNull();
    again.call('wijk:create', { name: 'Binnenhaven' });
    again.close();
    expect(checkedToday(app.file, '2026-11-23')).toBe('2026-11-23');
  });

  it('a file changed from outside since the clean close is checked again, the same day', () => {
    const { app, root, pageSize } = closedFile();
    damage(app.file, root, pageSize, false);
    const broken = openTestBackend(app.file, { now: day('2026-11-23') });
    expect(broken.call('app:info', {}).storageProblem).toMatchObject({ fault: 'corrupt' });
    broken.close();
  });

  it('skips the check only while the file is exactly as it was left, and checks again the next day', () => {
    const { app, root, pageSize } = closedFile();
    // Damage that leaves size and times alone (bit rot) is not seen by a start on the same day…
    damage(app.file, root, pageSize, true);
    const sameDay = openTestBackend(app.file, { now: day('2026-11-23') });
    expect(sameDay.call('app:info', {}).storageProblem).toBeNull();
    sameDay.close();
    // …but the first start of the next day reads every page again.
    const nextDay = openTestBackend(app.file, { now: day('2026-11-24') });
    expect(nextDay.call('app:info', {}).storageProblem).toMatchObject({ fault: 'corrupt' });
    nextDay.close();
    expect(existsSync(app.file)).toBe(true);
  });
});
