import type { Db } from '../connection';
import type { HomeWijk } from '../../contract/schemas/home';
import type { SetupFacts } from '../../domain/setup';
import { ACTION_OPEN_SQL, ACTION_OVERDUE_SQL } from './actionSql';

/**
 * The Start screen in two aggregate queries: open and overdue actions per wijk (the partial index
 * on open actions), and per team the running meeting or else the next planned one.
 */
export function homeSummary(db: Db, today: string): HomeWijk[] {
  const counts = db
    .prepare(
      `SELECT t.wijk_id AS wijkId, count(*) AS open, coalesce(sum(${ACTION_OVERDUE_SQL}), 0) AS overdue
       FROM action a JOIN team t ON t.id = a.team_id
       WHERE ${ACTION_OPEN_SQL}
       GROUP BY t.wijk_id`,
    )
    .all({ today }) as { wijkId: number; open: number; overdue: number }[];
  const next = db
    .prepare(
      `SELECT t.wijk_id AS wijkId, m.id, m.date, m.start_time AS startTime, m.place, m.status
       FROM team t JOIN meeting m ON m.id = (
         SELECT n.id FROM meeting n
         WHERE n.team_id = t.id AND (n.status = 'bezig' OR (n.status = 'gepland' AND n.date >= @today))
         ORDER BY n.status = 'bezig' DESC, n.date, n.start_time, n.id LIMIT 1)`,
    )
    .all({ today }) as ({ wijkId: number } & NonNullable<HomeWijk['nextMeeting']>)[];
  const wijkIds = (db.prepare('SELECT id FROM wijk ORDER BY id').all() as { id: number }[]).map((w) => w.id);
  const countOf = new Map(counts.map((c) => [c.wijkId, c]));
  const nextOf = new Map(next.map(({ wijkId, ...m }) => [wijkId, m]));
  return wijkIds.map((wijkId) => ({
    wijkId,
    openActions: countOf.get(wijkId)?.open ?? 0,
    overdueActions: countOf.get(wijkId)?.overdue ?? 0,
    nextMeeting: nextOf.get(wijkId) ?? null,
  }));
}

/**
 * The set-up steps' facts as counts. The team being set up is the first wijk's in the Start
 * screen's order (by name), as the steps link there.
 */
export function setupFacts(db: Db): SetupFacts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM wijk) AS wijken,
              (SELECT count(*) FROM organisation) AS organisations,
              (SELECT count(*) FROM person) AS people,
              (SELECT count(*) FROM team_member m JOIN team t ON t.id = m.team_id
                WHERE m.until IS NULL AND t.wijk_id = (SELECT id FROM wijk ORDER BY name LIMIT 1)) AS teamMembers,
              (SELECT count(*) FROM meeting) AS meetings`,
    )
    .get() as SetupFacts;
}
