/**
 * UI performance targets: the overviews "Alle acties" and "Alle signalen" with thousands of rows,
 * in Chromium, on the seeded database. The built renderer is served and bridged to the back end
 * exactly as in the E2E tests (test/e2e/support/bridge.ts).
 *
 * Every step is timed inside the page: from the user's event (its timeStamp) until the DOM shows
 * the result and the browser has painted it — no fixed sleeps. Median of several runs after one
 * warm-up run. Returns the number of missed targets.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Backend } from '../../backend/host';
import { APP_URL, RENDERER_DIR, bridgeApi, rendererBuilt, serveRenderer } from '../../test/e2e/support/bridge';
import { reportLine } from './backend';
import { caller } from './seed';

const RUNS = Number(process.env.BENCH_UI_RUNS ?? 5);
const TARGET = { open: 1500, interact: 300, scroll: 500 } as const;
/** Virtualised: with thousands of rows only a screenful (plus overscan) may be in the DOM. */
const MAX_TR = 200;

/** What the page waits for after the event; checked every frame. */
type Probe =
  /** The screen with this heading shows its table with exactly this row count. */
  | { kind: 'rows'; heading: string; count: string }
  /** The row count text is no longer this. */
  | { kind: 'countChanged'; from: string }
  /** A column is sorted ascending and the first row is another one than before. */
  | { kind: 'sorted'; firstRow: string }
  /** The scroll area is at its end and its last row is rendered inside it. */
  | { kind: 'bottom' };

/**
 * Arms a measurement in the page. With `event`, the clock starts at that event's timeStamp (the
 * action that follows fires it); without, the page scrolls the table to its end itself.
 */
async function arm(page: Page, label: string, event: 'click' | 'change' | 'input' | null, probe: Probe): Promise<void> {
  await page.evaluate(
    ({ label, event, probe, timeout }) => {
      const scroller = () => document.querySelector<HTMLElement>('.wo-datatable__scroll');
      const countText = () => document.querySelector('.wo-datatable__count')?.textContent ?? '';
      const dataRows = () => [...(scroller()?.querySelectorAll('tbody > tr:not([aria-hidden])') ?? [])].filter((tr) => tr.querySelector('th'));
      const check = (): boolean => {
        switch (probe.kind) {
          case 'rows':
            return document.querySelector('h1')?.textContent === probe.heading && countText() === probe.count && dataRows().length > 0;
          case 'countChanged':
            return countText() !== '' && countText() !== probe.from;
          case 'sorted':
            return scroller()?.querySelector('th[aria-sort="ascending"]') != null && (dataRows()[0]?.textContent ?? probe.firstRow) !== probe.firstRow;
          case 'bottom': {
            const el = scroller();
            const last = el?.querySelector('tbody')?.lastElementChild;
            if (!el || !last || last.hasAttribute('aria-hidden') || el.scrollTop + el.clientHeight < el.scrollHeight - 2) return false;
            const box = el.getBoundingClientRect();
            const row = last.getBoundingClientRect();
            return row.height > 0 && row.top >= box.top && row.bottom <= box.bottom + 1;
          }
        }
      };
      const w = window as unknown as { __bench?: Promise<{ ms: number; api: number }> };
      w.__bench = new Promise<{ ms: number; api: number }>((done, fail) => {
        let t0 = 0;
        // Checked each frame before paint; once true, the next task runs after that frame's paint.
        const tick = () => {
          if (check()) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const t1 = performance.now();
              performance.measure(label, { start: t0, end: t1 });
              // The bridge's "api <channel>" measures in this window (calls overlap: their union) —
              // the time spent fetching data rather than rendering.
              let api = 0;
              let covered = t0;
              const calls = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('api ') && m.startTime >= t0 && m.startTime + m.duration <= t1);
              for (const m of calls.sort((a, b) => a.startTime - b.startTime)) {
                const end = m.startTime + m.duration;
                if (end > covered) api += end - Math.max(m.startTime, covered);
                covered = Math.max(covered, end);
              }
              done({ ms: t1 - t0, api });
            };
            channel.port2.postMessage(null);
          } else if (performance.now() - t0 > timeout) fail(new Error(`${label}: na ${timeout} ms nog niet zichtbaar (telling: "${countText()}")`));
          else requestAnimationFrame(tick);
        };
        const start = (at: number) => {
          t0 = at;
          performance.mark(`${label}:start`, { startTime: at });
          requestAnimationFrame(tick);
        };
        if (event) window.addEventListener(event, (e) => start(e.timeStamp), { capture: true, once: true });
        else {
          const el = scroller();
          if (!el) return fail(new Error(`${label}: geen tabel`));
          start(performance.now());
          el.scrollTop = el.scrollHeight;
        }
      });
    },
    { label, event, probe, timeout: 20_000 },
  );
}
const result = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Promise<{ ms: number; api: number }> }).__bench);

const countText = (page: Page) => page.locator('.wo-datatable__count').innerText();
const trCount = (page: Page) => page.evaluate(() => document.querySelectorAll('tr').length);
const firstRowText = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.wo-datatable__scroll tbody > tr:not([aria-hidden])')].find((tr) => tr.querySelector('th'))?.textContent ?? '');
const rows = (n: number) => `${n} ${n === 1 ? 'rij' : 'rijen'}`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function benchUi(backend: Backend): Promise<number> {
  if (!rendererBuilt()) {
    console.log(`\n${RENDERER_DIR} ontbreekt: renderer wordt eerst gebouwd (vite build).`);
    const built = spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--outDir', RENDERER_DIR, '--emptyOutDir'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build mislukt');
  }
  const call = caller(backend);
  const actions = call('action:list', {});
  const signals = call('signal:list', { view: 'intern' });
  // The organisation with the most actions, and a wijk name to search for (it is in "Waarom").
  const perOrganisation = new Map<number, number>();
  for (const a of actions) perOrganisation.set(a.ownerOrganisationId, (perOrganisation.get(a.ownerOrganisationId) ?? 0) + 1);
  const [organisationId, organisationCount] = [...perOrganisation].sort((a, b) => b[1] - a[1])[0]!;
  const organisation = call('organisation:list', {}).find((o) => o.id === organisationId)!;
  const searchTerm = call('wijk:list', {})[0]!.name;
  const theme = 'zorg';
  const themeCount = signals.filter((s) => s.theme === theme).length;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const samples = new Map<string, number[]>();
  const apiMs = new Map<string, number[]>();
  let maxTr = 0;
  const errors: string[] = [];
  const version = browser.version();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
    });
    // tsx (esbuild, keepNames) wraps the functions passed to page.evaluate in __name(…) calls.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await serveRenderer(page);
    await bridgeApi(page, (channel, payload) => backend.invoke(channel, payload), { json: true });

    const measure = async (label: string, event: 'click' | 'change' | 'input' | null, probe: Probe, action: () => Promise<void>, record: boolean) => {
      await arm(page, label, event, probe);
      await action();
      const { ms, api } = await result(page);
      maxTr = Math.max(maxTr, await trCount(page));
      if (record) {
        samples.set(label, [...(samples.get(label) ?? []), ms]);
        apiMs.set(label, [...(apiMs.get(label) ?? []), api]);
      }
    };
    const nav = (name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true });
    const waitForHeading = (title: string) => page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const waitForCount = async (text: string) => {
      await page.locator('.wo-datatable__count', { hasText: new RegExp(`^${text}$`) }).waitFor();
    };
    // A light screen between runs, so every "open" mounts the overview afresh.
    const leave = async () => {
      await nav('Over Wijkoverleg').click();
      await waitForHeading('Over Wijkoverleg');
    };

    await page.goto(`${APP_URL}#/over`);
    await waitForHeading('Over Wijkoverleg');
    for (let run = 0; run <= RUNS; run++) {
      const record = run > 0; // run 0 warms up (JIT, style caches)
      // Alle acties
      await measure('Alle acties openen', 'click', { kind: 'rows', heading: 'Alle acties', count: rows(actions.length) }, () => nav('Alle acties').click(), record);
      const organisationSelect = page.getByLabel('Organisatie', { exact: true });
      await measure('acties: filter organisatie', 'change', { kind: 'countChanged', from: rows(actions.length) }, () => organisationSelect.selectOption({ label: organisation.name }).then(() => undefined), record);
      if ((await countText(page)) !== rows(organisationCount)) throw new Error(`filter organisatie: "${await countText(page)}", verwacht ${rows(organisationCount)}`);
      await organisationSelect.selectOption('');
      await waitForCount(rows(actions.length));
      const search = page.getByRole('searchbox', { name: 'Zoeken in acties' });
      await measure('acties: zoeken', 'input', { kind: 'countChanged', from: rows(actions.length) }, () => search.fill(searchTerm), record);
      if (!/^[1-9]\d* van \d+ rijen$/.test(await countText(page))) throw new Error(`zoeken: "${await countText(page)}"`);
      await search.fill('');
      await waitForCount(rows(actions.length));
      const table = page.getByRole('region', { name: 'Acties' });
      await measure('acties: sorteren op Wat', 'click', { kind: 'sorted', firstRow: await firstRowText(page) }, () => table.getByRole('button', { name: 'Wat', exact: true }).click(), record);
      await measure('acties: scrollen naar einde', null, { kind: 'bottom' }, async () => {}, record);
      await leave();

      // Alle signalen
      await measure('Alle signalen openen', 'click', { kind: 'rows', heading: 'Alle signalen', count: rows(signals.length) }, () => nav('Alle signalen').click(), record);
      await measure('signalen: filter thema', 'change', { kind: 'countChanged', from: rows(signals.length) }, () => page.getByLabel('Thema', { exact: true }).selectOption(theme).then(() => undefined), record);
      if ((await countText(page)) !== rows(themeCount)) throw new Error(`filter thema: "${await countText(page)}", verwacht ${rows(themeCount)}`);
      await measure('signalen: scrollen naar einde', null, { kind: 'bottom' }, async () => {}, record);
      await leave();
    }
    await context.close();
  } finally {
    await browser.close();
  }

  const target = (label: string) => (label.includes('openen') ? TARGET.open : label.includes('scrollen') ? TARGET.scroll : TARGET.interact);
  console.log(`\nBrowser: Chromium ${version}, 1440×900, mediaan van ${RUNS} metingen (na 1 opwarmronde)`);
  console.log(`  filter: ${organisation.name} (${organisationCount} acties), thema ${theme} (${themeCount} signalen); zoekterm "${searchTerm}"`);
  console.log('  "gegevens ophalen": back end plus de testbrug van Playwright (JSON); in Electron gaat dat via IPC\n');
  let failed = 0;
  for (const [label, values] of samples) {
    const api = median(apiMs.get(label)!);
    const note = api >= 1 ? ` (waarvan gegevens ophalen ${api.toFixed(0)} ms)` : '';
    if (!reportLine(label, median(values), target(label), note)) failed++;
  }
  const trOk = maxTr < MAX_TR;
  if (!trOk) failed++;
  console.log(`${trOk ? 'OK  ' : 'TRAAG'} ${'rijen in de DOM (gevirtualiseerd)'.padEnd(34)} ${String(maxTr).padStart(7)} <tr>  max < ${MAX_TR} bij ${actions.length} acties`);
  if (errors.length > 0) {
    failed++;
    console.log(`FOUT  console-fouten in de renderer:\n  ${errors.join('\n  ')}`);
  }
  return failed;
}
