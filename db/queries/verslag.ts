import type { Db } from '../connection';
import type { VerslagContent, VerslagStatus, VerslagVersionInfo } from '../../domain/verslag/content';

export interface VerslagVersionRow extends VerslagVersionInfo {
  id: number;
  verslagId: number;
  meetingId: number;
  /** Frozen content (vastgesteld versions only). */
  content: VerslagContent | null;
}

const VERSION_COLUMNS = `
  v.id, v.verslag_id AS verslagId, r.meeting_id AS meetingId, v.version, v.status, v.correction_reason AS reason,
  v.created_at AS createdAt, v.created_by AS createdBy, v.vastgesteld_on AS vastgesteldOn, v.vastgesteld_at AS vastgesteldAt,
  v.vastgesteld_by AS vastgesteldBy, v.vastgesteld_in_meeting_id AS vastgesteldInMeetingId, m.date AS vastgesteldInMeetingDate, v.content`;

type RawVersion = Omit<VerslagVersionRow, 'content' | 'status'> & { status: VerslagStatus; content: string | null };
const toVersion = (row: RawVersion): VerslagVersionRow => ({ ...row, content: row.content ? (JSON.parse(row.content) as VerslagContent) : null });

/** Every version of a meeting's verslag, oldest first (none: no verslag yet). */
export function listVerslagVersions(db: Db, meetingId: number): VerslagVersionRow[] {
  const rows = db
    .prepare(
      `SELECT ${VERSION_COLUMNS} FROM verslag r JOIN verslag_version v ON v.verslag_id = r.id
       LEFT JOIN meeting m ON m.id = v.vastgesteld_in_meeting_id
       WHERE r.meeting_id = ? ORDER BY v.version`,
    )
    .all(meetingId) as RawVersion[];
  return rows.map(toVersion);
}

export function insertVerslag(db: Db, meetingId: number, createdBy: string | null, summaries: ReadonlyMap<number, string>, now: Date): void {
  const at = now.toISOString();
  const verslagId = Number(db.prepare('INSERT INTO verslag (meeting_id, created_at) VALUES (?, ?)').run(meetingId, at).lastInsertRowid);
  insertVersion(db, verslagId, 1, null, createdBy, summaries, now);
}

export function insertVersion(db: Db, verslagId: number, version: number, reason: string | null, createdBy: string | null, summaries: ReadonlyMap<number, string>, now: Date): number {
  const at = now.toISOString();
  const id = Number(
    db
      .prepare('INSERT INTO verslag_version (verslag_id, version, correction_reason, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(verslagId, version, reason, createdBy, at, at).lastInsertRowid,
  );
  const add = db.prepare('INSERT INTO verslag_summary (version_id, agenda_item_id, text, updated_at) VALUES (?, ?, ?, ?)');
  for (const [itemId, text] of summaries) add.run(id, itemId, text, at);
  return id;
}

/** The notulist's text per agenda item of one (concept) version. */
export function summariesOf(db: Db, versionId: number): Map<number, string> {
  const rows = db.prepare('SELECT agenda_item_id AS itemId, text FROM verslag_summary WHERE version_id = ?').all(versionId) as { itemId: number; text: string }[];
  return new Map(rows.map((r) => [r.itemId, r.text]));
}

/** Empty text removes the summary. */
export function saveSummary(db: Db, versionId: number, agendaItemId: number, text: string | null, now: Date): void {
  if (text === null) {
    db.prepare('DELETE FROM verslag_summary WHERE version_id = ? AND agenda_item_id = ?').run(versionId, agendaItemId);
  } else {
    db.prepare(
      `INSERT INTO verslag_summary (version_id, agenda_item_id, text, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (version_id, agenda_item_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    ).run(versionId, agendaItemId, text, now.toISOString());
  }
  db.prepare('UPDATE verslag_version SET updated_at = ? WHERE id = ?').run(now.toISOString(), versionId);
}

export function establishVersion(
  db: Db,
  versionId: number,
  e: { on: string; inMeetingId: number | null; by: string | null; content: VerslagContent },
  now: Date,
): void {
  db.prepare(
    `UPDATE verslag_version SET status = 'vastgesteld', vastgesteld_on = ?, vastgesteld_at = ?, vastgesteld_in_meeting_id = ?,
       vastgesteld_by = ?, content = ?, updated_at = ? WHERE id = ?`,
  ).run(e.on, now.toISOString(), e.inMeetingId, e.by, JSON.stringify(e.content), now.toISOString(), versionId);
}

/** A vastgesteld verslag that can travel with the partner lists: which meeting, which version. */
export interface EstablishedVerslagRef {
  meetingId: number;
  meetingDate: string;
  teamName: string;
  version: number;
}

/**
 * The newest vastgesteld verslag of the team's last two held meetings up to `upTo`: after a
 * meeting that is usually the previous meeting's verslag, vastgesteld in it. An older one is
 * old news and does not go out again.
 */
export function latestEstablishedVerslag(db: Db, teamId: number, upTo: string): EstablishedVerslagRef | null {
  return (
    (db
      .prepare(
        `SELECT m.id AS meetingId, m.date AS meetingDate, t.name AS teamName, v.version
         FROM verslag_version v JOIN verslag r ON r.id = v.verslag_id JOIN meeting m ON m.id = r.meeting_id JOIN team t ON t.id = m.team_id
         WHERE v.status = 'vastgesteld' AND m.id IN (
           SELECT id FROM meeting WHERE team_id = @teamId AND status IN ('bezig', 'afgerond') AND date <= @upTo ORDER BY date DESC, id DESC LIMIT 2)
         ORDER BY m.date DESC, v.version DESC LIMIT 1`,
      )
      .get({ teamId, upTo }) as EstablishedVerslagRef | undefined) ?? null
  );
}
