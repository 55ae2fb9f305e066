/**
 * Wijkagenda exports: a wijk-year with 200 agreements under five themes, two actualisaties, as
 * DOCX, XLSX and PDF. Target ≤ 500 ms each (the median of five runs after a warm-up), measured
 * at the export channel: reading the agenda, building the model and rendering in the worker.
 */
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../backend/host';
import { reportLine } from './metrics';
import { caller } from './seed';

const THEMES = ['Schoon, heel en veilig', 'Meedoen en ontmoeten', 'Jeugd in beeld', 'Wonen en leefbaarheid', 'Gezond in de wijk'];
const WHAT = ['Lantaarnpalen vervangen in de', 'Opruimactie organiseren in de', 'Buurtpreventie uitbreiden naar de', 'Koffieochtend starten in de', 'Speelplek opknappen aan de', 'Voorlichting afvalscheiding in de', 'Verkeersveiligheid schoolroute in de', 'Groenonderhoud verbeteren in de'];
const STREETS = ['Molenkamp', 'Zeeheldenbuurt', 'Wieken', 'Tromplaan', 'Kolkweg', 'Havenstraat', 'Lisdodde', 'Rietlanden'];

export async function benchWijkagenda(backend: Backend): Promise<number> {
  const call = caller(backend);
  // The seeded meetings put nothing on a wijkagenda, so this wijk-year is the benchmark's own.
  const year = 2026;
  const wijk = call('wijk:list', {})[0]!;
  const organisations = call('organisation:list', {});
  const themes = THEMES.map((title) => call('wijkagenda:createTheme', { wijkId: wijk.id, title, goal: `${title}: daar werken alle partners samen aan.`, firstYear: year, lastYear: year + 3 }));
  for (let i = 0; i < 200; i++) {
    const horizon = i % 7 === 0 ? 'ooit' : 'nu';
    call('wijkagenda:addByHand', {
      wijkId: wijk.id,
      year,
      themeId: themes[i % themes.length]!.id,
      what: `${WHAT[i % WHAT.length]} ${STREETS[(i * 3) % STREETS.length]} (${i + 1})`,
      ownerOrganisationId: organisations[i % organisations.length]!.id,
      horizon,
      deadline: horizon === 'nu' ? `${year}-${String((i % 12) + 1).padStart(2, '0')}-15` : null,
      preconditions: horizon === 'ooit' ? 'Budget in de begroting en een besluit van het college' : null,
      decisionDue: horizon === 'ooit' ? `${year}-09-30` : null,
      groundDecision: `Uitvoeringsprogramma wijkontwikkelingsplan, maatregel ${(i % 40) + 1}`,
      groundBody: i % 2 ? 'College van B&W' : 'Gemeenteraad',
      groundDate: `${year - 1}-12-10`,
    });
  }
  const agreements = call('wijkagenda:get', { wijkId: wijk.id, year }).agreements;
  const outcomes = ['nagekomen', 'deels_nagekomen', 'niet_nagekomen', 'loopt_nog'] as const;
  for (const [n, date] of [`${year}-06-30`, `${year}-11-15`].entries()) {
    call('wijkagenda:review', {
      wijkId: wijk.id,
      year,
      date,
      items: agreements.map((a, i) => {
        const outcome = outcomes[(i + n) % outcomes.length]!;
        return { agreementId: a.id, outcome, note: outcome === 'niet_nagekomen' || outcome === 'deels_nagekomen' ? 'Vertraagd door capaciteit bij de uitvoerder.' : null };
      }),
    });
  }

  let failed = 0;
  console.log(`\nWijkagenda ${wijk.name} ${year}: ${agreements.length} afspraken onder ${themes.length} thema's, 2 actualisaties`);
  for (const format of ['docx', 'xlsx', 'pdf'] as const) {
    const run = async () => {
      const started = performance.now();
      const result = await backend.invoke('wijkagenda:export', { wijkId: wijk.id, year, format });
      if (!result.ok) throw new Error(`wijkagenda:export ${format}: ${result.error.message}`);
      return { ms: performance.now() - started, bytes: (result.data as { bytes: number }).bytes };
    };
    await run(); // warm-up: fonts, the worker, statement cache
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await run());
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[2]!;
    if (!reportLine(`wijkagenda:export ${format.toUpperCase()} (200)`, ms, 500, `   ${Math.round(runs[0]!.bytes / 1024)} kB`)) failed++;
  }
  return failed;
}
