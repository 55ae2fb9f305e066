import path from 'node:path';
import { isAppUrl } from './app-url';

/**
 * Sent with every app:// response. The renderer is a static Vite build with no inline scripts or
 * style markup, so 'self' is enough for both: React sets dynamic widths through the CSSOM
 * (element.style), which CSP does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function responseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': mimeTypeFor(file),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    // Without nosniff a file served with the wrong type could still be run as script.
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

export type RendererRequest =
  | { kind: 'file'; file: string; /** Unknown extension-less paths fall back to index.html. */ spaFallback: boolean }
  | { kind: 'forbidden' };

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep' | 'extname' | 'join'>;

/**
 * Maps an app:// request URL to a file under `root`, refusing anything that would escape it.
 * `pathApi` is injectable so the Windows rules (backslashes, drive letters) are tested on Linux.
 */
export function resolveRendererRequest(root: string, requestUrl: string, pathApi: PathApi = path): RendererRequest {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'forbidden' };
  }
  if (!isAppUrl(requestUrl)) return { kind: 'forbidden' };

  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  // NUL, backslash and colon never occur in our asset names; refusing them up front avoids relying
  // on every platform's path parser (drive letters, NTFS streams, UNC paths) to treat them safely.
  if (relative.includes('\0') || /[\\:]/.test(relative)) return { kind: 'forbidden' };
  // Non-special schemes keep an empty path for "app://wijkoverleg" (no slash); treat it as "/".
  if (!relative.startsWith('/')) relative = `/${relative}`;
  if (relative.endsWith('/')) relative += 'index.html';

  const base = pathApi.resolve(root);
  const file = pathApi.resolve(base, `.${relative}`);
  const fromRoot = pathApi.relative(base, file);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(fromRoot)) {
    return { kind: 'forbidden' };
  }
  return { kind: 'file', file, spaFallback: pathApi.extname(file) === '' };
}

/** Where the SPA fallback points. */
export const rendererIndex = (root: string, pathApi: Pick<typeof path, 'join'> = path): string => pathApi.join(root, 'index.html');
