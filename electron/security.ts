import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-url';
import { saveDialogOptionsFor } from './downloads';
import { vetExternalUrl } from './external-links';
import type { Logger } from './log';

/**
 * Hardening for every webContents and the session. Applied from `web-contents-created`, so it
 * also covers anything created later (devtools, a stray window) and not just our main window.
 */

export function openExternally(url: string, log: Logger): void {
  const safe = vetExternalUrl(url);
  if (!safe) {
    log.error(`Blocked external link ${JSON.stringify(url.slice(0, 200))}`);
    return;
  }
  shell.openExternal(safe).catch((error: unknown) => log.error('Could not open external link', error));
}

export function hardenWebContents(contents: WebContents, log: Logger): void {
  // Leaving the app origin in the window would give a foreign page our preload API. A link to
  // the web is opened in the user's browser instead (when it passes the vetting).
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternally(event.url, log);
  });
  contents.on('will-frame-navigate', (event) => {
    // Main-frame navigations are handled by will-navigate above.
    if (event.isMainFrame || isAppUrl(event.url)) return;
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });

  // No new Electron windows, ever: vetted links go to the browser, the rest is dropped.
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url, log);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session, downloadsDir: () => string): void {
  // The app needs no camera, location, notifications, clipboard-read, ... from the web platform.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  // Exports arrive as downloads; Electron shows the native save dialog by default, we only make
  // it Dutch. Never call item.setSavePath here, or the user would not be asked.
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(saveDialogOptionsFor(item.getFilename(), downloadsDir()));
  });
}
