import { DomainError, notFound } from '../../contract';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import * as q from '../../db/queries/organisations';
import { keepOpenMeetingsInLine } from '../meeting/attendance';

function refuseDuplicate(ctx: BackendContext, name: string, ownId?: number): void {
  const existing = q.findOrganisationByName(ctx.db, name);
  if (existing && existing.id !== ownId) {
    throw new DomainError('conflict', `Er is al een organisatie met de naam "${name}".`, { name: 'Deze naam is al in gebruik.' });
  }
}

const requireOrganisation = (ctx: BackendContext, id: number) =>
  q.getOrganisation(ctx.db, id) ?? (() => { throw notFound('Deze organisatie'); })();

export const organisationHandlers: HandlerMap<'organisation:list' | 'organisation:create' | 'organisation:update'> = {
  'organisation:list': (ctx) => q.listOrganisations(ctx.db),
  'organisation:create': (ctx, req) =>
    ctx.db.transaction(() => {
      refuseDuplicate(ctx, req.name);
      return requireOrganisation(ctx, q.insertOrganisation(ctx.db, req));
    })(),
  'organisation:update': (ctx, { id, ...fields }) =>
    ctx.db.transaction(() => {
      requireOrganisation(ctx, id);
      refuseDuplicate(ctx, fields.name, id);
      q.updateOrganisation(ctx.db, id, fields);
      // Planned meetings show the organisation's current name.
      keepOpenMeetingsInLine(ctx, null);
      return requireOrganisation(ctx, id);
    })(),
};
