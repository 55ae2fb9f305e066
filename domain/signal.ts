/** Signals from the neighbourhood: themes, routing, status, and when a signal is still open. */

export const SIGNAL_THEMES = {
  openbare_ruimte: 'Openbare ruimte',
  overlast: 'Overlast',
  veiligheid: 'Veiligheid',
  zorg: 'Zorg',
  wonen: 'Wonen',
  armoede: 'Armoede',
  jeugd: 'Jeugd',
  overig: 'Overig',
} as const;
export type SignalTheme = keyof typeof SIGNAL_THEMES;

export const SIGNAL_URGENCIES = { laag: 'Laag', normaal: 'Normaal', hoog: 'Hoog', acuut: 'Acuut' } as const;
export type SignalUrgency = keyof typeof SIGNAL_URGENCIES;

export const SIGNAL_SENSITIVITIES = {
  normaal: 'Normaal',
  vertrouwelijk: 'Vertrouwelijk (persoonsgegevens)',
} as const;
export type SignalSensitivity = keyof typeof SIGNAL_SENSITIVITIES;

export const SIGNAL_STATUSES = {
  nieuw: 'Nieuw',
  in_behandeling: 'In behandeling',
  doorgezet: 'Doorgezet',
  afgehandeld: 'Afgehandeld',
} as const;
export type SignalStatus = keyof typeof SIGNAL_STATUSES;

/** Where a signal is routed to: the team or person that can act on it. */
export const SIGNAL_ROUTES = {
  wijkbeheer: 'Team Wijkbeheer',
  zorg: 'Team Zorg',
  veiligheid: 'Team Veiligheid',
  beleidsadviseur: 'Beleidsadviseur',
  partner_zelf: 'Partner pakt het zelf op',
  overig: 'Anders',
} as const;
export type SignalRoute = keyof typeof SIGNAL_ROUTES;

/** The routing suggested for a theme (operational public space → Wijkbeheer, care → Zorg, …). */
export const SUGGESTED_ROUTE_BY_THEME: Record<SignalTheme, SignalRoute | null> = {
  openbare_ruimte: 'wijkbeheer',
  overlast: 'veiligheid',
  veiligheid: 'veiligheid',
  zorg: 'zorg',
  armoede: 'zorg',
  wonen: null,
  jeugd: null,
  overig: null,
};
export const suggestedRoute = (theme: SignalTheme): SignalRoute | null => SUGGESTED_ROUTE_BY_THEME[theme];

/** Shown next to the title field: titles go to partners, so they must not identify anyone. */
export const SIGNAL_TITLE_HINT = 'Geen namen, adressen of gezondheidsgegevens in de titel; die horen alleen in de omschrijving van een vertrouwelijk signaal.';

export const SIGNAL_RULE_MESSAGES = {
  outcome: 'Vul de uitkomst in: wat is er met het signaal gedaan?',
  broughtBy: 'Kies wie het signaal inbrengt (persoon of organisatie).',
  description: 'Omschrijving is verplicht.',
} as const;
/** Kept under its old name: the follow-up form and the handlers use it. */
export const SIGNAL_OUTCOME_REQUIRED = SIGNAL_RULE_MESSAGES.outcome;

/** Afgehandeld needs an outcome; someone (a person or an organisation) brings the signal in. */
export function signalRuleProblems(v: {
  status?: SignalStatus;
  outcome?: string | null;
  broughtByPersonId?: number | null;
  broughtByOrganisationId?: number | null;
}): Partial<Record<'outcome' | 'broughtByPersonId', string>> {
  const problems: Partial<Record<'outcome' | 'broughtByPersonId', string>> = {};
  if (v.status === 'afgehandeld' && !v.outcome) problems.outcome = SIGNAL_RULE_MESSAGES.outcome;
  if (!v.broughtByPersonId && !v.broughtByOrganisationId) problems.broughtByPersonId = SIGNAL_RULE_MESSAGES.broughtBy;
  return problems;
}

/**
 * A signal stays on the table until it is afgehandeld (doorgezet still needs following). The
 * database keeps `closed_on IS NULL` exactly for open signals (see signalClosedOn).
 */
export const isSignalOpen = (s: { status: SignalStatus }): boolean => s.status !== 'afgehandeld';

/** Closed on: kept while it stays afgehandeld, set when it becomes so, cleared when reopened. */
export const signalClosedOn = (status: SignalStatus, previous: { status: SignalStatus; closedOn: string | null } | null, date: string): string | null =>
  isSignalOpen({ status }) ? null : previous && !isSignalOpen(previous) ? previous.closedOn : date;

/**
 * Status and routing tell the same story: a signal that is routed to a team ("doorgezet naar
 * Team Veiligheid") is no longer "Nieuw", and "Doorgezet" says to whom.
 */
export const ROUTING_REQUIRED = 'Kies naar wie het signaal is doorgezet, of kies een andere status.';

/** Routing a new signal is passing it on: its status becomes Doorgezet. Other statuses stand. */
export const settledSignalStatus = (status: SignalStatus, routedTo: string | null | undefined): SignalStatus =>
  status === 'nieuw' && routedTo ? 'doorgezet' : status;

/** The field message when status and routing contradict each other after settling, else null. */
export const routingProblem = (status: SignalStatus, routedTo: string | null | undefined): string | null =>
  settledSignalStatus(status, routedTo) === 'doorgezet' && !routedTo ? ROUTING_REQUIRED : null;
