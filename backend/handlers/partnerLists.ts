import { present } from '../../contract';
import type { PartnerListPlanRequest } from '../../contract/schemas/partnerLists';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import { organisationsPresentAt, partnerListRecipients } from '../../db/queries/partnerLists';
import { latestEstablishedVerslag } from '../../db/queries/verslag';
import { verslagFileBase } from '../../domain/verslag/document';
import { NO_EXPORT_FOLDERS } from '../exportFolders';
import { resolvePartnerListRun, type PartnerListSource } from '../partnerLists/service';

export const sourceOf = (req: Pick<PartnerListPlanRequest, 'meetingId' | 'teamId' | 'asOf'>): PartnerListSource =>
  req.meetingId ? { meetingId: req.meetingId } : { teamId: present(req.teamId, 'Dit team'), asOf: req.asOf ?? null };

/** The file name of the vastgestelde verslag that goes with these lists, if there is one. */
function attachedVerslagName(ctx: BackendContext, run: { teamId: number; asOf: string }): string | null {
  const ref = latestEstablishedVerslag(ctx.db, run.teamId, run.asOf);
  return ref ? `${verslagFileBase({ team: ref.teamName, date: ref.meetingDate }, { version: ref.version, status: 'vastgesteld' })}.pdf` : null;
}

export function partnerListPlan(ctx: BackendContext, req: PartnerListPlanRequest) {
  const run = resolvePartnerListRun(ctx, sourceOf(req));
  const present = run.meetingId !== null ? organisationsPresentAt(ctx.db, run.meetingId) : null;
  return {
    teamId: run.teamId,
    teamName: run.teamName,
    wijkName: run.wijkName,
    asOf: run.asOf,
    meetingId: run.meetingId,
    meetingDate: run.meetingDate,
    organisations: run.organisations.map((o) => ({
      ...o,
      absent: present !== null && !present.has(o.organisationId),
      recipients: partnerListRecipients(ctx.db, run.teamId, o.organisationId, run.asOf).length,
    })),
    verslagTitle: attachedVerslagName(ctx, run),
    canOpenFolder: (ctx.folders ?? NO_EXPORT_FOLDERS).canReveal,
  };
}

export const partnerListHandlers: HandlerMap<'partnerList:list'> = {
  'partnerList:list': (ctx, req) => partnerListPlan(ctx, req),
};
