import type { Db } from '../connection';
import type { Migration } from './index';

/**
 * The audit trail: who changed which record, when, and which fields — never the values, so the
 * trail holds no confidential content itself. Triggers record every insert, update and delete of
 * the tables below, whatever code path made them; the app stamps the pending rows with the user
 * profile and the time right after a request succeeds (db/queries/audit.ts).
 *
 * The triggers list the columns as they are at schema version 9. A later migration that adds a
 * column to an audited table must recreate that table's triggers.
 */

/** Tables whose rows are audited, with the column that ties a row to its meeting. */
const AUDITED: Record<string, string | null> = {
  municipality: null,
  wijk: null,
  buurt: null,
  organisation: null,
  person: null,
  team: null,
  team_member: null,
  agenda_template_item: null,
  meeting: 'id',
  agenda_item: 'meeting_id',
  attendance: 'meeting_id',
  meeting_guest: 'meeting_id',
  signal: 'meeting_id',
  signal_follow_up: 'meeting_id',
  action: 'meeting_id',
  action_follow_up: 'meeting_id',
  decision: 'meeting_id',
  partner_list: 'meeting_id',
  verslag: 'meeting_id',
  verslag_version: null,
  wijkagenda_theme: null,
  wijkagenda: null,
  wijkagenda_agreement: 'meeting_id',
  wijkagenda_follow_up: 'meeting_id',
  wijkagenda_review: null,
  wijkagenda_review_item: null,
};

/** Bookkeeping that changes with every tick or save: no one asks who changed it. */
const NOT_AUDITED_COLUMNS = new Set(['id', 'created_at', 'updated_at', 'revision', 'spent_seconds', 'current_since', 'current_item_id']);

function columnsOf(db: Db, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).filter((c) => !NOT_AUDITED_COLUMNS.has(c));
}

const jsonNames = (columns: string[]) => `'${JSON.stringify(columns)}'`;

function triggersFor(db: Db, table: string, meetingColumn: string | null): string {
  const columns = columnsOf(db, table);
  const meeting = (row: 'NEW' | 'OLD') => (meetingColumn ? `${row}.${meetingColumn}` : 'NULL');
  // Changed columns as a JSON array: '["title","status"]'.
  const changed = `'[' || rtrim(${columns.map((c) => `CASE WHEN OLD."${c}" IS NOT NEW."${c}" THEN '"${c}",' ELSE '' END`).join(' || ')}, ',') || ']'`;
  const anyChanged = columns.map((c) => `OLD."${c}" IS NOT NEW."${c}"`).join(' OR ');
  return `
    CREATE TRIGGER audit_${table}_insert AFTER INSERT ON ${table}
    BEGIN
      INSERT INTO audit_log (entity, record_id, action, fields, meeting_id) VALUES ('${table}', NEW.id, 'aangemaakt', ${jsonNames(columns)}, ${meeting('NEW')});
    END;
    CREATE TRIGGER audit_${table}_update AFTER UPDATE ON ${table}
    WHEN ${anyChanged}
    BEGIN
      INSERT INTO audit_log (entity, record_id, action, fields, meeting_id) VALUES ('${table}', NEW.id, 'gewijzigd', ${changed}, ${meeting('NEW')});
    END;
    CREATE TRIGGER audit_${table}_delete AFTER DELETE ON ${table}
    BEGIN
      INSERT INTO audit_log (entity, record_id, action, fields, meeting_id) VALUES ('${table}', OLD.id, 'verwijderd', '[]', ${meeting('OLD')});
    END;`;
}

export const m009AuditLog: Migration = {
  name: '009_audit_log',
  up(db) {
    db.exec(`
      -- at and actor are NULL only between the change and the stamp that follows it in the same request.
      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        at          TEXT,
        actor       TEXT,
        entity      TEXT NOT NULL,
        record_id   INTEGER NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('aangemaakt','gewijzigd','verwijderd','correctie','gewist')),
        fields      TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'array'),
        -- No foreign key: the trail outlives a deleted meeting.
        meeting_id  INTEGER,
        -- The reason given for a correction of a closed meeting.
        note        TEXT
      ) STRICT;
      CREATE INDEX audit_log_record ON audit_log(entity, record_id, id);
      CREATE INDEX audit_log_at ON audit_log(at);
      CREATE INDEX audit_log_pending ON audit_log(id) WHERE at IS NULL;

      -- Who uses the app on this laptop: the name the audit trail records.
      CREATE TABLE app_profile (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        name        TEXT NOT NULL CHECK (length(name) > 0),
        role        TEXT NOT NULL CHECK (role IN ('wijkmanager','notulist','anders')),
        updated_at  TEXT NOT NULL
      ) STRICT;
    `);
    for (const [table, meetingColumn] of Object.entries(AUDITED)) db.exec(triggersFor(db, table, meetingColumn));
  },
};
