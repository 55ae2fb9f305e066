import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../../backend/host';
import { CORRECTION_REQUIRED } from '../../../contract/schemas/privacy';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { createClock, type TestClock } from '../../support/clock';
import { actionRequest, agendaItem, planMeeting, seedTeam, signalRequest, type Seed } from '../../support/meetings';

let clock: TestClock;
let app: TestBackend;
let seed: Seed;
beforeEach(() => {
  clock = createClock('2026-11-03T09:00:00Z');
  app = createTestBackend({ now: clock.now });
  seed = seedTeam(app);
  app.call('profile:update', { name: 'Rachid El Amrani', role: 'wijkmanager' });
});
afterEach(() => app.cleanup());

const SECRET = 'Mevrouw J. (87), Molenkamp 12, lijkt verward.';
const confidential = (meetingId: number) =>
  signalRequest(seed, meetingId, { title: 'Zorgen om bewoner', theme: 'zorg', sensitivity: 'vertrouwelijk', description: SECRET, location: 'Molenkamp 12' });
const trailOf = (entity: 'signal' | 'action', recordId: number) => app.call('audit:list', { entity, recordId }).entries;

describe('audit trail', () => {
  it('records who changed which record, when and which fields, never the content', () => {
    const meeting = planMeeting(app, seed, '2026-11-03');
    app.call('meeting:start', { id: meeting.id });
    const signal = app.call('signal:create', confidential(meeting.id));
    clock.advance(90);
    app.call('signal:update', { ...confidential(meeting.id), id: signal.id, meetingId: meeting.id, date: signal.date, description: `${SECRET} Dochter is gebeld.`, urgency: 'hoog' });

    const trail = trailOf('signal', signal.id);
    expect(trail.map((e) => e.action)).toEqual(['gewijzigd', 'aangemaakt']);
    expect(trail[0]).toMatchObject({
      actor: 'Rachid El Amrani (Wijkmanager)',
      at: '2026-11-03T09:01:30.000Z',
      entity: 'signal',
      recordId: signal.id,
      recordLabel: 'Zorgen om bewoner',
      fields: ['description', 'urgency'],
      meetingId: meeting.id,
      meetingDate: '2026-11-03',
      note: null,
    });
    expect(JSON.stringify(app.call('audit:list', {}))).not.toMatch(/Molenkamp 12|verward|Dochter/);
    const stored = app.db.prepare('SELECT * FROM audit_log').all();
    expect(JSON.stringify(stored)).not.toMatch(/Molenkamp 12|verward|Dochter/);
  });

  it('names the computer account until a profile is set', () => {
    const other = startBackend({ databasePath: `${app.dir}/other.sqlite`, appVersion: 'test', osUser: 'rachid', now: clock.now });
    try {
      expect(other.dispatch('profile:get', {})).toEqual({ ok: true, data: { name: null, role: null, actor: 'rachid (computeraccount)' } });
      other.dispatch('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Molenwijk' }] });
      const page = other.dispatch('audit:list', { entity: 'municipality' });
      expect(page).toMatchObject({ ok: true, data: { entries: [{ actor: 'rachid (computeraccount)', action: 'aangemaakt' }] } });
    } finally {
      other.close();
    }
  });

  it('writes nothing for a query or a refused request', () => {
    const before = app.call('audit:list', {}).total;
    app.call('signal:list', {});
    app.call('meeting:list', {});
    app.reject('organisation:create', { name: '', kind: 'welzijn' });
    expect(app.call('audit:list', {}).total).toBe(before);
    expect(app.db.prepare('SELECT count(*) AS n FROM audit_log WHERE at IS NULL').get()).toEqual({ n: 0 });
  });

  it('lists the whole trail newest first, a page at a time', () => {
    const page = app.call('audit:list', { limit: 5 });
    expect(page.entries).toHaveLength(5);
    expect(page.total).toBeGreaterThan(20);
    expect(page.retentionMonths).toBe(24);
    const next = app.call('audit:list', { limit: 5, offset: 5 });
    expect(next.entries[0]!.id).toBeLessThan(page.entries[4]!.id);
    expect(app.reject('audit:list', { recordId: 3 }).fields).toEqual({ entity: 'Kies bij een record ook de soort gegeven.' });
  });

  it('allows a change to a record of an afgerond overleg only as a correction with a reason', () => {
    const meeting = planMeeting(app, seed, '2026-11-03');
    app.call('meeting:start', { id: meeting.id });
    const item = agendaItem(app, meeting.id, 'wijkagenda');
    const signal = app.call('signal:create', confidential(meeting.id));
    const action = app.call('action:create', actionRequest(seed, meeting.id, item.id));
    app.call('meeting:finish', { id: meeting.id });

    const signalChange = { ...confidential(meeting.id), id: signal.id, meetingId: null, date: signal.date, urgency: 'acuut' as const };
    expect(app.reject('signal:update', signalChange)).toMatchObject({ code: 'validation', fields: { correction: CORRECTION_REQUIRED } });
    expect(app.reject('signal:update', { ...signalChange, correction: '  ' }).fields).toMatchObject({ correction: 'Reden van de correctie is verplicht.' });
    expect(app.call('signal:list', {})[0]!.urgency).toBe('normaal');

    clock.advance(3600);
    app.call('signal:update', { ...signalChange, correction: 'Urgentie verkeerd overgenomen uit de aantekeningen.' });
    expect(trailOf('signal', signal.id)[0]).toMatchObject({
      action: 'correctie',
      fields: ['urgency'],
      note: 'Urgentie verkeerd overgenomen uit de aantekeningen.',
      actor: 'Rachid El Amrani (Wijkmanager)',
      at: '2026-11-03T10:00:00.000Z',
    });

    const actionChange = { ...actionRequest(seed, meeting.id, item.id), id: action.id, meetingId: null, deadline: '2026-12-15' };
    expect(app.reject('action:update', actionChange).fields).toEqual({ correction: CORRECTION_REQUIRED });
    app.call('action:update', { ...actionChange, correction: 'Datum stond verkeerd in het verslag.' });
    expect(trailOf('action', action.id)[0]).toMatchObject({ action: 'correctie', fields: ['deadline'], note: 'Datum stond verkeerd in het verslag.' });
  });

  it('records a follow-up in a later meeting as an ordinary change, and shows it with its signal', () => {
    const first = planMeeting(app, seed, '2026-10-06');
    app.call('meeting:start', { id: first.id });
    const signal = app.call('signal:create', confidential(first.id));
    app.call('meeting:finish', { id: first.id });
    const second = planMeeting(app, seed, '2026-11-03');
    app.call('signal:followUp', { signalId: signal.id, meetingId: second.id, note: 'Huisarts is ingelicht.', status: 'in_behandeling' });
    const trail = trailOf('signal', signal.id);
    expect(trail.map((e) => [e.entity, e.action])).toEqual([
      ['signal', 'gewijzigd'],
      ['signal_follow_up', 'aangemaakt'],
      ['signal', 'aangemaakt'],
    ]);
    expect(trail[1]).toMatchObject({ meetingId: second.id, recordLabel: 'Zorgen om bewoner' });
  });

  it('keeps the trail for its stated term, and stamps what a crash left behind', () => {
    expect(app.call('audit:list', {}).total).toBeGreaterThan(0);
    app.close();
    const later = startBackend({ databasePath: app.file, appVersion: 'test', now: () => new Date('2028-11-04T09:00:00Z') });
    try {
      expect(later.db.prepare("SELECT count(*) AS n FROM audit_log WHERE at < '2026-11-04'").get()).toEqual({ n: 0 });
      later.db.prepare("INSERT INTO audit_log (entity, record_id, action, fields) VALUES ('wijk', 1, 'gewijzigd', '[\"name\"]')").run();
    } finally {
      later.close();
    }
    const again = startBackend({ databasePath: app.file, appVersion: 'test', now: () => new Date('2028-11-04T10:00:00Z') });
    try {
      expect(again.db.prepare("SELECT actor, at FROM audit_log WHERE entity = 'wijk' AND record_id = 1 ORDER BY id DESC LIMIT 1").get()).toEqual({
        actor: 'Onbekend (de app werd onderbroken)',
        at: '2028-11-04T10:00:00.000Z',
      });
    } finally {
      again.close();
    }
    app.close = () => undefined; // already closed: cleanup must not close it again
  });
});
