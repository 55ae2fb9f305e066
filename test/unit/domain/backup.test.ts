import { describe, expect, it } from 'vitest';
import { BACKUP_POLICY, backupFileName, backupsToKeep, localDay, manualBackupFileName, parseBackupFileName, type BackupReason, type BackupStamp } from '../../../domain/backup';

const stamp = (iso: string, reason: BackupReason = 'dagelijks'): BackupStamp => {
  const createdAt = new Date(iso);
  return { name: backupFileName(createdAt, reason), createdAt: createdAt.toISOString(), reason };
};

describe('backup file names', () => {
  it('carry their time and reason, and read back', () => {
    const name = backupFileName(new Date('2026-11-22T09:05:07.123Z'), 'na-overleg');
    expect(name).toBe('wijkoverleg-2026-11-22T09-05-07Z-na-overleg.sqlite');
    expect(parseBackupFileName(name)).toEqual({ name, createdAt: '2026-11-22T09:05:07.000Z', reason: 'na-overleg' });
  });

  it('ignore every other file', () => {
    for (const name of ['wijkoverleg.sqlite', 'wijkoverleg-2026-11-22T09-05-07Z-onbekend.sqlite', 'notities.txt', '../wijkoverleg-2026-11-22T09-05-07Z-dagelijks.sqlite', 'wijkoverleg-2026-11-22T09-05-07Z-dagelijks.sqlite.part']) {
      expect(parseBackupFileName(name), name).toBeNull();
    }
  });

  it('a manual backup gets a name a person recognises, in Dutch local time', () => {
    expect(manualBackupFileName(new Date('2026-07-01T22:30:00Z'))).toBe('Wijkoverleg back-up 2026-07-02 00.30.sqlite');
  });

  it('days are Dutch days', () => {
    expect(localDay(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});

describe('rotation', () => {
  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months', () => {
    // One backup a day for 400 days, and three on the last day.
    const all: BackupStamp[] = [];
    for (let d = 0; d < 400; d++) all.push(stamp(new Date(Date.UTC(2025, 9, 20 + d, 7)).toISOString()));
    all.push(stamp('2026-11-23T12:00:00Z', 'na-overleg'), stamp('2026-11-23T16:00:00Z', 'na-overleg'));
    const keep = backupsToKeep(all);
    const kept = all.filter((b) => keep.has(b.name)).map((b) => b.createdAt.slice(0, 13)).sort().reverse();

    // Days: the newest of 23 Nov and the six days before it.
    expect(kept.slice(0, 7)).toEqual(['2026-11-23T16', '2026-11-22T07', '2026-11-21T07', '2026-11-20T07', '2026-11-19T07', '2026-11-18T07', '2026-11-17T07']);
    expect(kept).not.toContain('2026-11-23T12');
    // Weeks: Sundays end ISO weeks; months: the last day of each of 12 months (one is the current month).
    expect(kept).toEqual(expect.arrayContaining(['2026-11-15T07', '2026-11-08T07', '2026-10-31T07', '2026-09-30T07', '2025-12-31T07']));
    expect(kept).not.toContain('2025-11-30T07'); // the 13th month back
    expect(keep.size).toBeLessThanOrEqual(BACKUP_POLICY.daily + BACKUP_POLICY.weekly + BACKUP_POLICY.monthly);
  });

  it('always keeps the last three made before a restore or an update, even on a busy day', () => {
    const all = [
      stamp('2026-11-22T06:00:00Z', 'dagelijks'),
      stamp('2026-11-22T07:00:00Z', 'voor-terugzetten'),
      stamp('2026-11-22T08:00:00Z', 'voor-terugzetten'),
      stamp('2026-11-22T09:00:00Z', 'voor-terugzetten'),
      stamp('2026-11-22T10:00:00Z', 'voor-terugzetten'),
      stamp('2026-11-22T11:00:00Z', 'voor-migratie'),
      stamp('2026-11-22T17:00:00Z', 'na-overleg'),
    ];
    const keep = backupsToKeep(all);
    // Only the newest of the day (17:00) would survive by date; the last three before a restore and
    // the one before an update stay as well. The plain daily one and the 4th restore go.
    expect(all.filter((b) => !keep.has(b.name)).map((b) => b.createdAt)).toEqual(['2026-11-22T06:00:00.000Z', '2026-11-22T07:00:00.000Z']);
  });
});
