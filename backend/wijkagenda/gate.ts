import type { Meeting } from '../../contract/schemas/meetings';
import { listVerslagVersions } from '../../db/queries/verslag';
import { naarWijkagendaRefusal } from '../../domain/wijkagenda';
import type { BackendContext } from '../context';

/** "Naar wijkagenda" only from a vastgesteld verslag (the rule: domain/wijkagenda.ts). */
export function naarWijkagendaBlocked(ctx: BackendContext, meeting: Meeting): string | null {
  return naarWijkagendaRefusal(meeting.status, listVerslagVersions(ctx.db, meeting.id));
}
