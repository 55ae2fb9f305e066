import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBackendWorker } from '../../../backend/worker/client';
import { e2eBackend, type E2EBackend } from './workerBackend';
import { fixedFolderHost } from '../../../backend/exportFolders';
import { testKeys } from '../../support/keys';
import type { KeyStore } from '../../../db/encryption';
import { APP_URL, bridgeApi, rendererBuilt, serveRenderer } from './bridge';
import { layoutProblems } from './layout';

/** Where E2E screenshots land (documented in the README); CI keeps them as artifacts. */
export const SCREENSHOT_DIR = resolve('artifacts/screenshots');
/** The Playwright project whose screenshots keep their plain names (see playwright.config.ts). */
export const DEFAULT_PROJECT = 'desktop-1440';
/** Where exported files land (named as a user would find them); checked by real consumers. */
export const EXPORT_DIR = resolve('artifacts/exports');
export { APP_URL };

export interface AppFixture {
  backend: E2EBackend;
  databasePath: string;
  /** Loads the app and waits until it has rendered its first screen. */
  open(path?: string): Promise<void>;
  /** Reloads the page: the same database file, as after a restart. */
  reload(): Promise<void>;
  /** Stops and restarts the back end on the same file, then reloads: a real app restart. `whileClosed` runs in between. */
  restart(whileClosed?: () => void): Promise<void>;
  /** The folder of the automatic backups. */
  storageFolder(): string;
  /** This "laptop's" key store (the fixed test key; a test may give it another key, as on a new laptop). */
  keys: KeyStore;
  /** The file the next "choose a backup file" dialog answers with (null: the user cancels). */
  chooseFile(path: string | null): void;
  /** The folder every "choose a folder" dialog picks in tests (artifacts/exports). */
  exportsDir: string;
  /** Folders the app asked to show in the file manager. */
  revealed: string[];
  /**
   * Checks the screen's layout at the window size of the run (support/layout.ts), saves a
   * full-page screenshot under artifacts/screenshots (named with the size when it is not the
   * default) and checks WCAG 2.1 A/AA with axe.
   */
  capture(name: string): Promise<void>;
}

export const test = base.extend<{ app: AppFixture; today: string }>({
  today: ['2026-11-22', { option: true }],
  app: async ({ page, today }, use, testInfo) => {
    if (!rendererBuilt()) throw new Error('dist/renderer is missing: run `vite build` first (npm run test:e2e does).');
    const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-e2e-'));
    const databasePath = join(dir, 'wijkoverleg.sqlite');
    let fileChoice: string | null = null;
    // The host's file dialogs: "Back-up maken" saves into artifacts/exports, "terugzetten" takes what the test chose.
    const files = {
      chooseBackupTarget: (name: string) => {
        mkdirSync(EXPORT_DIR, { recursive: true });
        return join(EXPORT_DIR, name);
      },
      chooseBackupSource: () => fileChoice,
    };
    const revealed: string[] = [];
    // The E2E stand-in for Electron's folder dialog: every choice is artifacts/exports.
    // The same story runs at several window sizes at once: each size exports into its own folder.
    const exportsDir = testInfo.project.name === DEFAULT_PROJECT ? EXPORT_DIR : join(EXPORT_DIR, testInfo.project.name);
    mkdirSync(exportsDir, { recursive: true });
    const folders = fixedFolderHost(exportsDir, (folder) => {
      revealed.push(folder);
      return Promise.resolve(true);
    });
    // One key store for the test, kept across a restart of the back end (a restore may replace its key).
    const keys = testKeys();
    // The back end runs in a worker thread, as in the app; the day is pinned, the time of day is real.
    const start = async () => {
      const worker = await startBackendWorker({
        databasePath,
        appVersion: 'e2e',
        today,
        keys,
        files,
        folders,
        validateResponses: true,
        onInternalError: (channel, error) => console.error(`[backend] ${channel}`, error),
        onStorageError: (channel, error) => console.error(`[backend] storage fault in ${channel}`, error),
        onBackgroundError: (what, error) => console.error(`[backend] ${what}`, error),
      });
      return { worker, handle: e2eBackend(worker, databasePath, keys) };
    };
    let { worker, handle: backend } = await start();
    const stop = async () => {
      backend.closeReader();
      await worker.close();
    };

    await serveRenderer(page);
    await bridgeApi(page, (channel, payload) => backend.invoke(channel, payload));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    const waitForApp = async () => {
      await expect(page.locator('h1').first()).toBeVisible();
    };
    const fixture: AppFixture = {
      get backend() {
        return backend;
      },
      databasePath,
      exportsDir,
      revealed,
      async open(path = '/') {
        await page.goto(`${APP_URL}#${path}`);
        await waitForApp();
      },
      async reload() {
        await page.reload();
        await waitForApp();
      },
      storageFolder: () => worker.backupFolder,
      keys,
      chooseFile(path) {
        fileChoice = path;
      },
      async restart(whileClosed) {
        await stop();
        whileClosed?.();
        ({ worker, handle: backend } = await start());
        await page.reload();
        await waitForApp();
      },
      async capture(name) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const size = page.viewportSize();
        // Soft: the walk goes on to the next screen, and the test still fails with every problem listed.
        expect.soft(await layoutProblems(page), `opmaak van scherm "${name}" bij ${size?.width}×${size?.height}`).toEqual([]);
        const file = testInfo.project.name === DEFAULT_PROJECT ? `${name}.png` : `${name}-${size?.width}x${size?.height}.png`;
        // The app scrolls inside panes (agenda, main), so fullPage alone shows one viewport: grow
        // the viewport to the tallest pane for the picture, then restore it.
        const viewport = page.viewportSize();
        const tallest = await page.evaluate(() =>
          Math.max(
            document.documentElement.scrollHeight,
            ...[...document.querySelectorAll<HTMLElement>('body *')]
              .filter((el) => /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight)
              .map((el) => el.getBoundingClientRect().top + window.scrollY + el.scrollHeight),
          ),
        );
        if (viewport && tallest > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.min(Math.ceil(tallest), 6000) });
        await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true });
        if (viewport && tallest > viewport.height) await page.setViewportSize(viewport);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(violations, `WCAG-schendingen op scherm "${name}"`).toEqual([]);
      },
    };
    await use(fixture);
    await stop();
    rmSync(dir, { recursive: true, force: true });
    // A console error in the renderer is a bug even when the assertions passed.
    expect(errors.filter((e) => !e.includes('favicon')), `console errors in ${testInfo.title}`).toEqual([]);
  },
});

export { expect };
export type { Page };
