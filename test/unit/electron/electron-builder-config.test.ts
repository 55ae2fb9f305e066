import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

// The config is CommonJS for electron-builder; only the parts asserted here are typed.
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  npmRebuild: boolean;
  buildDependenciesFromSource: boolean;
  extraResources: { from: string; to: string }[];
  win: { target: { target: string }[] };
  nsis: Record<string, unknown>;
  mac: { target: string[]; category: string; hardenedRuntime: boolean };
  linux: { target: string[]; category: string; maintainer: string; synopsis: string };
  electronFuses: Record<string, boolean>;
}

const config = require('../../../build/electron-builder.config.cjs') as BuilderConfig;

describe('electron-builder config', () => {
  it('identifies the app', () => {
    expect(config.appId).toBe('nl.wijkoverleg.app');
    expect(config.productName).toBe('Wijkoverleg');
    expect(config.directories.output).toBe('release');
  });

  it('never rebuilds node_modules and ships our Electron build of better-sqlite3 instead', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
    expect(config.extraResources).toContainEqual({ from: '.native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' });
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json', '!node_modules/better-sqlite3/build/**']));
  });

  it('builds the agreed installers', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, installerLanguages: ['nl_NL'], language: '1043' });
    expect(config.mac).toMatchObject({ target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('locks down the Electron binary with fuses', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });

  // Loading app-builder-lib takes a couple of seconds; allow for a slow CI machine.
  it("passes electron-builder's own schema validation (offline)", { timeout: 30_000 }, async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(config), nsis: { oneClik: false } }, new DebugLogger(false))).rejects.toThrow(/schema/);
  });
});

describe('what the installer ships from node_modules', () => {
  it('only the packages the bundled main process loads at runtime: everything else is inside main.cjs already', async () => {
    const pkg = require('../../../package.json') as { dependencies: Record<string, string> };
    const buildScriptPath: string = new URL('../../../scripts/build-electron.mjs', import.meta.url).href;
    const { MAIN_EXTERNALS } = (await import(buildScriptPath)) as { MAIN_EXTERNALS: string[] };
    // electron-builder copies `dependencies` into the app; a bundled package there (zod) would ship twice.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(MAIN_EXTERNALS.filter((m) => m !== 'electron').sort());
  });
});
