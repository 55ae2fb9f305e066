import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { planMeeting, seedTeam, type Seed } from '../../support/meetings';
import { buildIcs, escapeText, foldLine, unfoldIcs } from '../../../backend/export/ics';
import { zonedTimeToUtc } from '../../../backend/export/timezone';

let app: TestBackend;
let seed: Seed;

/** Property name (without parameters) → full content lines. */
const parse = (content: string) => {
  const lines = unfoldIcs(content);
  const get = (name: string) => lines.filter((l) => l.split(/[;:]/)[0] === name);
  return { lines, get, value: (name: string) => get(name)[0]?.slice(get(name)[0]!.indexOf(':') + 1) };
};

describe('Amsterdam time to UTC', () => {
  it('handles winter and summer time and the switch days', () => {
    expect(zonedTimeToUtc('2026-12-08', '19:30').toISOString()).toBe('2026-12-08T18:30:00.000Z');
    expect(zonedTimeToUtc('2026-06-09', '19:30').toISOString()).toBe('2026-06-09T17:30:00.000Z');
    // 2026 switches on 29 March and 25 October.
    expect(zonedTimeToUtc('2026-03-29', '09:30').toISOString()).toBe('2026-03-29T07:30:00.000Z');
    expect(zonedTimeToUtc('2026-03-28', '09:30').toISOString()).toBe('2026-03-28T08:30:00.000Z');
    expect(zonedTimeToUtc('2026-10-25', '09:30').toISOString()).toBe('2026-10-25T08:30:00.000Z');
    expect(zonedTimeToUtc('2026-10-24', '09:30').toISOString()).toBe('2026-10-24T07:30:00.000Z');
  });
});

describe('RFC 5545 writing', () => {
  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('Wijkcentrum, zaal 2; achteringang\\poort\nTweede regel')).toBe('Wijkcentrum\\, zaal 2\\; achteringang\\\\poort\\nTweede regel');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'Wijk-coördinatieteam '.repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const [i, part] of parts.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      expect(part).not.toContain('\uFFFD');
    }
    expect(unfoldIcs(`${folded}\r\n`)).toEqual([line]);
  });

  it('uses PUBLISH when there is no organizer', () => {
    const at = new Date('2026-12-08T18:30:00Z');
    const content = buildIcs({ uid: 'x', sequence: 0, stamp: at, start: at, end: at, summary: 'S', location: 'L', description: 'D', organizer: null, attendees: [] });
    expect(parse(content).value('METHOD')).toBe('PUBLISH');
    expect(parse(content).get('ORGANIZER')).toEqual([]);
  });
});

describe('meeting:exportIcs', () => {
  beforeEach(() => {
    app = createTestBackend();
    seed = seedTeam(app);
  });
  afterEach(() => app.cleanup());

  it('invites the team for a winter evening meeting, in UTC, with the agenda in the description', () => {
    const meeting = planMeeting(app, seed, '2026-12-08', { startTime: '19:30', endTime: '21:30', place: 'Wijkcentrum De Wieken, zaal 2; ingang achter' });
    const { fileName, mimeType, content } = app.call('meeting:exportIcs', { id: meeting.id });
    expect(fileName).toBe('wct-overleg-molenwijk-2026-12-08.ics');
    expect(mimeType).toBe('text/calendar');

    // CRLF everywhere, no bare LF, every physical line within 75 octets.
    expect(content.endsWith('\r\n')).toBe(true);
    expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const physical of content.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);

    const ics = parse(content);
    expect(ics.lines[0]).toBe('BEGIN:VCALENDAR');
    expect(ics.lines.at(-1)).toBe('END:VCALENDAR');
    expect(ics.value('METHOD')).toBe('REQUEST');
    expect(ics.value('SUMMARY')).toBe('WCT-overleg Molenwijk');
    expect(ics.value('DTSTART')).toBe('20261208T183000Z');
    expect(ics.value('DTEND')).toBe('20261208T203000Z');
    expect(ics.value('DTSTAMP')).toBe('20261122T090000Z');
    expect(ics.value('SEQUENCE')).toBe('0');
    expect(ics.value('LOCATION')).toBe('Wijkcentrum De Wieken\\, zaal 2\\; ingang achter');
    const description = ics.value('DESCRIPTION')!;
    expect(description).toContain('Wijk-coördinatieteam Molenwijk');
    expect(description).toContain('dinsdag 8 december 2026\\, 19:30–21:30 uur\\, Wijkcentrum De Wieken\\, zaal 2\\; ingang achter');
    expect(description).toContain('\\nVoorzitter: Rachid El Amrani\\nNotulist: Tom Hendriks\\n\\nAgenda:\\n');
    expect(description).toContain('\\n1. Opening en mededelingen (5 min)\\n2. Verslag en actielijst vorig overleg (15 min)\\n3. Signalenronde (30 min)');
    expect(description).toContain('7. Sluiting (5 min)');
    expect(ics.get('ORGANIZER')).toEqual(['ORGANIZER;CN="Rachid El Amrani":mailto:r.elamrani@denhelder.nl']);
    const attendees = ics.get('ATTENDEE');
    // Members with an e-mail address; the opbouwwerker has none.
    expect(attendees.map((a) => a.slice(a.lastIndexOf(':') + 1)).sort()).toEqual([
      'a.bouzid@kustwonen.nl',
      'naima.haddou@politie.example',
      'r.elamrani@denhelder.nl',
      't.hendriks@denhelder.nl',
    ]);
    expect(attendees.find((a) => a.includes('r.elamrani'))).toContain('ROLE=CHAIR');
    expect(attendees.find((a) => a.includes('a.bouzid'))).toContain('CN="Ahmed Bouzid";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE');
  });

  it('uses summer time, takes the end from the agenda when none is given, and raises SEQUENCE on a change', () => {
    const meeting = app.call('meeting:create', { teamId: seed.team.id, date: '2027-06-15', startTime: '09:30', place: 'Stadhuis' });
    let ics = parse(app.call('meeting:exportIcs', { id: meeting.id }).content);
    expect(ics.value('DTSTART')).toBe('20270615T073000Z');
    // 95 planned minutes on the standard agenda.
    expect(ics.value('DTEND')).toBe('20270615T090500Z');
    app.call('meeting:update', { id: meeting.id, date: '2027-06-15', startTime: '10:00', endTime: '12:00', place: 'Stadhuis', chairId: seed.people.chair.id, secretaryId: null });
    ics = parse(app.call('meeting:exportIcs', { id: meeting.id }).content);
    expect(ics.value('SEQUENCE')).toBe('1');
    expect(ics.value('DTSTART')).toBe('20270615T080000Z');
    expect(ics.value('UID')).toMatch(/^wijkoverleg-overleg-\d+-[a-z0-9]+@wijkoverleg$/);
  });

  it('names the notulist only when there is one, and invites a chair or notulist from outside the team', () => {
    const outsider = app.call('person:create', { name: 'Joke de Vries-Ünal', organisationId: seed.orgs.gemeente.id, role: 'Notulist', email: 'j.devries@denhelder.nl' });
    const withOutsider = app.call('meeting:create', { teamId: seed.team.id, date: '2026-12-15', startTime: '19:30', place: 'Stadhuis', secretaryId: outsider.id });
    const ics = parse(app.call('meeting:exportIcs', { id: withOutsider.id }).content);
    expect(ics.value('DESCRIPTION')).toContain('Voorzitter: Rachid El Amrani\\nNotulist: Joke de Vries-Ünal\\n');
    const attendees = ics.get('ATTENDEE');
    expect(attendees.filter((a) => a.endsWith(':mailto:j.devries@denhelder.nl'))).toEqual([
      'ATTENDEE;CN="Joke de Vries-Ünal";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:j.devries@denhelder.nl',
    ]);
    // The chair is a member as well: invited once.
    expect(attendees.filter((a) => a.includes('r.elamrani'))).toHaveLength(1);

    const without = app.call('meeting:create', { teamId: seed.team.id, date: '2026-12-22', startTime: '19:30', place: 'Stadhuis', secretaryId: null });
    const description = parse(app.call('meeting:exportIcs', { id: without.id }).content).value('DESCRIPTION')!;
    expect(description).toContain('Voorzitter: Rachid El Amrani\\n\\nAgenda:');
    expect(description).not.toContain('Notulist');
  });

  it('gives the right UTC times just before and after the switch to winter time', () => {
    // 2026: summer time ends on Sunday 25 October at 03:00 local time.
    const before = planMeeting(app, seed, '2026-10-22', { startTime: '19:30', endTime: '21:00' });
    const after = planMeeting(app, seed, '2026-10-27', { startTime: '19:30', endTime: '21:00' });
    const sunday = planMeeting(app, seed, '2026-10-25', { startTime: '01:30', endTime: '04:00' });
    const times = (id: number) => {
      const ics = parse(app.call('meeting:exportIcs', { id }).content);
      return [ics.value('DTSTART'), ics.value('DTEND')];
    };
    expect(times(before.id)).toEqual(['20261022T173000Z', '20261022T190000Z']);
    expect(times(after.id)).toEqual(['20261027T183000Z', '20261027T200000Z']);
    // A night across the switch lasts an hour longer than the clock suggests.
    expect(times(sunday.id)).toEqual(['20261024T233000Z', '20261025T030000Z']);
  });

  it('keeps every physical line within 75 octets for long Dutch text, and unfolds to the original', () => {
    const place = 'Wijk-coördinatiecentrum "De Brûg", één zaal; achteringang via het Zeeheldenpad\\Kolkbuurt, gemeente Den Helder';
    const meeting = planMeeting(app, seed, '2026-12-08', { place });
    const { content } = app.call('meeting:exportIcs', { id: meeting.id });
    const physical = content.split('\r\n');
    expect(physical.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(content).not.toContain('\uFFFD');
    expect(parse(content).value('LOCATION')).toBe(escapeText(place));
    expect(parse(content).value('LOCATION')).toContain('één zaal\\; achteringang via het Zeeheldenpad\\\\Kolkbuurt\\, gemeente');
  });

  it('ends a meeting without end time after its agenda, also across the year end: DTEND is a valid UTC time after DTSTART', () => {
    const meeting = app.call('meeting:create', { teamId: seed.team.id, date: '2099-12-31', startTime: '23:59', endTime: null, place: 'Wijkcentrum' });
    const ics = parse(app.call('meeting:exportIcs', { id: meeting.id }).content);
    expect(ics.value('DTSTART')).toBe('20991231T225900Z');
    // 95 minutes of standard agenda: 01:34 local on 1 January 2100.
    expect(ics.value('DTEND')).toBe('21000101T003400Z');
    expect(ics.value('DTEND')).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('is not offered for a meeting that is already afgerond', () => {
    const meeting = planMeeting(app, seed, '2026-11-03');
    app.call('meeting:start', { id: meeting.id, confirmEarly: true });
    app.call('meeting:finish', { id: meeting.id, confirmEarly: true });
    expect(app.reject('meeting:exportIcs', { id: meeting.id }).code).toBe('conflict');
  });
});
