import type { Migration } from './index';

const DATE = (col: string) => `${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const TIME = (col: string) => `${col} GLOB '[0-2][0-9]:[0-5][0-9]'`;
const AGENDA_KINDS = `('opening','verslag_actielijst','signalenronde','thema','wijkagenda','rondvraag','sluiting','overig')`;
const SIGNAL_STATUSES = `('nieuw','in_behandeling','doorgezet','afgehandeld')`;
const ACTION_STATUSES = `('open','in_uitvoering','gereed','vervallen')`;

/**
 * Meetings of a WCT: agenda (with timer), attendance, guests, signals, actions, decisions, the
 * follow-up of signals and actions per meeting, the agenda template per team, and the undo log.
 */
export const m002Meetings: Migration = {
  name: '002_meetings',
  up(db) {
    db.exec(`
      CREATE TABLE agenda_template_item (
        id               INTEGER PRIMARY KEY,
        team_id          INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        position         INTEGER NOT NULL CHECK (position >= 0),
        title            TEXT NOT NULL CHECK (length(title) > 0),
        kind             TEXT NOT NULL CHECK (kind IN ${AGENDA_KINDS}),
        planned_minutes  INTEGER NOT NULL CHECK (planned_minutes BETWEEN 0 AND 480),
        UNIQUE (team_id, position)
      ) STRICT;

      CREATE TABLE meeting (
        id               INTEGER PRIMARY KEY,
        team_id          INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
        date             TEXT NOT NULL CHECK (${DATE('date')}),
        start_time       TEXT NOT NULL CHECK (${TIME('start_time')}),
        end_time         TEXT CHECK (end_time IS NULL OR (${TIME('end_time')} AND end_time > start_time)),
        place            TEXT NOT NULL,
        chair_id         INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        secretary_id     INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        status           TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland','bezig','afgerond')),
        current_item_id  INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
        started_at       TEXT,
        finished_at      TEXT,
        revision         INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
        created_at       TEXT NOT NULL,
        -- Only a running meeting has a current agenda item (and a running timer).
        CHECK (status = 'bezig' OR current_item_id IS NULL)
      ) STRICT;
      CREATE INDEX meeting_team_date ON meeting(team_id, date, start_time);
      CREATE INDEX meeting_date ON meeting(date);

      -- Time spent: seconds of finished turns plus the start of the running turn (current_since).
      CREATE TABLE agenda_item (
        id               INTEGER PRIMARY KEY,
        meeting_id       INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position         INTEGER NOT NULL CHECK (position >= 0),
        title            TEXT NOT NULL CHECK (length(title) > 0),
        kind             TEXT NOT NULL CHECK (kind IN ${AGENDA_KINDS}),
        planned_minutes  INTEGER NOT NULL CHECK (planned_minutes BETWEEN 0 AND 480),
        notes            TEXT,
        spent_seconds    INTEGER NOT NULL DEFAULT 0 CHECK (spent_seconds >= 0),
        current_since    TEXT
      ) STRICT;
      CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

      -- One row per team member per meeting; organisation and role are a snapshot so history
      -- survives people changing jobs.
      CREATE TABLE attendance (
        id                            INTEGER PRIMARY KEY,
        meeting_id                    INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        person_id                     INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        organisation_id               INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        organisation_name             TEXT NOT NULL,
        role                          TEXT NOT NULL,
        status                        TEXT CHECK (status IS NULL OR status IN ('aanwezig','afgemeld','afwezig','vervangen')),
        substitute_person_id          INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        substitute_name               TEXT,
        substitute_organisation_id    INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
        substitute_organisation_name  TEXT,
        UNIQUE (meeting_id, person_id),
        CHECK (coalesce(status, '') <> 'vervangen' OR substitute_name IS NOT NULL),
        CHECK (coalesce(status, '') = 'vervangen' OR (substitute_person_id IS NULL AND substitute_name IS NULL
               AND substitute_organisation_id IS NULL AND substitute_organisation_name IS NULL))
      ) STRICT;
      CREATE INDEX attendance_organisation ON attendance(organisation_id);

      CREATE TABLE meeting_guest (
        id                 INTEGER PRIMARY KEY,
        meeting_id         INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        person_id          INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        name               TEXT NOT NULL CHECK (length(name) > 0),
        organisation_id    INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
        organisation_name  TEXT,
        role               TEXT
      ) STRICT;
      CREATE INDEX meeting_guest_meeting ON meeting_guest(meeting_id);

      -- The description is the only place for personal details; it is purged after the retention term.
      CREATE TABLE signal (
        id                          INTEGER PRIMARY KEY,
        team_id                     INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
        meeting_id                  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
        agenda_item_id              INTEGER REFERENCES agenda_item(id) ON DELETE RESTRICT,
        title                       TEXT NOT NULL CHECK (length(title) > 0),
        date                        TEXT NOT NULL CHECK (${DATE('date')}),
        brought_by_person_id        INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        brought_by_organisation_id  INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
        buurt_id                    INTEGER REFERENCES buurt(id) ON DELETE RESTRICT,
        location                    TEXT,
        theme                       TEXT NOT NULL CHECK (theme IN ('openbare_ruimte','overlast','veiligheid','zorg','wonen','armoede','jeugd','overig')),
        description                 TEXT,
        urgency                     TEXT NOT NULL CHECK (urgency IN ('laag','normaal','hoog','acuut')),
        sensitivity                 TEXT NOT NULL CHECK (sensitivity IN ('normaal','vertrouwelijk')),
        status                      TEXT NOT NULL CHECK (status IN ${SIGNAL_STATUSES}),
        problem_owner_id            INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
        routed_to                   TEXT CHECK (routed_to IS NULL OR routed_to IN ('wijkbeheer','zorg','veiligheid','beleidsadviseur','partner_zelf','overig')),
        outcome                     TEXT,
        closed_on                   TEXT CHECK (closed_on IS NULL OR ${DATE('closed_on')}),
        purged_at                   TEXT,
        created_at                  TEXT NOT NULL,
        updated_at                  TEXT NOT NULL,
        CHECK (status <> 'afgehandeld' OR outcome IS NOT NULL),
        CHECK ((status = 'afgehandeld') = (closed_on IS NOT NULL)),
        CHECK (brought_by_person_id IS NOT NULL OR brought_by_organisation_id IS NOT NULL),
        CHECK (description IS NOT NULL OR purged_at IS NOT NULL)
      ) STRICT;
      CREATE INDEX signal_team_status ON signal(team_id, status);
      CREATE INDEX signal_meeting ON signal(meeting_id);
      CREATE INDEX signal_agenda_item ON signal(agenda_item_id);
      CREATE INDEX signal_buurt ON signal(buurt_id);
      CREATE INDEX signal_retention ON signal(sensitivity, status, closed_on);

      -- One follow-up per signal per meeting (a second one in the same meeting edits it).
      CREATE TABLE signal_follow_up (
        id             INTEGER PRIMARY KEY,
        signal_id      INTEGER NOT NULL REFERENCES signal(id) ON DELETE CASCADE,
        meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        note           TEXT,
        status_before  TEXT NOT NULL CHECK (status_before IN ${SIGNAL_STATUSES}),
        status_after   TEXT CHECK (status_after IS NULL OR status_after IN ${SIGNAL_STATUSES}),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        UNIQUE (signal_id, meeting_id)
      ) STRICT;
      CREATE INDEX signal_follow_up_meeting ON signal_follow_up(meeting_id);

      -- Afspraak is afspraak: the horizon rules are enforced here too, not only in the contract.
      CREATE TABLE action (
        id                     INTEGER PRIMARY KEY,
        team_id                INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
        meeting_id             INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
        agenda_item_id         INTEGER REFERENCES agenda_item(id) ON DELETE RESTRICT,
        signal_id              INTEGER REFERENCES signal(id) ON DELETE RESTRICT,
        why_text               TEXT,
        what                   TEXT NOT NULL CHECK (length(what) > 0),
        owner_organisation_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        owner_person_id        INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        deadline               TEXT CHECK (deadline IS NULL OR ${DATE('deadline')}),
        how                    TEXT,
        horizon                TEXT NOT NULL CHECK (horizon IN ('nu','ooit','nooit')),
        preconditions          TEXT,
        decision_due           TEXT CHECK (decision_due IS NULL OR ${DATE('decision_due')}),
        motivation             TEXT,
        status                 TEXT NOT NULL CHECK (status IN ${ACTION_STATUSES}),
        cancel_reason          TEXT,
        closed_on              TEXT CHECK (closed_on IS NULL OR ${DATE('closed_on')}),
        created_at             TEXT NOT NULL,
        updated_at             TEXT NOT NULL,
        CHECK (agenda_item_id IS NOT NULL OR signal_id IS NOT NULL),
        CHECK (horizon <> 'nu' OR deadline IS NOT NULL),
        CHECK (horizon <> 'ooit' OR (preconditions IS NOT NULL AND decision_due IS NOT NULL)),
        CHECK (horizon <> 'nooit' OR motivation IS NOT NULL),
        CHECK (status <> 'vervallen' OR cancel_reason IS NOT NULL),
        CHECK ((status IN ('open','in_uitvoering') AND horizon <> 'nooit') = (closed_on IS NULL))
      ) STRICT;
      CREATE INDEX action_team_status ON action(team_id, status);
      CREATE INDEX action_meeting ON action(meeting_id);
      CREATE INDEX action_owner ON action(owner_organisation_id, status);
      CREATE INDEX action_signal ON action(signal_id);
      CREATE INDEX action_agenda_item ON action(agenda_item_id);

      CREATE TABLE action_follow_up (
        id             INTEGER PRIMARY KEY,
        action_id      INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        note           TEXT,
        status_before  TEXT NOT NULL CHECK (status_before IN ${ACTION_STATUSES}),
        status_after   TEXT CHECK (status_after IS NULL OR status_after IN ${ACTION_STATUSES}),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        UNIQUE (action_id, meeting_id)
      ) STRICT;
      CREATE INDEX action_follow_up_meeting ON action_follow_up(meeting_id);

      CREATE TABLE decision (
        id              INTEGER PRIMARY KEY,
        meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        agenda_item_id  INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE RESTRICT,
        text            TEXT NOT NULL CHECK (length(text) > 0),
        created_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX decision_meeting ON decision(meeting_id);
      CREATE INDEX decision_agenda_item ON decision(agenda_item_id);

      -- Before-images of the rows a change touched, so the last change of a meeting can be undone.
      CREATE TABLE undo_log (
        id            INTEGER PRIMARY KEY,
        meeting_id    INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        label         TEXT NOT NULL,
        done          TEXT NOT NULL,
        coalesce_key  TEXT,
        changes       TEXT NOT NULL CHECK (json_valid(changes)),
        created_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX undo_log_meeting ON undo_log(meeting_id, id);
    `);
  },
};
