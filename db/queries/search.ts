import type { Db } from '../connection';
import type { SearchKind, SearchResult } from '../../contract/schemas/search';
import { verslagTitle } from '../../domain/verslag/document';

/**
 * What a user typed, as an FTS5 query: every word must occur, each also as the start of a longer
 * word ("zwerf" finds "zwerfafval"). Words are quoted, so FTS5 syntax in the input (AND, NEAR,
 * quotes, *) is just text. Accents are folded by the index's tokenizer on both sides. Null when
 * nothing searchable is left.
 */
export function toMatchQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  return words.length > 0 ? words.map((w) => `"${w}"*`).join(' AND ') : null;
}

/** Ids of one kind whose text matches: for a WHERE … IN (…) in the overviews. `@match` is toMatchQuery's output. */
export const matchingIds = (kind: SearchKind) => `(SELECT record_id FROM search_index WHERE search_index MATCH @match AND kind = '${kind}')`;

export interface SearchFilter {
  match: string;
  kind?: SearchKind;
  wijkId?: number;
  teamId?: number;
  organisationId?: number;
  from?: string;
  to?: string;
  limit: number;
}

/**
 * Ranked hits (bm25, a hit in the title weighs ten times one in the text) with the filters that
 * are stored beside the text. The confidential flag is read from the signal itself. A verslag has
 * no title of its own in the index (migration 012): it is named as its document is. It has no
 * organisation either, so an organisation filter leaves verslagen out.
 */
export function searchIndex(db: Db, f: SearchFilter): { results: SearchResult[]; total: number } {
  const where = ['search_index MATCH @match'];
  if (f.kind) where.push('kind = @kind');
  if (f.teamId) where.push('team_id = @teamId');
  if (f.wijkId) where.push('team_id IN (SELECT id FROM team WHERE wijk_id = @wijkId)');
  // A JS number binds as REAL (2.0): cast before it becomes text.
  if (f.organisationId) where.push("instr(organisation_ids, ' ' || CAST(@organisationId AS INTEGER) || ' ') > 0");
  if (f.from) where.push('date >= @from');
  if (f.to) where.push('date <= @to');
  const params = { match: f.match, kind: f.kind ?? null, teamId: f.teamId ?? null, wijkId: f.wijkId ?? null, organisationId: f.organisationId ?? null, from: f.from ?? null, to: f.to ?? null };
  const hits = db
    .prepare(
      `SELECT kind, record_id AS id, title, snippet(search_index, -1, '«', '»', '…', 12) AS snippet, date, meeting_id AS meetingId, team_id AS teamId
       FROM search_index WHERE ${where.join(' AND ')}
       ORDER BY bm25(search_index, 10.0, 1.0) LIMIT @limit`,
    )
    .all({ ...params, limit: f.limit }) as (Omit<SearchResult, 'wijkName' | 'confidential'> & { teamId: number })[];
  const total = (db.prepare(`SELECT count(*) AS n FROM search_index WHERE ${where.join(' AND ')}`).get(params) as { n: number }).n;
  const teams = new Map(
    (db.prepare('SELECT t.id, t.name, w.name AS wijkName FROM team t JOIN wijk w ON w.id = t.wijk_id').all() as { id: number; name: string; wijkName: string }[]).map((t) => [t.id, t]),
  );
  const signalIds = hits.filter((h) => h.kind === 'signal').map((h) => h.id);
  const confidential = new Set(
    signalIds.length === 0
      ? []
      : (db.prepare("SELECT id FROM signal WHERE id IN (SELECT value FROM json_each(?)) AND sensitivity = 'vertrouwelijk'").all(JSON.stringify(signalIds)) as { id: number }[]).map((r) => r.id),
  );
  return {
    results: hits.map(({ teamId, ...h }) => ({
      ...h,
      title: h.kind === 'verslag' ? verslagTitle({ team: teams.get(teamId)?.name ?? '', date: h.date }) : h.title,
      wijkName: teams.get(teamId)?.wijkName ?? '',
      confidential: h.kind === 'signal' && confidential.has(h.id),
    })),
    total,
  };
}
