import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { TestBackend } from './backend';

/** Back ends and temp folders a test file makes, closed and removed after each test. */
export function scratch(prefix: string) {
  const dirs: string[] = [];
  const apps: TestBackend[] = [];
  afterEach(() => {
    for (const app of apps.splice(0)) app.cleanup();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  return { apps, tempDir };
}
