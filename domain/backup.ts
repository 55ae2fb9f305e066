import { localDate } from './calendar';
/**
 * Automatic backups: why one was made, how it is named, and which ones rotation keeps. Pure rules;
 * writing and deleting the files is the back end's job.
 */

export const BACKUP_REASONS = ['dagelijks', 'voor-migratie', 'na-overleg', 'voor-terugzetten'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  dagelijks: 'Eerste start van de dag',
  'voor-migratie': 'Voor een update van de database',
  'na-overleg': 'Na het afronden van een overleg',
  'voor-terugzetten': 'Voor het terugzetten van een back-up',
};

/**
 * Rotation: the newest backup of each of the last 7 days that have one, of each of the last 4
 * weeks and of each of the last 12 months. A mistake is often only noticed at the next meeting,
 * 4 to 8 weeks later, and the wijkagenda is reviewed per half year: the weeks and months reach
 * back that far, while the days cover ordinary "I deleted that yesterday". About 23 files of a few
 * MB each. The last 3 made before a restore or a database update are always kept too: they are
 * the way back from those two steps, whatever happened the same day.
 */
export const BACKUP_POLICY = { daily: 7, weekly: 4, monthly: 12, keepPerSafetyReason: 3 } as const;

export const BACKUP_POLICY_TEXT =
  'Wijkoverleg maakt zelf een back-up bij de eerste start van elke dag, na het afronden van een overleg en vóór elke update van de database. ' +
  `Bewaard blijven de nieuwste van elk van de laatste ${BACKUP_POLICY.daily} dagen, ${BACKUP_POLICY.weekly} weken en ${BACKUP_POLICY.monthly} maanden, ` +
  'en altijd de laatste drie van vóór een terugzetting of update.';

export interface BackupStamp {
  name: string;
  /** ISO instant. */
  createdAt: string;
  reason: BackupReason;
}

const FILE_PREFIX = 'wijkoverleg-';

/** File name of an automatic backup: sortable, and it carries its own time and reason. */
export function backupFileName(createdAt: Date, reason: BackupReason): string {
  const stamp = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
  return `${FILE_PREFIX}${stamp}-${reason}.sqlite`;
}

/** The reverse of backupFileName; null for any other file in the folder. */
export function parseBackupFileName(name: string): BackupStamp | null {
  const match = /^wijkoverleg-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-([a-z-]+)\.sqlite$/.exec(name);
  if (!match) return null;
  const reason = match[5] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  const createdAt = `${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { name, createdAt: new Date(createdAt).toISOString(), reason };
}

/** Suggested name for a backup the user saves somewhere: a name a person recognises. */
export function manualBackupFileName(createdAt: Date, timeZone = 'Europe/Amsterdam'): string {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(createdAt)
    .replace(':', '.');
  return `Wijkoverleg back-up ${parts}.sqlite`;
}

/** The local calendar day (YYYY-MM-DD) of an instant: "first start of the day" is a Dutch day. */
export function localDay(instant: Date, timeZone = 'Europe/Amsterdam'): string {
  return localDate(instant, timeZone);
}

/** ISO week key (YYYY-Www) of a local day. */
function isoWeek(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday decides the year
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / 86_400_000 / 7 - ((firstThursday.getUTCDay() + 6) % 7) / 7 + 3 / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Names of the backups rotation keeps; every other automatic backup may be deleted. */
export function backupsToKeep(backups: readonly BackupStamp[], policy = BACKUP_POLICY, timeZone = 'Europe/Amsterdam'): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  const bucket = (key: (b: BackupStamp) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const k = key(backup);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(backup.name);
    }
  };
  const day = (b: BackupStamp) => localDay(new Date(b.createdAt), timeZone);
  bucket(day, policy.daily);
  bucket((b) => isoWeek(day(b)), policy.weekly);
  bucket((b) => day(b).slice(0, 7), policy.monthly);
  for (const reason of ['voor-terugzetten', 'voor-migratie'] as const) {
    newestFirst
      .filter((b) => b.reason === reason)
      .slice(0, policy.keepPerSafetyReason)
      .forEach((b) => keep.add(b.name));
  }
  return keep;
}
