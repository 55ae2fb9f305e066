import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentFormat, DocumentModel } from '../../domain/documents/model';
import type { WorkbookModel } from '../../domain/documents/spreadsheet';
import { renderDocument } from './render';
import { renderXlsx } from './xlsx';

/**
 * The document worker: renders models to bytes off the thread that answers the UI. It knows
 * nothing of the database; it gets a model and gives back a file (see documentWorker.ts).
 */
export type RenderJob = { id: number; format: DocumentFormat; model: DocumentModel } | { id: number; format: 'xlsx'; model: WorkbookModel };
export type RenderReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

const fontDir = (workerData as { fontDir?: string } | null)?.fontDir;

const port = parentPort;
port?.on('message', (job: RenderJob) => {
  // A spreadsheet (an overview, a report) has its own model; every other format renders a document.
  (job.format === 'xlsx' ? renderXlsx(job.model) : renderDocument(job.format, job.model, { fontDir })).then(
    (bytes) => port.postMessage({ id: job.id, ok: true, bytes } satisfies RenderReply, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => port.postMessage({ id: job.id, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies RenderReply),
  );
});
