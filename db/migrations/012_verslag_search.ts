import type { Migration } from './index';

const COLUMNS = 'rowid, title, body, kind, record_id, team_id, meeting_id, date, organisation_ids';

/**
 * The index rows of the verslagen `where` selects (alias r), each from its latest version: the
 * notulist's summaries in agenda order and the correction's reason. Rowid slot 0 of the four
 * (011 uses 1–3). The title column stays empty: the label a result shows ("Verslag WCT Molenwijk
 * 12 november 2026") is built when reading, so a team name or month never outranks a word the
 * notulist wrote. No organisation: a verslag is the whole team's. A verslag without text has no row.
 * Exported for its query-plan test: the triggers run it on every saved summary.
 */
export const verslagSearchRows = (where: string): string => `
  INSERT INTO search_index (${COLUMNS})
  SELECT * FROM (
    SELECT r.id * 4, '',
      concat_ws(' ',
        (SELECT group_concat(s.text, ' ' ORDER BY a.position, s.agenda_item_id)
         FROM verslag_summary s JOIN agenda_item a ON a.id = s.agenda_item_id WHERE s.version_id = v.id),
        v.correction_reason) AS body,
      'verslag', r.id, m.team_id, r.meeting_id, m.date, ' '
    FROM verslag r JOIN meeting m ON m.id = r.meeting_id
    JOIN verslag_version v ON v.verslag_id = r.id AND v.version = (SELECT max(version) FROM verslag_version WHERE verslag_id = r.id)
    ${where}
  ) WHERE body <> '';`;

/** Deletes the verslag's row and writes it again from what its latest version holds now. */
const refresh = (verslagId: string) => `
  DELETE FROM search_index WHERE rowid = (${verslagId}) * 4;
  ${verslagSearchRows(`WHERE r.id = ${verslagId}`)}`;

const versionOf = (versionId: string) => `(SELECT verslag_id FROM verslag_version WHERE id = ${versionId})`;

/**
 * Full-text search over verslagen too. Only the latest version is indexed (what a user wants to
 * find; older versions stay readable in the verslag's version list), and only the text a verslag
 * holds of its own: the signals, actions and decisions it reports are indexed as themselves. So
 * the index never holds a frozen copy of a signal's text: what the purge wipes from a signal
 * cannot survive here. Verslag text itself is never touched by the purge: it is what goes to every
 * partner, and confidential signals enter a verslag only as theme, buurt, status and
 * probleemeigenaar (domain/verslag/content.ts). Triggers keep it in step, like 011.
 */
export const m012VerslagSearch: Migration = {
  name: '012_verslag_search',
  up(db) {
    db.exec(`
      ${verslagSearchRows('')}

      -- The notulist types: each saved summary rewrites the verslag's row (a vastgesteld version refuses these writes).
      CREATE TRIGGER verslag_summary_search_insert AFTER INSERT ON verslag_summary BEGIN ${refresh(versionOf('new.version_id'))} END;
      CREATE TRIGGER verslag_summary_search_update AFTER UPDATE OF text, version_id, agenda_item_id ON verslag_summary BEGIN
        ${refresh(versionOf('old.version_id'))}
        ${refresh(versionOf('new.version_id'))}
      END;
      CREATE TRIGGER verslag_summary_search_delete AFTER DELETE ON verslag_summary BEGIN ${refresh(versionOf('old.version_id'))} END;

      -- A correction is a new latest version (its summaries follow one by one); a removed version leaves the one before it.
      CREATE TRIGGER verslag_version_search_insert AFTER INSERT ON verslag_version BEGIN ${refresh('new.verslag_id')} END;
      CREATE TRIGGER verslag_version_search_update AFTER UPDATE OF correction_reason, version, verslag_id ON verslag_version BEGIN
        ${refresh('old.verslag_id')}
        ${refresh('new.verslag_id')}
      END;
      CREATE TRIGGER verslag_version_search_delete AFTER DELETE ON verslag_version BEGIN ${refresh('old.verslag_id')} END;
      CREATE TRIGGER verslag_search_delete AFTER DELETE ON verslag BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4;
      END;

      -- A meeting moved to another date moves its verslag in the period filter too (011's trigger knew no verslagen).
      DROP TRIGGER meeting_search_date;
      CREATE TRIGGER meeting_search_date AFTER UPDATE OF date ON meeting BEGIN
        UPDATE search_index SET date = new.date WHERE meeting_id = new.id AND kind IN ('action', 'decision', 'verslag');
      END;
    `);
  },
};
