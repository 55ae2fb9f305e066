import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The first lint loads the config, plugins and parsers (seconds on a busy machine); do that once
// up front so each case below only runs the rule it is about.
beforeAll(() => restrictedImports('renderer/src/features/warmup.ts', 'export {};'), 60_000);

describe('process boundaries (eslint)', () => {
  it.each([
    ["import { ipcRenderer } from 'electron';", /nooit direct met Electron/],
    ["import { readFileSync } from 'node:fs';", /sandbox zonder Node/],
    ["import { openDatabase } from '../../db/connection';", /database niet importeren/],
    ["import Database from 'better-sqlite3';", /database niet importeren/],
    ["import { handlers } from '../../backend/handlers';", /alleen contract/],
  ])('renderer/ may not import: %s', async (code, message) => {
    expect(await restrictedImports('renderer/src/features/x.ts', `${code}\nexport {};`)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    "import fs from 'fs';",
    "import { readFile } from 'fs/promises';",
    "import { join } from 'path';",
    "import { exec } from 'child_process';",
    "export { createHash } from 'crypto';",
  ])('renderer/ may not import a bare Node built-in: %s', async (code) => {
    expect(await restrictedImports('renderer/src/features/x.ts', `${code}\nexport {};`)).toEqual([expect.stringMatching(/sandbox zonder Node/)]);
  });

  it('renderer/ may still import its own modules named like a built-in', async () => {
    expect(await restrictedImports('renderer/src/features/x.ts', "import { path } from './path';\nimport e from 'events-polyfill';\nexport { path, e };")).toEqual([]);
  });

  it('renderer/ may import the contract', async () => {
    expect(await restrictedImports('renderer/src/features/x.ts', "import type { Channel } from '../../../contract';\nexport type X = Channel;")).toEqual([]);
  });

  it.each(['db/queries/x.ts', 'backend/handlers/x.ts'])('%s may not import electron', async (file) => {
    expect(await restrictedImports(file, "import { app } from 'electron';\nexport const x = app;")).toHaveLength(1);
  });

  it.each(["import { join } from 'node:path';", "import { join } from 'path';", "import { EventEmitter } from 'events';"])(
    'contract/ stays free of Node: %s',
    async (code) => {
      expect(await restrictedImports('contract/x.ts', `${code}\nexport {};`)).toHaveLength(1);
    },
  );
});
