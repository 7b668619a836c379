import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the built app (dist/), served by a static server in the test.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
