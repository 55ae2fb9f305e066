import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3's native addon must match Electron's ABI, while the copy in node_modules is
 * built for Node (the tests use it). The Electron build lives outside node_modules: in the
 * project during development, next to the app's resources when packaged.
 * See scripts/native-electron.mjs and build/electron-builder.config.cjs.
 */

export interface NativeBindingFacts {
  isPackaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
  /** app.getAppPath(): the project root in development. */
  appPath: string;
}

export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

export function nativeBindingPath(facts: NativeBindingFacts): string {
  return facts.isPackaged
    ? path.join(facts.resourcesPath, 'native', NATIVE_BINDING_FILE)
    : path.join(facts.appPath, '.native', 'electron', NATIVE_BINDING_FILE);
}

export class MissingNativeBindingError extends Error {
  constructor(
    readonly bindingPath: string,
    readonly isPackaged: boolean,
  ) {
    super(`Native SQLite binding not found at ${bindingPath}`);
    this.name = 'MissingNativeBindingError';
  }
}

/** Fails early with a precise error instead of better-sqlite3's generic "cannot find module". */
export function requireNativeBinding(facts: NativeBindingFacts, exists: (file: string) => boolean = existsSync): string {
  const file = nativeBindingPath(facts);
  if (!exists(file)) throw new MissingNativeBindingError(file, facts.isPackaged);
  return file;
}
