import { DomainError, notFound, present } from '../../contract';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import { getMunicipality, saveMunicipality } from '../../db/queries/municipality';
import * as q from '../../db/queries/wijken';
import { renameTeamForWijk } from '../../db/queries/teams';
import { isForeignKeyViolation } from '../../db/errors';

function requireWijk(ctx: BackendContext, id: number) {
  return q.getWijk(ctx.db, id) ?? (() => { throw notFound('Deze wijk'); })();
}

function refuseDuplicateWijk(ctx: BackendContext, name: string, ownId?: number): void {
  const existing = q.findWijkByName(ctx.db, name);
  if (existing && existing.id !== ownId) {
    throw new DomainError('conflict', `Er is al een wijk "${existing.name}".`, { name: 'Deze naam is al in gebruik.' });
  }
}

function refuseDuplicateBuurt(ctx: BackendContext, wijkId: number, name: string, ownId?: number): void {
  const existing = q.findBuurt(ctx.db, wijkId, name);
  if (existing && existing.id !== ownId) {
    throw new DomainError('conflict', `Deze wijk heeft al een buurt "${existing.name}".`, { name: 'Deze buurt bestaat al in deze wijk.' });
  }
}

export const wijkHandlers: HandlerMap<
  'municipality:get' | 'municipality:update' | 'wijk:list' | 'wijk:create' | 'wijk:update' | 'buurt:create' | 'buurt:update' | 'buurt:delete'
> = {
  'municipality:get': (ctx) => getMunicipality(ctx.db) ?? (() => { throw notFound('De gemeente'); })(),
  'municipality:update': (ctx, req) => {
    if (!getMunicipality(ctx.db)) throw notFound('De gemeente');
    return saveMunicipality(ctx.db, req.name, ctx.now());
  },

  'wijk:list': (ctx) => q.listWijken(ctx.db),
  'wijk:create': (ctx, req) =>
    ctx.db.transaction(() => {
      refuseDuplicateWijk(ctx, req.name);
      return requireWijk(ctx, q.insertWijk(ctx.db, req.name, req.code));
    })(),
  'wijk:update': (ctx, req) =>
    ctx.db.transaction(() => {
      requireWijk(ctx, req.id);
      refuseDuplicateWijk(ctx, req.name, req.id);
      q.updateWijk(ctx.db, req.id, req.name, req.code);
      renameTeamForWijk(ctx.db, req.id, req.name);
      return requireWijk(ctx, req.id);
    })(),

  'buurt:create': (ctx, req) =>
    ctx.db.transaction(() => {
      requireWijk(ctx, req.wijkId);
      refuseDuplicateBuurt(ctx, req.wijkId, req.name);
      return present(q.getBuurt(ctx.db, q.insertBuurt(ctx.db, req.wijkId, req.name)), 'Deze buurt');
    })(),
  'buurt:update': (ctx, req) =>
    ctx.db.transaction(() => {
      const buurt = q.getBuurt(ctx.db, req.id) ?? (() => { throw notFound('Deze buurt'); })();
      refuseDuplicateBuurt(ctx, buurt.wijkId, req.name, buurt.id);
      q.updateBuurt(ctx.db, req.id, req.name);
      return present(q.getBuurt(ctx.db, req.id), 'Deze buurt');
    })(),
  'buurt:delete': (ctx, req) =>
    ctx.db.transaction(() => {
      if (!q.getBuurt(ctx.db, req.id)) throw notFound('Deze buurt');
      try {
        q.deleteBuurt(ctx.db, req.id);
      } catch (error) {
        if (isForeignKeyViolation(error)) {
          throw new DomainError('conflict', 'Deze buurt wordt al gebruikt bij signalen en kan daarom niet worden verwijderd. Wijzig de naam als dat nodig is.');
        }
        throw error;
      }
      return { id: req.id };
    })(),
};
