import { DomainError, notFound } from '../../contract';
import type { Meeting } from '../../contract/schemas/meetings';
import type { Signal, SignalCreate, SignalStatus } from '../../contract/schemas/signals';
import { SIGNAL_OUTCOME_REQUIRED, suggestedRoute } from '../../contract/schemas/signals';
import { todayIn, type BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import * as q from '../../db/queries/signals';
import { pageSignals } from '../../db/queries/signalPage';
import { searchIndex, toMatchQuery } from '../../db/queries/search';
import { getPerson } from '../../db/queries/people';
import { getOrganisation } from '../../db/queries/organisations';
import { getBuurt } from '../../db/queries/wijken';
import { UndoRecorder, undoText } from '../../db/queries/undo';
import { effectiveDate, meetingIsBefore, quoted, requireEditableMeeting, requireItemOfMeeting, requireMeeting } from '../meeting/guards';
import { redactSignal } from '../meeting/views';
import { purgeExpiredConfidential } from '../privacy/purge';

export const requireSignal = (ctx: BackendContext, id: number): Signal => q.getSignal(ctx.db, id) ?? (() => { throw notFound('Dit signaal'); })();

/** The meeting a change is made from must be of the item's team and still open. */
function requireMeetingOfTeam(ctx: BackendContext, meetingId: number, teamId: number, what: string): Meeting {
  const meeting = requireEditableMeeting(ctx, meetingId);
  if (meeting.teamId !== teamId) throw new DomainError('validation', `${what} hoort bij een ander team.`, { meetingId: `${what} hoort bij een ander team.` });
  return meeting;
}

type SignalFields = Pick<SignalCreate, 'broughtByPersonId' | 'broughtByOrganisationId' | 'buurtId' | 'problemOwnerId'>;

/** Checks the references of a signal form and fills in the organisation of the person who brought it in. */
function resolveReferences(ctx: BackendContext, req: SignalFields, meeting: Meeting): { broughtByOrganisationId: number | null } {
  let organisationId = req.broughtByOrganisationId;
  if (req.broughtByPersonId !== null) {
    const person = getPerson(ctx.db, req.broughtByPersonId);
    if (!person) throw new DomainError('validation', 'Deze persoon bestaat niet (meer).', { broughtByPersonId: 'Kies een bestaande persoon.' });
    if (organisationId !== null && organisationId !== person.organisationId) {
      throw new DomainError('validation', `${person.name} werkt niet bij de gekozen organisatie.`, {
        broughtByOrganisationId: `Kies de organisatie van ${person.name}.`,
      });
    }
    organisationId = person.organisationId;
  }
  if (organisationId !== null && !getOrganisation(ctx.db, organisationId)) {
    throw new DomainError('validation', 'Deze organisatie bestaat niet (meer).', { broughtByOrganisationId: 'Kies een bestaande organisatie.' });
  }
  if (req.buurtId !== null && getBuurt(ctx.db, req.buurtId)?.wijkId !== meeting.wijkId) {
    throw new DomainError('validation', `Deze buurt ligt niet in ${meeting.wijkName}.`, { buurtId: `Kies een buurt in ${meeting.wijkName}.` });
  }
  if (req.problemOwnerId !== null && !getOrganisation(ctx.db, req.problemOwnerId)) {
    throw new DomainError('validation', 'Deze organisatie bestaat niet (meer).', { problemOwnerId: 'Kies een bestaande organisatie.' });
  }
  return { broughtByOrganisationId: organisationId };
}

/** Closed on: kept while it stays afgehandeld, set when it becomes so, cleared when reopened. */
const closedOnFor = (status: SignalStatus, previous: { status: SignalStatus; closedOn: string | null } | null, date: string): string | null =>
  status !== 'afgehandeld' ? null : previous?.status === 'afgehandeld' ? previous.closedOn : date;

export const signalHandlers: HandlerMap<'signal:create' | 'signal:update' | 'signal:followUp' | 'signal:list' | 'signal:page' | 'signal:get' | 'search:query' | 'privacy:purge'> = {
  'signal:create': (ctx, req) =>
    ctx.db.transaction(() => {
      const meeting = requireEditableMeeting(ctx, req.meetingId);
      requireItemOfMeeting(ctx, req.agendaItemId, meeting.id);
      const { broughtByOrganisationId } = resolveReferences(ctx, req, meeting);
      const id = q.insertSignal(
        ctx.db,
        meeting.teamId,
        meeting.id,
        {
          ...req,
          date: req.date ?? meeting.date,
          broughtByOrganisationId,
          routedTo: req.routedTo === undefined ? suggestedRoute(req.theme) : req.routedTo,
          closedOn: closedOnFor(req.status, null, meeting.date),
        },
        ctx.now(),
      );
      new UndoRecorder(ctx.db, meeting.id).created('signal', id).save(undoText.created(`Nieuw signaal ${quoted(req.title)}`), ctx.now());
      return q.getSignal(ctx.db, id)!;
    })(),

  'signal:update': (ctx, { id, meetingId, ...req }) =>
    ctx.db.transaction(() => {
      const signal = requireSignal(ctx, id);
      const meeting = meetingId !== null ? requireMeetingOfTeam(ctx, meetingId, signal.teamId, 'Dit signaal') : null;
      if (req.description === null && !signal.purged) {
        throw new DomainError('validation', 'Omschrijving is verplicht.', { description: 'Omschrijving is verplicht.' });
      }
      requireItemOfMeeting(ctx, req.agendaItemId, signal.meetingId);
      const origin = requireMeeting(ctx, signal.meetingId);
      const { broughtByOrganisationId } = resolveReferences(ctx, req, origin);
      const undo = meeting ? new UndoRecorder(ctx.db, meeting.id).before('signal', id) : null;
      q.updateSignal(
        ctx.db,
        id,
        {
          ...req,
          broughtByOrganisationId,
          routedTo: req.routedTo === undefined ? signal.routedTo : req.routedTo,
          closedOn: closedOnFor(req.status, signal, effectiveDate(ctx, meeting)),
        },
        ctx.now(),
      );
      undo?.save(undoText.changed(`signaal ${quoted(req.title)}`), ctx.now());
      return q.getSignal(ctx.db, id)!;
    })(),

  'signal:followUp': (ctx, req) =>
    ctx.db.transaction(() => {
      const signal = requireSignal(ctx, req.signalId);
      const meeting = requireMeetingOfTeam(ctx, req.meetingId, signal.teamId, 'Dit signaal');
      const origin = requireMeeting(ctx, signal.meetingId);
      if (meetingIsBefore(meeting, origin)) {
        throw new DomainError('validation', 'Dit signaal is pas in een later overleg ingebracht.', { meetingId: 'Kies een overleg op of na het overleg waarin het signaal is ingebracht.' });
      }
      const status = req.status ?? signal.status;
      const outcome = req.outcome ?? signal.outcome;
      if (status === 'afgehandeld' && !outcome) throw new DomainError('validation', SIGNAL_OUTCOME_REQUIRED, { outcome: SIGNAL_OUTCOME_REQUIRED });

      const undo = new UndoRecorder(ctx.db, meeting.id).before('signal', signal.id);
      const existing = q.getSignalFollowUp(ctx.db, signal.id, meeting.id);
      if (existing) {
        undo.before('signal_follow_up', existing.id);
        q.updateSignalFollowUp(ctx.db, existing.id, req.note ?? existing.note, status !== existing.statusBefore ? status : null, ctx.now());
      } else {
        const followUpId = q.insertSignalFollowUp(
          ctx.db,
          { signalId: signal.id, meetingId: meeting.id, note: req.note, statusBefore: signal.status, statusAfter: status !== signal.status ? status : null },
          ctx.now(),
        );
        undo.created('signal_follow_up', followUpId);
      }
      if (status !== signal.status || outcome !== signal.outcome) {
        q.setSignalStatus(ctx.db, signal.id, status, outcome, closedOnFor(status, signal, meeting.date), ctx.now());
      }
      const subject = `voortgang bij signaal ${quoted(signal.title)}`;
      undo.save(existing ? undoText.changed(`de ${subject}`) : undoText.created(`Nieuwe ${subject}`), ctx.now());
      return { followUp: q.getSignalFollowUp(ctx.db, signal.id, meeting.id)!, signal: q.getSignal(ctx.db, signal.id)! };
    })(),

  'signal:list': (ctx, req) => {
    const signals = q.listSignals(ctx.db, req);
    return req.view === 'partner' ? signals.map(redactSignal) : signals;
  },

  'signal:page': (ctx, { offset, limit, ...query }) => {
    const page = pageSignals(ctx.db, query, { offset, limit });
    return { rows: query.view === 'partner' ? page.rows.map(redactSignal) : page.rows, offset, total: page.total, confidential: page.confidential };
  },

  'signal:get': (ctx, { id }) => requireSignal(ctx, id),

  // Inside the app only: confidential text is found while it exists (the purge removes it from the index).
  'search:query': (ctx, { text, limit, ...filters }) => {
    const match = toMatchQuery(text);
    return match ? searchIndex(ctx.db, { match, limit, ...filters }) : { results: [], total: 0 };
  },

  'privacy:purge': (ctx) => purgeExpiredConfidential(ctx.db, todayIn(ctx), ctx.now()),
};

