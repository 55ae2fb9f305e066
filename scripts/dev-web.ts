/**
 * Development host: the same renderer and the same back end in an ordinary browser, on
 * 127.0.0.1 only, guarded by a token made fresh for every run. Not a product mode: the Electron
 * app never loads this code.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { startBackendWorker } from '../backend/worker/client';
import { devKeyFileStore } from '../backend/storage/keyFile';
import { fixedFolderHost } from '../backend/exportFolders';
import { checkRequest } from './dev-web-guard';

const port = Number(process.env.PORT ?? 5174);
const dataDir = resolve(process.env.WIJKOVERLEG_DATA ?? '.dev-data');
const rendererDir = resolve('dist/renderer');
const token = randomBytes(24).toString('base64url');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ttf': 'font/ttf' };

mkdirSync(dataDir, { recursive: true });
const databasePath = join(dataDir, 'wijkoverleg.sqlite');
// No native dialogs in a browser: backups the user makes and batches of files (the partner lists)
// go to .dev-data/exports, and "choose a file to restore" takes the newest backup there.
const exportsDir = join(dataDir, 'exports');
const files = {
  chooseBackupTarget: (name: string) => {
    mkdirSync(exportsDir, { recursive: true });
    return join(exportsDir, name);
  },
  chooseBackupSource: () => {
    const candidates = existsSync(exportsDir) ? readdirSync(exportsDir).filter((n) => n.endsWith('.sqlite')) : [];
    const newest = candidates.map((n) => join(exportsDir, n)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    return newest ?? null;
  },
};
// The same arrangement as the Electron app: dispatcher and SQLite in a worker thread.
const backend = await startBackendWorker({
  databasePath,
  appVersion: 'dev-web',
  // Never safeStorage here: a development key file next to the database (.dev-data/).
  keys: devKeyFileStore(join(dataDir, 'dev-databasesleutel.hex')),
  validateResponses: true,
  files,
  folders: fixedFolderHost(exportsDir),
  onInternalError: (c, e) => console.error(`[${c}]`, e),
  onStorageError: (c, e) => console.error(`[${c}] storage`, e),
  onBackgroundError: (what, e) => console.error(`[dev-web] ${what}`, e),
});

// Rebuild the renderer on every change; reload the browser to see it.
const watcher = spawn(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--watch', '--mode', 'development'], { stdio: 'inherit' });

/** Replaces window.api in the browser: reads the token from the URL fragment, never sent to logs. */
const BRIDGE = `(() => {
  const fromHash = new URLSearchParams(location.hash.split('?')[1] || '').get('token');
  if (fromHash) { sessionStorage.setItem('wijkoverleg-token', fromHash); history.replaceState(null, '', location.pathname + '#/'); }
  const token = sessionStorage.getItem('wijkoverleg-token');
  window.api = Object.freeze({ invoke: async (channel, payload) => {
    const res = await fetch('/__api/' + encodeURIComponent(channel), { method: 'POST', headers: { 'content-type': 'application/json', 'x-wijkoverleg-token': token || '' }, body: JSON.stringify(payload ?? {}) });
    if (res.status === 401) return { ok: false, error: { code: 'internal', message: 'Ongeldige of verlopen sessie: open de link uit de terminal opnieuw.' } };
    return res.json();
  } });
})();`;

const readBody = (req: IncomingMessage) =>
  new Promise<string>((ok, fail) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 5_000_000) req.destroy(new Error('te groot'));
    });
    req.on('end', () => ok(body));
    req.on('error', fail);
  });

const headers = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' };

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Host, token and path checks live in the guard: only our own origin with this run's token.
  const verdict = checkRequest(req, { port, token, rendererDir });
  switch (verdict.kind) {
    case 'refused':
      res.writeHead(verdict.status, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end(verdict.text);
      return;
    case 'api': {
      let payload: unknown;
      try {
        payload = JSON.parse(await readBody(req));
      } catch {
        res.writeHead(400, headers).end();
        return;
      }
      const result = await backend.invoke(verdict.channel, payload);
      res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(result));
      return;
    }
    case 'bridge':
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(BRIDGE);
      return;
    case 'static': {
      let body: Buffer | string = readFileSync(verdict.file);
      if (verdict.isIndex) body = body.toString('utf8').replace('<head>', '<head><script src="/__bridge.js"></script>');
      res.writeHead(200, { ...headers, 'content-type': MIME[extname(verdict.file)] ?? 'application/octet-stream' }).end(body);
      return;
    }
  }
}

// One failing request must not take the server down (an async handler's rejection would).
const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(`[dev-web] ${req.method} ${req.url}`, error);
    if (res.headersSent) res.destroy();
    else res.writeHead(500, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Er ging iets mis in de ontwikkelhost.');
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`\nWijkoverleg (ontwikkelhost) draait op http://127.0.0.1:${port}/#/?token=${token}`);
  console.log(`Database: ${databasePath}\n`);
});

const stop = () => {
  watcher.kill();
  server.close();
  void backend.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
