import { defineConfig } from 'vitest/config';

// One `npm test` runs every project. Server suites run on SQLite, or on PostgreSQL when
// TEST_DATABASE_URL is set; browser tests drive Debian's Chromium against the built app.
// The fault suite (test/faults) starts its own PostgreSQL, Redis and SMTP peer and takes minutes, so it
// is a project only when asked for: `SILTA_FAULTS=1 npx vitest run --project faults` (as .ci/run does).
const faults = {
  test: {
    name: 'faults',
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 150_000,
    fileParallelism: false,
  },
};

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', include: ['src/core/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'web', include: ['src/web/**/*.test.{ts,tsx}'] } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      ...(process.env.SILTA_FAULTS === '1' ? [faults] : []),
    ],
  },
});
