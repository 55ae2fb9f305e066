import { describe, expect, it } from 'vitest';

// scripts/native-electron.mjs is plain JavaScript run by Node; it only runs its main() when
// invoked directly, so importing it here is side-effect free. The non-literal specifier keeps
// TypeScript from looking for declarations; the shape we use is spelled out below.
interface Stamp {
  electron: string;
  betterSqlite3: string;
  arch: string;
  platform: string;
}
interface NativeElectronScript {
  parseArgs(argv: string[], defaults?: { arch: string }): { arch: string; force: boolean; optional: boolean };
  versionFromPackageJson(text: string, name: string): string;
  wantedStamp(stamp: Stamp): Stamp;
  isCachedBuildCurrent(stampText: string | null, wanted: Stamp, bindingExists: boolean): boolean;
  blocker(facts: { env: Record<string, string | undefined>; hasNetwork: boolean; force: boolean }): string | null;
  prebuildInstallArgs(facts: { electron: string; arch: string; platform: string }): string[];
  nodeGypArgs(facts: { electron: string; arch: string }): string[];
  childEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
  paths(root: string): Record<'electronPackage' | 'sqliteSource' | 'nodeGyp' | 'buildDir' | 'outDir' | 'binding' | 'stamp', string>;
  SOURCE_ENTRIES: string[];
}

// A plain .mjs without types: the path is a string so TypeScript does not look for a declaration.
const scriptPath: string = new URL('../../../scripts/native-electron.mjs', import.meta.url).href;
const script = (await import(scriptPath)) as NativeElectronScript;

const wanted: Stamp = { electron: '45.4.1', betterSqlite3: '12.9.0', arch: 'x64', platform: 'linux' };

describe('native-electron: cache decision', () => {
  it('reuses a build stamped for exactly this combination', () => {
    expect(script.isCachedBuildCurrent(JSON.stringify(wanted), wanted, true)).toBe(true);
    expect(script.isCachedBuildCurrent(JSON.stringify({ ...wanted, builtAt: 'x' }), wanted, true)).toBe(true);
  });

  it('rebuilds when anything differs, the binary is missing, or the stamp is unreadable', () => {
    for (const change of [{ electron: '45.4.2' }, { betterSqlite3: '12.9.1' }, { arch: 'arm64' }, { platform: 'darwin' }]) {
      expect(script.isCachedBuildCurrent(JSON.stringify({ ...wanted, ...change }), wanted, true), JSON.stringify(change)).toBe(false);
    }
    expect(script.isCachedBuildCurrent(JSON.stringify(wanted), wanted, false)).toBe(false);
    expect(script.isCachedBuildCurrent(null, wanted, true)).toBe(false);
    expect(script.isCachedBuildCurrent('{not json', wanted, true)).toBe(false);
    expect(script.isCachedBuildCurrent('null', wanted, true)).toBe(false);
    expect(script.isCachedBuildCurrent('{}', wanted, true)).toBe(false);
  });

  it('stamps only the four facts that decide ABI compatibility', () => {
    expect(script.wantedStamp({ ...wanted, extra: 1 } as Stamp)).toEqual(wanted);
  });
});

describe('native-electron: when to try at all', () => {
  it('skips in CI and offline unless forced', () => {
    expect(script.blocker({ env: {}, hasNetwork: true, force: false })).toBeNull();
    expect(script.blocker({ env: { CI: 'true' }, hasNetwork: true, force: false })).toMatch(/CI/);
    expect(script.blocker({ env: { CI: 'false' }, hasNetwork: true, force: false })).toBeNull();
    expect(script.blocker({ env: {}, hasNetwork: false, force: false })).toMatch(/network/i);
    expect(script.blocker({ env: { CI: '1' }, hasNetwork: false, force: true })).toBeNull();
  });

  it('parses its flags strictly', () => {
    expect(script.parseArgs([], { arch: 'x64' })).toEqual({ arch: 'x64', force: false, optional: false });
    expect(script.parseArgs(['--arch=arm64', '--force', '--optional'], { arch: 'x64' })).toEqual({ arch: 'arm64', force: true, optional: true });
    expect(() => script.parseArgs(['--arch='])).toThrow(/Unknown argument/);
    expect(() => script.parseArgs(['--froce'])).toThrow(/Unknown argument/);
  });
});

describe('native-electron: build commands', () => {
  it('asks prebuild-install for the Electron runtime binary', () => {
    expect(script.prebuildInstallArgs(wanted)).toEqual(['--runtime', 'electron', '--target', '45.4.1', '--arch', 'x64', '--platform', 'linux', '--verbose']);
  });

  it('compiles with node-gyp against Electron headers', () => {
    expect(script.nodeGypArgs(wanted)).toEqual([
      'rebuild',
      '--release',
      '--runtime=electron',
      '--target=45.4.1',
      '--dist-url=https://electronjs.org/headers',
      '--arch=x64',
    ]);
  });

  it('drops npm config that would point the build at Node instead of Electron', () => {
    const env = script.childEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_cache: '/root/.npm',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_cache: '/root/.npm' });
  });

  it('reads versions from package.json text', () => {
    expect(script.versionFromPackageJson('{"name":"electron","version":"45.4.1"}', 'electron')).toBe('45.4.1');
    expect(() => script.versionFromPackageJson('{"name":"electron"}', 'electron')).toThrow(/no usable version/);
    expect(() => script.versionFromPackageJson('nope', 'electron')).toThrow(/not valid JSON/);
  });

  it('works on a copy outside node_modules and puts the result where the app looks', () => {
    const p = script.paths('/project');
    expect(p.buildDir).toMatch(/[/\\]\.native[/\\]electron-build[/\\]better-sqlite3$/);
    expect(p.binding).toMatch(/[/\\]\.native[/\\]electron[/\\]better_sqlite3\.node$/);
    expect(p.stamp).toMatch(/[/\\]\.native[/\\]electron[/\\]version\.json$/);
    for (const key of ['buildDir', 'outDir', 'binding', 'stamp'] as const) expect(p[key]).not.toContain('node_modules');
    expect(script.SOURCE_ENTRIES).toEqual(expect.arrayContaining(['package.json', 'binding.gyp', 'src', 'deps']));
    expect(script.SOURCE_ENTRIES).not.toContain('build');
  });
});
