import type { Meeting } from '../../contract/schemas/meetings';
import type { BackendContext } from '../context';

/**
 * "Naar wijkagenda" puts a meeting's agreements in the wijk's plan: only what the team has
 * settled may go there. Returns why not (Dutch), or null when it may run.
 */
export function naarWijkagendaBlocked(_ctx: BackendContext, meeting: Meeting): string | null {
  if (meeting.status !== 'afgerond') return 'Zet afspraken pas op de wijkagenda als het overleg is afgerond.';
  return null;
}
