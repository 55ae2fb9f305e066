import { DomainError, notFound } from '../../contract';
import type { Meeting } from '../../contract/schemas/meetings';
import { todayIn, type BackendContext } from '../context';
import { getMeeting } from '../../db/queries/meetings';
import { getAgendaItem, type AgendaItemRow } from '../../db/queries/agenda';
import { isMeetingEditable, MEETING_CLOSED } from '../../domain/meeting';

export { MEETING_CLOSED, meetingIsBefore } from '../../domain/meeting';

export const requireMeeting = (ctx: BackendContext, id: number): Meeting => getMeeting(ctx.db, id) ?? (() => { throw notFound('Dit overleg'); })();

/** Everything recorded in a meeting is locked once it is afgerond. */
export function requireEditableMeeting(ctx: BackendContext, id: number): Meeting {
  const meeting = requireMeeting(ctx, id);
  if (!isMeetingEditable(meeting)) throw new DomainError('conflict', MEETING_CLOSED);
  return meeting;
}

export function requireAgendaItem(ctx: BackendContext, id: number): AgendaItemRow {
  return getAgendaItem(ctx.db, id) ?? (() => { throw notFound('Dit agendapunt'); })();
}

/** An agenda item referenced from a form must belong to the meeting the form is about. */
export function requireItemOfMeeting(ctx: BackendContext, itemId: number | null, meetingId: number, field = 'agendaItemId'): AgendaItemRow | null {
  if (itemId === null) return null;
  const item = getAgendaItem(ctx.db, itemId);
  if (!item || item.meetingId !== meetingId) {
    throw new DomainError('validation', 'Kies een agendapunt van dit overleg.', { [field]: 'Kies een agendapunt van dit overleg.' });
  }
  return item;
}

/** The date a change counts from: the meeting's date when made in a meeting, else today. */
export const effectiveDate = (ctx: BackendContext, meeting: Meeting | null): string => meeting?.date ?? todayIn(ctx);

/** A short quoted title for undo labels. */
export function quoted(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}
