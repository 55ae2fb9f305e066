import { test, expect } from './support/fixtures';
import { given } from './support/arrange';

test.use({ today: '2026-11-24' });

/**
 * A command refreshes exactly what it changed (contract: `changes` of the command, `reads` of each
 * query). Typing notes while chairing must not reload the whole meeting screen over and over.
 */
test('een autosave van de notities leest het overleg hooguit één keer opnieuw', async ({ app, page }) => {
  await page.clock.install({ time: new Date('2026-11-24T19:35:00') });
  await app.open();
  await page.getByRole('button', { name: 'Voorbeeldgemeente openen' }).click();
  const call = given(app);
  const wijk = call('wijk:list', {}).find((w) => w.name === 'Waterweide')!;
  const team = call('team:get', { wijkId: wijk.id });
  const meeting = call('meeting:create', { teamId: team.id, date: '2026-11-24', startTime: '19:30', endTime: '21:00', place: 'Wijkcentrum De Lisdodde' });
  call('meeting:start', { id: meeting.id });
  await app.open(`/overleg/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Wijk-coördinatieteam Waterweide' })).toBeVisible();
  const notes = page.getByLabel('Notities bij dit punt');
  await expect(notes).toBeVisible();

  // From here on, count every read and write the renderer sends (the fixture's bridge calls this invoke).
  const calls: string[] = [];
  const invoke = app.backend.invoke;
  app.backend.invoke = (channel, request) => {
    calls.push(channel);
    return invoke(channel, request);
  };
  const count = (channel: string) => calls.filter((c) => c === channel).length;

  await notes.fill('Iedereen welkom; Femke Jacobs stelt zich voor als buurtsportcoach.');
  expect(calls).toEqual([]);
  // A pause in typing saves: one write, then the meeting is read once for its new state.
  await page.clock.runFor(1_000);
  await expect(page.getByRole('status').filter({ hasText: /opgeslagen/ })).toHaveText(/^Alles opgeslagen/);
  await expect.poll(() => count('meeting:get')).toBe(1);
  // Well past the pause, with the field left: nothing more is read or written.
  await notes.blur();
  await page.clock.runFor(5_000);
  await expect(notes).toHaveValue('Iedereen welkom; Femke Jacobs stelt zich voor als buurtsportcoach.');
  expect(count('agenda:updateItem')).toBe(1);
  expect(count('meeting:get')).toBe(1);
  // Lists the autosave did not change are not read again.
  expect(calls.filter((c) => c !== 'agenda:updateItem' && c !== 'meeting:get')).toEqual([]);
  expect(app.backend.db.prepare('SELECT notes FROM agenda_item WHERE id = ?').get(call('meeting:get', { id: meeting.id }).agenda[0]!.id)).toEqual({
    notes: 'Iedereen welkom; Femke Jacobs stelt zich voor als buurtsportcoach.',
  });
});
