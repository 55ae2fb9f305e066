// Bundles the Electron shell: dist/electron/main.cjs (main process) and dist/electron/preload.cjs
// (sandboxed preload, one self-contained file that may only require 'electron').
// The option builders are exported so test/unit/electron bundles main.ts exactly the same way.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Kept out of the main bundle: electron is provided by the runtime; better-sqlite3-multiple-ciphers loads a native
// addon; pdfkit reads its font metrics from files next to its own source. All three ship in the
// packaged app's node_modules.
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3-multiple-ciphers', 'pdfkit'];
// The document worker needs pdfkit (its ICC profile for PDF/A and font data sit next to its source).
export const WORKER_EXTERNALS = ['pdfkit'];
// The back-end worker opens SQLite (native addon) and never touches Electron.
export const BACKEND_WORKER_EXTERNALS = ['better-sqlite3-multiple-ciphers', 'pdfkit'];

export function readAppVersion(root = ROOT) {
  return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
}

/**
 * The preload must not bundle the contract (its zod schemas would bloat the sandboxed script),
 * but it needs the channel list. So the contract is evaluated here and the names are injected.
 */
export async function loadChannelNames(root = ROOT) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['contract/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  const wrapper = vm.runInThisContext(`(function (module, exports, require) {${result.outputFiles[0].text}\n})`, {
    filename: 'contract/index.ts (bundled)',
  });
  wrapper(module, module.exports, createRequire(path.join(root, 'contract', 'index.ts')));
  const names = module.exports.channelNames;
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string' && n.length > 0)) {
    throw new Error('contract/index.ts did not export a non-empty string array "channelNames"');
  }
  return names;
}

/** esbuild options for both bundles; `outDir` is relative to `root`. */
export function bundleOptions({ root = ROOT, outDir = 'dist/electron', version, channelNames }) {
  const shared = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    sourcemap: true,
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
    define: {
      __APP_VERSION__: JSON.stringify(version),
      __CHANNEL_NAMES__: JSON.stringify(channelNames),
    },
  };
  return {
    main: { ...shared, entryPoints: ['electron/main.ts'], outfile: path.join(outDir, 'main.cjs'), external: MAIN_EXTERNALS },
    preload: { ...shared, entryPoints: ['electron/preload.ts'], outfile: path.join(outDir, 'preload.cjs'), external: ['electron'] },
    // Documents are made in a worker thread (backend/documents/documentWorker.ts) from this file.
    documentWorker: { ...shared, entryPoints: ['backend/documents/worker.ts'], outfile: path.join(outDir, 'document-worker.cjs'), external: WORKER_EXTERNALS },
    // The dispatcher and SQLite run in a worker thread (backend/worker/client.ts) from this file.
    backendWorker: { ...shared, entryPoints: ['backend/worker/entry.ts'], outfile: path.join(outDir, 'backend-worker.cjs'), external: BACKEND_WORKER_EXTERNALS },
  };
}

/** Every module a bundle still loads at runtime, as esbuild recorded it. */
export function runtimeImports(metafile, outfile) {
  const output = metafile.outputs[outfile.split(path.sep).join('/')];
  if (!output) throw new Error(`esbuild wrote no ${outfile}`);
  return [...new Set(output.imports.filter((i) => i.external).map((i) => i.path))].sort();
}

/** Throws when a bundle would need a module that will not be there at runtime. */
export function checkRuntimeImports({ main, preload, documentWorker = [], backendWorker = [] }) {
  // A sandboxed preload can only require 'electron'; anything else would fail on the user's
  // machine, so fail the build instead.
  const unexpectedPreload = preload.filter((name) => name !== 'electron');
  if (unexpectedPreload.length > 0) throw new Error(`preload.cjs must require only 'electron', but requires: ${unexpectedPreload.join(', ')}`);
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  // A file inside an external package ships with that package.
  const shipped = (name) => MAIN_EXTERNALS.some((pkg) => name === pkg || name.startsWith(`${pkg}/`));
  const unexpectedMain = main.filter((name) => !builtins.has(name) && !shipped(name));
  if (unexpectedMain.length > 0) throw new Error(`main.cjs requires unexpected modules: ${unexpectedMain.join(', ')}`);
  const unexpectedWorker = documentWorker.filter((name) => !builtins.has(name) && !WORKER_EXTERNALS.includes(name));
  if (unexpectedWorker.length > 0) throw new Error(`document-worker.cjs requires unexpected modules: ${unexpectedWorker.join(', ')}`);
  const unexpectedBackend = backendWorker.filter((name) => !builtins.has(name) && !BACKEND_WORKER_EXTERNALS.some((pkg) => name === pkg || name.startsWith(`${pkg}/`)));
  if (unexpectedBackend.length > 0) throw new Error(`backend-worker.cjs requires unexpected modules: ${unexpectedBackend.join(', ')}`);
}

async function run() {
  const version = readAppVersion();
  const channelNames = await loadChannelNames();
  const options = bundleOptions({ version, channelNames });
  rmSync(path.join(ROOT, 'dist', 'electron'), { recursive: true, force: true });
  const [main, preload, documentWorker, backendWorker] = await Promise.all([build(options.main), build(options.preload), build(options.documentWorker), build(options.backendWorker)]);
  checkRuntimeImports({
    main: runtimeImports(main.metafile, options.main.outfile),
    preload: runtimeImports(preload.metafile, options.preload.outfile),
    documentWorker: runtimeImports(documentWorker.metafile, options.documentWorker.outfile),
    backendWorker: runtimeImports(backendWorker.metafile, options.backendWorker.outfile),
  });
  const size = (file) => `${(readFileSync(path.join(ROOT, file)).length / 1024).toFixed(0)} kB`;
  console.log(
    `Built Electron shell ${version}: ${options.main.outfile} (${size(options.main.outfile)}), ` +
      `${options.preload.outfile} (${size(options.preload.outfile)}, ${channelNames.length} channels).`,
  );
}

const invokedDirectly = process.argv[1] !== undefined && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  run().catch((error) => {
    console.error(`build:electron: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
