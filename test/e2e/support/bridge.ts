/**
 * How a Playwright page gets the built renderer and the real back end, without a server: requests
 * to a made-up origin are answered from the build, and window.api.invoke is bridged to a
 * dispatcher in this Node process. Shared by the E2E fixtures and the UI benchmark.
 */
import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

// Overridable so parallel work can test its own build (`vite build --outDir …`).
export const RENDERER_DIR = resolve(process.env.E2E_RENDERER_DIR ?? 'dist/renderer');
/** A made-up origin: requests to it are answered from dist/renderer, no server needed. */
export const APP_URL = 'http://wijkoverleg.test/index.html';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export const rendererBuilt = (dir = RENDERER_DIR) => existsSync(join(dir, 'index.html'));

/** Answers every request to the app's origin from the built renderer (404 for anything else). */
export async function serveRenderer(page: Page, dir = RENDERER_DIR): Promise<void> {
  await page.route('http://wijkoverleg.test/**', async (route) => {
    const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) return route.fulfill({ status: 404, body: 'Niet gevonden' });
    await route.fulfill({ status: 200, body: readFileSync(file), contentType: MIME[extname(file)] ?? 'application/octet-stream' });
  });
}

/**
 * The same bridge shape as the Electron preload: window.api.invoke(channel, payload) → Result.
 * `dispatch` is called per request, so the caller may swap the back end behind it (a restart).
 *
 * `json: true` sends each Result as one JSON string, parsed in the page, and adds a performance
 * measure "api <channel>" per call. Playwright's own argument serialisation takes seconds for the
 * megabytes of a few thousand rows; a string costs a fraction, closer to Electron's IPC.
 */
export async function bridgeApi(page: Page, dispatch: (channel: string, payload: unknown) => unknown, options: { json?: boolean } = {}): Promise<void> {
  const json = options.json ?? false;
  await page.exposeFunction('__wijkoverlegInvoke', json ? async (channel: string, payload: unknown) => JSON.stringify(await dispatch(channel, payload)) : dispatch);
  // A string, not a function: tsx (esbuild, keepNames) would wrap a function in a helper the page lacks.
  await page.addInitScript(
    json
      ? `(() => {
    const invoke = window.__wijkoverlegInvoke;
    const timed = async (c, p) => {
      const start = performance.now();
      const result = JSON.parse(await invoke(c, p));
      performance.measure('api ' + c, { start });
      return result;
    };
    Object.defineProperty(window, 'api', { value: Object.freeze({ invoke: timed }), writable: false });
  })();`
      : `(() => {
    const invoke = window.__wijkoverlegInvoke;
    Object.defineProperty(window, 'api', { value: Object.freeze({ invoke: (c, p) => invoke(c, p) }), writable: false });
  })();`,
  );
}
