/**
 * Setting up Wijkoverleg for a gemeente: the steps in the order they depend on each other, and
 * which are done. The Start screen shows them until everything is in place.
 */

export interface SetupFacts {
  wijken: number;
  organisations: number;
  people: number;
  /** Current members of the wijk-coördinatieteam being set up. */
  teamMembers: number;
  meetings: number;
}

export const SETUP_STEPS = [
  { key: 'gemeente', title: 'Gemeente en wijken', action: 'Wijken vastleggen', what: 'De naam van de gemeente en de wijken (en buurten) waar teams werken.', path: '/gemeente' },
  { key: 'organisaties', title: 'Partnerorganisaties', action: 'Organisaties toevoegen', what: 'Wie aan tafel zit: gemeenteteams, corporatie, welzijn, politie, zorg; met of zonder aanwezigheidsplicht.', path: '/organisaties' },
  { key: 'personen', title: 'Personen', action: 'Mensen toevoegen', what: 'De mensen van die organisaties, met functie en e-mailadres (voor de uitnodiging).', path: '/personen' },
  {
    key: 'team',
    title: 'Wijk-coördinatieteam',
    action: 'Team samenstellen',
    what: 'Per wijk de leden van het team; voorzitter en notulist kiest u daarna uit die leden.',
    path: '/teams',
  },
  { key: 'overleg', title: 'Eerste overleg plannen', action: 'Naar de overleggen', what: 'Datum, tijd en plaats; de agenda komt uit het sjabloon en de uitnodiging (.ics) staat klaar.', path: '/overleggen' },
] as const;
export type SetupStepKey = (typeof SETUP_STEPS)[number]['key'];

/** Each step with whether it is done; a step counts as done once what it sets up exists. */
export function setupProgress(f: SetupFacts): { key: SetupStepKey; done: boolean }[] {
  const done: Record<SetupStepKey, boolean> = {
    gemeente: f.wijken > 0,
    organisaties: f.organisations > 0,
    personen: f.people > 0,
    team: f.teamMembers > 0 || f.meetings > 0,
    overleg: f.meetings > 0,
  };
  return SETUP_STEPS.map((s) => ({ key: s.key, done: done[s.key] }));
}

/** The first step still to do, or null when the gemeente is set up. */
export const nextSetupStep = (f: SetupFacts): SetupStepKey | null => setupProgress(f).find((s) => !s.done)?.key ?? null;
