import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { relative, dirname } from 'node:path';
import tseslint from 'typescript-eslint';

// The project's config, without type information: these snippets are not files of the program.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [tseslint.configs.disableTypeChecked] });
const BOUNDARY_RULES = ['no-restricted-imports', 'boundaries/dependencies', 'local/no-restricted-dynamic-import'];

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result?.messages.filter((m) => m.fatal) ?? [];
  if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join('\n'));
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && BOUNDARY_RULES.includes(m.ruleId)).map((m) => m.message);
}

// The first lint loads the config, plugins and parsers (seconds on a busy machine); do that once
// up front so each case below only runs the rules it is about.
beforeAll(() => violations('renderer/src/features/warmup.ts', 'export {};'), 60_000);

/** A real module per layer, so the plugin resolves the import to a file in that zone. */
const MODULE = {
  domain: 'domain/action.ts',
  contract: 'contract/index.ts',
  db: 'db/connection.ts',
  backend: 'backend/dispatch.ts',
  electron: 'electron/main.ts',
  renderer: 'renderer/src/App.tsx',
} as const;
type Layer = keyof typeof MODULE;
/** Where a snippet of each layer pretends to live. */
const FILE: Record<Layer, string> = {
  domain: 'domain/x.ts',
  contract: 'contract/schemas/x.ts',
  db: 'db/queries/x.ts',
  backend: 'backend/handlers/x.ts',
  electron: 'electron/x.ts',
  renderer: 'renderer/src/features/x.tsx',
};
const ALLOWED: Record<Layer, Layer[]> = {
  domain: ['domain'],
  contract: ['domain', 'contract'],
  db: ['domain', 'contract', 'db'],
  backend: ['domain', 'contract', 'db', 'backend'],
  electron: ['domain', 'contract', 'db', 'backend', 'electron'],
  renderer: ['domain', 'contract', 'renderer'],
};
const LAYERS = Object.keys(MODULE) as Layer[];

const specifier = (from: Layer, to: Layer) => {
  const path = relative(dirname(FILE[from]), MODULE[to]).replace(/\.tsx?$/, '');
  return path.startsWith('.') ? path : `./${path}`;
};
const forms = (source: string) => [
  `import * as m from '${source}';\nexport const x = m;`,
  `export * from '${source}';`,
  `export const load = () => import('${source}');`,
];

const pairs = (allowed: boolean) => LAYERS.flatMap((from) => LAYERS.filter((to) => to !== from && ALLOWED[from].includes(to) === allowed).map((to) => [from, to] as const));

describe('layer zones (eslint-plugin-boundaries): static, re-exported and dynamic imports', () => {
  it.each(pairs(false))('%s may not import %s', async (from, to) => {
    for (const code of forms(specifier(from, to))) {
      expect(await violations(FILE[from], code), code).toEqual([expect.stringMatching(new RegExp(`Laag ${from} mag ${to} niet importeren`))]);
    }
  });

  it.each(pairs(true))('%s may import %s', async (from, to) => {
    for (const code of forms(specifier(from, to))) expect(await violations(FILE[from], code), code).toEqual([]);
  });
});

describe('packages and Node built-ins per layer', () => {
  it.each([
    ["import { ipcRenderer } from 'electron';", /nooit direct met Electron/],
    ["export const m = () => import('electron');", /nooit direct met Electron/],
    ["import { readFileSync } from 'node:fs';", /sandbox zonder Node/],
    ["export const fs = () => import('node:fs');", /sandbox zonder Node/],
    ["import Database from 'better-sqlite3';", /database niet importeren/],
    ["export const db = () => import('better-sqlite3');", /database niet importeren/],
  ])('renderer/ may not use: %s', async (code, message) => {
    expect(await violations(FILE.renderer, `${code}\nexport {};`)).toEqual([expect.stringMatching(message)]);
  });

  it.each(["import fs from 'fs';", "import { readFile } from 'fs/promises';", "import { join } from 'path';", "import { exec } from 'child_process';", "export { createHash } from 'crypto';"])(
    'renderer/ may not import a bare Node built-in: %s',
    async (code) => {
      expect(await violations(FILE.renderer, `${code}\nexport {};`)).toEqual([expect.stringMatching(/sandbox zonder Node/)]);
    },
  );

  it('renderer/ may still import its own modules named like a built-in, and its packages', async () => {
    expect(await violations(FILE.renderer, "import { path } from './path';\nimport { useQuery } from '@tanstack/react-query';\nexport { path, useQuery };")).toEqual([]);
  });

  it('a dynamic import() with a computed name cannot be checked, so app code may not use one', async () => {
    expect(await violations(FILE.renderer, 'export const load = (name: string) => import(`../../${name}`);')).toEqual([expect.stringMatching(/berekende naam/)]);
    expect(await violations(FILE.backend, 'export const load = (name: string) => import(name);')).toEqual([expect.stringMatching(/berekende naam/)]);
  });

  it.each(['db/queries/x.ts', 'backend/handlers/x.ts', 'contract/x.ts', 'domain/x.ts'])('%s may not import electron, statically or dynamically', async (file) => {
    expect(await violations(file, "import { app } from 'electron';\nexport const x = app;")).toHaveLength(1);
    expect(await violations(file, "export const x = () => import('electron');")).toHaveLength(1);
  });

  it.each(["import { join } from 'node:path';", "import { join } from 'path';", "import { EventEmitter } from 'events';", "import Database from 'better-sqlite3';"])(
    'contract/ stays free of Node and the database: %s',
    async (code) => {
      expect(await violations(FILE.contract, `${code}\nexport {};`)).toHaveLength(1);
    },
  );

  it.each(["import { readFile } from 'node:fs';", "import { useState } from 'react';", "import Database from 'better-sqlite3';", "export const d = () => import('pdfkit');"])(
    'domain/ is pure: %s',
    async (code) => {
      expect(await violations(FILE.domain, `${code}\nexport {};`)).toEqual([expect.stringMatching(/domain\/ is puur/)]);
    },
  );

  it('domain/ may use zod and its own modules', async () => {
    expect(await violations(FILE.domain, "import { z } from 'zod';\nimport { listNl } from './text';\nexport { z, listNl };")).toEqual([]);
  });
});
