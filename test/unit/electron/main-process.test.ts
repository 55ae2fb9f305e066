import { build, type BuildOptions, type Metafile } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * Runs the real main-process bundle under plain Node with a recording fake of the 'electron'
 * module (the Electron binary cannot be used in CI). Covers the glue that the pure-module tests
 * cannot: start-up order, IPC registration and sender checks, the app:// protocol, window
 * options, the start-up error dialog and closing the database on quit.
 */

interface BuildScript {
  ROOT: string;
  loadChannelNames(): Promise<string[]>;
  bundleOptions(o: { outDir: string; version: string; channelNames: string[] }): { main: BuildOptions; preload: BuildOptions; backendWorker: BuildOptions };
  runtimeImports(metafile: Metafile, outfile: string): string[];
  checkRuntimeImports(imports: { main: string[]; preload: string[]; backendWorker?: string[] }): void;
}
// A plain .mjs without types: the path is a string so TypeScript does not look for a declaration.
const buildScriptPath: string = new URL('../../../scripts/build-electron.mjs', import.meta.url).href;
const buildScript = (await import(buildScriptPath)) as BuildScript;
const ROOT = buildScript.ROOT;
const projectRequire = createRequire(path.join(ROOT, 'package.json'));
const nodeBinding = path.join(path.dirname(projectRequire.resolve('better-sqlite3-multiple-ciphers/package.json')), 'build', 'Release', 'better_sqlite3.node');

type Listener = (...args: unknown[]) => unknown;
type IpcHandler = (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response>;

interface FakeWindow {
  options: { title: string; show: boolean; minWidth: number; minHeight: number; webPreferences: Record<string, unknown> };
  events: Record<string, Listener[]>;
  loadedUrl?: string;
}

/** A recording stand-in for the parts of Electron that main.ts uses. */
function fakeElectron(dirs: { appPath: string; userData: string; logs: string }, options: { lockHeld: boolean }) {
  const calls: string[] = [];
  const appEvents: Record<string, Listener[]> = {};
  const windows: FakeWindow[] = [];
  const ipc: Record<string, IpcHandler> = {};
  const errorBoxes: { title: string; message: string }[] = [];
  const state: { protocolHandler?: ProtocolHandler; menu?: { label?: string }[]; exitCode?: number; privileged?: unknown } = {};
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const screenArea = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };

  class BrowserWindow implements FakeWindow {
    events: Record<string, Listener[]> = {};
    loadedUrl?: string;
    webContents = { on: () => undefined, session: {} };
    constructor(readonly options: FakeWindow['options']) {
      windows.push(this);
    }
    on(event: string, fn: Listener) {
      (this.events[event] ??= []).push(fn);
    }
    once(event: string, fn: Listener) {
      this.on(event, fn);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMaximized = () => false;
    isFullScreen = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1100, height: 750 });
    static getAllWindows = () => windows;
  }

  const electron = {
    // A stand-in for the OS key store: reversible, marked, so a test can see the key never lies in the clear.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(`os-key-store:${Buffer.from(text).toString('base64')}`),
      decryptString: (data: Buffer) => Buffer.from(data.toString().replace(/^os-key-store:/, ''), 'base64').toString(),
    },
    app: {
      isPackaged: false,
      on: (event: string, fn: Listener) => void (appEvents[event] ??= []).push(fn),
      whenReady: () => ready,
      isReady: () => true,
      getPath: (name: string) => ({ userData: dirs.userData, logs: dirs.logs, downloads: path.join(dirs.userData, 'Downloads') })[name],
      getAppPath: () => dirs.appPath,
      requestSingleInstanceLock: () => options.lockHeld,
      commandLine: { appendSwitch: (name: string, value: string) => void calls.push(`switch:${name}=${value}`) },
      enableSandbox: () => void calls.push('enableSandbox'),
      setAppUserModelId: () => undefined,
      exit: (code: number) => void (state.exitCode = code),
      quit: () => void calls.push('quit'),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        calls.push('registerSchemesAsPrivileged');
        state.privileged = schemes;
      },
      handle: (_scheme: string, fn: ProtocolHandler) => void (state.protocolHandler = fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => void calls.push('setPermissionCheckHandler'),
        setDevicePermissionHandler: () => void calls.push('setDevicePermissionHandler'),
        on: (event: string) => void calls.push(`session:${event}`),
      },
    },
    ipcMain: { handle: (channel: string, fn: IpcHandler) => void (ipc[channel] = fn) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: { label?: string }[]) => void (state.menu = menu) },
    BrowserWindow,
    screen: { getAllDisplays: () => [screenArea], getPrimaryDisplay: () => screenArea },
    dialog: {
      showErrorBox: (title: string, message: string) => void errorBoxes.push({ title, message }),
      showMessageBox: () => Promise.resolve({ response: 0 }),
    },
    shell: { openExternal: () => Promise.resolve(), showItemInFolder: () => undefined },
  };
  return { electron, calls, appEvents, windows, ipc, errorBoxes, state, markReady };
}

type Fake = ReturnType<typeof fakeElectron>;
const moduleInternals = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
const originalLoad = moduleInternals._load;

let workDir: string;
let bundle: string;
let channelNames: string[];

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'wijkoverleg-main-'));
  channelNames = await buildScript.loadChannelNames();
  const outDir = path.relative(ROOT, path.join(workDir, 'bundle'));
  const options = buildScript.bundleOptions({ outDir, version: '9.9.9-test', channelNames });
  const [main, preload, backendWorker] = await Promise.all([
    build({ ...options.main, logLevel: 'silent' }),
    build({ ...options.preload, logLevel: 'silent' }),
    build({ ...options.backendWorker, logLevel: 'silent' }),
  ]);
  buildScript.checkRuntimeImports({
    main: buildScript.runtimeImports(main.metafile!, String(options.main.outfile)),
    preload: buildScript.runtimeImports(preload.metafile!, String(options.preload.outfile)),
    backendWorker: buildScript.runtimeImports(backendWorker.metafile!, String(options.backendWorker.outfile)),
  });
  // The back-end worker is a thread of its own (no fake module loader there): it finds its
  // externals (better-sqlite3) the way a packaged app does, in a node_modules above it.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(workDir, 'node_modules'), 'dir');
  bundle = path.join(ROOT, String(options.main.outfile));
}, 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Quits like Electron does: will-quit, which the app may postpone until its database is closed. */
async function quit(app: Fake): Promise<void> {
  let postponed = false;
  for (const fn of app.appEvents['will-quit'] ?? []) fn({ preventDefault: () => (postponed = true) });
  if (postponed) await vi.waitFor(() => expect(app.calls).toContain('quit'), { timeout: 10_000 });
}

const running: Fake[] = [];
afterEach(async () => {
  // Every started app ends its back-end thread, as on a real quit.
  for (const app of running.splice(0)) await quit(app);
  moduleInternals._load = originalLoad;
  vi.restoreAllMocks();
});

/** Loads a fresh copy of main.cjs against a fake Electron and lets it start. */
async function startApp(setup: { binding: boolean; prepare?: (userData: string) => void; secondInstance?: boolean }): Promise<Fake & { dirs: { appPath: string; userData: string; logs: string } }> {
  const root = mkdtempSync(path.join(workDir, 'run-'));
  const dirs = { appPath: path.join(root, 'app'), userData: path.join(root, 'userData'), logs: path.join(root, 'logs') };
  mkdirSync(path.join(dirs.appPath, 'dist', 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(dirs.appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Wijkoverleg</title>');
  writeFileSync(path.join(dirs.appPath, 'dist', 'renderer', 'assets', 'app.js'), 'export {};');
  writeFileSync(path.join(dirs.appPath, 'secret.txt'), 'not for the renderer');
  if (setup.binding) {
    // Under plain Node the Node build of better-sqlite3 stands in for the Electron build.
    mkdirSync(path.join(dirs.appPath, '.native', 'electron'), { recursive: true });
    copyFileSync(nodeBinding, path.join(dirs.appPath, '.native', 'electron', 'better_sqlite3.node'));
  }
  setup.prepare?.(dirs.userData);

  const fake = fakeElectron(dirs, { lockHeld: !setup.secondInstance });
  moduleInternals._load = function (request, parent, isMain) {
    if (request === 'electron') return fake.electron;
    // The bundle lives outside the project; its externals come from the project's node_modules.
    const external = /^(better-sqlite3-multiple-ciphers|pdfkit)(\/|$)/.test(request);
    const resolved = external ? projectRequire.resolve(request) : request;
    return originalLoad.call(this, resolved, parent, isMain);
  };
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'log').mockImplementation(() => undefined);

  const load = createRequire(bundle);
  delete load.cache[bundle];
  load(bundle);
  fake.markReady();
  // A second instance quits at once, before `ready`: there is nothing to wait for.
  if (setup.secondInstance) return { ...fake, dirs };
  await vi.waitFor(
    () => {
      if (fake.windows.length === 0 && fake.state.exitCode === undefined) throw new Error('not started yet');
    },
    { timeout: 20_000 },
  );
  running.push(fake);
  return { ...fake, dirs };
}

const fromApp = { senderFrame: { url: 'app://wijkoverleg/index.html' } };

describe('main process (bundled, fake Electron)', () => {
  it('a second start quits without a window, IPC or database: the first instance is focused instead', async () => {
    const app = await startApp({ binding: true, secondInstance: true });
    expect(app.calls).toContain('quit');
    expect(app.windows).toEqual([]);
    expect(app.ipc).toEqual({});
    expect(Object.keys(app.appEvents)).not.toContain('second-instance');
    expect(existsSync(path.join(app.dirs.userData, 'wijkoverleg.sqlite'))).toBe(false);
  });

  it('registers the scheme and enables the sandbox before anything else', async () => {
    const app = await startApp({ binding: true });
    expect(app.calls.slice(0, 3)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'switch:lang=nl-NL']);
    expect(app.state.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(app.calls).toEqual(
      expect.arrayContaining(['setPermissionRequestHandler', 'setPermissionCheckHandler', 'setDevicePermissionHandler', 'session:will-download']),
    );
    expect(Object.keys(app.appEvents)).toEqual(expect.arrayContaining(['web-contents-created', 'second-instance', 'will-quit', 'window-all-closed']));
  });

  it('handles every contract channel, only for our own page', async () => {
    const app = await startApp({ binding: true });
    expect(Object.keys(app.ipc).sort()).toEqual([...channelNames].sort());
    const info = (await app.ipc['app:info']!(fromApp, {})) as { ok: boolean; data: { version: string; databasePath: string } };
    expect(info.ok).toBe(true);
    expect(info.data.version).toBe('9.9.9-test');
    expect(info.data.databasePath).toBe(path.join(app.dirs.userData, 'wijkoverleg.sqlite'));
    expect(() => app.ipc['app:info']!({ senderFrame: { url: 'https://evil.example/' } }, {})).toThrow(/geweigerd/);
    expect(() => app.ipc['app:info']!({ senderFrame: null }, {})).toThrow(/geweigerd/);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    const app = await startApp({ binding: true });
    const get = (url: string, method = 'GET') => app.state.protocolHandler!(new Request(url, { method }));
    const index = await get('app://wijkoverleg/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self';/);
    expect(await index.text()).toContain('<title>Wijkoverleg</title>');
    expect((await get('app://wijkoverleg/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://wijkoverleg/vergaderingen/3')).status).toBe(200);
    expect((await get('app://wijkoverleg/assets/missing.js')).status).toBe(404);
    expect((await get('app://wijkoverleg/..%2f..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://wijkoverleg/index.html', 'POST')).status).toBe(405);
  });

  it('opens one hardened window on the app origin with the Dutch menu', async () => {
    const app = await startApp({ binding: true });
    expect(app.windows).toHaveLength(1);
    const win = app.windows[0]!;
    expect(win.loadedUrl).toBe('app://wijkoverleg/index.html');
    expect(win.options).toMatchObject({ title: 'Wijkoverleg', show: false, minWidth: 1024, minHeight: 700 });
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: path.join(path.dirname(bundle), 'preload.cjs'),
    });
    expect(app.state.menu?.map((m) => m.label)).toEqual(
      process.platform === 'darwin' ? ['Wijkoverleg', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help'] : ['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help'],
    );
  });

  it('saves the window state on close and closes the database on will-quit', async () => {
    const app = await startApp({ binding: true });
    for (const fn of app.windows[0]!.events.close ?? []) fn();
    expect(JSON.parse(readFileSync(path.join(app.dirs.userData, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 10, y: 20, width: 1100, height: 750 },
      isMaximized: false,
    });
    const quitting = quit(app);
    // From will-quit on, nothing reaches the database any more.
    expect(await app.ipc['app:info']!(fromApp, {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    await quitting;
    expect(app.calls.filter((c) => c === 'quit')).toHaveLength(1);
  });

  it('runs the back end in a worker thread: the main thread stays free while it works', async () => {
    const app = await startApp({ binding: true });
    expect(await app.ipc['setup:loadDemo']!(fromApp, {})).toMatchObject({ ok: true });
    // In the main thread the reads would run before the timer could fire once.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const answers = (await Promise.all(Array.from({ length: 40 }, () => app.ipc['action:list']!(fromApp, {})))) as { ok: boolean }[];
    clearInterval(timer);
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(ticks).toBeGreaterThan(0);
  });

  it('explains a missing native binding in Dutch and quits without a window', async () => {
    const app = await startApp({ binding: false });
    expect(app.state.exitCode).toBe(1);
    expect(app.windows).toHaveLength(0);
    expect(app.ipc).toEqual({});
    expect(app.errorBoxes).toEqual([{ title: 'Wijkoverleg kan niet starten', message: expect.stringContaining('npm run native:electron') }]);
  });

  it('refuses a database from a newer version without migrating it', async () => {
    const Database = projectRequire('better-sqlite3-multiple-ciphers') as new (file: string) => { pragma(sql: string, o?: { simple: boolean }): unknown; close(): void };
    let file = '';
    const app = await startApp({
      binding: true,
      prepare: (userData) => {
        mkdirSync(userData, { recursive: true });
        file = path.join(userData, 'wijkoverleg.sqlite');
        const db = new Database(file);
        db.pragma('user_version = 999');
        db.close();
      },
    });
    expect(app.state.exitCode).toBe(1);
    expect(app.windows).toHaveLength(0);
    expect(app.errorBoxes[0]?.message).toContain('nieuwere versie van Wijkoverleg');
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(999);
    db.close();
  });
});
