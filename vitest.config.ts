import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'workers/*/src/**/*.test.ts',
      'tools/*/src/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here and in CI: more forks only thrash.
    maxWorkers: 2,
  },
});
