import { DomainError, notFound } from '../../contract';
import { todayIn, type BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import * as q from '../../db/queries/people';
import { getOrganisation } from '../../db/queries/organisations';
import { endAllMemberships, endMembershipsFor } from '../../db/queries/teams';
import { keepOpenMeetingsInLine } from '../meeting/attendance';

const requirePerson = (ctx: BackendContext, id: number) => q.getPerson(ctx.db, id) ?? (() => { throw notFound('Deze persoon'); })();

function requireOrganisation(ctx: BackendContext, id: number): void {
  if (!getOrganisation(ctx.db, id)) throw new DomainError('validation', 'Kies de organisatie waar deze persoon werkt.', { organisationId: 'Kies een organisatie.' });
}

export const peopleHandlers: HandlerMap<'person:list' | 'person:create' | 'person:update' | 'person:setActive'> = {
  'person:list': (ctx) => q.listPeople(ctx.db),
  'person:create': (ctx, req) =>
    ctx.db.transaction(() => {
      requireOrganisation(ctx, req.organisationId);
      return requirePerson(ctx, q.insertPerson(ctx.db, req));
    })(),
  'person:update': (ctx, { id, ...fields }) =>
    ctx.db.transaction(() => {
      const before = requirePerson(ctx, id);
      requireOrganisation(ctx, fields.organisationId);
      q.updatePerson(ctx.db, id, fields);
      // A job change: seats held for the old organisation are its seats, not the person's. They end
      // today (history keeps the old organisation); joining again for the new one is a choice.
      const endedMemberships =
        before.organisationId === fields.organisationId ? [] : endMembershipsFor(ctx.db, id, before.organisationId, todayIn(ctx));
      // Planned meetings show the person's current organisation and role; ended seats leave their lists.
      keepOpenMeetingsInLine(ctx, null);
      return { ...requirePerson(ctx, id), endedMemberships };
    })(),
  'person:setActive': (ctx, req) =>
    ctx.db.transaction(() => {
      requirePerson(ctx, req.id);
      const leftOn = req.active ? null : (req.leftOn ?? todayIn(ctx));
      q.setPersonActive(ctx.db, req.id, req.active, leftOn);
      // Someone who left no longer sits on a team or holds its roles; past membership stays on record.
      if (leftOn) endAllMemberships(ctx.db, req.id, leftOn);
      keepOpenMeetingsInLine(ctx, null);
      return requirePerson(ctx, req.id);
    })(),
};
