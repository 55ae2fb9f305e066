import type { Migration } from './index';

const DATE = (col: string) => `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const ACTION_STATUSES = `('open','in_uitvoering','gereed','vervallen')`;
const OUTCOMES = `('nagekomen','deels_nagekomen','niet_nagekomen','loopt_nog')`;
const SEALED = 'Een actualisatie is vastgelegd en verandert niet meer.';

/**
 * The wijkagenda: per wijk per year, with the themes of the wijk's four-year plan and the
 * agreements under them. An agreement from a meeting's action is linked, not copied: it has no
 * what/who/status of its own, so the action's progress shows without re-exporting. Decisions and
 * hand-entered agreements carry their own fields (the same horizon rules as actions). An
 * actualisatie is a dated snapshot that the database itself keeps unchanged.
 */
export const m008Wijkagenda: Migration = {
  name: '008_wijkagenda',
  up(db) {
    db.exec(`
      -- A theme belongs to the wijk's plan, not to one year: it can run over several years.
      CREATE TABLE wijkagenda_theme (
        id          INTEGER PRIMARY KEY,
        wijk_id     INTEGER NOT NULL REFERENCES wijk(id) ON DELETE RESTRICT,
        title       TEXT NOT NULL CHECK (length(title) > 0),
        goal        TEXT NOT NULL CHECK (length(goal) > 0),
        first_year  INTEGER NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
        last_year   INTEGER NOT NULL CHECK (last_year BETWEEN first_year AND first_year + 3),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX wijkagenda_theme_wijk ON wijkagenda_theme(wijk_id, first_year);

      CREATE TABLE wijkagenda (
        id          INTEGER PRIMARY KEY,
        wijk_id     INTEGER NOT NULL REFERENCES wijk(id) ON DELETE RESTRICT,
        year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        created_at  TEXT NOT NULL,
        UNIQUE (wijk_id, year)
      ) STRICT;

      CREATE TABLE wijkagenda_agreement (
        id                     INTEGER PRIMARY KEY,
        wijkagenda_id          INTEGER NOT NULL REFERENCES wijkagenda(id) ON DELETE RESTRICT,
        theme_id               INTEGER NOT NULL REFERENCES wijkagenda_theme(id) ON DELETE RESTRICT,
        origin                 TEXT NOT NULL CHECK (origin IN ('action','decision','hand')),
        action_id              INTEGER REFERENCES action(id) ON DELETE RESTRICT,
        decision_id            INTEGER REFERENCES decision(id) ON DELETE RESTRICT,
        -- The meeting it came from (one click back); none for a hand-entered agreement.
        meeting_id             INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
        -- Own fields: only for decisions and hand-entered agreements.
        what                   TEXT CHECK (what IS NULL OR length(what) > 0),
        owner_organisation_id  INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
        owner_person_id        INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        deadline               TEXT CHECK (deadline IS NULL OR ${DATE('deadline')}),
        horizon                TEXT CHECK (horizon IS NULL OR horizon IN ('nu','ooit','nooit')),
        preconditions          TEXT,
        decision_due           TEXT CHECK (decision_due IS NULL OR ${DATE('decision_due')}),
        motivation             TEXT,
        status                 TEXT CHECK (status IS NULL OR status IN ${ACTION_STATUSES}),
        cancel_reason          TEXT,
        closed_on              TEXT CHECK (closed_on IS NULL OR ${DATE('closed_on')}),
        -- The ground of a hand-entered agreement: which decision, taken by which body, when.
        ground_decision        TEXT,
        ground_body            TEXT,
        ground_date            TEXT CHECK (ground_date IS NULL OR ${DATE('ground_date')}),
        -- Set on next year's copy when a running agreement moves at the turn of the year.
        carried_from_id        INTEGER UNIQUE REFERENCES wijkagenda_agreement(id) ON DELETE RESTRICT,
        created_at             TEXT NOT NULL,
        updated_at             TEXT NOT NULL,
        CHECK ((origin = 'action') = (action_id IS NOT NULL)),
        CHECK ((origin = 'decision') = (decision_id IS NOT NULL)),
        CHECK ((origin = 'hand') = (meeting_id IS NULL)),
        CHECK (origin <> 'hand' OR (ground_decision IS NOT NULL AND ground_body IS NOT NULL)),
        -- Linked, not copied.
        CHECK (origin <> 'action' OR (what IS NULL AND owner_organisation_id IS NULL AND owner_person_id IS NULL AND deadline IS NULL
               AND horizon IS NULL AND status IS NULL AND preconditions IS NULL AND decision_due IS NULL AND motivation IS NULL)),
        CHECK (origin = 'action' OR (what IS NOT NULL AND owner_organisation_id IS NOT NULL AND horizon IS NOT NULL AND status IS NOT NULL)),
        CHECK (horizon IS NULL OR horizon <> 'nu' OR deadline IS NOT NULL),
        CHECK (horizon IS NULL OR horizon <> 'ooit' OR (preconditions IS NOT NULL AND decision_due IS NOT NULL)),
        CHECK (horizon IS NULL OR horizon <> 'nooit' OR motivation IS NOT NULL),
        CHECK (status IS NULL OR status <> 'vervallen' OR cancel_reason IS NOT NULL),
        UNIQUE (wijkagenda_id, action_id),
        UNIQUE (wijkagenda_id, decision_id)
      ) STRICT;
      CREATE INDEX wijkagenda_agreement_theme ON wijkagenda_agreement(theme_id);
      CREATE INDEX wijkagenda_agreement_action ON wijkagenda_agreement(action_id);
      CREATE INDEX wijkagenda_agreement_decision ON wijkagenda_agreement(decision_id);
      CREATE INDEX wijkagenda_agreement_meeting ON wijkagenda_agreement(meeting_id);
      CREATE INDEX wijkagenda_agreement_owner ON wijkagenda_agreement(owner_organisation_id);

      -- Progress in a meeting of an agreement with its own status: the shape of action_follow_up.
      CREATE TABLE wijkagenda_follow_up (
        id             INTEGER PRIMARY KEY,
        agreement_id   INTEGER NOT NULL REFERENCES wijkagenda_agreement(id) ON DELETE CASCADE,
        meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        note           TEXT,
        status_before  TEXT NOT NULL CHECK (status_before IN ${ACTION_STATUSES}),
        status_after   TEXT CHECK (status_after IS NULL OR status_after IN ${ACTION_STATUSES}),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        UNIQUE (agreement_id, meeting_id)
      ) STRICT;
      CREATE INDEX wijkagenda_follow_up_meeting ON wijkagenda_follow_up(meeting_id);

      -- An actualisatie: a dated snapshot. item_count is fixed at insert, so no item can be added later.
      CREATE TABLE wijkagenda_review (
        id             INTEGER PRIMARY KEY,
        wijkagenda_id  INTEGER NOT NULL REFERENCES wijkagenda(id) ON DELETE RESTRICT,
        date           TEXT NOT NULL CHECK (${DATE('date')}),
        note           TEXT,
        item_count     INTEGER NOT NULL CHECK (item_count >= 0),
        created_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX wijkagenda_review_agenda ON wijkagenda_review(wijkagenda_id, date);

      -- What was reviewed is copied: the snapshot must read the same after the agreement changes.
      CREATE TABLE wijkagenda_review_item (
        id                       INTEGER PRIMARY KEY,
        review_id                INTEGER NOT NULL REFERENCES wijkagenda_review(id) ON DELETE RESTRICT,
        agreement_id             INTEGER NOT NULL REFERENCES wijkagenda_agreement(id) ON DELETE RESTRICT,
        outcome                  TEXT NOT NULL CHECK (outcome IN ${OUTCOMES}),
        note                     TEXT,
        theme_id                 INTEGER NOT NULL,
        theme_title              TEXT NOT NULL,
        what                     TEXT NOT NULL,
        owner_organisation_id    INTEGER NOT NULL,
        owner_organisation_name  TEXT NOT NULL,
        due_date                 TEXT,
        status                   TEXT NOT NULL CHECK (status IN ${ACTION_STATUSES}),
        UNIQUE (review_id, agreement_id)
      ) STRICT;
      CREATE INDEX wijkagenda_review_item_agreement ON wijkagenda_review_item(agreement_id);

      CREATE TRIGGER wijkagenda_review_no_update BEFORE UPDATE ON wijkagenda_review
      BEGIN SELECT RAISE(ABORT, '${SEALED}'); END;
      -- Deleting is refused while the agenda exists; only a bulk clear of the demo (deferred
      -- foreign keys, agenda rows first) can remove a snapshot.
      CREATE TRIGGER wijkagenda_review_no_delete BEFORE DELETE ON wijkagenda_review
      WHEN EXISTS (SELECT 1 FROM wijkagenda WHERE id = OLD.wijkagenda_id)
      BEGIN SELECT RAISE(ABORT, '${SEALED}'); END;
      CREATE TRIGGER wijkagenda_review_item_no_update BEFORE UPDATE ON wijkagenda_review_item
      BEGIN SELECT RAISE(ABORT, '${SEALED}'); END;
      CREATE TRIGGER wijkagenda_review_item_no_delete BEFORE DELETE ON wijkagenda_review_item
      WHEN EXISTS (SELECT 1 FROM wijkagenda_review WHERE id = OLD.review_id)
      BEGIN SELECT RAISE(ABORT, '${SEALED}'); END;
      CREATE TRIGGER wijkagenda_review_item_sealed BEFORE INSERT ON wijkagenda_review_item
      WHEN (SELECT count(*) FROM wijkagenda_review_item WHERE review_id = NEW.review_id)
           >= (SELECT item_count FROM wijkagenda_review WHERE id = NEW.review_id)
      BEGIN SELECT RAISE(ABORT, '${SEALED}'); END;
    `);
  },
};
