import { z } from 'zod';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../../domain/documents/model';
import { labelledEnum } from '../fields';

export const documentFormat = labelledEnum(
  Object.fromEntries(Object.entries(DOCUMENT_FORMATS).map(([k, v]) => [k, v.label])) as Record<DocumentFormat, string>,
  'Kies PDF, Word (DOCX) of OpenDocument (ODT).',
);

/**
 * A finished document on its way to the user: the renderer offers it as a download, which
 * Electron turns into a save dialog and the dev web host and E2E bridge into a file.
 */
export const DocumentFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** The file's bytes, base64 (IPC and the dev web host carry JSON). */
  base64: z.string(),
  bytes: z.number(),
  /** How long the worker took, for the progress message and the benchmark. */
  renderMs: z.number(),
});
export type DocumentFile = z.infer<typeof DocumentFile>;
