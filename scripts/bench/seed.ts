/**
 * The benchmark's data set: a realistic large municipality — the demo's wijken × 5 years of
 * meetings every 5 weeks — with thousands of signals and actions, created through the real
 * dispatcher. Deterministic, so every run measures the same data. Takes ~40 s.
 */
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../backend/host';
import type { Channel, RequestOf, ResponseOf } from '../../contract';

/** A typed call that throws on a failed Result. */
export const caller =
  (backend: Backend) =>
  <C extends Channel>(channel: C, request: RequestOf<C>): ResponseOf<C> => {
    const result = backend.dispatch(channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fields)}`);
    return result.data as ResponseOf<C>;
  };

/** Deterministic pseudo-random numbers, so every run measures the same data. */
const SEED = 20211207;
let state = SEED;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
};
const pick = <T>(options: readonly (readonly [number, T])[]): T => {
  let r = random();
  for (const [weight, value] of options) {
    if ((r -= weight) < 0) return value;
  }
  return options.at(-1)![1];
};
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

type AttendanceChoice = 'aanwezig' | 'afgemeld' | 'afwezig' | 'vervangen' | null;
/** Mostly present; some notice, some no-shows, substitutes, and rows nobody filled in. */
const ATTENDANCE: readonly (readonly [number, AttendanceChoice])[] = [
  [0.72, 'aanwezig'],
  [0.1, 'afgemeld'],
  [0.05, 'afwezig'],
  [0.05, 'vervangen'],
  [0.08, null],
];
const THEMES = ['openbare_ruimte', 'overlast', 'veiligheid', 'zorg', 'wonen', 'armoede', 'jeugd', 'overig'] as const;

/** An action agreed earlier, with the meeting (index) where it will be closed, if ever. */
interface PendingAction {
  id: number;
  agreedAt: number;
  closeAt: number | null;
  end: 'gereed' | 'vervallen';
}
interface PendingSignal {
  id: number;
  raisedAt: number;
  closeAt: number | null;
  routed: boolean;
}

export interface Seeded {
  /** Meetings created (on top of the demo's). */
  meetings: number;
  /** How long seeding took. */
  ms: number;
}

/** Loads the demo into an empty database, then adds the years of meetings. */
export function seed(backend: Backend): Seeded {
  const call = caller(backend);
  state = SEED;
  const seedStart = performance.now();
  call('setup:loadDemo', {});
  const organisations = call('organisation:list', {});
  const wijken = call('wijk:list', {});
  let meetings = 0;
  const run = backend.db.transaction(() => {
    for (const wijk of wijken) {
      const team = call('team:get', { wijkId: wijk.id });
      let pendingActions: PendingAction[] = [];
      let pendingSignals: PendingSignal[] = [];
      for (let n = 0; n < 52; n++) {
        const date = new Date(Date.UTC(2021, 11, 7 + n * 35)).toISOString().slice(0, 10);
        const meeting = call('meeting:create', { teamId: team.id, date, startTime: '19:30', place: 'Wijkcentrum' });
        meetings++;
        call('meeting:start', { id: meeting.id });
        const detail = call('meeting:get', { id: meeting.id });
        const round = detail.agenda.find((i) => i.kind === 'signalenronde')!;
        const wijkagenda = detail.agenda.find((i) => i.kind === 'wijkagenda')!;
        for (const row of detail.attendance) {
          const status = pick(ATTENDANCE);
          call('attendance:set', { meetingId: meeting.id, personId: row.personId, status, ...(status === 'vervangen' ? { substituteName: 'Collega van dienst' } : {}) });
        }

        // Verslag en actielijst: earlier actions get progress, most are closed within a few meetings.
        for (const a of pendingActions) {
          if (a.closeAt === n) {
            call('action:followUp', {
              actionId: a.id,
              meetingId: meeting.id,
              status: a.end,
              note: a.end === 'vervallen' ? 'Niet meer nodig: de situatie is anders opgelost.' : 'Uitgevoerd en gecontroleerd.',
            });
          } else if (a.agreedAt === n - 1) {
            call('action:followUp', { actionId: a.id, meetingId: meeting.id, status: 'in_uitvoering', note: 'Opgepakt; eerste stappen gezet.' });
          } else if ((n - a.agreedAt) % 4 === 0) {
            call('action:followUp', { actionId: a.id, meetingId: meeting.id, note: 'Nog steeds in uitvoering; komt terug.' });
          }
        }
        pendingActions = pendingActions.filter((a) => a.closeAt === null || a.closeAt > n);

        // Signalenronde: earlier signals are followed up, routed and closed with an outcome.
        for (const s of pendingSignals) {
          if (s.closeAt === n) {
            call('signal:followUp', { signalId: s.id, meetingId: meeting.id, status: 'afgehandeld', note: 'Afgerond.', outcome: 'Opgelost door de probleemeigenaar.' });
          } else if (s.raisedAt === n - 1) {
            call('signal:followUp', { signalId: s.id, meetingId: meeting.id, status: s.routed ? 'doorgezet' : 'in_behandeling', note: 'Besproken; de probleemeigenaar pakt het op.' });
          }
        }
        pendingSignals = pendingSignals.filter((s) => s.closeAt === null || s.closeAt > n);

        for (let s = 0; s < 12; s++) {
          const org = organisations[(n + s) % organisations.length]!;
          const theme = THEMES[Math.floor(random() * THEMES.length)]!;
          // Care, housing and poverty are often about one resident: then confidential.
          const confidential = (theme === 'zorg' || theme === 'wonen' || theme === 'armoede') && random() < 0.6;
          const buurt = detail.buurten.length > 0 ? detail.buurten[(n + s) % detail.buurten.length]! : null;
          // A signal that will be doorgezet says to whom from the start (the routing rule of domain/signal.ts).
          const routed = random() < 0.4;
          const signal = call('signal:create', {
            meetingId: meeting.id,
            agendaItemId: round.id,
            title: `Signaal ${n}-${s} in ${wijk.name}`,
            description: confidential
              ? 'Oudere bewoner (80+) op nummer 12 woont alleen, lijkt verward en zorgt niet goed voor zichzelf; huisarts is niet bekend.'
              : 'Omschrijving van het signaal met genoeg tekst om realistisch te zijn voor een overzicht.',
            broughtByOrganisationId: org.id,
            buurtId: buurt?.id ?? null,
            location: confidential ? 'Dorpsstraat 12' : 'Bij het winkelcentrum',
            theme,
            urgency: random() < 0.15 ? 'hoog' : 'normaal',
            sensitivity: confidential ? 'vertrouwelijk' : 'normaal',
            problemOwnerId: org.id,
            routedTo: routed ? 'wijkbeheer' : null,
          });
          pendingSignals.push({ id: signal.id, raisedAt: n, closeAt: random() < 0.05 ? null : n + 1 + Math.floor(random() * 4), routed });

          for (const k of [0, 1]) {
            const owner = organisations[(n + s + k) % organisations.length]!.id;
            const horizon = pick([
              [0.7, 'nu'],
              [0.2, 'ooit'],
              [0.1, 'nooit'],
            ] as const);
            const what = `Actie ${k + 1} bij signaal ${n}-${s}`;
            if (horizon === 'nooit') {
              // Decided not to do: closed at once, with the motivering.
              call('action:create', { meetingId: meeting.id, signalId: signal.id, what, ownerOrganisationId: owner, horizon, motivation: 'Te duur voor het verwachte effect; geen draagvlak in de wijk.' });
              continue;
            }
            const action =
              horizon === 'nu'
                ? call('action:create', { meetingId: meeting.id, signalId: signal.id, what, ownerOrganisationId: owner, horizon, deadline: addDays(date, (k + 1) * 28) })
                : call('action:create', {
                    meetingId: meeting.id,
                    agendaItemId: wijkagenda.id,
                    signalId: signal.id,
                    what,
                    ownerOrganisationId: owner,
                    horizon,
                    preconditions: 'Budget in de begroting van volgend jaar en een locatie.',
                    decisionDue: addDays(date, 180),
                  });
            // Nu: closed within 1–3 meetings; Ooit: within 3–8. A few are never closed and end up overdue.
            const never = random() < (horizon === 'nu' ? 0.03 : 0.08);
            const after = horizon === 'nu' ? 1 + Math.floor(random() * 3) : 3 + Math.floor(random() * 6);
            pendingActions.push({ id: action.id, agreedAt: n, closeAt: never ? null : n + after, end: random() < 0.12 ? 'vervallen' : 'gereed' });
          }
        }
        call('meeting:finish', { id: meeting.id });
      }
    }
  });
  run();
  return { meetings, ms: performance.now() - seedStart };
}
