import type { Db } from '../connection';
import { ACTION_OVERDUE_SQL } from './actionSql';

/** A meeting as the carry-over rule needs it. */
export interface CarryKey {
  id: number;
  teamId: number;
  date: string;
  startTime: string;
}

type Kind = 'action' | 'signal';
const ALIAS: Record<Kind, string> = { action: 'a', signal: 's' };

/**
 * The carry-over rule of domain/followUp.ts (carriesOver) in SQL, for a meeting (@id, @teamId,
 * @date, @startTime; `m` is the item's own meeting): an item of the team raised in an earlier
 * meeting that is open, was closed on or after the meeting date, or was followed up in it. Three
 * index lookups instead of a read of every item the team ever had; test/unit/backend/carriedGroups
 * proves it agrees with the domain rule on a seeded year.
 */
export const carriedInto = (kind: Kind): string => {
  const x = ALIAS[kind];
  return `${x}.id IN (SELECT id FROM ${kind} WHERE team_id = @teamId AND closed_on IS NULL
                     UNION SELECT id FROM ${kind} WHERE team_id = @teamId AND closed_on >= @date
                     UNION SELECT ${kind}_id FROM ${kind}_follow_up WHERE meeting_id = @id)
           AND ${x}.team_id = @teamId AND (m.date, m.start_time, m.id) < (@date, @startTime, @id)`;
};

/** A group's counts as SQL gives them; the name is null for signals without a problem owner. */
export interface CarriedGroupRow {
  key: string;
  name: string | null;
  total: number;
  overdue: number;
  discussed: number;
  waiting: number;
}

/** The parameters carriedInto reads (a meeting row has more fields than a statement may be given). */
export const carryParams = (m: CarryKey) => ({ id: m.id, teamId: m.teamId, date: m.date, startTime: m.startTime });

/** Carried actions counted per organisation that carries them out: what the group headers show. */
export function carriedActionGroups(db: Db, meeting: CarryKey, today: string): CarriedGroupRow[] {
  return db
    .prepare(
      `SELECT CAST(a.owner_organisation_id AS TEXT) AS key, o.name AS name, count(*) AS total,
              sum(${ACTION_OVERDUE_SQL}) AS overdue, sum(f.id IS NOT NULL) AS discussed, sum(f.id IS NULL AND a.closed_on IS NULL) AS waiting
       FROM action a
       JOIN meeting m ON m.id = a.meeting_id
       JOIN organisation o ON o.id = a.owner_organisation_id
       LEFT JOIN action_follow_up f ON f.action_id = a.id AND f.meeting_id = @id
       WHERE ${carriedInto('action')}
       GROUP BY a.owner_organisation_id`,
    )
    .all({ ...carryParams(meeting), today }) as CarriedGroupRow[];
}

/** Carried signals counted per problem owner ('' while there is none). Signals have no deadline, so none is overdue. */
export function carriedSignalGroups(db: Db, meeting: CarryKey): CarriedGroupRow[] {
  return db
    .prepare(
      `SELECT coalesce(CAST(s.problem_owner_id AS TEXT), '') AS key, po.name AS name, count(*) AS total,
              0 AS overdue, sum(f.id IS NOT NULL) AS discussed, sum(f.id IS NULL AND s.closed_on IS NULL) AS waiting
       FROM signal s
       JOIN meeting m ON m.id = s.meeting_id
       LEFT JOIN organisation po ON po.id = s.problem_owner_id
       LEFT JOIN signal_follow_up f ON f.signal_id = s.id AND f.meeting_id = @id
       WHERE ${carriedInto('signal')}
       GROUP BY s.problem_owner_id`,
    )
    .all(carryParams(meeting)) as CarriedGroupRow[];
}

/** Id and title of the signals raised in a meeting, then of those carried into it: the choices of the action form's "Waarom". */
export function listSignalChoices(db: Db, meeting: CarryKey): { id: number; title: string }[] {
  return db
    .prepare(
      `SELECT id, title FROM (
         SELECT s.id, s.title, 0 AS part, '' AS date FROM signal s WHERE s.meeting_id = @id
         UNION ALL
         SELECT s.id, s.title, 1, m.date FROM signal s JOIN meeting m ON m.id = s.meeting_id WHERE ${carriedInto('signal')})
       ORDER BY part, date, id`,
    )
    .all(carryParams(meeting)) as { id: number; title: string }[];
}
