/**
 * Status and routing of a signal must tell the same story: a signal that is routed to a team
 * ("doorgezet naar Team Veiligheid") is no longer "Nieuw", and "Doorgezet" says to whom.
 */

export type SignalStatusCode = 'nieuw' | 'in_behandeling' | 'doorgezet' | 'afgehandeld';

export const ROUTING_REQUIRED = 'Kies naar wie het signaal is doorgezet, of kies een andere status.';

/** Routing a new signal is passing it on: its status becomes Doorgezet. Other statuses stand. */
export const settledSignalStatus = (status: SignalStatusCode, routedTo: string | null | undefined): SignalStatusCode =>
  status === 'nieuw' && routedTo ? 'doorgezet' : status;

/** The field message when status and routing contradict each other after settling, else null. */
export const routingProblem = (status: SignalStatusCode, routedTo: string | null | undefined): string | null =>
  settledSignalStatus(status, routedTo) === 'doorgezet' && !routedTo ? ROUTING_REQUIRED : null;
