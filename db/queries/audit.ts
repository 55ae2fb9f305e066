import type { Db } from '../connection';
import type { AuditAction, AuditEntry, ProfileRole } from '../../contract/schemas/privacy';

/** Who and when, given to the rows the triggers wrote during one request. */
export interface AuditStamp {
  actor: string;
  at: string;
  /** Overrides the trigger's own word: a correction of a closed meeting, or a wipe after the retention term. */
  action?: Extract<AuditAction, 'correctie' | 'gewist'>;
  note?: string | null;
}

export function hasPendingAudit(db: Db): boolean {
  return db.prepare('SELECT 1 FROM audit_log WHERE at IS NULL LIMIT 1').get() !== undefined;
}

/** Stamps every row written since the last stamp; returns how many. */
export function stampPendingAudit(db: Db, stamp: AuditStamp): number {
  return db
    .prepare('UPDATE audit_log SET at = @at, actor = @actor, action = coalesce(@action, action), note = coalesce(@note, note) WHERE at IS NULL')
    .run({ at: stamp.at, actor: stamp.actor, action: stamp.action ?? null, note: stamp.note ?? null }).changes;
}

/** Entries older than the cutoff (ISO time) go; the trail keeps to its own retention term. */
export function deleteAuditBefore(db: Db, cutoff: string): number {
  return db.prepare('DELETE FROM audit_log WHERE at < ?').run(cutoff).changes;
}

/** What a record is called now: titles and names only, never descriptions or notes. */
const RECORD_LABEL = `
  CASE a.entity
    WHEN 'municipality' THEN (SELECT name FROM municipality WHERE id = a.record_id)
    WHEN 'wijk' THEN (SELECT name FROM wijk WHERE id = a.record_id)
    WHEN 'buurt' THEN (SELECT name FROM buurt WHERE id = a.record_id)
    WHEN 'organisation' THEN (SELECT name FROM organisation WHERE id = a.record_id)
    WHEN 'person' THEN (SELECT name FROM person WHERE id = a.record_id)
    WHEN 'team' THEN (SELECT name FROM team WHERE id = a.record_id)
    WHEN 'team_member' THEN (SELECT p.name FROM team_member tm JOIN person p ON p.id = tm.person_id WHERE tm.id = a.record_id)
    WHEN 'agenda_template_item' THEN (SELECT title FROM agenda_template_item WHERE id = a.record_id)
    WHEN 'meeting' THEN (SELECT t.name FROM meeting m JOIN team t ON t.id = m.team_id WHERE m.id = a.record_id)
    WHEN 'agenda_item' THEN (SELECT title FROM agenda_item WHERE id = a.record_id)
    WHEN 'attendance' THEN (SELECT p.name FROM attendance x JOIN person p ON p.id = x.person_id WHERE x.id = a.record_id)
    WHEN 'meeting_guest' THEN (SELECT name FROM meeting_guest WHERE id = a.record_id)
    WHEN 'signal' THEN (SELECT title FROM signal WHERE id = a.record_id)
    WHEN 'signal_follow_up' THEN (SELECT s.title FROM signal_follow_up f JOIN signal s ON s.id = f.signal_id WHERE f.id = a.record_id)
    WHEN 'action' THEN (SELECT what FROM action WHERE id = a.record_id)
    WHEN 'action_follow_up' THEN (SELECT x.what FROM action_follow_up f JOIN action x ON x.id = f.action_id WHERE f.id = a.record_id)
    WHEN 'partner_list' THEN (SELECT o.name FROM partner_list pl JOIN organisation o ON o.id = pl.organisation_id WHERE pl.id = a.record_id)
    WHEN 'verslag' THEN (SELECT 'Verslag van ' || m.date FROM verslag v JOIN meeting m ON m.id = v.meeting_id WHERE v.id = a.record_id)
    WHEN 'verslag_version' THEN (SELECT 'Verslag van ' || m.date || ', versie ' || vv.version FROM verslag_version vv JOIN verslag v ON v.id = vv.verslag_id JOIN meeting m ON m.id = v.meeting_id WHERE vv.id = a.record_id)
    WHEN 'decision' THEN (SELECT substr(text, 1, 80) FROM decision WHERE id = a.record_id)
  END`;

export function listAudit(db: Db, filter: { entity?: string; recordId?: number; limit: number; offset: number }): { entries: AuditEntry[]; total: number } {
  const params = { entity: filter.entity ?? null, recordId: filter.recordId ?? null };
  // A signal's history includes its follow-ups (and an action's its own): that is where its story continues.
  const where = `a.at IS NOT NULL AND (
      @entity IS NULL
      OR (a.entity = @entity AND (@recordId IS NULL OR a.record_id = @recordId))
      OR (@recordId IS NOT NULL AND @entity = 'signal' AND a.entity = 'signal_follow_up'
          AND a.record_id IN (SELECT id FROM signal_follow_up WHERE signal_id = @recordId))
      OR (@recordId IS NOT NULL AND @entity = 'action' AND a.entity = 'action_follow_up'
          AND a.record_id IN (SELECT id FROM action_follow_up WHERE action_id = @recordId)))`;
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log a WHERE ${where}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.actor, a.entity, a.record_id AS recordId, ${RECORD_LABEL} AS recordLabel, a.action, a.fields,
              a.meeting_id AS meetingId, m.date AS meetingDate, a.note
       FROM audit_log a LEFT JOIN meeting m ON m.id = a.meeting_id
       WHERE ${where}
       ORDER BY a.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: filter.limit, offset: filter.offset }) as (Omit<AuditEntry, 'fields'> & { fields: string })[];
  return { entries: rows.map((r) => ({ ...r, fields: JSON.parse(r.fields) as string[] })), total };
}

// ---- the user profile on this laptop ----------------------------------------------------------

export function getProfile(db: Db): { name: string; role: ProfileRole } | null {
  return (db.prepare('SELECT name, role FROM app_profile WHERE id = 1').get() as { name: string; role: ProfileRole } | undefined) ?? null;
}

export function saveProfile(db: Db, profile: { name: string; role: ProfileRole }, now: Date): void {
  db.prepare(
    `INSERT INTO app_profile (id, name, role, updated_at) VALUES (1, @name, @role, @now)
     ON CONFLICT (id) DO UPDATE SET name = @name, role = @role, updated_at = @now`,
  ).run({ ...profile, now: now.toISOString() });
}
