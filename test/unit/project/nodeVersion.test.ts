import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const minimum = /(\d+\.\d+)/.exec(pkg.engines.node)?.[1];

describe('one truth for the Node version', () => {
  it('engines.node states the minimum, and this machine meets it', () => {
    expect(minimum).toMatch(/^\d+\.\d+$/);
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    const [wantMajor = 0, wantMinor = 0] = (minimum ?? '').split('.').map(Number);
    expect(major > wantMajor || (major === wantMajor && minor >= wantMinor)).toBe(true);
  });

  it('the README states that minimum and points to engines', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`**Node.js ≥ ${minimum ?? '?'}**`);
    expect(readme).toMatch(/`engines` in `package.json`/);
  });

  it('.ci/run checks the running Node against engines.node instead of a number of its own', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toContain('require("./package.json").engines.node');
    expect(ci).not.toMatch(/\b(1[89]|2\d)\.\d+\b/);
  });
});
