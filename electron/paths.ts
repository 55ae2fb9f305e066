import path from 'node:path';

/** Every file location the shell uses, derived from Electron's folders in one place. */

export const DATABASE_FILE = 'wijkoverleg.sqlite';
export const WINDOW_STATE_FILE = 'window-state.json';

export const databasePath = (userData: string): string => path.join(userData, DATABASE_FILE);
export const windowStatePath = (userData: string): string => path.join(userData, WINDOW_STATE_FILE);

/** The Vite build; `appPath` is the project root in development and app.asar when packaged. */
export const rendererRoot = (appPath: string): string => path.join(appPath, 'dist', 'renderer');

/** The preload bundle sits next to main.cjs (both in dist/electron). */
export const preloadPath = (bundleDir: string): string => path.join(bundleDir, 'preload.cjs');

/** The document worker bundle sits next to main.cjs too (see scripts/build-electron.mjs). */
export const documentWorkerPath = (bundleDir: string): string => path.join(bundleDir, 'document-worker.cjs');

/** The back-end worker (dispatcher + SQLite, off the main thread) sits next to main.cjs as well. */
export const backendWorkerPath = (bundleDir: string): string => path.join(bundleDir, 'backend-worker.cjs');

/** The fonts embedded in PDFs: an extra resource when packaged, build/fonts in development. */
export const documentFontDir = (o: { isPackaged: boolean; resourcesPath: string; appPath: string }): string =>
  o.isPackaged ? path.join(o.resourcesPath, 'fonts') : path.join(o.appPath, 'build', 'fonts');
