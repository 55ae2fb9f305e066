import { channels, present, type RequestOf, type ResponseOf } from '../../contract';
import type { BackendContext } from '../context';
import type { Handler } from '../handler';
import { wijkagendaHandlers } from '../handlers/wijkagenda';
import { listMeetings } from '../../db/queries/meetings';
import type { DemoIds } from './meetingHistory';

type DemoChannel = keyof typeof wijkagendaHandlers;

/** Themes of the Molenwijk's wijkontwikkelingsplan 2025–2028. */
const THEMES = [
  { key: 'schoon', title: 'Schoon, heel en veilig', goal: 'Bewoners vinden hun straat schoon, heel en veilig.' },
  { key: 'meedoen', title: 'Meedoen en ontmoeten', goal: 'Meer bewoners doen mee en niemand staat er alleen voor.' },
  { key: 'jeugd', title: 'Jeugd in beeld', goal: 'Jongeren hebben een eigen plek in de wijk en de overlast neemt af.' },
] as const;

/** Which of the demo meetings' actions go under which theme (by their text). */
const PICKS: Record<string, (typeof THEMES)[number]['key']> = {
  'Storing lantaarnpalen melden en herstel bewaken': 'schoon',
  'Samen surveilleren bij het winkelcentrum op vrijdagavond': 'jeugd',
  'Jongerenontmoetingsplek onderzoeken': 'jeugd',
  'Handhaving en voorlichting bij de containers': 'schoon',
  'Koffieochtend voor ouderen starten in het wijkcentrum': 'meedoen',
};

/**
 * The Molenwijk's wijkagenda 2026 in the Voorbeeldgemeente: the plan's themes, the agreements of
 * the September and October meetings put on it with "Naar wijkagenda", one agreement from a
 * college decision, and the actualisatie after the October meeting. Through the real handlers.
 */
export function loadWijkagendaDemo(ctx: BackendContext, ids: DemoIds): void {
  let clock = new Date('2026-10-21T08:00:00Z');
  const call = <C extends DemoChannel>(channel: C, request: RequestOf<C>): ResponseOf<C> => {
    clock = new Date(clock.getTime() + 60_000);
    const at = clock;
    const handler = wijkagendaHandlers[channel] as unknown as Handler<C>;
    return handler({ ...ctx, now: () => at }, channels[channel].request.parse(request) as never);
  };
  const wijkId = present(ids.wijkIds.get('Molenwijk'), 'Wijk Molenwijk');
  const themes = new Map(THEMES.map((t) => [t.key, call('wijkagenda:createTheme', { wijkId, title: t.title, goal: t.goal, firstYear: 2025, lastYear: 2028 }).id]));

  const held = listMeetings(ctx.db, { wijkId })
    .filter((m) => m.status === 'afgerond' && m.date < '2026-11-01')
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const meeting of held) {
    const { candidates } = call('naarWijkagenda:list', { meetingId: meeting.id });
    const actions = candidates.filter((c) => c.kind === 'action' && PICKS[c.text] && c.notEligible === null);
    const decision = candidates.find((c) => c.kind === 'decision' && c.text.startsWith('Ontmoeting voor ouderen'));
    call('wijkagenda:addFromMeeting', {
      meetingId: meeting.id,
      items: [
        ...actions.map((c) => ({ kind: 'action' as const, actionId: c.id, themeId: present(themes.get(present(PICKS[c.text], `Thema voor ${c.text}`)), `Thema voor ${c.text}`) })),
        ...(decision
          ? [
              {
                kind: 'decision' as const,
                decisionId: decision.id,
                themeId: present(themes.get('meedoen'), 'Thema meedoen'),
                what: 'Plan voor een vaste ontmoetingsplek voor ouderen in De Wieken',
                ownerOrganisationId: present(ids.orgIds.get('welzijn'), 'Organisatie welzijn'),
                ownerPersonId: present(ids.personIds.get('wel3'), 'Persoon wel3'),
                horizon: 'ooit' as const,
                preconditions: 'Ruimte in het wijkcentrum en subsidie ouderenwerk 2027',
                decisionDue: '2027-03-31',
              },
            ]
          : []),
      ],
    });
  }
  call('wijkagenda:addByHand', {
    wijkId,
    year: 2026,
    themeId: present(themes.get('schoon'), 'Thema schoon'),
    what: 'Extra afvalbakken en een opruimactie in de Zeeheldenbuurt',
    ownerOrganisationId: present(ids.orgIds.get('wijkbeheer'), 'Organisatie wijkbeheer'),
    horizon: 'nu',
    deadline: '2026-12-15',
    groundDecision: 'Uitvoeringsplan zwerfafval 2026',
    groundBody: 'College van B&W',
    groundDate: '2026-02-10',
  });

  // The actualisatie after the October meeting.
  clock = new Date('2026-10-30T10:00:00Z');
  const agenda = call('wijkagenda:get', { wijkId, year: 2026 });
  call('wijkagenda:review', {
    wijkId,
    year: 2026,
    date: '2026-10-30',
    note: 'Besproken in het WCT van 20 oktober en daarna vastgesteld.',
    items: agenda.agreements.map((a) => ({
      agreementId: a.id,
      outcome: a.status === 'gereed' ? ('nagekomen' as const) : a.overdue ? ('deels_nagekomen' as const) : ('loopt_nog' as const),
      note: a.overdue ? 'Later dan afgesproken; loopt nog.' : null,
    })),
  });
}
