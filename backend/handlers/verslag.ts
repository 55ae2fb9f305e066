import type { HandlerMap } from '../handler';
import { correctVerslag, createVerslag, establishVerslag, exportVerslag, saveVerslagSummary, verslagView } from '../verslag/service';

export const verslagHandlers: HandlerMap<'verslag:get' | 'verslag:create' | 'verslag:saveSummary' | 'verslag:establish' | 'verslag:correct' | 'verslag:export'> = {
  'verslag:get': (ctx, req) => verslagView(ctx, req.meetingId, req.version),
  'verslag:create': (ctx, req) => createVerslag(ctx, req.meetingId),
  'verslag:saveSummary': (ctx, req) => saveVerslagSummary(ctx, req.meetingId, req.agendaItemId, req.text),
  'verslag:establish': (ctx, req) => establishVerslag(ctx, req),
  'verslag:correct': (ctx, req) => correctVerslag(ctx, req),
  'verslag:export': (ctx, req) => exportVerslag(ctx, req),
};
