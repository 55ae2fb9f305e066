import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';

let app: TestBackend;
beforeEach(() => {
  app = createTestBackend(); // today = 2026-11-22
});
afterEach(() => app.cleanup());

describe('Voorbeeldgemeente meeting history', () => {
  it('loads quickly, with held meetings in three wijken and a planned meeting per wijk', () => {
    const started = performance.now();
    app.call('setup:loadDemo', {});
    expect(performance.now() - started).toBeLessThan(3000);

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
    expect(detail.carriedActions.map((a) => a.what)).toEqual([
      'Samen surveilleren bij het winkelcentrum op vrijdagavond',
      'Jongerenontmoetingsplek onderzoeken',
      'Handhaving en voorlichting bij de containers',
      'Schoolzone en verkeersbrigadiers onderzoeken',
      'Ouders informeren over de kiss-and-ride-zone',
    ]);
    expect(detail.carriedActions.every((a) => a.followUpHere === null)).toBe(true);
    expect(detail.carriedSignals.map((s) => s.title)).toEqual([
      'Hangjongeren bij winkelcentrum De Wieken',
      'Bijplaatsingen bij containers Zeeheldenbuurt',
      'Eenzaamheid onder ouderen in De Wieken',
      'Parkeeroverlast bij basisschool De Regenboog',
    ]);
    expect(detail.attendance.length).toBeGreaterThanOrEqual(8);
    expect(detail.agenda).toHaveLength(7);
  });
});
