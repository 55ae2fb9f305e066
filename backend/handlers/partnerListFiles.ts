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
import { latestEstablishedVerslag, type EstablishedVerslagRef } from '../../db/queries/verslag';
import { exportVerslag } from '../verslag/service';

/**
 * A vastgesteld version never changes, so its PDF is rendered once per connection and attached to
 * every organisation's mail draft of the run (fifteen lists, one rendering).
 */
const verslagPdfs = new WeakMap<object, Map<string, Promise<{ fileName: string; bytes: Uint8Array }>>>();

function verslagAttachment(ctx: BackendContext, ref: EstablishedVerslagRef) {
  const cache = verslagPdfs.get(ctx.db) ?? new Map<string, Promise<{ fileName: string; bytes: Uint8Array }>>();
  verslagPdfs.set(ctx.db, cache);
  const key = `${ref.meetingId}/${ref.version}`;
  let pdf = cache.get(key);
  if (!pdf) {
    pdf = exportVerslag(ctx, { meetingId: ref.meetingId, version: ref.version, format: 'pdf' }).then((file) => ({
      fileName: file.fileName,
      bytes: new Uint8Array(Buffer.from(file.base64, 'base64')),
    }));
    // A failed rendering is not kept: the next list tries again.
    pdf.catch(() => cache.delete(key));
    cache.set(key, pdf);
  }
  return pdf;
}

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
    const verslag = latestEstablishedVerslag(ctx.db, run.teamId, run.asOf);
    const { mail } = partnerListMail(ctx, run, list, verslag?.meetingDate ?? null);
    const names = partnerListFileNames(list);
    const verslagPdf = verslag ? verslagAttachment(ctx, verslag) : null;
    const pdf = await (ctx.documents ?? sharedDocumentWorker()).render('pdf', model);
    const attached = verslagPdf ? await verslagPdf : null;
    const eml = await composeEml({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: [
        { filename: names.pdf, content: pdf, contentType: 'application/pdf' },
        ...(attached ? [{ filename: attached.fileName, content: attached.bytes, contentType: 'application/pdf' }] : []),
      ],
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
