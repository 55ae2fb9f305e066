import { defineConfig } from 'vitest/config';

/**
 * The crash test (issue 13) on its own: it starts and kills a writer process a hundred times, so it
 * runs after the unit tests instead of competing with them for the CPU.
 */
export default defineConfig({
  test: {
    include: ['test/crash/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
