import { DomainError, notFound, present } from '../../contract';
import type { ActionStatus } from '../../contract/schemas/actions';
import type { Meeting } from '../../contract/schemas/meetings';
import type { AgreementInMeeting, Candidate } from '../../contract/schemas/wijkagenda';
import { listNl } from '../../domain/text';
import { todayIn, type BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import * as q from '../../db/queries/wijkagenda';
import { listActionRows } from '../../db/queries/actions';
import { followUpsFor } from '../../db/queries/followUps';
import { listDecisions } from '../../db/queries/decisions';
import { listWijken } from '../../db/queries/wijken';
import { getOrganisation } from '../../db/queries/organisations';
import { getPerson } from '../../db/queries/people';
import { requireEditableMeeting, requireMeeting } from '../meeting/guards';
import { recordFollowUp } from '../meeting/followUp';
import { FOLLOW_UP_TEXT } from '../../domain/followUp';
import { actionClosedOn, actionDueDate, normaliseAction } from '../../domain/action';
import type { ActionFollowUp } from '../../contract/schemas/actions';
import { actionHandlers } from './actions';
import { agreementById, buildReview, buildWijkagenda, requireThemeFor, requireWijk, toAgreement } from '../wijkagenda/views';
import { naarWijkagendaBlocked } from '../wijkagenda/gate';
import { exportWijkagenda } from '../wijkagenda/export';
import {
  actionEligibility,
  agendaYearOf,
  countOutcomes,
  movesToNextYear,
  orderForMeeting,
  reviewItemProblems,
  reviewStaleness,
  themeCoversYear,
} from '../../domain/wijkagenda';

type OwnRequest = Omit<q.OwnFields, 'status' | 'cancelReason' | 'closedOn'> & { status?: ActionStatus; cancelReason?: string | null };

/** Wie: an existing organisation, and a named person must work there. */
function checkOwner(ctx: BackendContext, own: { ownerOrganisationId: number; ownerPersonId: number | null }, prefix = ''): void {
  const organisation = getOrganisation(ctx.db, own.ownerOrganisationId);
  if (!organisation) throw new DomainError('validation', 'Kies wie de afspraak uitvoert.', { [`${prefix}ownerOrganisationId`]: 'Kies een bestaande organisatie.' });
  if (own.ownerPersonId !== null) {
    const person = getPerson(ctx.db, own.ownerPersonId);
    if (!person || person.organisationId !== organisation.id) {
      throw new DomainError('validation', `Kies iemand van ${organisation.name}, of laat de persoon leeg.`, {
        [`${prefix}ownerPersonId`]: `Kies iemand van ${organisation.name}, of laat de persoon leeg.`,
      });
    }
  }
}

/** Own fields as stored: normalised like an action, and a settled agreement records since when. */
function ownFields(req: OwnRequest, previous: q.OwnFields | null, date: string): q.OwnFields {
  const next = normaliseAction({
    ...req,
    status: req.status ?? previous?.status ?? 'open',
    cancelReason: req.cancelReason ?? previous?.cancelReason ?? null,
  });
  return {
    what: next.what,
    ownerOrganisationId: next.ownerOrganisationId,
    ownerPersonId: next.ownerPersonId,
    deadline: next.deadline,
    horizon: next.horizon,
    preconditions: next.preconditions,
    decisionDue: next.decisionDue,
    motivation: next.motivation,
    status: next.status,
    cancelReason: next.cancelReason,
    closedOn: actionClosedOn(next, previous, date),
  };
}

/** Follow-ups of agreements with their own status, including those of the agreement each was carried from. */
function agreementFollowUps(ctx: BackendContext, rows: readonly { id: number; carriedFromId: number | null }[]): Map<number, ActionFollowUp[]> {
  const sources = followUpsFor<ActionFollowUp['statusBefore']>(ctx.db, 'agreement', rows.flatMap((r) => (r.carriedFromId !== null ? [r.id, r.carriedFromId] : [r.id])));
  return new Map(rows.map((r) => [r.id, [...(r.carriedFromId !== null ? (sources.get(r.carriedFromId) ?? []) : []), ...(sources.get(r.id) ?? [])]]));
}

const meetingWijkYear = (meeting: Meeting) => ({ wijkId: meeting.wijkId, year: agendaYearOf(meeting.date) });

export const wijkagendaHandlers: HandlerMap<
  | 'wijkagenda:get'
  | 'wijkagenda:list'
  | 'wijkagenda:createTheme'
  | 'wijkagenda:updateTheme'
  | 'naarWijkagenda:list'
  | 'wijkagenda:addFromMeeting'
  | 'wijkagenda:addByHand'
  | 'wijkagenda:updateAgreement'
  | 'wijkagenda:removeAgreement'
  | 'wijkagendaInMeeting:get'
  | 'wijkagenda:followUp'
  | 'wijkagenda:review'
  | 'wijkagendaReview:get'
  | 'wijkagenda:rollover'
  | 'wijkagenda:export'
> = {
  'wijkagenda:get': (ctx, { wijkId, year }) => buildWijkagenda(ctx, wijkId, year),

  'wijkagenda:list': (ctx, { year }) => {
    const today = todayIn(ctx);
    const agreements = q.listAgreementRowsOfYear(ctx.db, year).map((r) => toAgreement(r, today));
    const latest = q.latestReviewsOfYear(ctx.db, year);
    const items = q.listReviewItems(ctx.db, [...latest.values()].map((r) => r.id));
    return listWijken(ctx.db).map((wijk) => {
      const own = agreements.filter((a) => a.wijkId === wijk.id);
      const review = latest.get(wijk.id) ?? null;
      const total = review ? countOutcomes(items.get(review.id) ?? [], () => ({ key: '', label: '' })).total : null;
      const oldest = own.reduce<string | null>((min, a) => (min === null || a.createdAt < min ? a.createdAt : min), null);
      return {
        wijkId: wijk.id,
        wijkName: wijk.name,
        agreements: own.length,
        overdue: own.filter((a) => a.overdue).length,
        lastReviewDate: review?.date ?? null,
        kept: total ? total.nagekomen : null,
        reviewed: total ? total.total : null,
        staleWarning: Number(today.slice(0, 4)) <= year ? reviewStaleness(review?.date ?? null, oldest?.slice(0, 10) ?? null, today).message : null,
      };
    });
  },

  'wijkagenda:createTheme': (ctx, req) =>
    ctx.db.transaction(() => {
      requireWijk(ctx, req.wijkId);
      const id = q.insertTheme(ctx.db, req, ctx.now());
      return present(q.getTheme(ctx.db, id), 'Dit thema');
    })(),

  'wijkagenda:updateTheme': (ctx, { id, ...req }) =>
    ctx.db.transaction(() => {
      const theme = q.getTheme(ctx.db, id);
      if (!theme) throw notFound('Dit thema');
      const outside = q.agendaYearsOfTheme(ctx.db, id).filter((y) => !themeCoversYear(req, y));
      if (outside.length > 0) {
        const message = `Dit thema heeft afspraken op de wijkagenda van ${listNl(outside.map(String))}; laat het die jaren blijven omvatten.`;
        throw new DomainError('validation', message, { firstYear: message, lastYear: message });
      }
      q.updateTheme(ctx.db, id, req, ctx.now());
      return present(q.getTheme(ctx.db, id), 'Dit thema');
    })(),

  'naarWijkagenda:list': (ctx, { meetingId }) => {
    const meeting = requireMeeting(ctx, meetingId);
    const { wijkId, year } = meetingWijkYear(meeting);
    const actions = listActionRows(ctx.db, { meetingId }).sort((a, b) => a.id - b.id);
    const decisions = listDecisions(ctx.db, meetingId);
    const confidential = q.confidentialActionsOfMeeting(ctx.db, meetingId);
    const actionsOn = q.placementsOf(ctx.db, wijkId, 'action', actions.map((a) => a.id));
    const decisionsOn = q.placementsOf(ctx.db, wijkId, 'decision', decisions.map((d) => d.id));
    const candidates: Candidate[] = [
      ...actions.map((a) => ({
        kind: 'action' as const,
        id: a.id,
        text: confidential.has(a.id) ? 'Actie bij een vertrouwelijk signaal' : a.what,
        agendaItemTitle: a.agendaItemTitle,
        ownerOrganisationName: a.ownerOrganisationName,
        status: a.status,
        horizon: a.horizon,
        dueDate: actionDueDate(a),
        notEligible: confidential.has(a.id) ? 'Hoort bij een vertrouwelijk signaal: dat blijft buiten de wijkagenda.' : actionEligibility(a),
        onAgenda: actionsOn.get(a.id) ?? null,
      })),
      ...decisions.map((d) => ({
        kind: 'decision' as const,
        id: d.id,
        text: d.text,
        agendaItemTitle: null,
        ownerOrganisationName: null,
        status: null,
        horizon: null,
        dueDate: null,
        notEligible: null,
        onAgenda: decisionsOn.get(d.id) ?? null,
      })),
    ];
    return {
      meetingId,
      meetingDate: meeting.date,
      teamName: meeting.teamName,
      wijkId,
      wijkName: meeting.wijkName,
      year,
      blocked: naarWijkagendaBlocked(ctx, meeting),
      themes: q.listThemesForYear(ctx.db, wijkId, year).filter((t) => themeCoversYear(t, year)),
      candidates,
    };
  },

  'wijkagenda:addFromMeeting': (ctx, { meetingId, items }) =>
    ctx.db.transaction(() => {
      const meeting = requireMeeting(ctx, meetingId);
      const blocked = naarWijkagendaBlocked(ctx, meeting);
      if (blocked) throw new DomainError('conflict', blocked);
      const { wijkId, year } = meetingWijkYear(meeting);
      const actions = new Map(listActionRows(ctx.db, { meetingId }).map((a) => [a.id, a]));
      const decisions = new Map(listDecisions(ctx.db, meetingId).map((d) => [d.id, d]));
      const confidential = q.confidentialActionsOfMeeting(ctx.db, meetingId);
      const added: { agreementId: number; what: string; year: number; themeTitle: string }[] = [];
      const alreadyThere: typeof added = [];
      let agendaId: number | null = null;

      items.forEach((item, i) => {
        const field = (name: string) => `items.${i}.${name}`;
        const theme = (() => {
          try {
            return requireThemeFor(ctx, item.themeId, wijkId, year);
          } catch (e) {
            if (e instanceof DomainError) throw new DomainError('validation', e.message, { [field('themeId')]: e.message });
            throw e;
          }
        })();
        if (item.kind === 'action') {
          const action = actions.get(item.actionId);
          if (!action) throw new DomainError('validation', 'Kies een actie van dit overleg.', { [field('actionId')]: 'Kies een actie van dit overleg.' });
          const placed = q.placementsOf(ctx.db, wijkId, 'action', [action.id]).get(action.id);
          if (placed) return void alreadyThere.push({ ...placed, what: confidential.has(action.id) ? 'Actie bij een vertrouwelijk signaal' : action.what });
          const reason = confidential.has(action.id) ? 'Deze actie hoort bij een vertrouwelijk signaal: die blijft buiten de wijkagenda.' : actionEligibility(action);
          if (reason) throw new DomainError('validation', reason, { [field('actionId')]: reason });
          agendaId ??= q.ensureWijkagenda(ctx.db, wijkId, year, ctx.now());
          const id = q.insertAgreement(
            ctx.db,
            { wijkagendaId: agendaId, themeId: theme.id, origin: 'action', actionId: action.id, decisionId: null, meetingId, own: null, carriedFromId: null, groundDecision: null, groundBody: null, groundDate: null },
            ctx.now(),
          );
          added.push({ agreementId: id, what: action.what, year, themeTitle: theme.title });
        } else {
          const decision = decisions.get(item.decisionId);
          if (!decision) throw new DomainError('validation', 'Kies een besluit van dit overleg.', { [field('decisionId')]: 'Kies een besluit van dit overleg.' });
          const placed = q.placementsOf(ctx.db, wijkId, 'decision', [decision.id]).get(decision.id);
          if (placed) return void alreadyThere.push({ ...placed, what: decision.text });
          checkOwner(ctx, item, `items.${i}.`);
          agendaId ??= q.ensureWijkagenda(ctx.db, wijkId, year, ctx.now());
          const id = q.insertAgreement(
            ctx.db,
            {
              wijkagendaId: agendaId,
              themeId: theme.id,
              origin: 'decision',
              actionId: null,
              decisionId: decision.id,
              meetingId,
              own: ownFields(item, null, meeting.date),
              carriedFromId: null,
              groundDecision: null,
              groundBody: null,
              groundDate: null,
            },
            ctx.now(),
          );
          added.push({ agreementId: id, what: item.what, year, themeTitle: theme.title });
        }
      });

      const parts: string[] = [];
      if (added.length) parts.push(`${added.length === 1 ? '1 afspraak' : `${added.length} afspraken`} op de wijkagenda ${year} gezet`);
      if (alreadyThere.length) {
        parts.push(
          `${alreadyThere.length === 1 ? 'stond al' : 'stonden al'} op de wijkagenda: ${listNl(alreadyThere.map((a) => `“${a.what}” (${a.year}, ${a.themeTitle})`))}`,
        );
      }
      const [first = '', second] = parts;
      const message = second !== undefined ? `${first}; ${second}.` : `${first.charAt(0).toUpperCase()}${first.slice(1)}.`;
      return { added, alreadyThere, message: added.length === 0 ? `Niets toegevoegd: alles stond al op de wijkagenda (${listNl(alreadyThere.map((a) => `“${a.what}” (${a.year})`))}).` : message };
    })(),

  'wijkagenda:addByHand': (ctx, { wijkId, year, themeId, groundDecision, groundBody, groundDate, ...own }) =>
    ctx.db.transaction(() => {
      requireWijk(ctx, wijkId);
      const theme = requireThemeFor(ctx, themeId, wijkId, year);
      checkOwner(ctx, own);
      const agendaId = q.ensureWijkagenda(ctx.db, wijkId, year, ctx.now());
      const id = q.insertAgreement(
        ctx.db,
        { wijkagendaId: agendaId, themeId: theme.id, origin: 'hand', actionId: null, decisionId: null, meetingId: null, own: ownFields(own, null, todayIn(ctx)), carriedFromId: null, groundDecision, groundBody, groundDate },
        ctx.now(),
      );
      return agreementById(ctx, id);
    })(),

  'wijkagenda:updateAgreement': (ctx, req) =>
    ctx.db.transaction(() => {
      const row = q.getAgreementRow(ctx.db, req.id);
      if (!row) throw notFound('Deze afspraak');
      if (req.themeId !== row.themeId) {
        requireThemeFor(ctx, req.themeId, row.wijkId, row.year);
        q.updateAgreementTheme(ctx.db, row.id, req.themeId, ctx.now());
      }
      if (req.own) {
        if (row.origin === 'action') {
          throw new DomainError('conflict', 'Deze afspraak is een actie uit een overleg: wijzig die actie zelf, dan verandert de wijkagenda mee.');
        }
        checkOwner(ctx, req.own, 'own.');
        q.updateAgreementOwn(ctx.db, row.id, ownFields(req.own, row, todayIn(ctx)), ctx.now());
      }
      if (req.ground) {
        if (row.origin !== 'hand') throw new DomainError('conflict', 'Alleen een handmatige afspraak heeft een eigen grondslag; deze komt uit een overleg.');
        q.updateAgreementGround(ctx.db, row.id, req.ground, ctx.now());
      }
      return agreementById(ctx, row.id);
    })(),

  'wijkagenda:removeAgreement': (ctx, { id }) =>
    ctx.db.transaction(() => {
      const row = q.getAgreementRow(ctx.db, id);
      if (!row) throw notFound('Deze afspraak');
      if (q.agreementHasHistory(ctx.db, id)) {
        throw new DomainError('conflict', 'Deze afspraak heeft al een geschiedenis (voortgang, actualisatie of overgezet naar een volgend jaar) en blijft daarom staan. Zet de status op vervallen als ze niet doorgaat.');
      }
      q.deleteAgreement(ctx.db, id);
      return { id };
    })(),

  'wijkagendaInMeeting:get': (ctx, { meetingId }) => {
    const meeting = requireMeeting(ctx, meetingId);
    const { wijkId, year } = meetingWijkYear(meeting);
    const agendaId = q.findWijkagenda(ctx.db, wijkId, year);
    const today = todayIn(ctx);
    const rows = agendaId ? q.listAgreementRows(ctx.db, agendaId) : [];
    const actionFollowUps = followUpsFor<ActionFollowUp['statusBefore']>(ctx.db, 'action', rows.flatMap((r) => (r.actionId !== null ? [r.actionId] : [])));
    const ownFollowUps = agreementFollowUps(ctx, rows.filter((r) => r.actionId === null));
    const agreements: AgreementInMeeting[] = rows.map((row) => {
      const agreement = toAgreement(row, today);
      const followUps = (row.actionId !== null ? actionFollowUps.get(row.actionId) : ownFollowUps.get(row.id)) ?? [];
      // A confidential agreement shows its progress without the notes.
      const shown = agreement.confidential ? followUps.map((f) => ({ ...f, note: null })) : followUps;
      return { ...agreement, followUps: shown, followUpHere: shown.find((f) => f.meetingId === meetingId) ?? null };
    });
    return {
      meetingId,
      wijkId,
      wijkName: meeting.wijkName,
      year,
      themes: q.listThemesForYear(ctx.db, wijkId, year),
      agreements: orderForMeeting(agreements),
    };
  },

  'wijkagenda:followUp': (ctx, req) =>
    ctx.db.transaction(() => {
      const row = q.getAgreementRow(ctx.db, req.agreementId);
      if (!row) throw notFound('Deze afspraak');
      const meeting = requireEditableMeeting(ctx, req.meetingId);
      if (meeting.wijkId !== row.wijkId) {
        throw new DomainError('validation', FOLLOW_UP_TEXT.agreement.otherTeam, { meetingId: FOLLOW_UP_TEXT.agreement.laterField });
      }
      // An action's agreement is followed up as the action itself: one mechanism, one history.
      if (row.actionId !== null) {
        const { followUp } = actionHandlers['action:followUp'](ctx, { actionId: row.actionId, meetingId: meeting.id, note: req.note, status: req.status });
        return { followUp, agreement: agreementById(ctx, row.id) };
      }
      const followUp = recordFollowUp(ctx, 'agreement', { id: row.id, teamId: meeting.teamId, meetingId: meeting.id, status: row.status, title: row.what }, meeting, req, (plan) => {
        if (!plan.statusChanged) return;
        // Vervallen needs a reason; the follow-up note is that reason (as with actions).
        q.updateAgreementOwn(ctx.db, row.id, ownFields({ ...row, status: plan.status, cancelReason: plan.status === 'vervallen' ? req.note : row.cancelReason }, row, meeting.date), ctx.now());
      });
      return { followUp, agreement: agreementById(ctx, row.id) };
    })(),

  'wijkagenda:review': (ctx, req) =>
    ctx.db.transaction(() => {
      requireWijk(ctx, req.wijkId);
      const today = todayIn(ctx);
      if (req.date > today) throw new DomainError('validation', 'Een actualisatie kan niet in de toekomst liggen.', { date: 'Kies vandaag of een eerdere datum.' });
      const agendaId = q.findWijkagenda(ctx.db, req.wijkId, req.year);
      if (!agendaId) throw new DomainError('conflict', `Er staan nog geen afspraken op de wijkagenda ${req.year}: er is niets te actualiseren.`);
      const previous = q.listReviewRows(ctx.db, agendaId).at(-1);
      if (previous && req.date < previous.date) {
        const message = `De vorige actualisatie is van ${previous.date}; een nieuwe kan niet eerder liggen.`;
        throw new DomainError('validation', message, { date: message });
      }
      const agreements = q.listAgreementRows(ctx.db, agendaId).map((r) => ({ row: r, view: toAgreement(r, today) }));
      const problems = reviewItemProblems(agreements.map((a) => a.row.id), req.items);
      if (problems.size > 0) {
        const fields: Record<string, string> = {};
        for (const [agreementId, message] of problems) fields[`agreement.${agreementId}`] = message;
        throw new DomainError('validation', problems.size === 1 ? ([...problems.values()][0] ?? '') : `Nog ${problems.size} afspraken zonder (volledige) beoordeling.`, fields);
      }
      const byId = new Map(req.items.map((i) => [i.agreementId, i]));
      const id = q.insertReview(
        ctx.db,
        {
          wijkagendaId: agendaId,
          date: req.date,
          note: req.note,
          // The snapshot copies what the partners read (a confidential text stays covered in it too).
          items: agreements.map(({ view }) => ({
            agreementId: view.id,
            // Every agreement has a complete review item: reviewItemProblems refused the request otherwise.
            outcome: present(byId.get(view.id)?.outcome, 'De beoordeling van deze afspraak'),
            note: byId.get(view.id)?.note ?? null,
            themeId: view.themeId,
            themeTitle: view.themeTitle,
            what: view.what,
            ownerOrganisationId: view.ownerOrganisationId,
            ownerOrganisationName: view.ownerOrganisationName,
            dueDate: view.dueDate,
            status: view.status,
          })),
        },
        ctx.now(),
      );
      return buildReview(ctx, id);
    })(),

  'wijkagendaReview:get': (ctx, { id }) => buildReview(ctx, id),

  'wijkagenda:rollover': (ctx, { wijkId, year }) =>
    ctx.db.transaction(() => {
      requireWijk(ctx, wijkId);
      const agendaId = q.findWijkagenda(ctx.db, wijkId, year);
      const toYear = year + 1;
      const today = todayIn(ctx);
      const rows = agendaId ? q.listAgreementRows(ctx.db, agendaId) : [];
      const running = rows.filter((r) => movesToNextYear(toAgreement(r, today)));
      const pending = running.filter((r) => r.movedToYear === null);
      if (pending.length > 0) {
        const target = q.ensureWijkagenda(ctx.db, wijkId, toYear, ctx.now());
        for (const r of pending) {
          // The theme comes along even when its plan years have ended: the agenda shows it for these agreements.
          q.insertAgreement(
            ctx.db,
            {
              wijkagendaId: target,
              themeId: r.themeId,
              origin: r.origin,
              actionId: r.actionId,
              decisionId: r.decisionId,
              meetingId: r.meetingId,
              own: r.origin === 'action' ? null : r,
              carriedFromId: r.id,
              groundDecision: r.groundDecision,
              groundBody: r.groundBody,
              groundDate: r.groundDate,
            },
            ctx.now(),
          );
        }
      }
      const moved = pending.length;
      const alreadyMoved = running.length - moved;
      const message =
        moved > 0
          ? `${moved === 1 ? '1 lopende afspraak is' : `${moved} lopende afspraken zijn`} overgezet naar de wijkagenda ${toYear}, met hun geschiedenis.`
          : running.length > 0
            ? `Alle lopende afspraken stonden al op de wijkagenda ${toYear}.`
            : `Er lopen geen afspraken meer door naar ${toYear}.`;
      return { toYear, moved, alreadyMoved, message };
    })(),

  'wijkagenda:export': (ctx, { wijkId, year, format }) => exportWijkagenda(ctx, wijkId, year, format),
};
