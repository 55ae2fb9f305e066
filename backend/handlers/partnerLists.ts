import { basename } from 'node:path';
import { DomainError } from '../../contract';
import type { PartnerListPlanRequest } from '../../contract/schemas/partnerLists';
import { partnerListDocument } from '../../domain/documents/partnerListDocument';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import { organisationsPresentAt, partnerListRecipients } from '../../db/queries/partnerLists';
import { composeEml } from '../documents/eml';
import { loadPartnerList, partnerListFileNames, partnerListMail, recordPartnerListMade, resolvePartnerListRun, type PartnerListSource } from '../partnerLists/service';

export const sourceOf = (req: Pick<PartnerListPlanRequest, 'meetingId' | 'teamId' | 'asOf'>): PartnerListSource =>
  req.meetingId ? { meetingId: req.meetingId } : { teamId: req.teamId!, asOf: req.asOf ?? null };

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
    verslagTitle: null,
    canOpenFolder: ctx.folders.canReveal,
  };
}

const UNKNOWN_FOLDER = 'Deze map is niet (meer) bekend: kies opnieuw een map.';

function requireFolder(ctx: BackendContext, folderId: string) {
  return ctx.folders.get(folderId) ?? (() => { throw new DomainError('validation', UNKNOWN_FOLDER, { folderId: UNKNOWN_FOLDER }); })();
}

export const partnerListHandlers: HandlerMap<'partnerList:plan' | 'partnerList:export' | 'folder:choose' | 'folder:open'> = {
  'partnerList:plan': (ctx, req) => partnerListPlan(ctx, req),

  /**
   * One organisation's list: the PDF (rendered in the document worker) and the mail draft with it
   * attached, written into the chosen folder, then recorded so the next list shows what was
   * finished since. Everything is read from the database before the first await.
   */
  'partnerList:export': async (ctx, req) => {
    const folder = requireFolder(ctx, req.folderId);
    const run = resolvePartnerListRun(ctx, sourceOf(req));
    const list = loadPartnerList(ctx, req.organisationId, run.asOf);
    const model = partnerListDocument(list, { createdAt: ctx.now().toISOString() });
    const { mail } = partnerListMail(ctx, run, list, null);
    const names = partnerListFileNames(list);
    const pdf = await ctx.documents.render('pdf', model);
    const eml = await composeEml({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: [{ filename: names.pdf, content: pdf, contentType: 'application/pdf' }],
      date: ctx.now(),
    });
    const files = [await ctx.folders.write(folder.id, names.pdf, pdf), await ctx.folders.write(folder.id, names.eml, eml)];
    recordPartnerListMade(ctx, run, list);
    return {
      organisationId: list.organisation.id,
      organisationName: list.organisation.name,
      counts: list.counts,
      files: files.map((f) => basename(f)),
      recipients: mail.to.map((t) => t.address),
    };
  },

  'folder:choose': async (ctx) => {
    if (!ctx.folders.canChoose) throw new DomainError('validation', 'Hier kan geen map worden gekozen. Maak de actielijsten in de Wijkoverleg-app.');
    const folder = await ctx.folders.choose('Map voor de actielijsten');
    return folder ? { folderId: folder.id, path: folder.path } : null;
  },

  'folder:open': async (ctx, req) => {
    requireFolder(ctx, req.folderId);
    return { opened: await ctx.folders.reveal(req.folderId) };
  },
};
