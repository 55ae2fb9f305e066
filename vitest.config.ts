import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Node tests are .ts; renderer component tests are .tsx and say `@vitest-environment happy-dom`
    // in their first line, so only they pay for a DOM.
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
  },
});
