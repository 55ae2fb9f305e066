import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRequest, type GuardOptions, type GuardRequest } from '../../../scripts/dev-web-guard';

let base: string;
let options: GuardOptions;
const token = 'per-run-token-0123456789';
const host = '127.0.0.1:5174';

beforeAll(() => {
  // base/renderer is served; its sibling renderer-evil and base itself must never be.
  base = mkdtempSync(join(tmpdir(), 'wijkoverleg-devweb-'));
  const rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), '');
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'secret.txt'), 'geheim');
  writeFileSync(join(base, 'secret.txt'), 'geheim');
  symlinkSync(join(base, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  options = { port: 5174, token, rendererDir };
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, headers: GuardRequest['headers'] = { host }) => checkRequest({ method: 'GET', url, headers }, options);
const api = (url: string, headers: GuardRequest['headers']) => checkRequest({ method: 'POST', url, headers }, options);
const status = (verdict: ReturnType<typeof checkRequest>) => (verdict.kind === 'refused' ? verdict.status : verdict.kind);

describe('dev web host guard', () => {
  it('serves index.html for / and files inside the renderer folder', () => {
    expect(get('/')).toEqual({ kind: 'static', file: join(options.rendererDir, 'index.html'), isIndex: true });
    expect(get('/assets/app.js?v=1')).toEqual({ kind: 'static', file: join(options.rendererDir, 'assets', 'app.js'), isIndex: false });
    expect(get('/__bridge.js')).toEqual({ kind: 'bridge' });
  });

  it.each([undefined, 'localhost:5174', '127.0.0.1:5175', 'evil.example:5174'])('refuses Host header %s', (wrongHost) => {
    expect(status(get('/', { host: wrongHost }))).toBe(403);
    expect(status(api('/__api/app:info', { host: wrongHost, 'x-wijkoverleg-token': token }))).toBe(403);
  });

  it('lets the API through only with the token, by POST', () => {
    expect(api('/__api/person%3Alist', { host, 'x-wijkoverleg-token': token })).toEqual({ kind: 'api', channel: 'person:list' });
    expect(status(api('/__api/app:info', { host }))).toBe(401);
    expect(status(api('/__api/app:info', { host, 'x-wijkoverleg-token': `${token}x` }))).toBe(401);
    expect(status(api('/__api/app:info', { host, 'x-wijkoverleg-token': 'wrong' }))).toBe(401);
    expect(status(get('/__api/app:info', { host, 'x-wijkoverleg-token': token }))).toBe(405);
  });

  it.each([
    ['/../secret.txt', 404],
    ['/assets/../../secret.txt', 404],
    ['/%2e%2e/secret.txt', 404],
    ['/..%2fsecret.txt', 404],
    ['/%zz', 400],
    ['/assets/%E0%A4%A', 400],
    ['/index.html%00', 400],
    ['//secret.txt', 404],
  ])('refuses %s without throwing', (url, expected) => {
    expect(status(get(url))).toBe(expected);
  });

  it('refuses a malformed escape in the channel name', () => {
    expect(status(api('/__api/%zz', { host, 'x-wijkoverleg-token': token }))).toBe(400);
  });

  it('does not serve a directory, a missing file, a sibling folder or a symlink out', () => {
    expect(status(get('/assets'))).toBe(404);
    expect(status(get('/assets/'))).toBe(404);
    expect(status(get('/nope.js'))).toBe(404);
    expect(status(get('/../renderer-evil/secret.txt'))).toBe(404);
    expect(status(get('/%2e%2e/renderer-evil/secret.txt'))).toBe(404);
    expect(status(get('/assets/link.txt'))).toBe(404);
  });
});
