import type { HandlerMap } from '../handler';

export const backupHandlers: HandlerMap<'backup:list' | 'backup:create' | 'backup:restore' | 'recoveryKey:get'> = {
  'backup:list': (ctx) => ctx.storage.backups.overview(),
  'backup:create': (ctx) => ctx.storage.createManual(),
  'backup:restore': (ctx, req) => ctx.storage.restore(req.source),
  'recoveryKey:get': (ctx) => ({ herstelsleutel: ctx.storage.recoveryKey(), keptBy: ctx.storage.keyKeptBy }),
};
