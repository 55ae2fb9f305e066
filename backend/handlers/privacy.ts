import { AUDIT_RETENTION_MONTHS } from '../../contract/schemas/privacy';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import { getProfile, listAudit, saveProfile } from '../../db/queries/audit';
import { actorOf } from '../privacy/audit';

const profileOf = (ctx: BackendContext) => {
  const profile = getProfile(ctx.db);
  return { name: profile?.name ?? null, role: profile?.role ?? null, actor: actorOf(ctx) };
};

export const privacyHandlers: HandlerMap<'audit:list' | 'profile:get' | 'profile:update'> = {
  'audit:list': (ctx, req) => ({ ...listAudit(ctx.db, req), retentionMonths: AUDIT_RETENTION_MONTHS }),
  'profile:get': (ctx) => profileOf(ctx),
  'profile:update': (ctx, req) => {
    saveProfile(ctx.db, req, ctx.now());
    return profileOf(ctx);
  },
};
