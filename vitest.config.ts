import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { PER_TEST_MS } from './tests/helpers/testBudget.js';

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
  },
});

export default defineConfig({
  // Same aliases as tsconfig.json, so tests import the way the code does.
  resolve: { alias },
  test: {
    environment: 'node',
    // One unit of work on a 2-core machine with other work beside it (tests/helpers/testBudget.ts),
    // for every project. Vitest's own 5 s default is an idle machine's: the jargon-buster check
    // over every demo body takes 2.5 s alone and timed out at 5 s with a build running beside it.
    testTimeout: PER_TEST_MS,
    // Two test files at a time (each file has its own database, folders and ports; each site
    // build its own folder: platform/build/buildSite.ts runAstroBuild): on 2 cores, one file
    // mostly waits on a child process or the database while the other runs. One at a time,
    // Vitest took about 50 minutes of CI's time.
    maxWorkers: 2,
    hookTimeout: 2 * PER_TEST_MS,
    globalSetup: ['tests/helpers/announceDatabases.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.unit.spec.ts'] } },
      integration('sqlite'),
      // The same integration suite against PostgreSQL, when there is one to use.
      ...(process.env.TEST_DATABASE_URL ? [integration('postgres')] : []),
    ],
  },
});
