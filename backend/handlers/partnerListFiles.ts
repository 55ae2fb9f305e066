import { basename } from 'node:path';
import { DomainError } from '../../contract';
import { partnerListDocument } from '../../domain/documents/partnerListDocument';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../handler';
import { composeEml } from '../documents/eml';
import { sharedDocumentWorker } from '../documents/export';
import { NO_EXPORT_FOLDERS } from '../exportFolders';
import { loadPartnerList, partnerListFileNames, partnerListMail, recordPartnerListMade, resolvePartnerListRun } from '../partnerLists/service';
import { sourceOf } from './partnerLists';

const UNKNOWN_FOLDER = 'Deze map is niet (meer) bekend: kies opnieuw een map.';

const foldersOf = (ctx: BackendContext) => ctx.folders ?? NO_EXPORT_FOLDERS;

function requireFolder(ctx: BackendContext, folderId: string) {
  return foldersOf(ctx).get(folderId) ?? (() => { throw new DomainError('validation', UNKNOWN_FOLDER, { folderId: UNKNOWN_FOLDER }); })();
}

export const partnerListFileHandlers: HandlerMap<'partnerList:make' | 'folder:choose' | 'folder:open'> = {
  /**
   * One organisation's list: the PDF (rendered in the document worker) and the mail draft with it
   * attached, written into the chosen folder, then recorded so the next list shows what was
   * finished since. Everything is read from the database before the first await.
   */
  'partnerList:make': async (ctx, req) => {
    const folder = requireFolder(ctx, req.folderId);
    const run = resolvePartnerListRun(ctx, sourceOf(req));
    const list = loadPartnerList(ctx, req.organisationId, run.asOf);
    const model = partnerListDocument(list, { createdAt: ctx.now().toISOString() });
    const { mail } = partnerListMail(ctx, run, list, null);
    const names = partnerListFileNames(list);
    const pdf = await (ctx.documents ?? sharedDocumentWorker()).render('pdf', model);
    const eml = await composeEml({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: [{ filename: names.pdf, content: pdf, contentType: 'application/pdf' }],
      date: ctx.now(),
    });
    const files = [await foldersOf(ctx).write(folder.id, names.pdf, pdf), await foldersOf(ctx).write(folder.id, names.eml, eml)];
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
    if (!foldersOf(ctx).canChoose) throw new DomainError('validation', 'Hier kan geen map worden gekozen. Maak de actielijsten in de Wijkoverleg-app.');
    const folder = await foldersOf(ctx).choose('Map voor de actielijsten');
    return folder ? { folderId: folder.id, path: folder.path } : null;
  },

  'folder:open': async (ctx, req) => {
    requireFolder(ctx, req.folderId);
    return { opened: await foldersOf(ctx).reveal(req.folderId) };
  },
};
