import { defineConfig } from 'vitest/config';

// Unit and integration tests of the Node side (archive/, electron/ logic). Browser and Electron
// end-to-end tests are Playwright's (playwright.config.ts).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
