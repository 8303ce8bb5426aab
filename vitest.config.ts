import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit and integration tests run in plain Node. `electron` cannot be installed on the build machines,
// so every import of it resolves to the hand-written fake at the edge (test/fakes/electron.ts).
export default defineConfig({
  resolve: {
    alias: { electron: fileURLToPath(new URL('./test/fakes/electron.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // A migrated template of the central database, cloned per test file (test/support/centralDb.ts).
    globalSetup: ['test/support/centralTemplate.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
