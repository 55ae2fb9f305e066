/**
 * Development host: the same renderer and the same back end in an ordinary browser, on
 * 127.0.0.1 only, guarded by a token made fresh for every run. Not a product mode: the Electron
 * app never loads this code.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { startBackend } from '../backend/host';

const port = Number(process.env.PORT ?? 5174);
const dataDir = resolve(process.env.WIJKOVERLEG_DATA ?? '.dev-data');
const rendererDir = resolve('dist/renderer');
const token = randomBytes(24).toString('base64url');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

mkdirSync(dataDir, { recursive: true });
const databasePath = join(dataDir, 'wijkoverleg.sqlite');
const backend = startBackend({ databasePath, appVersion: 'dev-web', validateResponses: true, onInternalError: (c, e) => console.error(`[${c}]`, e) });

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

const sameToken = (given: string | undefined) => {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

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

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  const headers = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' };
  // Only our own origin may call the API (blocks other local pages via DNS rebinding or CSRF).
  if (url.pathname.startsWith('/__api/')) {
    const hostOk = req.headers.host === `127.0.0.1:${port}`;
    if (req.method !== 'POST' || !hostOk || !sameToken(req.headers['x-wijkoverleg-token'] as string | undefined)) {
      res.writeHead(401, headers).end();
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(req));
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    const result = backend.dispatch(decodeURIComponent(url.pathname.slice('/__api/'.length)), payload);
    res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(result));
    return;
  }
  if (url.pathname === '/__bridge.js') {
    res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(BRIDGE);
    return;
  }
  const path = url.pathname === '/' ? '/index.html' : normalize(decodeURIComponent(url.pathname));
  const file = join(rendererDir, path);
  if (!file.startsWith(rendererDir) || !existsSync(file)) {
    res.writeHead(404, headers).end('Niet gevonden');
    return;
  }
  let body: Buffer | string = readFileSync(file);
  if (path === '/index.html') body = body.toString('utf8').replace('<head>', '<head><script src="/__bridge.js"></script>');
  res.writeHead(200, { ...headers, 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`\nWijkoverleg (ontwikkelhost) draait op http://127.0.0.1:${port}/#/?token=${token}`);
  console.log(`Database: ${databasePath}\n`);
});

const stop = () => {
  watcher.kill();
  server.close();
  backend.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
