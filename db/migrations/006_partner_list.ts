import type { Migration } from './index';

/**
 * Every partner action list that was made: per organisation, the date it was made for. The next
 * list shows what the organisation finished since then, so a partner sees its own progress.
 * The counts are what the list held, for the secretary's record of what was sent.
 */
export const m006PartnerList: Migration = {
  name: '006_partner_list',
  up(db) {
    db.exec(`
      CREATE TABLE partner_list (
        id               INTEGER PRIMARY KEY,
        organisation_id  INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        as_of            TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        -- The team and meeting the lists were made from (the list itself covers every team).
        team_id          INTEGER REFERENCES team(id) ON DELETE SET NULL,
        meeting_id       INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
        open_count       INTEGER NOT NULL CHECK (open_count >= 0),
        overdue_count    INTEGER NOT NULL CHECK (overdue_count BETWEEN 0 AND open_count),
        finished_count   INTEGER NOT NULL CHECK (finished_count >= 0),
        made_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX partner_list_organisation ON partner_list(organisation_id, as_of);
    `);
  },
};
