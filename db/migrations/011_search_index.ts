import type { Migration } from './index';

const signalRow = (r: string) => `
  ${r}.id * 4 + 1, ${r}.title, concat_ws(' ', ${r}.description, ${r}.location, ${r}.outcome),
  'signal', ${r}.id, ${r}.team_id, ${r}.meeting_id, ${r}.date,
  ' ' || concat_ws(' ', ${r}.brought_by_organisation_id, ${r}.problem_owner_id) || ' '`;
const actionRow = (r: string) => `
  ${r}.id * 4 + 2, ${r}.what, concat_ws(' ', ${r}.why_text, ${r}.how, ${r}.preconditions, ${r}.motivation, ${r}.cancel_reason),
  'action', ${r}.id, ${r}.team_id, ${r}.meeting_id, (SELECT date FROM meeting WHERE id = ${r}.meeting_id),
  ' ' || ${r}.owner_organisation_id || ' '`;
const decisionRow = (r: string) => `
  ${r}.id * 4 + 3, ${r}.text, '',
  'decision', ${r}.id, (SELECT team_id FROM meeting WHERE id = ${r}.meeting_id), ${r}.meeting_id, (SELECT date FROM meeting WHERE id = ${r}.meeting_id),
  ' '`;
const COLUMNS = 'rowid, title, body, kind, record_id, team_id, meeting_id, date, organisation_ids';

/**
 * Full-text search over signals, actions and decisions (FTS5). Dutch-friendly: diacritics are
 * folded (café = cafe, coördinatie = coordinatie), prefixes of 2 and 3 letters are indexed for
 * search-as-you-type, and the filters (team → wijk, meeting, date, organisations) are stored
 * beside the text. Triggers keep it in step with every write, a purge included; secure-delete
 * makes FTS5 remove a record's words from the index at once instead of at the next merge, so a
 * purged confidential description leaves nothing behind. Plus the indexes the overviews sort by.
 */
export const m011SearchIndex: Migration = {
  name: '011_search_index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_index USING fts5(
        title, body,
        kind UNINDEXED, record_id UNINDEXED, team_id UNINDEXED, meeting_id UNINDEXED, date UNINDEXED, organisation_ids UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);

      INSERT INTO search_index (${COLUMNS}) SELECT ${signalRow('s')} FROM signal s;
      INSERT INTO search_index (${COLUMNS}) SELECT ${actionRow('a')} FROM action a;
      INSERT INTO search_index (${COLUMNS}) SELECT ${decisionRow('d')} FROM decision d;

      CREATE TRIGGER signal_search_insert AFTER INSERT ON signal BEGIN
        INSERT INTO search_index (${COLUMNS}) VALUES (${signalRow('new')});
      END;
      -- Only when an indexed value changes: a status change leaves the index alone.
      CREATE TRIGGER signal_search_update AFTER UPDATE OF title, description, location, outcome, date, team_id, meeting_id,
          brought_by_organisation_id, problem_owner_id ON signal
        WHEN old.title IS NOT new.title OR old.description IS NOT new.description OR old.location IS NOT new.location
          OR old.outcome IS NOT new.outcome OR old.date IS NOT new.date OR old.team_id IS NOT new.team_id OR old.meeting_id IS NOT new.meeting_id
          OR old.brought_by_organisation_id IS NOT new.brought_by_organisation_id OR old.problem_owner_id IS NOT new.problem_owner_id
      BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
        INSERT INTO search_index (${COLUMNS}) VALUES (${signalRow('new')});
      END;
      CREATE TRIGGER signal_search_delete AFTER DELETE ON signal BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
      END;

      CREATE TRIGGER action_search_insert AFTER INSERT ON action BEGIN
        INSERT INTO search_index (${COLUMNS}) VALUES (${actionRow('new')});
      END;
      CREATE TRIGGER action_search_update AFTER UPDATE OF what, why_text, how, preconditions, motivation, cancel_reason, team_id, meeting_id,
          owner_organisation_id ON action
        WHEN old.what IS NOT new.what OR old.why_text IS NOT new.why_text OR old.how IS NOT new.how OR old.preconditions IS NOT new.preconditions
          OR old.motivation IS NOT new.motivation OR old.cancel_reason IS NOT new.cancel_reason OR old.team_id IS NOT new.team_id
          OR old.meeting_id IS NOT new.meeting_id OR old.owner_organisation_id IS NOT new.owner_organisation_id
      BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
        INSERT INTO search_index (${COLUMNS}) VALUES (${actionRow('new')});
      END;
      CREATE TRIGGER action_search_delete AFTER DELETE ON action BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
      END;

      CREATE TRIGGER decision_search_insert AFTER INSERT ON decision BEGIN
        INSERT INTO search_index (${COLUMNS}) VALUES (${decisionRow('new')});
      END;
      CREATE TRIGGER decision_search_update AFTER UPDATE OF text ON decision WHEN old.text IS NOT new.text BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
        INSERT INTO search_index (${COLUMNS}) VALUES (${decisionRow('new')});
      END;
      CREATE TRIGGER decision_search_delete AFTER DELETE ON decision BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
      END;

      -- The overviews page through ten years in the order they show: an index per sort, so a window is an index walk.
      CREATE INDEX action_closed_sort ON action(closed_on, id) WHERE closed_on IS NOT NULL;
      -- Filtered by team, organisation, status or horizon: latest closed first within the filter, and its open ones.
      CREATE INDEX action_team_closed ON action(team_id, closed_on, id);
      CREATE INDEX action_owner_closed ON action(owner_organisation_id, closed_on, id);
      CREATE INDEX action_status_closed ON action(status, closed_on, id);
      CREATE INDEX action_horizon_closed ON action(horizon, closed_on, id);
      CREATE INDEX action_open_owner ON action(owner_organisation_id) WHERE closed_on IS NULL;
      CREATE INDEX action_what_sort ON action(what COLLATE NOCASE, id);
      CREATE INDEX action_status_sort ON action(status, horizon, id);
      CREATE INDEX action_due_sort ON action((CASE WHEN horizon = 'ooit' THEN decision_due ELSE deadline END) IS NULL,
                                             (CASE WHEN horizon = 'ooit' THEN decision_due ELSE deadline END), id);
      CREATE INDEX signal_team_closed ON signal(team_id, closed_on, id);
      CREATE INDEX signal_date_sort ON signal(date, id);
      CREATE INDEX signal_title_sort ON signal(title COLLATE NOCASE, id);
      CREATE INDEX signal_theme_sort ON signal(theme, id);
      CREATE INDEX signal_status_sort ON signal(status, id);

      -- A meeting moved to another date moves its actions and decisions in the period filter.
      CREATE TRIGGER meeting_search_date AFTER UPDATE OF date ON meeting BEGIN
        UPDATE search_index SET date = new.date WHERE meeting_id = new.id AND kind IN ('action', 'decision');
      END;
    `);
  },
};
