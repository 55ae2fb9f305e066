import { BrowserWindow, Menu, dialog, screen } from 'electron';
import { START_URL } from './app-url';
import { buildContextMenuTemplate } from './context-menu';
import type { Logger } from './log';
import { debounce, loadWindowState, placeWindow, saveWindowState } from './window-state';

export interface MainWindowOptions {
  preload: string;
  windowStateFile: string;
  /** Window icon for development on Linux; installers set the icon everywhere else. */
  icon?: string;
  devTools: boolean;
  log: Logger;
}

/** Matches the renderer's page background, so no white flash appears before first paint. */
export const BACKGROUND_COLOR = '#f5f7fa';

const SAVE_DELAY_MS = 500;

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = placeWindow(loadWindowState(options.windowStateFile), screen.getAllDisplays(), screen.getPrimaryDisplay());

  const win = new BrowserWindow({
    title: 'Wijkoverleg',
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : { center: true }),
    width: placement.width,
    height: placement.height,
    minWidth: placement.minWidth,
    minHeight: placement.minHeight,
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: {
      preload: options.preload,
      // The Electron security checklist, spelled out even where it is the default, so a
      // future default change or a careless edit is visible in review.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click must not open anything (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.devTools,
      spellcheck: true,
    },
  });

  win.once('ready-to-show', () => {
    if (placement.isMaximized) win.maximize();
    win.show();
  });

  const persist = () => {
    if (win.isDestroyed()) return;
    try {
      // Normal bounds, so un-maximizing next time returns to the size the user chose.
      saveWindowState(options.windowStateFile, { bounds: win.getNormalBounds(), isMaximized: win.isMaximized() || win.isFullScreen() });
    } catch (error) {
      options.log.error('Could not save window state', error);
    }
  };
  const save = debounce(persist, SAVE_DELAY_MS);
  win.on('resize', () => save.schedule());
  win.on('move', () => save.schedule());
  win.on('maximize', () => save.schedule());
  win.on('unmaximize', () => save.schedule());
  win.on('close', () => {
    save.cancel();
    persist();
  });

  win.webContents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, {
      replaceMisspelling: (word) => win.webContents.replaceMisspelling(word),
      addToDictionary: (word) => win.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });

  win.webContents.on('render-process-gone', (_event, details) => {
    options.log.error(`Renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    dialog
      .showMessageBox(win, {
        type: 'error',
        title: 'Wijkoverleg',
        message: 'Het venster van Wijkoverleg is onverwacht gestopt.',
        detail: 'Alles wat al was opgeslagen, staat veilig in de database. Wat u nog niet had opgeslagen, moet u mogelijk opnieuw invoeren.',
        buttons: ['Opnieuw laden', 'Afsluiten'],
        defaultId: 0,
        cancelId: 1,
      })
      .then(({ response }) => {
        if (win.isDestroyed()) return;
        if (response === 0) win.webContents.reload();
        else win.close();
      })
      .catch((error: unknown) => options.log.error('Could not show the crash dialog', error));
  });

  win.loadURL(START_URL).catch((error: unknown) => options.log.error('Could not load the renderer', error));
  return win;
}
