// Builds the native addon of better-sqlite3-multiple-ciphers (our SQLite driver, db/driver.ts) for Electron's ABI into .native/electron/, leaving the
// Node build in node_modules (used by `npm test`) untouched.
//
//   node scripts/native-electron.mjs [--arch=x64|arm64|ia32] [--force] [--optional]
//
//   --force     try even in CI or without detected network access, and ignore the cache
//   --optional  when the build is impossible (CI, offline), warn and exit 0 instead of 1
//
// Strategy: copy the package's sources to .native/electron-build/better-sqlite3-multiple-ciphers, then inside
// that copy first try a prebuilt binary (prebuild-install for runtime electron), else compile
// with node-gyp against Electron's headers. The result is copied to
// .native/electron/better_sqlite3.node with a version.json stamp; a matching stamp skips all work.
import { spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BINDING_FILE = 'better_sqlite3.node';
/** The driver package (the fork keeps better-sqlite3's binding file name). */
export const SQLITE_PACKAGE = 'better-sqlite3-multiple-ciphers';
export const HEADERS_URL = 'https://electronjs.org/headers';

/** What node-gyp needs to rebuild the addon (its own build/ is deliberately left behind). */
export const SOURCE_ENTRIES = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];

/**
 * npm exports the user's npm config to scripts as npm_config_*; settings such as `nodedir` or
 * `target` would silently point node-gyp/prebuild-install at Node instead of Electron.
 */
export const STRIPPED_ENV = /^npm_config_(nodedir|target|target_arch|runtime|disturl|dist_url|arch|platform|build_from_source|devdir|node_gyp)$/i;

export function paths(root) {
  const native = path.join(root, '.native');
  return {
    electronPackage: path.join(root, 'node_modules', 'electron', 'package.json'),
    sqliteSource: path.join(root, 'node_modules', SQLITE_PACKAGE),
    nodeGyp: path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    buildDir: path.join(native, 'electron-build', SQLITE_PACKAGE),
    outDir: path.join(native, 'electron'),
    binding: path.join(native, 'electron', BINDING_FILE),
    stamp: path.join(native, 'electron', 'version.json'),
  };
}

/** Parses the flags above; unknown flags are an error so typos do not pass silently. */
export function parseArgs(argv, defaults = { arch: process.arch }) {
  const options = { arch: defaults.arch, force: false, optional: false };
  for (const arg of argv) {
    if (arg === '--force') options.force = true;
    else if (arg === '--optional') options.optional = true;
    else if (arg.startsWith('--arch=') && arg.length > '--arch='.length) options.arch = arg.slice('--arch='.length);
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return options;
}

/** The installed package's version, from its package.json text. */
export function versionFromPackageJson(text, name) {
  let pkg;
  try {
    pkg = JSON.parse(text);
  } catch {
    throw new Error(`${name}/package.json is not valid JSON`);
  }
  if (typeof pkg?.version !== 'string' || !/^\d+\.\d+\.\d+/.test(pkg.version)) throw new Error(`${name}/package.json has no usable version`);
  return pkg.version;
}

export function wantedStamp({ electron, betterSqlite3, arch, platform }) {
  return { electron, betterSqlite3, arch, platform };
}

/**
 * The cached build is reusable only when the binary exists and was built for exactly this
 * Electron, better-sqlite3, arch and platform. Anything unreadable counts as stale.
 */
export function isCachedBuildCurrent(stampText, wanted, bindingExists) {
  if (!bindingExists || typeof stampText !== 'string') return false;
  let stamp;
  try {
    stamp = JSON.parse(stampText);
  } catch {
    return false;
  }
  if (typeof stamp !== 'object' || stamp === null) return false;
  return Object.keys(wanted).every((key) => stamp[key] === wanted[key]);
}

/** Why we should not even try (or null to go ahead). */
export function blocker({ env, hasNetwork, force }) {
  if (force) return null;
  if (env.CI && env.CI !== 'false' && env.CI !== '0') {
    return 'CI is set: skipping the Electron build of better-sqlite3 (tests use the Node build in node_modules). Use --force to build anyway.';
  }
  if (!hasNetwork) {
    return 'No network: the Electron build of better-sqlite3 needs GitHub (prebuilt binary) or electronjs.org (headers). Connect and retry, or use --force to try with cached downloads.';
  }
  return null;
}

export function prebuildInstallArgs({ electron, arch, platform }) {
  return ['--runtime', 'electron', '--target', electron, '--arch', arch, '--platform', platform, '--verbose'];
}

export function nodeGypArgs({ electron, arch }) {
  return ['rebuild', '--release', '--runtime=electron', `--target=${electron}`, `--dist-url=${HEADERS_URL}`, `--arch=${arch}`];
}

export function childEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !STRIPPED_ENV.test(key)));
}

async function canResolve(host, timeoutMs = 3000) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([lookup(host).then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function run(command, args, cwd, env) {
  console.log(`> ${path.basename(command)} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.error) console.error(result.error.message);
  return result.status === 0;
}

function prepareSourceCopy(p) {
  rmSync(p.buildDir, { recursive: true, force: true });
  mkdirSync(p.buildDir, { recursive: true });
  for (const entry of SOURCE_ENTRIES) {
    const from = path.join(p.sqliteSource, entry);
    if (existsSync(from)) cpSync(from, path.join(p.buildDir, entry), { recursive: true });
  }
}

function tryPrebuild(p, wanted, env) {
  let bin;
  try {
    // better-sqlite3 depends on prebuild-install, so resolve it the way better-sqlite3 would.
    bin = createRequire(path.join(p.sqliteSource, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    console.warn(`prebuild-install not found next to ${SQLITE_PACKAGE}; going straight to node-gyp.`);
    return false;
  }
  return run(process.execPath, [bin, ...prebuildInstallArgs(wanted)], p.buildDir, env);
}

function tryNodeGyp(p, wanted, env) {
  if (!existsSync(p.nodeGyp)) {
    console.error(`node-gyp not found at ${p.nodeGyp}; run npm install.`);
    return false;
  }
  return run(process.execPath, [p.nodeGyp, ...nodeGypArgs(wanted)], p.buildDir, env);
}

export async function main(argv = process.argv.slice(2), root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')) {
  const options = parseArgs(argv);
  const p = paths(root);
  const fail = (message) => {
    console[options.optional ? 'warn' : 'error'](`native:electron: ${message}`);
    return options.optional ? 0 : 1;
  };

  if (!existsSync(p.electronPackage)) return fail('node_modules/electron is missing; run npm install first.');
  if (!existsSync(path.join(p.sqliteSource, 'package.json'))) return fail(`node_modules/${SQLITE_PACKAGE} is missing; run npm install first.`);

  const wanted = wantedStamp({
    electron: versionFromPackageJson(readFileSync(p.electronPackage, 'utf8'), 'electron'),
    betterSqlite3: `${SQLITE_PACKAGE}@${versionFromPackageJson(readFileSync(path.join(p.sqliteSource, 'package.json'), 'utf8'), SQLITE_PACKAGE)}`,
    arch: options.arch,
    platform: process.platform,
  });
  const label = `${wanted.betterSqlite3} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})`;

  const stampText = existsSync(p.stamp) ? readFileSync(p.stamp, 'utf8') : null;
  if (!options.force && isCachedBuildCurrent(stampText, wanted, existsSync(p.binding))) {
    console.log(`native:electron: ${label} is up to date (${path.relative(root, p.binding)}).`);
    return 0;
  }

  const hasNetwork = (await canResolve('github.com')) || (await canResolve('electronjs.org'));
  const reason = blocker({ env: process.env, hasNetwork, force: options.force });
  if (reason) return fail(reason);

  console.log(`native:electron: building ${label} in ${path.relative(root, p.buildDir)}`);
  prepareSourceCopy(p);
  const env = childEnv(process.env);
  const built = path.join(p.buildDir, 'build', 'Release', BINDING_FILE);

  let ok = tryPrebuild(p, wanted, env) && existsSync(built);
  if (!ok) {
    console.log('native:electron: no usable prebuilt binary; compiling with node-gyp (needs Python and a C++ toolchain).');
    ok = tryNodeGyp(p, wanted, env) && existsSync(built);
  }
  if (!ok) {
    return fail(
      `could not build ${label}. See the output above. Needs network access (GitHub for a prebuilt ` +
        'binary, electronjs.org for headers) and, for compiling, Python 3 plus a C++ toolchain.',
    );
  }

  // Stamp last, via rename: an interrupted run never leaves a stamp that vouches for a wrong binary.
  mkdirSync(p.outDir, { recursive: true });
  rmSync(p.stamp, { force: true });
  copyFileSync(built, `${p.binding}.tmp`);
  renameSync(`${p.binding}.tmp`, p.binding);
  writeFileSync(`${p.stamp}.tmp`, `${JSON.stringify(wanted, null, 2)}\n`);
  renameSync(`${p.stamp}.tmp`, p.stamp);
  console.log(`native:electron: ${label} -> ${path.relative(root, p.binding)}`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(`native:electron: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
