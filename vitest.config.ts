import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@site': fileURLToPath(new URL('./site', import.meta.url)),
  '@cms': fileURLToPath(new URL('./cms', import.meta.url)),
  '@content': fileURLToPath(new URL('./content', import.meta.url)),
  '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
  '@platform': fileURLToPath(new URL('./platform', import.meta.url)),
};

const integration = (db: 'sqlite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: `int:${db}`,
    // Everything on the embedded default; on PostgreSQL, the suites that touch the database.
    include: db === 'sqlite' ? ['tests/**/*.int.spec.ts'] : ['tests/int/db/**/*.int.spec.ts'],
    env: { TEST_DB: db },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file gets its own database; running files one at a time keeps memory flat on 2 cores.
    fileParallelism: false,
  },
});

export default defineConfig({
  // Same aliases as tsconfig.json, so tests import the way the code does.
  resolve: { alias },
  test: {
    environment: 'node',
    globalSetup: ['tests/helpers/announceDatabases.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.unit.spec.ts'] } },
      integration('sqlite'),
      // The same integration suite against PostgreSQL, when there is one to use.
      ...(process.env.TEST_DATABASE_URL ? [integration('postgres')] : []),
    ],
  },
});
