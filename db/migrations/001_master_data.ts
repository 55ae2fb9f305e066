import type { Migration } from './index';

/** Gemeente, wijken and buurten, partner organisations, their people, and one WCT per wijk. */
export const m001MasterData: Migration = {
  name: '001_master_data',
  up(db) {
    db.exec(`
      CREATE TABLE municipality (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        name        TEXT NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE wijk (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL COLLATE NOCASE UNIQUE,
        code  TEXT
      ) STRICT;

      CREATE TABLE buurt (
        id       INTEGER PRIMARY KEY,
        wijk_id  INTEGER NOT NULL REFERENCES wijk(id) ON DELETE RESTRICT,
        name     TEXT NOT NULL COLLATE NOCASE,
        UNIQUE (wijk_id, name)
      ) STRICT;

      CREATE TABLE organisation (
        id                   INTEGER PRIMARY KEY,
        name                 TEXT NOT NULL COLLATE NOCASE UNIQUE,
        kind                 TEXT NOT NULL CHECK (kind IN ('gemeente','woningcorporatie','welzijn','politie','zorg','sociaal_wijkteam','onderwijs','overig')),
        attendance_required  INTEGER NOT NULL DEFAULT 0 CHECK (attendance_required IN (0, 1)),
        contact_name         TEXT,
        contact_email        TEXT,
        contact_phone        TEXT,
        note                 TEXT
      ) STRICT;

      CREATE TABLE person (
        id               INTEGER PRIMARY KEY,
        name             TEXT NOT NULL,
        organisation_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        role             TEXT NOT NULL,
        email            TEXT,
        phone            TEXT,
        active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        left_on          TEXT
      ) STRICT;
      CREATE INDEX person_organisation ON person(organisation_id);

      CREATE TABLE team (
        id            INTEGER PRIMARY KEY,
        wijk_id       INTEGER NOT NULL UNIQUE REFERENCES wijk(id) ON DELETE RESTRICT,
        name          TEXT NOT NULL,
        chair_id      INTEGER REFERENCES person(id) ON DELETE RESTRICT,
        secretary_id  INTEGER REFERENCES person(id) ON DELETE RESTRICT
      ) STRICT;

      -- Membership is a period, so a member who leaves stays visible in past meetings.
      CREATE TABLE team_member (
        id         INTEGER PRIMARY KEY,
        team_id    INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
        since      TEXT NOT NULL,
        until      TEXT,
        CHECK (until IS NULL OR until >= since)
      ) STRICT;
      CREATE UNIQUE INDEX team_member_current ON team_member(team_id, person_id) WHERE until IS NULL;
    `);
  },
};
