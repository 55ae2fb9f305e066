import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { createTestBackend, type TestBackend } from '../../support/backend';
import { actionRequest, agendaItem, planMeeting, seedTeam, type Seed } from '../../support/meetings';
import { pdfFonts, pdfInfo, pdfRawText, pdfXmp } from '../../support/documentCheck';
import { startBackend } from '../../../backend/host';

let app: TestBackend;
let seed: Seed;
beforeEach(() => {
  app = createTestBackend();
  seed = seedTeam(app);
});
afterEach(() => app.cleanup());

function heldMeeting(date: string) {
  const meeting = planMeeting(app, seed, date);
  app.call('meeting:start', { id: meeting.id });
  return meeting;
}

describe('making the partner action lists', () => {
  it('writes a PDF/A and a mail draft with that very PDF attached, and remembers the list', async () => {
    const october = heldMeeting('2026-10-06');
    const round = agendaItem(app, october.id, 'signalenronde');
    const portiek = app.call('action:create', actionRequest(seed, october.id, round.id, { what: 'Portiek Molenkamp schoonmaken', ownerOrganisationId: seed.orgs.corporatie.id }));
    app.call('action:create', actionRequest(seed, october.id, round.id, { what: 'Bewoners informeren over de werkzaamheden', ownerOrganisationId: seed.orgs.corporatie.id, deadline: '2026-10-20' }));
    app.call('meeting:finish', { id: october.id });

    const folder = (await app.callAsync('folder:choose', { purpose: 'partnerLists' }))!;
    const made = await app.callAsync('partnerList:make', { meetingId: october.id, organisationId: seed.orgs.corporatie.id, folderId: folder.folderId });
    expect(made).toMatchObject({
      organisationName: 'Woonstichting Kustwonen',
      counts: { open: 2, overdue: 0, finished: 0, signals: 0 },
      files: ['Actielijst Woonstichting Kustwonen 2026-10-06.pdf', 'Actielijst Woonstichting Kustwonen 2026-10-06.eml'],
      recipients: ['a.bouzid@kustwonen.nl'],
    });
    expect(readdirSync(folder.path).sort()).toEqual(made.files.slice().sort());

    const pdf = new Uint8Array(readFileSync(join(folder.path, made.files[0]!)));
    expect(pdfInfo(pdf)).toMatchObject({ Title: 'Actielijst Woonstichting Kustwonen', Author: 'Gemeente Den Helder' });
    expect(pdfXmp(pdf)).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
    // Table cells wrap: compare with the line breaks folded.
    const text = pdfRawText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Portiek Molenkamp schoonmaken');
    expect(text).toContain('Contact wijkmanager: Rachid El Amrani, r.elamrani@denhelder.nl');

    const mail = await simpleParser(readFileSync(join(folder.path, made.files[1]!)));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe('Actielijst Woonstichting Kustwonen – Wijk-coördinatieteam Molenwijk – 6 oktober 2026');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['Actielijst Woonstichting Kustwonen 2026-10-06.pdf']);
    expect(Buffer.compare(mail.attachments[0]!.content, Buffer.from(pdf))).toBe(0);

    // The next list, after the November meeting, shows what was finished since this one.
    const november = heldMeeting('2026-11-17');
    app.call('action:followUp', { actionId: portiek.id, meetingId: november.id, status: 'gereed', note: 'Schoongemaakt' });
    // In it, the chair establishes October's verslag: it goes out with the lists.
    app.call('verslag:create', { meetingId: october.id });
    app.call('verslag:establish', { meetingId: october.id, inMeetingId: november.id });
    app.call('meeting:finish', { id: november.id });
    const verslagName = 'Verslag Wijk-coördinatieteam Molenwijk 2026-10-06.pdf';
    expect(app.call('partnerList:list', { meetingId: november.id }).verslagTitle).toBe(verslagName);
    const next = await app.callAsync('partnerList:make', { meetingId: november.id, organisationId: seed.orgs.corporatie.id, folderId: folder.folderId });
    expect(next.counts).toEqual({ open: 1, overdue: 1, finished: 1, signals: 0 });
    const nextText = pdfRawText(new Uint8Array(readFileSync(join(folder.path, next.files[0]!)))).replace(/\s+/g, ' ');
    expect(nextText).toContain('Afgerond sinds de vorige actielijst (06-10-2026)');
    expect(nextText).toContain('Verlopen acties');
    const nextMail = await simpleParser(readFileSync(join(folder.path, next.files[1]!)));
    expect(nextMail.attachments.map((a) => a.filename)).toEqual(['Actielijst Woonstichting Kustwonen 2026-11-17.pdf', verslagName]);
    expect(nextMail.text).toContain('Ook het vastgestelde verslag van het overleg van 6 oktober 2026 zit in de bijlage.');
    const verslag = new Uint8Array(nextMail.attachments[1]!.content);
    expect(pdfInfo(verslag).Title).toMatch(/^Verslag Wijk-coördinatieteam Molenwijk/);
    expect(pdfRawText(verslag)).not.toMatch(/Concept/);
  });

  it('refuses folders the user did not choose, and hosts that cannot choose one', async () => {
    const meeting = heldMeeting('2026-10-06');
    const unknown = '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b';
    const refused = await app.invoke('partnerList:make', { meetingId: meeting.id, organisationId: seed.orgs.corporatie.id, folderId: unknown });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: 'Deze map is niet (meer) bekend: kies opnieuw een map.' } });
    expect(await app.invoke('folder:open', { folderId: unknown })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const folder = (await app.callAsync('folder:choose', { purpose: 'partnerLists' }))!;
    // The test host has no file manager to show it in.
    expect(await app.callAsync('folder:open', { folderId: folder.folderId })).toEqual({ opened: false });

    const bare = startBackend({ databasePath: join(app.dir, 'kaal.sqlite'), appVersion: 'test' });
    try {
      expect(await bare.invoke('folder:choose', { purpose: 'partnerLists' })).toMatchObject({
        ok: false,
        error: { message: 'Hier kan geen map worden gekozen. Maak de actielijsten in de Wijkoverleg-app.' },
      });
    } finally {
      bare.close();
    }
  });
});
