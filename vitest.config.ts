import { defineConfig } from 'vitest/config';

// Tests spawn the built CLI and read real corpora: generous time limits, no timing assertions anywhere.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // The interface speaks the locale's language: tests run in English unless they choose (--lang, LANG=zh…).
    env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
  },
});
