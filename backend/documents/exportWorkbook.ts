import type { DocumentFile } from '../../contract/schemas/documents';
import type { WorkbookModel } from '../../domain/documents/spreadsheet';
import { documentFileBase } from '../../domain/documents/model';
import type { BackendContext } from '../context';
import { sharedDocumentWorker } from './export';
import { XLSX_MIME_TYPE } from './xlsx';

/** An overview or report as an XLSX download, made in the document worker like every document. */
export async function exportWorkbook(ctx: Pick<BackendContext, 'documents'>, model: WorkbookModel, baseName: string): Promise<DocumentFile> {
  const start = performance.now();
  const bytes = await (ctx.documents ?? sharedDocumentWorker()).renderWorkbook(model);
  return {
    fileName: `${documentFileBase(baseName)}.xlsx`,
    mimeType: XLSX_MIME_TYPE,
    base64: Buffer.from(bytes).toString('base64'),
    bytes: bytes.length,
    renderMs: Math.round(performance.now() - start),
  };
}
