import { storageFaultMessage } from '../../../domain/storage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, channels } from '../../../contract';
import { TOPICS } from '../../../contract/channel';
import { createDispatcher } from '../../../backend/dispatch';
import { createDocumentWorker } from '../../../backend/documents/documentWorker';
import { handlers } from '../../../backend/handlers';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { actionRequest, agendaItem, planMeeting, seedTeam, type Seed } from '../../support/meetings';
import { openWithTestKey } from '../../support/keys';

let app: TestBackend;
let seed: Seed;
beforeEach(() => {
  app = createTestBackend(); // today = 2026-11-22
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

describe('every channel is a query or a command', () => {
  it('declares its kind and what it reads or changes, in known topics', () => {
    for (const name of channelNames) {
      const def = channels[name];
      const topics = def.kind === 'query' ? def.reads : def.changes;
      expect(topics.length, name).toBeGreaterThan(0);
      for (const t of topics) expect(TOPICS, `${name}: ${t}`).toContain(t);
    }
  });

  it('names queries by what they read: get, list, page, summary, query, info, report, export', () => {
    for (const name of channelNames) {
      const readsByName = /:(get|list|page|summary|query|info)$/.test(name) || name.startsWith('report:') || name.includes(':export');
      expect(channels[name].kind, name).toBe(readsByName ? 'query' : 'command');
    }
  });

  it('a query that writes fails, nothing it changed is kept, and commands still write afterwards', () => {
    const dispatch = createDispatcher({ db: app.db, storage: app.storage, databasePath: app.file, appVersion: 'test', now: () => new Date('2026-11-22T09:00:00Z'), documents: createDocumentWorker() });
    const original = handlers['wijk:list'];
    // A regression: the handler of a query that writes.
    handlers['wijk:list'] = (ctx, req) => {
      ctx.db.prepare("UPDATE wijk SET name = name || ' (gewijzigd)'").run();
      return original(ctx, req);
    };
    try {
      expect(dispatch('wijk:list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    } finally {
      handlers['wijk:list'] = original;
    }
    expect(app.call('wijk:list', {}).map((w) => w.name)).toEqual(['Binnenstad', 'Molenwijk']);
    expect(dispatch('wijk:update', { id: seed.wijk.id, name: 'Molenwijk-Noord' }).ok).toBe(true);
  });
});

describe('meeting:get is a pure read', () => {
  it('opens a running meeting from a read-only database file', () => {
    const meeting = planMeeting(app, seed, '2026-11-03');
    app.call('meeting:start', { id: meeting.id });
    app.call('action:create', actionRequest(seed, meeting.id, agendaItem(app, meeting.id, 'wijkagenda').id));
    // A member joins after the start: the command brings the running meeting's list in line.
    app.call('team:addMember', { teamId: seed.team.id, personId: seed.people.colleague.id, since: '2026-10-01' });
    const expected = app.call('meeting:get', { id: meeting.id });
    app.db.pragma('wal_checkpoint(TRUNCATE)');

    const readonlyDb = openWithTestKey(app.file, { readonly: true, fileMustExist: true });
    try {
      const dispatch = createDispatcher({ db: readonlyDb, storage: app.storage, databasePath: app.file, appVersion: 'test', now: () => new Date('2026-11-22T09:00:00Z'), documents: createDocumentWorker() }, { validateResponses: true });
      const result = dispatch('meeting:get', { id: meeting.id });
      expect(result).toEqual({ ok: true, data: expected });
      expect(expected.meeting.status).toBe('bezig');
      expect(expected.attendance.map((a) => a.name)).toContain('Wendy Kramer');
      // A command on that file fails with the Dutch message, and nothing is half-written.
      const write = dispatch('meeting:finish', { id: meeting.id });
      expect(write).toEqual({ ok: false, error: { code: 'storage', message: storageFaultMessage('readonly_file', 'write') } });
    } finally {
      readonlyDb.close();
    }
  });

  it('leaves the attendance rows alone; the commands that change a team keep planned meetings in line', () => {
    const meeting = planMeeting(app, seed, '2026-12-01');
    const count = () => (app.db.prepare('SELECT count(*) AS n FROM attendance WHERE meeting_id = ?').get(meeting.id) as { n: number }).n;
    expect(count()).toBe(5);
    app.db.prepare('DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?').run(meeting.id, seed.people.agent.id);
    app.call('meeting:get', { id: meeting.id });
    expect(count()).toBe(4); // a read does not repair

    app.call('team:addMember', { teamId: seed.team.id, personId: seed.people.colleague.id, since: '2026-11-01' });
    expect(count()).toBe(6); // the command did, for the agent and the new member
    app.call('team:endMember', { teamId: seed.team.id, personId: seed.people.colleague.id, until: '2026-11-15' });
    expect(count()).toBe(5);

    app.call('organisation:update', { id: seed.orgs.politie.id, name: 'Politie Noord-Holland Noord', kind: 'politie', attendanceRequired: false });
    const row = app.call('meeting:get', { id: meeting.id }).attendance.find((a) => a.personId === seed.people.agent.id);
    expect(row?.organisationName).toBe('Politie Noord-Holland Noord');
  });
});
