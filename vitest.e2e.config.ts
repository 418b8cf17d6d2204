import { defineConfig } from 'vitest/config';

// End to end in real Chromium and Firefox (Debian packages) against the e2e builds.
// One file at a time: the machine has two cores and each test drives a whole browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
