import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createTestBackend, type TestBackend } from '../../support/backend';
import {
  BuurtCreate,
  BuurtUpdate,
  MunicipalityUpdate,
  OrganisationCreate,
  OrganisationUpdate,
  PersonCreate,
  PersonSetActive,
  PersonUpdate,
  WijkCreate,
  WijkUpdate,
} from '../../../contract/schemas/masterdata';

let app: TestBackend;
beforeEach(() => {
  app = createTestBackend(); // today = 2026-11-22
});
afterEach(() => app.cleanup());

describe('Voorbeeldgemeente meeting history', () => {
  // How fast it loads is measured by `npm run bench`, not here.
  it('has held meetings in three wijken and a planned meeting per wijk', () => {
    app.call('setup:loadDemo', {});

    const meetings = app.call('meeting:list', {});
    const held = meetings.filter((m) => m.status === 'afgerond');
    expect(new Set(held.map((m) => m.wijkName))).toEqual(new Set(['Molenwijk', 'Binnenstad', 'Noorderhaven']));
    expect(held.every((m) => m.date >= '2026-09-01' && m.date <= '2026-11-30')).toBe(true);
    expect(held.every((m) => m.counts.present > 0 && m.counts.decisions > 0)).toBe(true);
    const planned = meetings.filter((m) => m.status === 'gepland');
    expect(planned.map((m) => m.wijkName).sort()).toEqual(['Binnenstad', 'De Schooten', 'Molenwijk', 'Noorderhaven', 'Waterweide']);
  });

  it('has attendance incl. afgemeld and vervangen, and every kind of signal and action', () => {
    app.call('setup:loadDemo', {});
    const held = app.call('meeting:list', {}).filter((m) => m.status === 'afgerond');
    const details = held.map((m) => app.call('meeting:get', { id: m.id }));
    const attendance = details.flatMap((d) => d.attendance);
    expect(attendance.some((a) => a.status === 'afgemeld')).toBe(true);
    expect(attendance.some((a) => a.status === 'afwezig')).toBe(true);
    expect(attendance.some((a) => a.status === 'vervangen' && a.substitutePersonId !== null)).toBe(true);
    expect(attendance.some((a) => a.status === 'vervangen' && a.substitutePersonId === null)).toBe(true);
    expect(details.flatMap((d) => d.agenda).some((i) => i.notes)).toBe(true);
    expect(details.flatMap((d) => d.agenda).every((i) => i.spentSeconds > 0)).toBe(true);

    const signals = app.call('signal:list', {});
    expect(signals.some((s) => s.sensitivity === 'vertrouwelijk')).toBe(true);
    expect(new Set(signals.map((s) => s.status))).toEqual(new Set(['afgehandeld', 'in_behandeling', 'nieuw', 'doorgezet']));
    expect(app.call('signal:list', { view: 'partner' }).filter((s) => s.redacted).every((s) => s.description === null)).toBe(true);

    const actions = app.call('action:list', {});
    expect(new Set(actions.map((a) => a.horizon))).toEqual(new Set(['nu', 'ooit', 'nooit']));
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['open', 'in_uitvoering', 'gereed', 'vervallen']));
    expect(actions.filter((a) => a.overdue).length).toBeGreaterThanOrEqual(3);
    expect(actions.some((a) => a.horizon === 'ooit' && a.overdue)).toBe(true);

    const report = app.call('report:attendance', { from: '2026-09-01', to: '2026-11-30' });
    expect(report.meetingCount).toBe(8);
    expect(report.rows.some((r) => r.fallsShort)).toBe(true);
  });

  it('carries open items of the last meeting into the planned one, none discussed yet', () => {
    app.call('setup:loadDemo', {});
    const molenwijk = app.call('meeting:list', {}).find((m) => m.wijkName === 'Molenwijk' && m.status === 'gepland')!;
    const detail = app.call('meeting:get', { id: molenwijk.id });
    expect(detail.carriedActions.items!.map((a) => a.what)).toEqual([
      'Samen surveilleren bij het winkelcentrum op vrijdagavond',
      'Jongerenontmoetingsplek onderzoeken',
      'Handhaving en voorlichting bij de containers',
      'Schoolzone en verkeersbrigadiers onderzoeken',
      'Ouders informeren over de kiss-and-ride-zone',
    ]);
    expect(detail.carriedActions.items!.every((a) => a.followUpHere === null)).toBe(true);
    expect(detail.carriedSignals.items!.map((s) => s.title)).toEqual([
      'Hangjongeren bij winkelcentrum De Wieken',
      'Bijplaatsingen bij containers Zeeheldenbuurt',
      'Eenzaamheid onder ouderen in De Wieken',
      'Parkeeroverlast bij basisschool De Regenboog',
    ]);
    expect(detail.attendance.length).toBeGreaterThanOrEqual(8);
    expect(detail.agenda).toHaveLength(7);
  });
});

/**
 * The demo writes straight to the database, past the request schemas. Every row it leaves must
 * still be something a user could have typed, or editing a demo record fails on an untouched field.
 */
describe('Voorbeeldgemeente against the contract', () => {
  const issues = (schema: z.ZodType, row: unknown) => {
    const parsed = schema.safeParse(row);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const expectValid = (schema: z.ZodType, row: unknown, label: string) => expect(issues(schema, row), label).toEqual([]);

  it('stores only wijken, buurten, organisations and people the create/update requests accept', () => {
    app.call('setup:loadDemo', {});
    expectValid(MunicipalityUpdate, { name: app.call('municipality:get', {}).name }, 'gemeente');

    const wijken = app.call('wijk:list', {});
    expect(wijken.length).toBeGreaterThan(0);
    for (const { id, name, code, buurten } of wijken) {
      expectValid(WijkCreate, { name, code }, name);
      expectValid(WijkUpdate, { id, name, code }, name);
      for (const b of buurten) {
        expectValid(BuurtCreate, { wijkId: id, name: b.name }, b.name);
        expectValid(BuurtUpdate, { id: b.id, name: b.name }, b.name);
      }
    }

    const organisations = app.call('organisation:list', {});
    expect(organisations.length).toBeGreaterThan(0);
    for (const { id, activePeople: _, ...fields } of organisations) {
      expectValid(OrganisationCreate, fields, fields.name);
      expectValid(OrganisationUpdate, { id, ...fields }, fields.name);
    }

    const people = app.call('person:list', {});
    expect(people.length).toBeGreaterThan(0);
    for (const { id, name, organisationId, role, email, phone, active, leftOn } of people) {
      expectValid(PersonCreate, { name, organisationId, role, email, phone }, name);
      expectValid(PersonUpdate, { id, name, organisationId, role, email, phone }, name);
      expectValid(PersonSetActive, { id, active, leftOn }, name);
    }
  });
});

describe('leaving the Voorbeeldgemeente', () => {
  it('clears every demo record, after which the user sets up their own gemeente', () => {
    const demo = app.call('setup:loadDemo', {});
    expect(demo.isDemo).toBe(true);
    const locks = () => app.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%locked%' ORDER BY name").pluck().all();
    const locksBefore = locks();
    // The demo's meetings have vastgestelde verslagen, which the database itself refuses to delete.
    expect(app.db.prepare("SELECT count(*) FROM verslag_version WHERE status = 'vastgesteld'").pluck().get()).toBeGreaterThan(0);
    // Their text is in the search index (migration 012): the wipe must take it from there too.
    expect(app.call('search:query', { text: 'spreekuur', kind: 'verslag' }).total).toBeGreaterThan(0);
    const info = app.call('setup:leaveDemo', {});
    expect(locks(), 'the verslag locks are back in place').toEqual(locksBefore);
    expect(info).toMatchObject({ isSetUp: false, isDemo: false, municipalityName: null });
    // Tables and the search index (a virtual table), not the index's own shadow tables.
    const tables = app.db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    expect(tables.length).toBeGreaterThan(10);
    expect(tables).toContain('search_index');
    for (const table of tables) expect(app.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), table).toBe(0);
    // Not a word left behind in the index's own storage either (triggers rewrite a verslag's row while its tables empty).
    app.db.exec("CREATE VIRTUAL TABLE temp.demo_terms USING fts5vocab(main, 'search_index', 'row')");
    expect(app.db.prepare('SELECT count(*) FROM temp.demo_terms').pluck().get()).toBe(0);
    expect(app.db.pragma('foreign_key_check')).toEqual([]);

    const own = app.call('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Nieuw Den Helder' }] });
    expect(own).toMatchObject({ isSetUp: true, isDemo: false, municipalityName: 'Den Helder' });
    expect(app.call('wijk:list', {}).map((w) => w.name)).toEqual(['Nieuw Den Helder']);
  });

  it("never clears a real gemeente's data", () => {
    app.call('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Julianadorp' }] });
    const error = app.reject('setup:leaveDemo', {});
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/Alleen de Voorbeeldgemeente/);
    expect(app.call('wijk:list', {}).map((w) => w.name)).toEqual(['Julianadorp']);
    expect(app.call('app:info', {}).isSetUp).toBe(true);
  });

  it('a renamed Voorbeeldgemeente is the user\'s own from then on, and is never cleared', () => {
    app.call('setup:loadDemo', {});
    app.call('municipality:update', { name: 'Den Helder' });
    expect(app.call('app:info', {}).isDemo).toBe(false);
    expect(app.reject('setup:leaveDemo', {}).code).toBe('conflict');
    // Renaming it back does not make it a demo again.
    app.call('municipality:update', { name: 'Voorbeeldgemeente' });
    expect(app.call('app:info', {}).isDemo).toBe(false);
    expect(app.reject('setup:leaveDemo', {}).code).toBe('conflict');
    expect(app.call('wijk:list', {}).length).toBeGreaterThan(0);
  });

  it('refuses when nothing is set up yet', () => {
    expect(app.reject('setup:leaveDemo', {}).message).toBe('Er is nog geen gemeente ingericht.');
  });
});
