import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, mimeTypeFor, rendererIndex, resolveRendererRequest, responseHeaders } from '../../../electron/renderer-files';

// Explicit path flavours, so the expectations hold whichever OS runs the tests.
const posix = path.posix;
const root = '/opt/wijkoverleg/dist/renderer';

describe('resolveRendererRequest', () => {
  it('maps app URLs to files under the renderer root', () => {
    expect(resolveRendererRequest(root, 'app://wijkoverleg/index.html', posix)).toEqual({ kind: 'file', file: `${root}/index.html`, spaFallback: false });
    expect(resolveRendererRequest(root, 'app://wijkoverleg/assets/index-abc.js?v=2#x', posix)).toEqual({
      kind: 'file',
      file: `${root}/assets/index-abc.js`,
      spaFallback: false,
    });
    expect(resolveRendererRequest(root, 'app://wijkoverleg/fonts/Rijks%20Sans.woff2', posix)).toMatchObject({ file: `${root}/fonts/Rijks Sans.woff2` });
  });

  it('serves index.html for the bare origin and directories', () => {
    expect(resolveRendererRequest(root, 'app://wijkoverleg', posix)).toMatchObject({ file: `${root}/index.html` });
    expect(resolveRendererRequest(root, 'app://wijkoverleg/', posix)).toMatchObject({ file: `${root}/index.html` });
    expect(resolveRendererRequest(root, 'app://wijkoverleg/assets/', posix)).toMatchObject({ file: `${root}/assets/index.html` });
  });

  it('marks extension-less paths for the single-page fallback', () => {
    expect(resolveRendererRequest(root, 'app://wijkoverleg/vergaderingen/12', posix)).toEqual({
      kind: 'file',
      file: `${root}/vergaderingen/12`,
      spaFallback: true,
    });
    expect(rendererIndex(root, posix)).toBe(`${root}/index.html`);
  });

  it('refuses every way out of the root', () => {
    for (const url of [
      'app://wijkoverleg/..%2f..%2f..%2fetc%2fpasswd',
      'app://wijkoverleg/assets/..%2F..%2F..%2Fsecret',
      'app://wijkoverleg/..%5c..%5cwindows%5cwin.ini',
      'app://wijkoverleg/%00index.html',
      'app://wijkoverleg/C:/Windows/win.ini',
      'app://wijkoverleg/index.html::$DATA',
      'app://wijkoverleg/%E0%A4%A',
      'app://other/index.html',
      'https://wijkoverleg/index.html',
      'nonsense',
    ]) {
      expect(resolveRendererRequest(root, url, posix).kind, url).toBe('forbidden');
    }
  });

  it('lets the URL parser fold plain dot segments, which can then only land inside the root', () => {
    expect(resolveRendererRequest(root, 'app://wijkoverleg/%2e%2e/%2e%2e/etc/passwd', posix)).toMatchObject({ kind: 'file', file: `${root}/etc/passwd` });
    expect(resolveRendererRequest(root, 'app://wijkoverleg/../../etc/passwd', posix)).toMatchObject({ kind: 'file', file: `${root}/etc/passwd` });
  });

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Wijkoverleg\\resources\\app.asar\\dist\\renderer';
    expect(resolveRendererRequest(winRoot, 'app://wijkoverleg/assets/app.css', path.win32)).toEqual({
      kind: 'file',
      file: `${winRoot}\\assets\\app.css`,
      spaFallback: false,
    });
    for (const url of ['app://wijkoverleg/..%2f..%2fsecret.txt', 'app://wijkoverleg/%5c%5cserver%5cshare', 'app://wijkoverleg/D:%5cdata.txt']) {
      expect(resolveRendererRequest(winRoot, url, path.win32).kind, url).toBe('forbidden');
    }
  });
});

describe('response headers', () => {
  it('knows the MIME types Vite emits', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a/B.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('x.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('LICENSE')).toBe('application/octet-stream');
  });

  it('sends the strict CSP and nosniff with every file', () => {
    const headers = responseHeaders('/x/index.html');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});
