import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The engine builds its index once per worker; two cores do not gain from more.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
