import { defineConfig } from '@playwright/test';

/**
 * E2E: Debian's Chromium (Playwright cannot download its own browsers here) loads the built
 * renderer, with the real back end bridged in per test (see test/e2e/support/fixtures.ts).
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // --lang: date and time fields take the browser's own language (dd-mm-jjjj, 19:30), as in Electron on a Dutch laptop.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=nl-NL'],
      // Dutch from LANGUAGE; LANG stays a UTF-8 locale that exists here (file names of downloads keep their ö).
      env: { ...process.env, LANG: 'C.UTF-8', LANGUAGE: 'nl' },
    },
  },
  /**
   * Every screen is walked on the usual municipal laptop (1366×768) and at the suite's own size;
   * the overviews and the meeting once more on a full-HD screen. capture() checks the layout at
   * each size (test/e2e/support/layout.ts).
   */
  projects: [
    { name: 'laptop-1366', use: { viewport: { width: 1366, height: 768 } } },
    { name: 'desktop-1440', use: { viewport: { width: 1440, height: 900 } } },
    { name: 'fullhd-1920', use: { viewport: { width: 1920, height: 1080 } }, testMatch: /(overviews|meeting|planning)\.spec\.ts$/ },
  ],
});
