import type { Migration } from './index';

const DATE = (col: string) => `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

/** The refusal the database gives when a vastgesteld verslag is touched (db/errors.ts passes it on). */
export const VERSLAG_LOCKED_MESSAGE =
  'Wijkoverleg: Dit verslag is vastgesteld en kan niet meer worden gewijzigd. Maak een correctie: die wordt een nieuwe versie.';

/**
 * The verslag of a meeting, in versions. A concept version is built live from the meeting's data
 * plus the notulist's summary per agenda item; on vaststelling its content is frozen (as JSON, in
 * the redacted form that goes to partners) and from then on the database itself refuses any
 * change or removal. A correction is a new version with a reason.
 */
export const m007Verslag: Migration = {
  name: '007_verslag',
  up(db) {
    db.exec(`
      CREATE TABLE verslag (
        id          INTEGER PRIMARY KEY,
        meeting_id  INTEGER NOT NULL UNIQUE REFERENCES meeting(id) ON DELETE RESTRICT,
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE verslag_version (
        id                         INTEGER PRIMARY KEY,
        verslag_id                 INTEGER NOT NULL REFERENCES verslag(id) ON DELETE RESTRICT,
        version                    INTEGER NOT NULL CHECK (version >= 1),
        status                     TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept','vastgesteld')),
        correction_reason          TEXT CHECK (correction_reason IS NULL OR length(correction_reason) > 0),
        created_by                 TEXT,
        created_at                 TEXT NOT NULL,
        updated_at                 TEXT NOT NULL,
        vastgesteld_on             TEXT CHECK (vastgesteld_on IS NULL OR ${DATE('vastgesteld_on')}),
        vastgesteld_at             TEXT,
        vastgesteld_in_meeting_id  INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
        vastgesteld_by             TEXT,
        content                    TEXT CHECK (content IS NULL OR json_valid(content)),
        UNIQUE (verslag_id, version),
        CHECK (version = 1 OR correction_reason IS NOT NULL),
        CHECK ((status = 'vastgesteld') = (vastgesteld_on IS NOT NULL AND vastgesteld_at IS NOT NULL AND content IS NOT NULL)),
        CHECK (status = 'vastgesteld' OR vastgesteld_in_meeting_id IS NULL)
      ) STRICT;
      CREATE INDEX verslag_version_verslag ON verslag_version(verslag_id, version);
      CREATE INDEX verslag_version_established_in ON verslag_version(vastgesteld_in_meeting_id);

      -- The notulist's text per agenda item, for a concept version (a vastgesteld one has it in content).
      CREATE TABLE verslag_summary (
        version_id      INTEGER NOT NULL REFERENCES verslag_version(id) ON DELETE CASCADE,
        agenda_item_id  INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        text            TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        PRIMARY KEY (version_id, agenda_item_id)
      ) STRICT;
      CREATE INDEX verslag_summary_item ON verslag_summary(agenda_item_id);

      -- Immutable after vaststelling, whatever code runs: no update, no removal, no text changes.
      CREATE TRIGGER verslag_version_locked_update BEFORE UPDATE ON verslag_version
      WHEN OLD.status = 'vastgesteld'
      BEGIN SELECT RAISE(ABORT, '${VERSLAG_LOCKED_MESSAGE}'); END;

      CREATE TRIGGER verslag_version_locked_delete BEFORE DELETE ON verslag_version
      WHEN OLD.status = 'vastgesteld'
      BEGIN SELECT RAISE(ABORT, '${VERSLAG_LOCKED_MESSAGE}'); END;

      CREATE TRIGGER verslag_summary_locked_insert BEFORE INSERT ON verslag_summary
      WHEN (SELECT status FROM verslag_version WHERE id = NEW.version_id) = 'vastgesteld'
      BEGIN SELECT RAISE(ABORT, '${VERSLAG_LOCKED_MESSAGE}'); END;

      CREATE TRIGGER verslag_summary_locked_update BEFORE UPDATE ON verslag_summary
      WHEN (SELECT status FROM verslag_version WHERE id = OLD.version_id) = 'vastgesteld'
        OR (SELECT status FROM verslag_version WHERE id = NEW.version_id) = 'vastgesteld'
      BEGIN SELECT RAISE(ABORT, '${VERSLAG_LOCKED_MESSAGE}'); END;

      CREATE TRIGGER verslag_summary_locked_delete BEFORE DELETE ON verslag_summary
      WHEN (SELECT status FROM verslag_version WHERE id = OLD.version_id) = 'vastgesteld'
      BEGIN SELECT RAISE(ABORT, '${VERSLAG_LOCKED_MESSAGE}'); END;

      -- Versions follow one another: a new one only after the previous is vastgesteld.
      CREATE TRIGGER verslag_version_in_order BEFORE INSERT ON verslag_version
      WHEN NEW.version <> 1 + coalesce((SELECT max(version) FROM verslag_version WHERE verslag_id = NEW.verslag_id), 0)
        OR EXISTS (SELECT 1 FROM verslag_version WHERE verslag_id = NEW.verslag_id AND status = 'concept')
      BEGIN SELECT RAISE(ABORT, 'Wijkoverleg: Een nieuwe versie kan pas als de vorige is vastgesteld.'); END;
    `);
  },
};
