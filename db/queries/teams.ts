import type { Db } from '../connection';
import type { EndedMembership, Team, TeamMember } from '../../contract/schemas/masterdata';

interface TeamRow {
  id: number;
  wijkId: number;
  wijkName: string;
  name: string;
  chairId: number | null;
  secretaryId: number | null;
}

const TEAM = `
  SELECT t.id, t.wijk_id AS wijkId, w.name AS wijkName, t.name, t.chair_id AS chairId, t.secretary_id AS secretaryId
  FROM team t JOIN wijk w ON w.id = t.wijk_id`;

function withMembers(db: Db, row: TeamRow): Team {
  const members = (
    db
      .prepare(
        // The organisation the seat was held for, not where the person works now.
        `SELECT p.id AS personId, p.name, p.role, o.id AS organisationId, o.name AS organisationName,
                m.since, m.until, p.active AS personActive
         FROM team_member m JOIN person p ON p.id = m.person_id JOIN organisation o ON o.id = m.organisation_id
         WHERE m.team_id = ?
         ORDER BY m.until IS NOT NULL, o.name, p.name`,
      )
      .all(row.id) as (Omit<TeamMember, 'personActive'> & { personActive: number })[]
  ).map((m) => ({ ...m, personActive: m.personActive === 1 }));
  return { ...row, members };
}

export function getTeamByWijk(db: Db, wijkId: number): Team | null {
  const row = db.prepare(`${TEAM} WHERE t.wijk_id = ?`).get(wijkId) as TeamRow | undefined;
  return row ? withMembers(db, row) : null;
}

export function getTeam(db: Db, id: number): Team | null {
  const row = db.prepare(`${TEAM} WHERE t.id = ?`).get(id) as TeamRow | undefined;
  return row ? withMembers(db, row) : null;
}

export function listTeams(db: Db): Team[] {
  return (db.prepare(`${TEAM} ORDER BY w.name`).all() as TeamRow[]).map((row) => withMembers(db, row));
}

export function renameTeamForWijk(db: Db, wijkId: number, wijkName: string): void {
  db.prepare('UPDATE team SET name = ? WHERE wijk_id = ?').run(`Wijk-coördinatieteam ${wijkName}`, wijkId);
}

export function setTeamRoles(db: Db, teamId: number, chairId: number | null, secretaryId: number | null): void {
  db.prepare('UPDATE team SET chair_id = ?, secretary_id = ? WHERE id = ?').run(chairId, secretaryId, teamId);
}

export function isCurrentMember(db: Db, teamId: number, personId: number): boolean {
  return !!db.prepare('SELECT 1 FROM team_member WHERE team_id = ? AND person_id = ? AND until IS NULL').get(teamId, personId);
}

/** The seat is taken on behalf of the person's organisation of today; a later job change does not move it. */
export function addTeamMember(db: Db, teamId: number, personId: number, since: string): void {
  const { changes } = db
    .prepare('INSERT INTO team_member (team_id, person_id, organisation_id, since) SELECT ?, p.id, p.organisation_id, ? FROM person p WHERE p.id = ?')
    .run(teamId, since, personId);
  if (changes !== 1) throw new Error(`addTeamMember: no person ${personId}`);
}

export function currentMembership(db: Db, teamId: number, personId: number): { since: string } | null {
  return (
    (db.prepare('SELECT since FROM team_member WHERE team_id = ? AND person_id = ? AND until IS NULL').get(teamId, personId) as
      | { since: string }
      | undefined) ?? null
  );
}

export function endTeamMember(db: Db, teamId: number, personId: number, until: string): void {
  db.prepare('UPDATE team_member SET until = ? WHERE team_id = ? AND person_id = ? AND until IS NULL').run(until, teamId, personId);
  releaseRoles(db, personId, teamId);
}

/**
 * A chair or secretary who is no longer a member loses the role: of one team, or of every team.
 * Every way a membership ends goes through here.
 */
export function releaseRoles(db: Db, personId: number, teamId: number | null = null): void {
  db.prepare(
    `UPDATE team SET chair_id = CASE WHEN chair_id = @personId THEN NULL ELSE chair_id END,
                     secretary_id = CASE WHEN secretary_id = @personId THEN NULL ELSE secretary_id END
     WHERE (chair_id = @personId OR secretary_id = @personId) AND (@teamId IS NULL OR id = @teamId)`,
  ).run({ personId, teamId });
}

/** Someone who leaves their organisation: every current seat ends, and with it every role. */
export function endAllMemberships(db: Db, personId: number, until: string): void {
  db.prepare('UPDATE team_member SET until = max(since, ?) WHERE person_id = ? AND until IS NULL').run(until, personId);
  releaseRoles(db, personId);
}

/**
 * Ends the person's current memberships held on behalf of one organisation (a job change: the
 * seat belongs to the old employer) and frees the chair and secretary roles they held there.
 */
export function endMembershipsFor(db: Db, personId: number, organisationId: number, until: string): EndedMembership[] {
  const ended = (
    db
      .prepare(
        `SELECT t.id AS teamId, t.wijk_id AS wijkId, t.name AS teamName, o.name AS organisationName, max(m.since, @until) AS until,
                (t.chair_id IS m.person_id) AS wasChair, (t.secretary_id IS m.person_id) AS wasSecretary
         FROM team_member m JOIN team t ON t.id = m.team_id JOIN organisation o ON o.id = m.organisation_id
         WHERE m.person_id = @personId AND m.organisation_id = @organisationId AND m.until IS NULL
         ORDER BY t.name`,
      )
      .all({ personId, organisationId, until }) as (Omit<EndedMembership, 'wasChair' | 'wasSecretary'> & { wasChair: number; wasSecretary: number })[]
  ).map((r) => ({ ...r, wasChair: r.wasChair === 1, wasSecretary: r.wasSecretary === 1 }));
  db.prepare('UPDATE team_member SET until = max(since, ?) WHERE person_id = ? AND organisation_id = ? AND until IS NULL').run(until, personId, organisationId);
  for (const m of ended) releaseRoles(db, personId, m.teamId);
  return ended;
}
