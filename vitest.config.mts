import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // The fast-check seed of the run (fixed in CI, FC_SEED to replay), and testing-library's wait
    // limit for DOM tests: see each file.
    setupFiles: ['test/setup/fast-check.ts', 'test/setup/dom.ts'],
    // Tests wait on conditions (expect.poll), never on time; 1 s is too short on a busy machine.
    expect: { poll: { timeout: 30_000 } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
