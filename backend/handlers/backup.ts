import type { HandlerMap } from '../handler';

export const backupHandlers: HandlerMap<'backup:list' | 'backup:create' | 'backup:restore'> = {
  'backup:list': (ctx) => ctx.storage.backups.overview(),
  'backup:create': (ctx) => ctx.storage.createManual(),
  'backup:restore': (ctx, req) => ctx.storage.restore(req.source),
};
