import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and CLI tests start processes; two workers match the two cores.
    maxWorkers: 2,
    // Builds the extension (wxt build) when .output/chrome-mv3 is missing or stale, for test/e2e and the manifest test.
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
