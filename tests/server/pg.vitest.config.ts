// The API test suite again with the PostgreSQL article store: the same tests, a throw-away PostgreSQL server
// (tests/_postgres.ts) for the run, and one database per store folder a test opens (tests/server/_server.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/server/{article-preview,articles,edge-rule,evidence-paging,export,queries,readme-api,security,stances}.test.ts'],
    globalSetup: ['tests/server/_pg-global-setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
