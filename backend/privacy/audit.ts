import { CORRECTION_REQUIRED, PROFILE_ROLES } from '../../contract/schemas/privacy';
import { DomainError } from '../../contract/errors';
import type { Meeting } from '../../contract/schemas/meetings';
import { getProfile, hasPendingAudit, stampPendingAudit } from '../../db/queries/audit';
import type { BackendContext } from '../context';

/** The name in the audit trail for what the app does by itself (the retention purge). */
export const SYSTEM_ACTOR = 'Wijkoverleg (automatisch, bewaartermijn)';
/** Rows a crash left unstamped are attributed honestly at the next start. */
export const INTERRUPTED_ACTOR = 'Onbekend (de app werd onderbroken)';

/** Who is changing things now: the profile set in the app, else the computer account. */
export function actorOf(ctx: Pick<BackendContext, 'db' | 'osUser'>): string {
  const profile = getProfile(ctx.db);
  return profile ? `${profile.name} (${PROFILE_ROLES[profile.role]})` : `${ctx.osUser ?? 'onbekend'} (computeraccount)`;
}

/** Stamps what the triggers recorded during a request with who and when; a query stamps nothing. */
export function stampAudit(ctx: BackendContext): void {
  if (hasPendingAudit(ctx.db)) stampPendingAudit(ctx.db, { actor: actorOf(ctx), at: ctx.now().toISOString() });
}

/**
 * A record of an afgerond overleg changes outside a meeting only as a correction with a reason.
 * Returns the reason when this change is one (call `recordCorrection` after the change).
 */
export function requireCorrection(origin: Meeting, openMeeting: Meeting | null, reason: string | undefined): string | null {
  if (openMeeting !== null || origin.status !== 'afgerond') return null;
  if (!reason) throw new DomainError('validation', CORRECTION_REQUIRED, { correction: CORRECTION_REQUIRED });
  return reason;
}

/** Marks the rows of this change as a correction, with its reason, inside the change's transaction. */
export function recordCorrection(ctx: BackendContext, reason: string): void {
  stampPendingAudit(ctx.db, { actor: actorOf(ctx), at: ctx.now().toISOString(), action: 'correctie', note: reason });
}
