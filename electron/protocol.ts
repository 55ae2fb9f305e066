import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME } from './app-url';
import { rendererIndex, resolveRendererRequest, responseHeaders } from './renderer-files';
import type { Logger } from './log';

/**
 * Serves the renderer from app://wijkoverleg instead of file://: a real origin for the CSP and
 * the IPC sender check, and no access to the rest of the disk.
 */

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // No bypassCSP, no corsEnabled, no stream: only what a normal https page needs.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const isMissing = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
};

async function readIfPresent(file: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    // readFile always allocates a plain ArrayBuffer (never shared), which is what Response takes.
    return await readFile(file);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

const textResponse = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

/** Call once the app is ready, before the window loads. */
export function serveRenderer(root: string, log: Logger): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Methode niet toegestaan');

    const target = resolveRendererRequest(root, request.url);
    if (target.kind === 'forbidden') {
      log.error(`Refused app:// request ${JSON.stringify(request.url.slice(0, 200))}`);
      return textResponse(403, 'Geen toegang');
    }

    try {
      let file = target.file;
      let body = await readIfPresent(file);
      if (body === null && target.spaFallback) {
        file = rendererIndex(root);
        body = await readIfPresent(file);
      }
      if (body === null) return textResponse(404, 'Niet gevonden');
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: responseHeaders(file) });
    } catch (error) {
      log.error(`Could not serve ${JSON.stringify(request.url.slice(0, 200))}`, error);
      return textResponse(500, 'Interne fout');
    }
  });
}
