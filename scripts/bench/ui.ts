/**
 * UI metrics in Chromium on the seeded database: the Start screen, the vergadermodus (key → next
 * item), "Alle acties" and "Alle signalen" (open, filter, sort, scroll to the end, search) and the
 * renderer's heap. The built renderer is served and bridged to the back end exactly as in the E2E
 * tests (test/e2e/support/bridge.ts).
 *
 * Every step is timed inside the page, from the user's event (its timeStamp) until the DOM shows
 * the result and the browser has painted it — no fixed sleeps. The baseline is a bare page doing
 * the same visible work: a click that paints a table of a screenful of rows, timed the same way.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Backend } from '../../backend/host';
import { APP_URL, RENDERER_DIR, bridgeApi, rendererBuilt, serveRenderer } from '../../test/e2e/support/bridge';
import { caller, findHeaviestMeeting, SEARCH_QUERIES } from './backend';
import { metric, type Metric } from './metrics';

type Trigger = 'click' | 'change' | 'input' | 'keydown' | null;

/**
 * Arms a measurement: the clock starts at the next `trigger` event (or now, for a scroll the page
 * does itself) and stops in the task after the frame in which `condition` (a JS expression over
 * the DOM, checked every frame) first holds — i.e. after that frame was painted.
 */
async function arm(page: Page, label: string, trigger: Trigger, condition: string, scrollToEnd = false): Promise<void> {
  await page.evaluate(`(() => {
    const label = ${JSON.stringify(label)};
    const check = () => { try { return !!(${condition}); } catch { return false; } };
    window.__bench = new Promise((done, fail) => {
      let t0 = 0;
      const tick = () => {
        if (check()) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.now() - t0);
          channel.port2.postMessage(null);
        } else if (performance.now() - t0 > 180000) fail(new Error(label + ': na 180 s nog niet zichtbaar'));
        else requestAnimationFrame(tick);
      };
      const start = (at) => { t0 = at; requestAnimationFrame(tick); };
      ${
        trigger
          ? `window.addEventListener(${JSON.stringify(trigger)}, (e) => start(e.timeStamp), { capture: true, once: true });`
          : scrollToEnd
            ? `const el = document.querySelector('.wo-datatable__scroll'); if (!el) return fail(new Error(label + ': geen tabel')); start(performance.now()); el.scrollTop = el.scrollHeight;`
            : 'start(performance.now());'
      }
    });
  })()`);
}
const result = (page: Page) => page.evaluate<number>('window.__bench');

// DOM conditions (JS expressions evaluated in the page).
const h1Is = (text: string) => `document.querySelector('h1')?.textContent === ${JSON.stringify(text)}`;
const COUNT = `(document.querySelector('.wo-datatable__count')?.textContent ?? '')`;
/** Data rows (their first cell is a row header), not the spacer or loading rows. */
const DATA_ROWS = `[...document.querySelectorAll('.wo-datatable__scroll tbody > tr:not([aria-hidden])')].filter((tr) => tr.querySelector('th') && !tr.classList.contains('wo-row--loading'))`;
const FIRST_ROW = `(${DATA_ROWS}[0]?.textContent ?? '')`;
const tableShown = (heading: string) => `${h1Is(heading)} && /rij/.test(${COUNT}) && ${DATA_ROWS}.length > 0`;
const countIsNot = (from: string) => `${COUNT} !== '' && !${COUNT}.startsWith('Laden') && ${COUNT} !== ${JSON.stringify(from)} && ${DATA_ROWS}.length > 0`;
const AT_BOTTOM = `(() => {
  const el = document.querySelector('.wo-datatable__scroll');
  const rows = ${DATA_ROWS};
  const last = el?.querySelector('tbody')?.lastElementChild;
  if (!el || !last || last.hasAttribute('aria-hidden') || last.classList.contains('wo-row--loading') || !last.querySelector('th')) return false;
  if (el.scrollTop + el.clientHeight < el.scrollHeight - 2) return false;
  const box = el.getBoundingClientRect(); const row = last.getBoundingClientRect();
  return rows.length > 0 && row.height > 0 && row.top >= box.top && row.bottom <= box.bottom + 1;
})()`;

export interface UiOptions {
  runs: number;
}

export async function benchUi(backend: Backend, options: UiOptions): Promise<{ metrics: Metric[]; maxTr: number; errors: string[]; browser: string }> {
  if (!rendererBuilt()) {
    console.log(`\n${RENDERER_DIR} ontbreekt: renderer wordt eerst gebouwd (vite build).`);
    const built = spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--outDir', RENDERER_DIR, '--emptyOutDir'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build mislukt');
  }
  const call = caller(backend);
  const meetingId = findHeaviestMeeting(backend.db);
  const detail = call('meeting:get', { id: meetingId });
  const wijken = call('wijk:list', {});
  // The organisation owning the most actions, and a theme to filter signals on.
  const organisation = backend.db
    .prepare('SELECT o.name FROM action a JOIN organisation o ON o.id = a.owner_organisation_id GROUP BY o.id ORDER BY count(*) DESC LIMIT 1')
    .get() as { name: string };
  const runs = options.runs;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const samples = new Map<string, number[]>();
  const baseline: number[] = [];
  let maxTr = 0;
  let heapMb = NaN;
  const errors: string[] = [];
  const version = browser.version();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

    // The bare page: one click paints a table of 40 rows × 6 cells — what a window of an overview shows.
    const bare = await context.newPage();
    await bare.setContent('<button id="go">Toon</button><table><tbody id="body"></tbody></table>');
    await bare.evaluate(`document.getElementById('go').addEventListener('click', () => {
      let html = '';
      for (let i = 0; i < 40; i++) html += '<tr><th>Actie ' + i + '</th><td>Gemeente — team Wijkbeheer</td><td>12 okt. 2026</td><td>Open</td><td>Centrum, 5 okt. 2026</td><td>Signaal: zwerfafval</td></tr>';
      document.getElementById('body').innerHTML = html;
    })`);
    for (let i = 0; i <= runs; i++) {
      await bare.evaluate("document.getElementById('body').innerHTML = ''");
      await arm(bare, 'kale pagina', 'click', "document.querySelectorAll('#body tr').length === 40");
      await bare.click('#go');
      const ms = await result(bare);
      if (i > 0) baseline.push(ms);
    }
    await bare.close();

    const page = await context.newPage();
    // Generous: with ten years loaded whole (before issue 8) one click kept the page busy for tens of seconds.
    page.setDefaultTimeout(300_000);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
    });
    await serveRenderer(page);
    await bridgeApi(page, (channel, payload) => backend.invoke(channel, payload), { json: true });

    const measure = async (id: string, trigger: Trigger, condition: string, action: () => Promise<unknown>, record: boolean, scrollToEnd = false) => {
      await arm(page, id, trigger, condition, scrollToEnd);
      await action();
      const ms = await result(page);
      maxTr = Math.max(maxTr, await page.evaluate<number>("document.querySelectorAll('tr').length"));
      if (record) samples.set(id, [...(samples.get(id) ?? []), ms]);
    };
    const nav = (name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true });
    // A string evaluated over CDP: the app's CSP forbids eval, which waitForFunction(string) would need.
    const waitFor = (condition: string) =>
      page.evaluate(`new Promise((done, fail) => {
        const until = performance.now() + 180000;
        const tick = () => { let ok = false; try { ok = !!(${condition}); } catch {} if (ok) done(true); else if (performance.now() > until) fail(new Error('wacht te lang op: ' + ${JSON.stringify(condition.slice(0, 80))})); else requestAnimationFrame(tick); };
        tick();
      })`);
    const countText = () => page.evaluate<string>(COUNT);
    const leave = async () => {
      await nav('Over Wijkoverleg').click();
      await waitFor(h1Is('Over Wijkoverleg'));
    };

    await page.goto(`${APP_URL}#/over`);
    await waitFor(h1Is('Over Wijkoverleg'));
    for (let run = 0; run <= runs; run++) {
      const record = run > 0; // run 0 warms up (JIT, style caches)

      // Start screen: every wijk tile with its open actions.
      await measure('start_screen', 'click', `${h1Is('Start')} && document.querySelectorAll('.wo-tile').length === ${wijken.length} && [...document.querySelectorAll('.wo-tile')].every((t) => /\\d+ open/.test(t.textContent))`, () => nav('Start').click(), record);

      // Alle acties
      await measure('actions_open', 'click', tableShown('Alle acties'), () => nav('Alle acties').click(), record);
      const all = await countText();
      const organisationSelect = page.getByLabel('Organisatie', { exact: true });
      await measure('actions_filter', 'change', countIsNot(all), () => organisationSelect.selectOption({ label: organisation.name }), record);
      await organisationSelect.selectOption('');
      await waitFor(`${COUNT} === ${JSON.stringify(all)} && ${DATA_ROWS}.length > 0`);
      const table = page.getByRole('region', { name: 'Acties' });
      const before = await page.evaluate(FIRST_ROW);
      await measure('actions_sort', 'click', `document.querySelector('.wo-datatable__scroll th[aria-sort="ascending"]') && ${FIRST_ROW} !== '' && ${FIRST_ROW} !== ${JSON.stringify(before)}`, () => table.getByRole('button', { name: 'Wat', exact: true }).click(), record);
      await measure('actions_scroll', null, AT_BOTTOM, async () => {}, record, true);
      const search = page.getByRole('searchbox', { name: 'Zoeken in acties' });
      for (const q of SEARCH_QUERIES.slice(0, 5)) {
        // Any answer counts, none found included.
        await measure('search_keystroke', 'input', `${COUNT} !== '' && !${COUNT}.startsWith('Laden') && ${COUNT} !== ${JSON.stringify(all)}`, () => search.fill(q), record);
        await search.fill('');
        await waitFor(`${COUNT} === ${JSON.stringify(all)} && ${DATA_ROWS}.length > 0`);
      }
      await leave();

      // Alle signalen
      await measure('signals_open', 'click', tableShown('Alle signalen'), () => nav('Alle signalen').click(), record);
      const allSignals = await countText();
      await measure('signals_filter', 'change', countIsNot(allSignals), () => page.getByLabel('Thema', { exact: true }).selectOption('zorg'), record);
      const signalsTable = page.getByRole('region', { name: 'Signalen' });
      const beforeSignals = await page.evaluate(FIRST_ROW);
      await measure('signals_sort', 'click', `document.querySelector('.wo-datatable__scroll th[aria-sort="ascending"]') && ${FIRST_ROW} !== '' && ${FIRST_ROW} !== ${JSON.stringify(beforeSignals)}`, () => signalsTable.getByRole('button', { name: 'Signaal', exact: true }).click(), record);
      await measure('signals_scroll', null, AT_BOTTOM, async () => {}, record, true);
      if (run === runs) {
        // Heap after both overviews, what the renderer keeps (after a garbage collection).
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        heapMb = usedSize / 1024 / 1024;
        await cdp.detach();
      }
      await leave();

      // Vergadermodus: key 2 / 3 (Verslag en actielijst ↔ Signalenronde, the heaviest items).
      await page.goto(`${APP_URL}#/overleg/${meetingId}`);
      await waitFor(`document.querySelector('section.wo-meeting__main')`);
      for (const position of [2, 3, 2, 3]) {
        const item = detail.agenda[position - 1]!;
        const shown = `document.querySelector('section.wo-meeting__main[aria-label=${JSON.stringify(`Agendapunt: ${item.title}`)}]')?.childElementCount > 0 && !document.querySelector('section.wo-meeting__main .wo-loading')`;
        await measure('meeting_next_item', 'keydown', shown, () => page.keyboard.press(String(position)), record);
      }
      await page.goto(`${APP_URL}#/over`);
      await waitFor(h1Is('Over Wijkoverleg'));
    }
    await context.close();
  } finally {
    await browser.close();
  }

  const s = (id: string) => samples.get(id) ?? [];
  const overview = { on: 'p95', ms: 150 } as const;
  const metrics: Metric[] = [
    metric('start_screen', 'Startscherm compleet', s('start_screen'), baseline, { on: 'median', ms: 150 }),
    metric('meeting_next_item', 'Vergadermodus: toets → agendapunt getoond', s('meeting_next_item'), baseline, { on: 'p95', ms: 100 }),
    metric('actions_open', 'Alle acties: openen', s('actions_open'), baseline, overview),
    metric('actions_filter', 'Alle acties: filter organisatie', s('actions_filter'), baseline, overview),
    metric('actions_sort', 'Alle acties: sorteren op Wat', s('actions_sort'), baseline, overview),
    metric('actions_scroll', 'Alle acties: scrollen naar het einde', s('actions_scroll'), baseline, overview),
    metric('signals_open', 'Alle signalen: openen', s('signals_open'), baseline, overview),
    metric('signals_filter', 'Alle signalen: filter thema', s('signals_filter'), baseline, overview),
    metric('signals_sort', 'Alle signalen: sorteren op Signaal', s('signals_sort'), baseline, overview),
    metric('signals_scroll', 'Alle signalen: scrollen naar het einde', s('signals_scroll'), baseline, overview),
    metric('search_keystroke', 'Zoeken: invoer → resultaten getoond', s('search_keystroke'), baseline, { on: 'p95', ms: 100 }, 'zoekvak van Alle acties'),
    metric('renderer_heap', 'Renderer: JS-heap na de overzichten (MB)', [heapMb], null, { on: 'median', ms: 60, unit: 'MB' }),
  ];
  return { metrics, maxTr, errors, browser: `Chromium ${version}` };
}
