/**
 * The writer of the crash test (test/unit/backend/crash.test.ts): the real back end on a real
 * file, writing signals through the dispatcher as fast as it can. After each write the dispatcher
 * acknowledged, it reports the signal's title on stdout (a synchronous write to the pipe), so
 * everything reported was committed before the process could be killed.
 */
import { writeSync } from 'node:fs';
import { startBackend } from '../../backend/host';

const [file, round] = process.argv.slice(2);
if (!file || !round) throw new Error('usage: crash-child <database> <round>');

const backend = startBackend({ databasePath: file, appVersion: 'crash-test', now: () => new Date('2026-11-22T09:00:00Z') });
const call = (channel: string, payload: unknown) => {
  const result = backend.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as { id: number };
};

// The first round sets up a small gemeente; later rounds find it after the crash.
if (!(call('app:info', {}) as unknown as { isSetUp: boolean }).isSetUp) {
  call('setup:create', { municipalityName: 'Den Helder', wijken: [{ name: 'Molenwijk' }] });
}
const wijken = call('wijk:list', {}) as unknown as { id: number }[];
const team = call('team:get', { wijkId: wijken[0]!.id });
let meetings = call('meeting:list', {}) as unknown as { id: number }[];
if (meetings.length === 0) {
  const org = call('organisation:create', { name: 'Woonstichting Kustwonen', kind: 'woningcorporatie', attendanceRequired: true });
  call('person:create', { name: 'Ahmed Bouzid', organisationId: org.id, role: 'Sociaal wijkmeester', email: '' });
  call('meeting:create', { teamId: team.id, date: '2026-12-08', startTime: '09:30', endTime: '11:30', place: 'Wijkcentrum De Wieken' });
  meetings = call('meeting:list', {}) as unknown as { id: number }[];
}
const person = (call('person:list', {}) as unknown as { id: number }[])[0]!;
const meetingId = meetings[0]!.id;

for (let i = 0; ; i++) {
  const title = `Melding ${round}-${i}`;
  call('signal:create', { meetingId, title, description: `Losliggende stoeptegels, ronde ${round}, nummer ${i}.`, theme: 'openbare_ruimte', broughtByPersonId: person.id });
  writeSync(1, `${title}\n`);
}
