import { DomainError, notFound, present, type ParsedRequestOf } from '../../contract';
import { ATTENDANCE_THRESHOLD, ATTENDANCE_THRESHOLD_LABEL, type AttendanceReport } from '../../contract/schemas/attendance';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import * as q from '../../db/queries/attendance';
import { getPerson } from '../../db/queries/people';
import { getOrganisation, listOrganisations } from '../../db/queries/organisations';
import { UndoRecorder, undoText } from '../../db/queries/undo';
import { quoted, requireEditableMeeting } from '../meeting/guards';
import { fallsShort, tallyAttendance } from '../../domain/attendance';

function organisationName(ctx: BackendContext, id: number | null, field: string): string | null {
  if (id === null) return null;
  const organisation = getOrganisation(ctx.db, id);
  if (!organisation) throw new DomainError('validation', 'Deze organisatie bestaat niet (meer).', { [field]: 'Kies een bestaande organisatie.' });
  return organisation.name;
}

export const attendanceHandlers: HandlerMap<'attendance:set' | 'attendance:addGuest' | 'attendance:removeGuest' | 'report:attendance'> = {
  'attendance:set': (ctx, req) =>
    ctx.db.transaction(() => {
      const meeting = requireEditableMeeting(ctx, req.meetingId);
      const row = q.getAttendance(ctx.db, meeting.id, req.personId);
      if (!row) {
        throw new DomainError('validation', 'Deze persoon was op de datum van het overleg geen lid van het team.', {
          personId: 'Kies een teamlid. Voeg iemand anders toe als gast.',
        });
      }
      let substitute: q.AttendanceInput = {
        status: req.status,
        substitutePersonId: null,
        substituteName: null,
        substituteOrganisationId: null,
        substituteOrganisationName: null,
      };
      if (req.status === 'vervangen') {
        const person = req.substitutePersonId !== null ? getPerson(ctx.db, req.substitutePersonId) : null;
        if (req.substitutePersonId !== null && !person) throw new DomainError('validation', 'Deze persoon bestaat niet (meer).', { substitutePersonId: 'Kies een bestaande persoon.' });
        if (person?.id === row.personId) throw new DomainError('validation', 'Iemand kan zichzelf niet vervangen.', { substitutePersonId: 'Kies een collega als vervanger.' });
        // A colleague usually stands in, so the member's organisation is the default.
        const organisationId = req.substituteOrganisationId ?? person?.organisationId ?? row.organisationId;
        substitute = {
          status: 'vervangen',
          substitutePersonId: person?.id ?? null,
          substituteName: person?.name ?? req.substituteName,
          substituteOrganisationId: organisationId,
          substituteOrganisationName: organisationName(ctx, organisationId, 'substituteOrganisationId'),
        };
      }
      const undo = new UndoRecorder(ctx.db, meeting.id).before('attendance', row.id);
      q.setAttendance(ctx.db, row.id, substitute);
      undo.save(undoText.changed(`de aanwezigheid van ${row.name}`), ctx.now());
      return present(q.getAttendance(ctx.db, meeting.id, req.personId), 'Deze aanwezigheid');
    })(),

  'attendance:addGuest': (ctx, req) =>
    ctx.db.transaction(() => {
      const meeting = requireEditableMeeting(ctx, req.meetingId);
      const person = req.personId !== null ? getPerson(ctx.db, req.personId) : null;
      if (req.personId !== null && !person) throw new DomainError('validation', 'Deze persoon bestaat niet (meer).', { personId: 'Kies een bestaande persoon.' });
      const organisationId = req.organisationId ?? (req.organisationName ? null : (person?.organisationId ?? null));
      const name = person?.name ?? req.name;
      if (!name) throw new DomainError('validation', 'Vul de naam van de gast in of kies een persoon.', { name: 'Vul de naam van de gast in of kies een persoon.' });
      const guest = {
        personId: person?.id ?? null,
        name,
        organisationId,
        organisationName: organisationName(ctx, organisationId, 'organisationId') ?? req.organisationName,
        role: req.role ?? person?.role ?? null,
      };
      const id = q.insertGuest(ctx.db, meeting.id, guest);
      new UndoRecorder(ctx.db, meeting.id).created('meeting_guest', id).save(undoText.created(`Gast ${quoted(guest.name)}`), ctx.now());
      return present(q.getGuest(ctx.db, id), 'Deze gast');
    })(),

  'attendance:removeGuest': (ctx, req) =>
    ctx.db.transaction(() => {
      const guest = q.getGuest(ctx.db, req.id) ?? (() => { throw notFound('Deze gast'); })();
      requireEditableMeeting(ctx, guest.meetingId);
      const undo = new UndoRecorder(ctx.db, guest.meetingId).before('meeting_guest', guest.id);
      q.deleteGuest(ctx.db, guest.id);
      undo.save(undoText.deleted(`Verwijderde gast ${quoted(guest.name)}`), ctx.now());
      return { id: guest.id };
    })(),

  'report:attendance': (ctx, req) => attendanceReport(ctx, req),
};

/** The attendance report: shown on screen, and exported as XLSX and PDF (the same rows). */
export function attendanceReport(ctx: BackendContext, req: ParsedRequestOf<'report:attendance'>): AttendanceReport {
  const organisations = new Map(listOrganisations(ctx.db).map((o) => [o.id, o]));
  const obliged = [...organisations.values()].filter((o) => o.attendanceRequired).map((o) => o.id);
  const tallies = tallyAttendance(q.attendanceFacts(ctx.db, req), obliged);
  const rows = tallies
    .map((t) => {
      const o = present(organisations.get(t.organisationId), 'Deze organisatie');
      return { ...t, organisationName: o.name, attendanceRequired: o.attendanceRequired, fallsShort: fallsShort(o.attendanceRequired, t.rate) };
    })
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl'));
  return {
    from: req.from,
    to: req.to,
    meetingCount: q.countHeldMeetings(ctx.db, req),
    threshold: ATTENDANCE_THRESHOLD,
    thresholdLabel: ATTENDANCE_THRESHOLD_LABEL,
    rows,
  };
}
