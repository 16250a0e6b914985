// Unit and integration tests (`vitest run`); the browser tests have their own config in tests/e2e/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
