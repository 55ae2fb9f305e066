/**
 * The request guard of the dev web host (scripts/dev-web.ts), kept apart from the server and the
 * back end so it can be tested on its own: which requests get through, and which file a static
 * request may read. Every refusal is an answer, never an exception, so no request can crash the
 * server.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';

export interface GuardOptions {
  port: number;
  /** The per-run token the API requires. */
  token: string;
  /** The built renderer; only regular files inside it are served. */
  rendererDir: string;
}

export interface GuardRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: IncomingHttpHeaders;
}

export type Verdict =
  | { kind: 'api'; channel: string }
  | { kind: 'bridge' }
  | { kind: 'static'; file: string; isIndex: boolean }
  | { kind: 'refused'; status: 400 | 401 | 403 | 404 | 405; text: string };

const refuse = (status: Extract<Verdict, { kind: 'refused' }>['status'], text: string): Verdict => ({ kind: 'refused', status, text });
const BAD_REQUEST = refuse(400, 'Ongeldig verzoek.');
const NOT_FOUND = refuse(404, 'Niet gevonden.');

/** Only our own origin: a page elsewhere reaching 127.0.0.1 via DNS rebinding sends its own host name. */
export const hostAllowed = (host: string | undefined, port: number): boolean => host === `127.0.0.1:${port}`;

export function tokenMatches(given: unknown, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

const decode = (text: string): string | null => {
  try {
    const decoded = decodeURIComponent(text);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null; // a malformed escape such as %zz
  }
};

const within = (root: string, file: string) => file.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Maps a raw (still encoded) URL path to a regular file inside rendererDir. The separator check
 * keeps a sibling such as "renderer-evil" out; the real-path check keeps symlinks from leading out.
 */
export function resolveStatic(rendererDir: string, rawPath: string): Verdict {
  const decoded = decode(rawPath);
  if (decoded === null || !decoded.startsWith('/')) return BAD_REQUEST;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${decoded === '/' ? '/index.html' : decoded}`);
  if (!within(root, file)) return NOT_FOUND;
  try {
    if (!statSync(file).isFile() || !within(realpathSync(root), realpathSync(file))) return NOT_FOUND;
  } catch {
    return NOT_FOUND;
  }
  return { kind: 'static', file, isIndex: file === resolve(root, 'index.html') };
}

export function checkRequest(req: GuardRequest, options: GuardOptions): Verdict {
  if (!hostAllowed(req.headers.host, options.port)) return refuse(403, 'Deze ontwikkelhost is alleen bereikbaar via 127.0.0.1.');
  // The path itself, without query or fragment; not via new URL(), which reads "//x" as a host.
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0]!;
  if (!rawPath.startsWith('/')) return BAD_REQUEST;

  if (rawPath.startsWith('/__api/')) {
    if (req.method !== 'POST') return refuse(405, 'Alleen POST.');
    if (!tokenMatches(req.headers['x-wijkoverleg-token'], options.token)) return refuse(401, 'Ongeldige of verlopen sessie.');
    const channel = decode(rawPath.slice('/__api/'.length));
    return channel === null ? BAD_REQUEST : { kind: 'api', channel };
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'Alleen GET.');
  if (rawPath === '/__bridge.js') return { kind: 'bridge' };
  return resolveStatic(options.rendererDir, rawPath);
}
