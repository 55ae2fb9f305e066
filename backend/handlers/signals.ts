import { DomainError, notFound, present } from '../../contract';
import type { Meeting } from '../../contract/schemas/meetings';
import type { Signal, SignalCreate } from '../../contract/schemas/signals';
import {
  SIGNAL_ROUTES,
  SIGNAL_RULE_MESSAGES,
  routingProblem,
  settledSignalStatus,
  signalClosedOn,
  signalRuleProblems,
  suggestedRoute,
  type SignalStatus,
} from '../../domain/signal';
import { redactSignal } from '../../domain/privacy';
import { todayIn, type BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import * as q from '../../db/queries/signals';
import { pageSignals } from '../../db/queries/signalPage';
import { searchIndex, toMatchQuery } from '../../db/queries/search';
import { getPerson } from '../../db/queries/people';
import { getOrganisation } from '../../db/queries/organisations';
import { getBuurt } from '../../db/queries/wijken';
import { UndoRecorder, undoText } from '../../db/queries/undo';
import { effectiveDate, quoted, requireEditableMeeting, requireItemOfMeeting, requireMeeting } from '../meeting/guards';
import { purgeEverywhere } from '../privacy/purge';
import { recordFollowUp, requireFollowUpMeeting } from '../meeting/followUp';
import { recordCorrection, requireCorrection } from '../privacy/audit';

/** Status and routing agree (domain/signal.ts): routing a new signal makes it Doorgezet; Doorgezet says to whom. */
function settleRouting(status: SignalStatus, routedTo: Signal['routedTo'], field: 'routedTo' | 'status'): SignalStatus {
  const problem = routingProblem(status, routedTo);
  if (problem) throw new DomainError('validation', problem, { [field]: problem });
  return settledSignalStatus(status, routedTo);
}

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

export const signalHandlers: HandlerMap<'signal:create' | 'signal:update' | 'signal:followUp' | 'signal:list' | 'signal:page' | 'signal:get' | 'search:query' | 'privacy:purge'> = {
  'signal:create': (ctx, req) =>
    ctx.db.transaction(() => {
      const meeting = requireEditableMeeting(ctx, req.meetingId);
      requireItemOfMeeting(ctx, req.agendaItemId, meeting.id);
      const { broughtByOrganisationId } = resolveReferences(ctx, req, meeting);
      const routedTo = req.routedTo === undefined ? suggestedRoute(req.theme) : req.routedTo;
      const status = settleRouting(req.status, routedTo, 'routedTo');
      const id = q.insertSignal(
        ctx.db,
        meeting.teamId,
        meeting.id,
        {
          ...req,
          status,
          date: req.date ?? meeting.date,
          broughtByOrganisationId,
          routedTo,
          closedOn: signalClosedOn(status, null, meeting.date),
        },
        ctx.now(),
      );
      new UndoRecorder(ctx.db, meeting.id).created('signal', id).save(undoText.created(`Nieuw signaal ${quoted(req.title)}`), ctx.now());
      return requireSignal(ctx, id);
    })(),

  'signal:update': (ctx, { id, meetingId, correction, ...req }) =>
    ctx.db.transaction(() => {
      const signal = requireSignal(ctx, id);
      const meeting = meetingId !== null ? requireMeetingOfTeam(ctx, meetingId, signal.teamId, 'Dit signaal') : null;
      if (req.description === null && !signal.purged) {
        throw new DomainError('validation', SIGNAL_RULE_MESSAGES.description, { description: SIGNAL_RULE_MESSAGES.description });
      }
      requireItemOfMeeting(ctx, req.agendaItemId, signal.meetingId);
      const origin = requireMeeting(ctx, signal.meetingId);
      const correctionReason = requireCorrection(origin, meeting, correction);
      const { broughtByOrganisationId } = resolveReferences(ctx, req, origin);
      const routedTo = req.routedTo === undefined ? signal.routedTo : req.routedTo;
      const status = settleRouting(req.status, routedTo, 'routedTo');
      const undo = meeting ? new UndoRecorder(ctx.db, meeting.id).before('signal', id) : null;
      q.updateSignal(
        ctx.db,
        id,
        {
          ...req,
          status,
          broughtByOrganisationId,
          routedTo,
          closedOn: signalClosedOn(status, signal, effectiveDate(ctx, meeting)),
        },
        ctx.now(),
      );
      undo?.save(undoText.changed(`signaal ${quoted(req.title)}`), ctx.now());
      if (correctionReason) recordCorrection(ctx, correctionReason);
      return requireSignal(ctx, id);
    })(),

  'signal:followUp': (ctx, req) =>
    ctx.db.transaction(() => {
      const signal = requireSignal(ctx, req.signalId);
      const meeting = requireFollowUpMeeting(ctx, 'signal', signal, req.meetingId);
      const status = settleRouting(req.status ?? signal.status, signal.routedTo, 'status');
      if (req.status && status !== req.status) {
        const back = `Dit signaal is doorgezet naar ${SIGNAL_ROUTES[present(signal.routedTo, 'De routering van dit signaal')]}; het kan niet terug naar Nieuw.`;
        throw new DomainError('validation', back, { status: back });
      }
      const outcome = req.outcome ?? signal.outcome;
      const problem = signalRuleProblems({ ...signal, status: req.status ?? signal.status, outcome }).outcome;
      if (problem) throw new DomainError('validation', problem, { outcome: problem });
      const followUp = recordFollowUp(ctx, 'signal', signal, meeting, req, (plan) => {
        if (plan.statusChanged || outcome !== signal.outcome) {
          q.setSignalStatus(ctx.db, signal.id, plan.status, outcome, signalClosedOn(plan.status, signal, meeting.date), ctx.now());
        }
      });
      return { followUp, signal: requireSignal(ctx, signal.id) };
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

  'privacy:purge': (ctx) => purgeEverywhere(ctx.db, ctx.storage.backups, todayIn(ctx), ctx.now()),
};

