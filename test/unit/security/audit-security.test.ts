import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// scripts/audit-security.mjs only runs its main() when invoked directly; importing it is side-effect free.
interface Finding {
  id: string;
  file: string;
  line: number;
}
interface Suppression {
  check: string;
  file: string;
  reason?: string;
}
interface AuditScript {
  scan(dir: string): Promise<{ issues: Finding[]; errors: { file: string; message: string }[] }>;
  gate(result: { issues: Finding[]; errors: { file: string; message: string }[] }, suppressions: Suppression[]): { problems: string[]; suppressed: number };
  loadSuppressions(): Suppression[];
}
// A path in a variable: the untyped .mjs script is read through the interface above.
const scriptPath = '../../../scripts/audit-security.mjs';
const script = (await import(scriptPath)) as AuditScript;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A tiny Electron app with one careless window. */
function carelessApp(): string {
  dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-audit-test-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', devDependencies: { electron: '45.5.0' } }));
  writeFileSync(
    join(dir, 'src', 'main.js'),
    "const { BrowserWindow } = require('electron');\nconst win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\nwin.loadURL('https://example.org');\n",
  );
  return dir;
}

describe('npm run audit:security', () => {
  it('fails on a finding without a suppression, and on a suppression without a written reason', { timeout: 120_000 }, async () => {
    const result = await script.scan(carelessApp());
    const nodeIntegration = result.issues.find((i) => i.id === 'NODE_INTEGRATION_JS_CHECK');
    expect(nodeIntegration?.file).toBe(join('src', 'main.js'));

    expect(script.gate(result, []).problems.some((p) => p.includes('NODE_INTEGRATION_JS_CHECK') && p.includes('niet onderdrukt'))).toBe(true);

    const all = (reason?: string) => result.issues.map((i) => ({ check: i.id, file: i.file, ...(reason === undefined ? {} : { reason }) }));
    expect(script.gate(result, all()).problems.filter((p) => p.includes('geen geschreven reden'))).toHaveLength(result.issues.length);
    expect(script.gate(result, all('ok')).problems.length).toBeGreaterThan(0);
    const reasoned = all('Testgeval: dit venster bestaat alleen om te bewijzen dat de poort bijt.');
    expect(script.gate(result, reasoned)).toEqual({ problems: [], suppressed: result.issues.length });
    // A suppression that matches nothing any more must go.
    expect(script.gate(result, [...reasoned, { check: 'AUXCLICK_JS_CHECK', file: 'src/weg.js', reason: 'Een oude reden die nergens meer op slaat, dus weg ermee.' }]).problems).toEqual([
      'Onderdrukking AUXCLICK_JS_CHECK in src/weg.js past op geen enkele bevinding meer: haal haar weg.',
    ]);
  });

  it('keeps a written reason with every suppression of the app itself', () => {
    for (const s of script.loadSuppressions()) expect(s.reason?.trim().length ?? 0, `${s.check} ${s.file}`).toBeGreaterThanOrEqual(40);
  });
});
