import { defineConfig } from 'vitest/config';

// Tests spawn the built CLI and read real corpora: generous time limits, no timing assertions anywhere.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
