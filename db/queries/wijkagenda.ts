import type { Db } from '../connection';
import type { ActionHorizon, ActionStatus } from '../../domain/action';
import type { ReviewOutcome } from '../../domain/wijkagenda';
import { allRows } from './rows';

export interface ThemeRow {
  id: number;
  wijkId: number;
  title: string;
  goal: string;
  firstYear: number;
  lastYear: number;
}

const THEME = `SELECT id, wijk_id AS wijkId, title, goal, first_year AS firstYear, last_year AS lastYear FROM wijkagenda_theme`;

export const getTheme = (db: Db, id: number): ThemeRow | null => (db.prepare(`${THEME} WHERE id = ?`).get(id) as ThemeRow | undefined) ?? null;

/** Themes running in the year, plus any theme that holds an agreement on that year's agenda. */
export function listThemesForYear(db: Db, wijkId: number, year: number): ThemeRow[] {
  return db
    .prepare(
      `${THEME} WHERE wijk_id = @wijkId AND ((first_year <= @year AND last_year >= @year)
          OR id IN (SELECT g.theme_id FROM wijkagenda_agreement g JOIN wijkagenda w ON w.id = g.wijkagenda_id WHERE w.wijk_id = @wijkId AND w.year = @year))
       ORDER BY first_year, title COLLATE NOCASE, id`,
    )
    .all({ wijkId, year }) as ThemeRow[];
}

export function insertTheme(db: Db, t: Omit<ThemeRow, 'id'>, now: Date): number {
  return Number(
    db
      .prepare(
        `INSERT INTO wijkagenda_theme (wijk_id, title, goal, first_year, last_year, created_at, updated_at)
         VALUES (@wijkId, @title, @goal, @firstYear, @lastYear, @now, @now)`,
      )
      .run({ ...t, now: now.toISOString() }).lastInsertRowid,
  );
}

export function updateTheme(db: Db, id: number, t: Omit<ThemeRow, 'id' | 'wijkId'>, now: Date): void {
  db.prepare('UPDATE wijkagenda_theme SET title = @title, goal = @goal, first_year = @firstYear, last_year = @lastYear, updated_at = @now WHERE id = @id').run({
    ...t,
    id,
    now: now.toISOString(),
  });
}

/** Years in which an agreement of the theme sits outside the theme's new span. */
export function agendaYearsOfTheme(db: Db, themeId: number): number[] {
  return db
    .prepare('SELECT DISTINCT w.year FROM wijkagenda_agreement g JOIN wijkagenda w ON w.id = g.wijkagenda_id WHERE g.theme_id = ? ORDER BY w.year')
    .pluck()
    .all(themeId) as number[];
}

// ---- the agenda itself ----------------------------------------------------------------------

export function findWijkagenda(db: Db, wijkId: number, year: number): number | null {
  return (db.prepare('SELECT id FROM wijkagenda WHERE wijk_id = ? AND year = ?').pluck().get(wijkId, year) as number | undefined) ?? null;
}

export function ensureWijkagenda(db: Db, wijkId: number, year: number, now: Date): number {
  return (
    findWijkagenda(db, wijkId, year) ??
    Number(db.prepare('INSERT INTO wijkagenda (wijk_id, year, created_at) VALUES (?, ?, ?)').run(wijkId, year, now.toISOString()).lastInsertRowid)
  );
}

export function agendaYears(db: Db, wijkId: number): number[] {
  return db.prepare('SELECT year FROM wijkagenda WHERE wijk_id = ? ORDER BY year').pluck().all(wijkId) as number[];
}

// ---- agreements -----------------------------------------------------------------------------

export interface OwnFields {
  what: string;
  ownerOrganisationId: number;
  ownerPersonId: number | null;
  deadline: string | null;
  horizon: ActionHorizon;
  preconditions: string | null;
  decisionDue: string | null;
  motivation: string | null;
  status: ActionStatus;
  cancelReason: string | null;
  closedOn: string | null;
}

export interface GroundFields {
  groundDecision: string | null;
  groundBody: string | null;
  groundDate: string | null;
}

/** An agreement as read: for an action agreement the what/who/when/status columns are the action's. */
export interface AgreementRow extends OwnFields, GroundFields {
  id: number;
  wijkagendaId: number;
  year: number;
  wijkId: number;
  themeId: number;
  themeTitle: string;
  origin: 'action' | 'decision' | 'hand';
  actionId: number | null;
  decisionId: number | null;
  meetingId: number | null;
  meetingDate: string | null;
  decisionText: string | null;
  ownerOrganisationName: string;
  ownerPersonName: string | null;
  confidential: number;
  carriedFromId: number | null;
  movedToYear: number | null;
  lastFollowUpNote: string | null;
  lastFollowUpDate: string | null;
  createdAt: string;
}

const LATEST_ACTION_FOLLOW_UP = `action_follow_up f JOIN meeting fm ON fm.id = f.meeting_id
          WHERE f.action_id = g.action_id ORDER BY fm.date DESC, fm.start_time DESC, f.id DESC LIMIT 1`;
// An agreement carried from last year keeps last year's progress as its history.
const LATEST_OWN_FOLLOW_UP = `wijkagenda_follow_up f JOIN meeting fm ON fm.id = f.meeting_id
          WHERE f.agreement_id IN (g.id, g.carried_from_id) ORDER BY fm.date DESC, fm.start_time DESC, f.id DESC LIMIT 1`;

const AGREEMENT = `
  SELECT g.id, g.wijkagenda_id AS wijkagendaId, w.year, w.wijk_id AS wijkId, g.theme_id AS themeId, th.title AS themeTitle,
         g.origin, g.action_id AS actionId, g.decision_id AS decisionId, g.meeting_id AS meetingId, m.date AS meetingDate,
         d.text AS decisionText,
         coalesce(a.what, g.what) AS what,
         o.id AS ownerOrganisationId, o.name AS ownerOrganisationName,
         p.id AS ownerPersonId, p.name AS ownerPersonName,
         CASE WHEN a.id IS NULL THEN g.deadline ELSE a.deadline END AS deadline,
         coalesce(a.horizon, g.horizon) AS horizon,
         CASE WHEN a.id IS NULL THEN g.preconditions ELSE a.preconditions END AS preconditions,
         CASE WHEN a.id IS NULL THEN g.decision_due ELSE a.decision_due END AS decisionDue,
         CASE WHEN a.id IS NULL THEN g.motivation ELSE a.motivation END AS motivation,
         coalesce(a.status, g.status) AS status,
         CASE WHEN a.id IS NULL THEN g.cancel_reason ELSE a.cancel_reason END AS cancelReason,
         CASE WHEN a.id IS NULL THEN g.closed_on ELSE a.closed_on END AS closedOn,
         (s.sensitivity IS NOT NULL AND s.sensitivity = 'vertrouwelijk') AS confidential,
         g.ground_decision AS groundDecision, g.ground_body AS groundBody, g.ground_date AS groundDate,
         g.carried_from_id AS carriedFromId,
         (SELECT nw.year FROM wijkagenda_agreement n JOIN wijkagenda nw ON nw.id = n.wijkagenda_id WHERE n.carried_from_id = g.id) AS movedToYear,
         CASE WHEN a.id IS NULL THEN (SELECT f.note FROM ${LATEST_OWN_FOLLOW_UP}) ELSE (SELECT f.note FROM ${LATEST_ACTION_FOLLOW_UP}) END AS lastFollowUpNote,
         CASE WHEN a.id IS NULL THEN (SELECT fm.date FROM ${LATEST_OWN_FOLLOW_UP}) ELSE (SELECT fm.date FROM ${LATEST_ACTION_FOLLOW_UP}) END AS lastFollowUpDate,
         g.created_at AS createdAt
  FROM wijkagenda_agreement g
  JOIN wijkagenda w ON w.id = g.wijkagenda_id
  JOIN wijkagenda_theme th ON th.id = g.theme_id
  LEFT JOIN action a ON a.id = g.action_id
  LEFT JOIN signal s ON s.id = a.signal_id
  LEFT JOIN decision d ON d.id = g.decision_id
  LEFT JOIN meeting m ON m.id = g.meeting_id
  JOIN organisation o ON o.id = coalesce(a.owner_organisation_id, g.owner_organisation_id)
  LEFT JOIN person p ON p.id = CASE WHEN a.id IS NULL THEN g.owner_person_id ELSE a.owner_person_id END`;

export const getAgreementRow = (db: Db, id: number): AgreementRow | null =>
  (db.prepare(`${AGREEMENT} WHERE g.id = ?`).get(id) as AgreementRow | undefined) ?? null;

export function listAgreementRows(db: Db, wijkagendaId: number): AgreementRow[] {
  return allRows<AgreementRow>(db.prepare(`${AGREEMENT} WHERE g.wijkagenda_id = ? ORDER BY th.first_year, th.title COLLATE NOCASE, g.id`), [wijkagendaId]);
}

/** Every agreement of the year's agendas across wijken (overview). */
export function listAgreementRowsOfYear(db: Db, year: number): AgreementRow[] {
  return allRows<AgreementRow>(db.prepare(`${AGREEMENT} WHERE w.year = ? ORDER BY g.id`), [year]);
}

/** Where an action or decision already sits on an agenda of the wijk (any year), first year first. */
export function placementsOf(db: Db, wijkId: number, kind: 'action' | 'decision', ids: readonly number[]): Map<number, { agreementId: number; year: number; themeTitle: string }> {
  const column = kind === 'action' ? 'g.action_id' : 'g.decision_id';
  const rows = db
    .prepare(
      `SELECT ${column} AS ref, g.id AS agreementId, w.year, th.title AS themeTitle
       FROM wijkagenda_agreement g JOIN wijkagenda w ON w.id = g.wijkagenda_id JOIN wijkagenda_theme th ON th.id = g.theme_id
       WHERE w.wijk_id = ? AND ${column} IN (SELECT value FROM json_each(?))
       ORDER BY w.year DESC`,
    )
    .all(wijkId, JSON.stringify(ids)) as { ref: number; agreementId: number; year: number; themeTitle: string }[];
  // Latest year wins: that is where it lives now.
  const map = new Map<number, { agreementId: number; year: number; themeTitle: string }>();
  for (const { ref, ...rest } of rows) if (!map.has(ref)) map.set(ref, rest);
  return map;
}

export interface AgreementInsert extends GroundFields {
  wijkagendaId: number;
  themeId: number;
  origin: 'action' | 'decision' | 'hand';
  actionId: number | null;
  decisionId: number | null;
  meetingId: number | null;
  own: OwnFields | null;
  carriedFromId: number | null;
}

export function insertAgreement(db: Db, g: AgreementInsert, now: Date): number {
  const own = g.own;
  return Number(
    db
      .prepare(
        `INSERT INTO wijkagenda_agreement (wijkagenda_id, theme_id, origin, action_id, decision_id, meeting_id,
           what, owner_organisation_id, owner_person_id, deadline, horizon, preconditions, decision_due, motivation, status, cancel_reason, closed_on,
           ground_decision, ground_body, ground_date, carried_from_id, created_at, updated_at)
         VALUES (@wijkagendaId, @themeId, @origin, @actionId, @decisionId, @meetingId,
           @what, @ownerOrganisationId, @ownerPersonId, @deadline, @horizon, @preconditions, @decisionDue, @motivation, @status, @cancelReason, @closedOn,
           @groundDecision, @groundBody, @groundDate, @carriedFromId, @now, @now)`,
      )
      .run({
        wijkagendaId: g.wijkagendaId,
        themeId: g.themeId,
        origin: g.origin,
        actionId: g.actionId,
        decisionId: g.decisionId,
        meetingId: g.meetingId,
        what: own?.what ?? null,
        ownerOrganisationId: own?.ownerOrganisationId ?? null,
        ownerPersonId: own?.ownerPersonId ?? null,
        deadline: own?.deadline ?? null,
        horizon: own?.horizon ?? null,
        preconditions: own?.preconditions ?? null,
        decisionDue: own?.decisionDue ?? null,
        motivation: own?.motivation ?? null,
        status: own?.status ?? null,
        cancelReason: own?.cancelReason ?? null,
        closedOn: own?.closedOn ?? null,
        groundDecision: g.groundDecision,
        groundBody: g.groundBody,
        groundDate: g.groundDate,
        carriedFromId: g.carriedFromId,
        now: now.toISOString(),
      }).lastInsertRowid,
  );
}

export function updateAgreementTheme(db: Db, id: number, themeId: number, now: Date): void {
  db.prepare('UPDATE wijkagenda_agreement SET theme_id = ?, updated_at = ? WHERE id = ?').run(themeId, now.toISOString(), id);
}

export function updateAgreementOwn(db: Db, id: number, own: OwnFields, now: Date): void {
  db.prepare(
    `UPDATE wijkagenda_agreement SET what = @what, owner_organisation_id = @ownerOrganisationId, owner_person_id = @ownerPersonId,
       deadline = @deadline, horizon = @horizon, preconditions = @preconditions, decision_due = @decisionDue, motivation = @motivation,
       status = @status, cancel_reason = @cancelReason, closed_on = @closedOn, updated_at = @now
     WHERE id = @id`,
  ).run({ ...own, id, now: now.toISOString() });
}

export function updateAgreementGround(db: Db, id: number, g: GroundFields, now: Date): void {
  db.prepare('UPDATE wijkagenda_agreement SET ground_decision = @groundDecision, ground_body = @groundBody, ground_date = @groundDate, updated_at = @now WHERE id = @id').run({
    ...g,
    id,
    now: now.toISOString(),
  });
}

/** Reviewed or moved on: the agreement is part of history and cannot be taken off. */
export function agreementHasHistory(db: Db, id: number): boolean {
  return (
    db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM wijkagenda_review_item WHERE agreement_id = @id)
             OR EXISTS (SELECT 1 FROM wijkagenda_agreement WHERE carried_from_id = @id)
             OR EXISTS (SELECT 1 FROM wijkagenda_follow_up WHERE agreement_id = @id)`,
      )
      .pluck()
      .get({ id }) === 1
  );
}

export function deleteAgreement(db: Db, id: number): void {
  db.prepare('DELETE FROM wijkagenda_agreement WHERE id = ?').run(id);
}

/** Agreements on the agenda that come from this decision (a decision on the agenda cannot simply disappear). */
export const agreementsOfDecision = (db: Db, decisionId: number): number =>
  db.prepare('SELECT count(*) FROM wijkagenda_agreement WHERE decision_id = ?').pluck().get(decisionId) as number;

// ---- actualisatie ---------------------------------------------------------------------------

export interface ReviewRow {
  id: number;
  wijkagendaId: number;
  date: string;
  note: string | null;
  createdAt: string;
}

export interface ReviewItemRow {
  agreementId: number;
  outcome: ReviewOutcome;
  note: string | null;
  themeId: number;
  themeTitle: string;
  what: string;
  ownerOrganisationId: number;
  ownerOrganisationName: string;
  dueDate: string | null;
  status: ActionStatus;
}

const REVIEW = 'SELECT id, wijkagenda_id AS wijkagendaId, date, note, created_at AS createdAt FROM wijkagenda_review';

export const getReviewRow = (db: Db, id: number): ReviewRow | null => (db.prepare(`${REVIEW} WHERE id = ?`).get(id) as ReviewRow | undefined) ?? null;

/** Oldest first; within a day, in the order they were made. */
export const listReviewRows = (db: Db, wijkagendaId: number): ReviewRow[] =>
  db.prepare(`${REVIEW} WHERE wijkagenda_id = ? ORDER BY date, id`).all(wijkagendaId) as ReviewRow[];

export function listReviewItems(db: Db, reviewIds: readonly number[]): Map<number, ReviewItemRow[]> {
  const rows = db
    .prepare(
      `SELECT review_id AS reviewId, agreement_id AS agreementId, outcome, note, theme_id AS themeId, theme_title AS themeTitle, what,
              owner_organisation_id AS ownerOrganisationId, owner_organisation_name AS ownerOrganisationName, due_date AS dueDate, status
       FROM wijkagenda_review_item WHERE review_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(JSON.stringify(reviewIds)) as (ReviewItemRow & { reviewId: number })[];
  const grouped = new Map<number, ReviewItemRow[]>();
  for (const { reviewId, ...item } of rows) grouped.set(reviewId, [...(grouped.get(reviewId) ?? []), item]);
  return grouped;
}

export function insertReview(db: Db, r: { wijkagendaId: number; date: string; note: string | null; items: readonly ReviewItemRow[] }, now: Date): number {
  const id = Number(
    db
      .prepare('INSERT INTO wijkagenda_review (wijkagenda_id, date, note, item_count, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(r.wijkagendaId, r.date, r.note, r.items.length, now.toISOString()).lastInsertRowid,
  );
  const insert = db.prepare(
    `INSERT INTO wijkagenda_review_item (review_id, agreement_id, outcome, note, theme_id, theme_title, what, owner_organisation_id, owner_organisation_name, due_date, status)
     VALUES (@reviewId, @agreementId, @outcome, @note, @themeId, @themeTitle, @what, @ownerOrganisationId, @ownerOrganisationName, @dueDate, @status)`,
  );
  for (const item of r.items) insert.run({ ...item, reviewId: id });
  return id;
}

/** Per agenda of the year: the latest actualisatie (for the overview across wijken). */
export function latestReviewsOfYear(db: Db, year: number): Map<number, ReviewRow> {
  const rows = db
    .prepare(
      `SELECT w.wijk_id AS wijkId, r.id, r.wijkagenda_id AS wijkagendaId, r.date, r.note, r.created_at AS createdAt
       FROM wijkagenda_review r JOIN wijkagenda w ON w.id = r.wijkagenda_id
       WHERE w.year = ? ORDER BY r.date, r.id`,
    )
    .all(year) as (ReviewRow & { wijkId: number })[];
  const map = new Map<number, ReviewRow>();
  for (const { wijkId, ...r } of rows) map.set(wijkId, r);
  return map;
}

/** Actions of the meeting tied to a vertrouwelijk signal: they stay off the wijkagenda. */
export const confidentialActionsOfMeeting = (db: Db, meetingId: number): Set<number> =>
  new Set(
    db
      .prepare("SELECT a.id FROM action a JOIN signal s ON s.id = a.signal_id WHERE a.meeting_id = ? AND s.sensitivity = 'vertrouwelijk'")
      .pluck()
      .all(meetingId) as number[],
  );
