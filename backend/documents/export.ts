import type { DocumentFile } from '../../contract/schemas/documents';
import { DOCUMENT_FORMATS, documentFileName, type DocumentFormat, type DocumentModel } from '../../domain/documents/model';
import type { BackendContext } from '../context';
import { createDocumentWorker, type DocumentWorker } from './documentWorker';

/** For contexts made by hand (tests): one worker, started on first use. */
let shared: DocumentWorker | null = null;
export const sharedDocumentWorker = (): DocumentWorker => (shared ??= createDocumentWorker());

/**
 * Turns a model into a file the renderer can offer for download. Build the model (reading the
 * database) before calling this; only the rendering runs in the worker.
 */
export async function exportDocument(ctx: Pick<BackendContext, 'documents'>, model: DocumentModel, format: DocumentFormat, baseName: string): Promise<DocumentFile> {
  const start = performance.now();
  const worker = ctx.documents ?? sharedDocumentWorker();
  const bytes = await worker.render(format, model);
  return {
    fileName: documentFileName(baseName, format),
    mimeType: DOCUMENT_FORMATS[format].mimeType,
    base64: Buffer.from(bytes).toString('base64'),
    bytes: bytes.length,
    renderMs: Math.round(performance.now() - start),
  };
}
