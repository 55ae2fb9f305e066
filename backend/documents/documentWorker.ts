import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentFormat, DocumentModel } from '../../domain/documents/model';
import type { WorkbookModel } from '../../domain/documents/spreadsheet';
import type { RenderJob, RenderReply } from './worker';

export interface DocumentWorkerOptions {
  /**
   * The bundled worker (Electron: dist/electron/document-worker.cjs). Without it the TypeScript
   * source runs through tsx: tests, the dev web host and the benchmark, all started from the root.
   */
  workerScript?: string;
  fontDir?: string;
}

export interface DocumentWorker {
  render(format: DocumentFormat, model: DocumentModel): Promise<Uint8Array>;
  /** A spreadsheet (XLSX) from a workbook model. */
  renderWorkbook(model: WorkbookModel): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Starts the TypeScript worker source under tsx (development and tests only). */
function sourceWorker(fontDir: string | undefined): Worker {
  const source = pathToFileURL(resolve('backend/documents/worker.ts')).href;
  // Evaluated code resolves bare specifiers from the working directory: the project root.
  const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(code, { eval: true, workerData: { fontDir } });
}

/**
 * One long-lived worker thread that turns document models into files, so a ten-page PDF never
 * blocks the thread that answers the UI. Jobs queue in the worker; a crashed worker fails its
 * jobs with the error and is started afresh for the next one.
 */
export function createDocumentWorker(options: DocumentWorkerOptions = {}): DocumentWorker {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();

  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = null;
  };

  const start = (): Worker => {
    const w = options.workerScript ? new Worker(resolve(options.workerScript), { workerData: { fontDir: options.fontDir } }) : sourceWorker(options.fontDir);
    w.on('message', (reply: RenderReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.bytes);
      else job.reject(new Error(reply.message));
      if (pending.size === 0) w.unref();
    });
    w.on('error', (error) => failAll(error));
    w.on('exit', (code) => {
      if (worker === w) failAll(new Error(`De documentmaker is gestopt (code ${code}).`));
    });
    return w;
  };

  const post = (job: Omit<RenderJob, 'id'>): Promise<Uint8Array> => {
    worker ??= start();
    const w = worker;
    // Idle workers must not keep a test run or a closing app alive; busy ones must finish.
    w.ref();
    const id = nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage({ ...job, id });
    });
  };

  return {
    render: (format, model) => post({ format, model }),
    renderWorkbook: (model) => post({ format: 'xlsx', model }),
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
      failAll(new Error('De documentmaker is gesloten.'));
    },
  };
}
