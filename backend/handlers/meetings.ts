import { DomainError, notFound } from '../../contract';
import type { IcsExport, Meeting } from '../../contract/schemas/meetings';
import type { HandlerMap } from '../handler';
import * as q from '../../db/queries/meetings';
import { pageMeetings } from '../../db/queries/meetingPage';
import { getTeam } from '../../db/queries/teams';
import { getPerson } from '../../db/queries/people';
import { getTemplate, insertAgendaItem, listAgendaItems } from '../../db/queries/agenda';
import { listAttendance } from '../../db/queries/attendance';
import { clearUndo } from '../../db/queries/undo';
import { buildMeetingDetail, carriedActionGroup, carriedSignalGroup, signalChoices } from '../meeting/detail';
import { keepAttendanceInLine } from '../meeting/attendance';
import { requireEditableMeeting, requireMeeting } from '../meeting/guards';
import { finishRefusal, plannedEnd, startRefusal, type Refusal } from '../../domain/meeting';
import { longDateNl } from '../../domain/calendar';
import { todayIn, type BackendContext } from '../context';
import { truncateWal } from '../privacy/purge';
import { stopCurrentItem, switchCurrentItem } from '../meeting/timer';
import { buildIcs } from '../export/ics';
import { zonedTimeToUtc } from '../export/timezone';
import { withRequiredKinds } from '../../domain/agenda';

function requirePersonFor(ctx: BackendContext, personId: number | null, field: string, label: string): void {
  if (personId === null) return;
  const person = getPerson(ctx.db, personId);
  if (!person || !person.active) throw new DomainError('validation', `Kies een ${label} die nog in dienst is.`, { [field]: `Kies een actieve persoon als ${label}.` });
}

export interface NewMeeting {
  teamId: number;
  date: string;
  startTime: string;
  endTime: string | null;
  place: string;
  chairId?: number | null;
  secretaryId?: number | null;
}

/** Plans a meeting: roles default to the team's, the agenda comes from the team's template, every member gets a row. */
export function createMeeting(ctx: BackendContext, req: NewMeeting): Meeting {
  return ctx.db.transaction(() => {
    const team = getTeam(ctx.db, req.teamId) ?? (() => { throw notFound('Dit team'); })();
    const chairId = req.chairId === undefined ? team.chairId : req.chairId;
    const secretaryId = req.secretaryId === undefined ? team.secretaryId : req.secretaryId;
    requirePersonFor(ctx, chairId, 'chairId', 'voorzitter');
    requirePersonFor(ctx, secretaryId, 'secretaryId', 'secretaris');
    const id = q.insertMeeting(ctx.db, team.id, { date: req.date, startTime: req.startTime, endTime: req.endTime, place: req.place, chairId, secretaryId }, ctx.now());
    withRequiredKinds(getTemplate(ctx.db, team.id).items).forEach((item, position) => insertAgendaItem(ctx.db, id, position, item));
    keepAttendanceInLine(ctx, id);
    return requireMeeting(ctx, id);
  })();
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A refused status change; a `confirm` refusal names the field the renderer answers with a confirmation. */
function refuse(refusal: Refusal | null): void {
  if (!refusal) return;
  throw refusal.kind === 'confirm' ? new DomainError('conflict', refusal.message, { confirmEarly: refusal.message }) : new DomainError('conflict', refusal.message);
}

/** The invitation: Dutch summary, chair and notulist, agenda with planned minutes, the chair as organizer, everyone expected with e-mail as attendees. */
export function meetingInvitation(ctx: BackendContext, meeting: Meeting): IcsExport {
  const agenda = listAgendaItems(ctx.db, meeting.id);
  const start = zonedTimeToUtc(meeting.date, meeting.startTime);
  const until = plannedEnd(meeting, agenda.reduce((sum, item) => sum + item.plannedMinutes, 0));
  const end = zonedTimeToUtc(until.date, until.time);
  const chair = meeting.chairId !== null ? getPerson(ctx.db, meeting.chairId) : null;
  const secretary = meeting.secretaryId !== null ? getPerson(ctx.db, meeting.secretaryId) : null;
  // The members, plus chair and secretary when they are not members themselves: they must be there too.
  const invited = [...listAttendance(ctx.db, meeting.id).map((row) => getPerson(ctx.db, row.personId)), chair, secretary];
  const people = invited
    .filter((p): p is NonNullable<typeof p> & { email: string } => !!p && p.active && !!p.email)
    .filter((p, i, all) => all.findIndex((other) => other.id === p.id) === i);

  const description = [
    `${meeting.teamName}`,
    `${longDateNl(meeting.date)}, ${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''} uur, ${meeting.place}`,
    meeting.chairName ? `Voorzitter: ${meeting.chairName}` : null,
    meeting.secretaryName ? `Notulist: ${meeting.secretaryName}` : null,
    '',
    'Agenda:',
    ...agenda.map((item, i) => `${i + 1}. ${item.title} (${item.plannedMinutes} min)`),
  ]
    .filter((line): line is string => line !== null)
    .join('\n');

  const content = buildIcs({
    uid: `wijkoverleg-overleg-${meeting.id}-${Date.parse(meeting.createdAt).toString(36)}@wijkoverleg`,
    sequence: meeting.revision,
    stamp: ctx.now(),
    start,
    end,
    summary: `WCT-overleg ${meeting.wijkName}`,
    location: meeting.place,
    description,
    organizer: chair?.email ? { name: chair.name, email: chair.email } : null,
    attendees: people.map((p) => ({ name: p.name, email: p.email, chair: p.id === meeting.chairId })),
  });
  return { fileName: `wct-overleg-${slug(meeting.wijkName)}-${meeting.date}.ics`, mimeType: 'text/calendar', content };
}

export const meetingHandlers: HandlerMap<
  | 'meeting:list'
  | 'meeting:page'
  | 'meeting:create'
  | 'meeting:get'
  | 'carriedAction:list'
  | 'carriedSignal:list'
  | 'signalChoice:list'
  | 'meeting:update'
  | 'meeting:delete'
  | 'meeting:start'
  | 'meeting:finish'
  | 'meeting:reopen'
  | 'meeting:exportIcs'
> = {
  'meeting:list': (ctx, req) => q.listMeetings(ctx.db, req),

  'meeting:page': (ctx, { offset, limit, ...query }) => {
    const page = pageMeetings(ctx.db, query, { offset, limit }, todayIn(ctx));
    return { rows: page.rows, offset, total: page.total, upcoming: page.upcoming };
  },

  'meeting:create': (ctx, req) => createMeeting(ctx, req),

  // Queries: the dispatcher's read transaction gives each one consistent picture of the meeting.
  'meeting:get': (ctx, req) => buildMeetingDetail(ctx, req.id),
  'carriedAction:list': (ctx, req) => carriedActionGroup(ctx, req),
  'carriedSignal:list': (ctx, req) => carriedSignalGroup(ctx, req),
  'signalChoice:list': (ctx, req) => signalChoices(ctx, req.meetingId),

  'meeting:update': (ctx, { id, ...fields }) =>
    ctx.db.transaction(() => {
      requireEditableMeeting(ctx, id);
      requirePersonFor(ctx, fields.chairId, 'chairId', 'voorzitter');
      requirePersonFor(ctx, fields.secretaryId, 'secretaryId', 'secretaris');
      q.updateMeeting(ctx.db, id, fields);
      // Another date can mean other members.
      keepAttendanceInLine(ctx, id);
      return requireMeeting(ctx, id);
    })(),

  'meeting:delete': (ctx, req) =>
    ctx.db.transaction(() => {
      const meeting = requireMeeting(ctx, req.id);
      if (meeting.status !== 'gepland' || q.meetingHasContent(ctx.db, req.id)) {
        throw new DomainError('conflict', 'Alleen een gepland overleg waarin nog niets is vastgelegd kan worden verwijderd.');
      }
      q.deleteMeeting(ctx.db, req.id);
      return { id: req.id };
    })(),

  'meeting:start': (ctx, req) =>
    ctx.db.transaction(() => {
      const meeting = requireMeeting(ctx, req.id);
      refuse(startRefusal(meeting, todayIn(ctx), req.confirmEarly));
      // The list as the team stands at the start; the snapshot is history from here on.
      keepAttendanceInLine(ctx, meeting.id);
      q.setMeetingStatus(ctx.db, meeting.id, 'bezig', { startedAt: ctx.now().toISOString() });
      const first = listAgendaItems(ctx.db, meeting.id)[0];
      if (first) switchCurrentItem(ctx, { id: meeting.id, currentItemId: null }, first.id);
      return requireMeeting(ctx, meeting.id);
    })(),

  'meeting:finish': (ctx, req) => {
    const finished = ctx.db.transaction(() => {
      const meeting = requireMeeting(ctx, req.id);
      refuse(finishRefusal(meeting, todayIn(ctx), req.confirmEarly));
      stopCurrentItem(ctx, meeting);
      q.setMeetingStatus(ctx.db, meeting.id, 'afgerond', { finishedAt: ctx.now().toISOString() });
      // Undo ends with the meeting; the before-images may hold confidential details, so they go too
      // (zeroed by secure_delete), and the WAL that still holds their pages is emptied after commit.
      clearUndo(ctx.db, meeting.id);
      return requireMeeting(ctx, meeting.id);
    })();
    truncateWal(ctx.db);
    return finished;
  },

  'meeting:reopen': (ctx, req) =>
    ctx.db.transaction(() => {
      const meeting = requireMeeting(ctx, req.id);
      if (meeting.status !== 'afgerond') throw new DomainError('conflict', 'Dit overleg is niet afgerond.');
      q.setMeetingStatus(ctx.db, meeting.id, 'bezig', { finishedAt: null });
      return requireMeeting(ctx, meeting.id);
    })(),

  'meeting:exportIcs': (ctx, req) =>
    ctx.db.transaction(() => {
      const meeting = requireMeeting(ctx, req.id);
      if (meeting.status === 'afgerond') throw new DomainError('conflict', 'Dit overleg is al afgerond; een uitnodiging is niet meer nodig.');
      return meetingInvitation(ctx, meeting);
    })(),
};
