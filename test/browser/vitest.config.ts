import { defineConfig } from 'vitest/config';

// The browser test runs on its own (`npm run test:browser`): it needs the built package and
// Debian's Chromium, which `npm test` must not depend on.
export default defineConfig({
  root: `${import.meta.dirname}/../..`,
  test: {
    include: ['test/browser/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
