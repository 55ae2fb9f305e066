import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session, shell } from 'electron';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startBackendWorker, type BackendWorker } from '../backend/worker/client';
import { channelNames } from '../contract';
import { createIpcHandler } from './ipc';
import { folderDialogOptions, openedFine } from './exportFolders';
import { createLogger } from './log';
import { createMainWindow } from './main-window';
import { aboutDialogContent, buildMenuTemplate } from './menu';
import { requireNativeBinding } from './native-binding';
import { backendWorkerPath, databasePath, documentFontDir, documentWorkerPath, preloadPath, rendererRoot, windowStatePath } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { describeStartupError } from './startup-error';
import { backupDialogs } from './backup-dialogs';
import { osKeyStore } from './key-store';

const APP_NAME = 'Wijkoverleg';
const APP_ID = 'nl.wijkoverleg.app';

// Both only work before `ready`: Electron ignores or rejects them once the app has started.
registerAppScheme();
app.enableSandbox();
// A Dutch-only app: Chromium's own texts (date fields dd-mm-jjjj, spelling menu, file dialogs) in Dutch too.
app.commandLine.appendSwitch('lang', 'nl-NL');

const log = createLogger(() => (app.isReady() ? path.join(app.getPath('logs'), 'main.log') : null));

if (!app.requestSingleInstanceLock()) {
  // Two processes writing the same SQLite file from two windows would confuse users; the first
  // instance is focused instead (see 'second-instance').
  app.quit();
} else {
  run();
}

function run(): void {
  // The dispatcher and SQLite run in a worker thread: a long query or export never blocks the window or menus.
  let backend: BackendWorker | null = null;
  let mainWindow: BrowserWindow | null = null;

  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', (event) => {
    // Closing checkpoints the WAL, so the .sqlite file alone is a complete copy afterwards. The
    // worker closes asynchronously: quit again once it has.
    const closing = backend;
    if (!closing) return;
    backend = null;
    event.preventDefault();
    closing
      .close()
      .catch((error: unknown) => log.error('Closing the database failed', error))
      .finally(() => app.quit());
  });

  const openWindow = (): BrowserWindow => {
    const win = createMainWindow({
      preload: preloadPath(__dirname),
      windowStateFile: windowStatePath(app.getPath('userData')),
      // Packaged Linux builds get the icon from their .desktop entry; build/ is not in the asar.
      ...(process.platform === 'linux' && !app.isPackaged ? { icon: path.join(app.getAppPath(), 'build', 'icons', '512x512.png') } : {}),
      devTools: !app.isPackaged,
      log,
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    return win;
  };

  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open brings one back.
    if (backend && BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });

  app
    .whenReady()
    .then(async () => {
      const userData = app.getPath('userData');
      const dbPath = databasePath(userData);

      hardenSession(session.defaultSession, () => app.getPath('downloads'));
      serveRenderer(rendererRoot(app.getAppPath()), log);

      try {
        mkdirSync(userData, { recursive: true });
        backend = await startBackendWorker({
          workerScript: backendWorkerPath(__dirname),
          databasePath: dbPath,
          appVersion: __APP_VERSION__,
          // The database key, kept by the OS key store (DPAPI, Keychain, Secret Service/KWallet).
          keys: osKeyStore(safeStorage, userData),
          nativeBinding: requireNativeBinding({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
          validateResponses: !app.isPackaged,
          onInternalError: (channel, error) => log.error(`Handler for "${channel}" failed`, error),
          onStorageError: (channel, error) => log.error(`Storage fault in "${channel}"`, error),
          onBackgroundError: (what, error) => log.error(what, error),
          // Native dialogs, modal to the window; the back end asks through this, never Electron directly.
          files: backupDialogs(dialog, () => mainWindow, () => app.getPath('documents')),
          documents: {
            workerScript: documentWorkerPath(__dirname),
            fontDir: documentFontDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
          },
          // "Actielijsten maken": the user picks the folder in the native dialog; the back end keeps
          // the path behind an id, so only a folder chosen here can be written to or opened.
          folders: {
            choose: async (title) => {
              const options = folderDialogOptions(title, app.getPath('documents'));
              const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
              return result.canceled ? null : (result.filePaths[0] ?? null);
            },
            reveal: async (folder) => openedFine(await shell.openPath(folder)),
          },
        });
      } catch (error) {
        // No half-done migration is left behind: migrations run in one transaction, and a file
        // from a newer version is refused before migrating. Quit without opening a window.
        log.error('Could not open the database', error);
        const text = describeStartupError(error, dbPath);
        dialog.showErrorBox(text.title, text.message);
        app.exit(1);
        return;
      }

      const handle = createIpcHandler((channel, payload) => {
        if (!backend) throw new Error('Database is closed');
        return backend.invoke(channel, payload);
      }, log);
      for (const channel of channelNames) {
        ipcMain.handle(channel, (event, payload: unknown) => handle(channel, event, payload));
      }

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate(
            { platform: process.platform, isPackaged: app.isPackaged, appName: APP_NAME },
            {
              showAbout: () => {
                const content = aboutDialogContent({
                  appName: APP_NAME,
                  version: __APP_VERSION__,
                  databasePath: dbPath,
                  electronVersion: process.versions.electron ?? '?',
                  chromeVersion: process.versions.chrome ?? '?',
                });
                const options = { type: 'info' as const, buttons: ['OK'], ...content };
                const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
                shown.catch((error: unknown) => log.error('Could not show the about dialog', error));
              },
              openDatabaseFolder: () => shell.showItemInFolder(dbPath),
            },
          ),
        ),
      );

      log.info(`Wijkoverleg ${__APP_VERSION__} started (Electron ${process.versions.electron ?? '?'})`);
      mainWindow = openWindow();
    })
    .catch((error: unknown) => {
      log.error('Start-up failed', error);
      dialog.showErrorBox('Wijkoverleg kan niet starten', `Er ging iets mis bij het starten.\n\nTechnische details: ${String(error)}`);
      app.exit(1);
    });
}
