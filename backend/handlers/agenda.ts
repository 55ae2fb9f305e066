import { DomainError, notFound, present } from '../../contract';
import type { HandlerMap } from '../handler';
import * as q from '../../db/queries/agenda';
import { getTeam } from '../../db/queries/teams';
import { UndoRecorder, undoText } from '../../db/queries/undo';
import { quoted, requireAgendaItem, requireEditableMeeting } from '../meeting/guards';
import { switchCurrentItem } from '../meeting/timer';
import { meetingAgenda, toAgendaItem } from '../meeting/views';
import { isRequiredAgendaKind, requiredKindMessage, type RequiredAgendaKind } from '../../contract/schemas/meetings';
import { reorder, targetIndex } from '../../domain/agenda';

const itemSubject = (title: string) => `agendapunt ${quoted(title)}`;

/** The item's kind when it is a kind the agenda must keep and no other item has it; else null. */
function lastOfRequiredKind(items: readonly q.AgendaItemRow[], item: q.AgendaItemRow): RequiredAgendaKind | null {
  return isRequiredAgendaKind(item.kind) && !items.some((i) => i.id !== item.id && i.kind === item.kind) ? item.kind : null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const agendaHandlers: HandlerMap<
  | 'agenda:addItem'
  | 'agenda:updateItem'
  | 'agenda:moveItem'
  | 'agenda:removeItem'
  | 'agenda:setCurrent'
  | 'agenda:next'
  | 'template:get'
  | 'template:update'
> = {
  'agenda:addItem': (ctx, req) =>
    ctx.db.transaction(() => {
      const meeting = requireEditableMeeting(ctx, req.meetingId);
      const items = q.listAgendaItems(ctx.db, meeting.id);
      const undo = new UndoRecorder(ctx.db, meeting.id);
      items.forEach((item) => undo.before('agenda_item', item.id));
      const id = q.insertAgendaItem(ctx.db, meeting.id, items.length, { title: req.title, kind: req.kind, plannedMinutes: req.plannedMinutes });
      undo.created('agenda_item', id);
      const at = Math.min(req.index ?? items.length, items.length);
      q.setAgendaOrder(ctx.db, reorder([...items.map((i) => i.id), id], items.length, at));
      undo.save(undoText.created(`Nieuw ${itemSubject(req.title)}`), ctx.now());
      return toAgendaItem(present(q.getAgendaItem(ctx.db, id), 'Dit agendapunt'), meeting.currentItemId, ctx.now());
    })(),

  'agenda:updateItem': (ctx, { id, ...fields }) =>
    ctx.db.transaction(() => {
      const item = requireAgendaItem(ctx, id);
      const meeting = requireEditableMeeting(ctx, item.meetingId);
      if (Object.values(fields).every((v) => v === undefined)) return toAgendaItem(item, meeting.currentItemId, ctx.now());
      // Carried-over work is shown under these kinds: the last one cannot become something else.
      const required = fields.kind !== undefined && fields.kind !== item.kind ? lastOfRequiredKind(q.listAgendaItems(ctx.db, meeting.id), item) : null;
      if (required) {
        const message = requiredKindMessage.rekind(required);
        throw new DomainError('validation', message, { kind: message });
      }
      const undo = new UndoRecorder(ctx.db, meeting.id).before('agenda_item', id);
      q.updateAgendaItem(ctx.db, id, fields);
      const onlyNotes = fields.notes !== undefined && fields.title === undefined && fields.kind === undefined && fields.plannedMinutes === undefined;
      // Notes are saved while typing; one burst of typing is one undo step.
      if (onlyNotes) undo.save(undoText.changed(`de notities bij ${quoted(item.title)}`), ctx.now(), `notes:${id}`);
      else undo.save(undoText.changed(itemSubject(item.title)), ctx.now());
      return toAgendaItem(present(q.getAgendaItem(ctx.db, id), 'Dit agendapunt'), meeting.currentItemId, ctx.now());
    })(),

  'agenda:moveItem': (ctx, req) =>
    ctx.db.transaction(() => {
      const item = requireAgendaItem(ctx, req.id);
      const meeting = requireEditableMeeting(ctx, item.meetingId);
      const ids = q.listAgendaItems(ctx.db, meeting.id).map((i) => i.id);
      const from = ids.indexOf(item.id);
      const to = targetIndex(ids.length, from, req);
      if (to !== from) {
        const undo = new UndoRecorder(ctx.db, meeting.id);
        ids.forEach((i) => undo.before('agenda_item', i));
        q.setAgendaOrder(ctx.db, reorder(ids, from, to));
        undo.save(undoText.changed(`de volgorde (${quoted(item.title)} verplaatst)`), ctx.now());
      }
      return meetingAgenda(ctx, meeting.id);
    })(),

  'agenda:removeItem': (ctx, req) =>
    ctx.db.transaction(() => {
      const item = requireAgendaItem(ctx, req.id);
      const meeting = requireEditableMeeting(ctx, item.meetingId);
      const items = q.listAgendaItems(ctx.db, meeting.id);
      const required = lastOfRequiredKind(items, item);
      if (required) throw new DomainError('conflict', requiredKindMessage.remove(required));
      const usage = q.agendaItemUsage(ctx.db, item.id);
      const used = [
        usage.signals && plural(usage.signals, 'signaal', 'signalen'),
        usage.actions && plural(usage.actions, 'actie', 'acties'),
        usage.decisions && plural(usage.decisions, 'besluit', 'besluiten'),
      ].filter(Boolean);
      if (used.length > 0) {
        throw new DomainError(
          'conflict',
          `Het agendapunt ${quoted(item.title)} kan niet worden verwijderd: er ${usage.signals + usage.actions + usage.decisions === 1 ? 'staat' : 'staan'} ${used.join(' en ')} bij. Verplaats of verwijder die eerst.`,
        );
      }
      if (meeting.currentItemId === item.id) {
        throw new DomainError('conflict', 'Dit agendapunt wordt nu besproken. Ga eerst naar een ander agendapunt.');
      }
      const ids = items.map((i) => i.id);
      const undo = new UndoRecorder(ctx.db, meeting.id);
      ids.forEach((i) => undo.before('agenda_item', i));
      q.deleteAgendaItem(ctx.db, item.id);
      q.setAgendaOrder(ctx.db, ids.filter((i) => i !== item.id));
      undo.save(undoText.deleted(`Verwijderd ${itemSubject(item.title)}`), ctx.now());
      return { id: item.id };
    })(),

  'agenda:setCurrent': (ctx, req) =>
    ctx.db.transaction(() => {
      const meeting = requireEditableMeeting(ctx, req.meetingId);
      if (meeting.status !== 'bezig') throw new DomainError('conflict', 'Start eerst het overleg; dan loopt de tijd per agendapunt mee.');
      if (req.itemId !== null && requireAgendaItem(ctx, req.itemId).meetingId !== meeting.id) throw notFound('Dit agendapunt');
      switchCurrentItem(ctx, meeting, req.itemId);
      return meetingAgenda(ctx, meeting.id);
    })(),

  'agenda:next': (ctx, req) =>
    ctx.db.transaction(() => {
      const meeting = requireEditableMeeting(ctx, req.meetingId);
      if (meeting.status !== 'bezig') throw new DomainError('conflict', 'Start eerst het overleg; dan loopt de tijd per agendapunt mee.');
      const ids = q.listAgendaItems(ctx.db, meeting.id).map((i) => i.id);
      // After the last item the timer stops: nothing is current.
      const next = meeting.currentItemId === null ? (ids[0] ?? null) : (ids[ids.indexOf(meeting.currentItemId) + 1] ?? null);
      switchCurrentItem(ctx, meeting, next);
      return meetingAgenda(ctx, meeting.id);
    })(),

  'template:get': (ctx, req) => {
    if (!getTeam(ctx.db, req.teamId)) throw notFound('Dit team');
    return q.getTemplate(ctx.db, req.teamId);
  },

  'template:update': (ctx, req) =>
    ctx.db.transaction(() => {
      if (!getTeam(ctx.db, req.teamId)) throw notFound('Dit team');
      q.replaceTemplate(ctx.db, req.teamId, req.items);
      return q.getTemplate(ctx.db, req.teamId);
    })(),
};
