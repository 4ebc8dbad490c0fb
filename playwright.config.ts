import { defineConfig } from '@playwright/test';

/**
 * Playwright end-to-end tests. Each project owns one folder:
 *   renderer — the built React UI in Chromium, with the real archive core behind a test bridge.
 *   electron — the packaged app through Playwright's `_electron` (added by the Electron tests).
 * Run `npm run build` first (`npm test` does); `--project renderer` runs one project alone.
 */

/** Debian's Chromium by default; `npx playwright install` cannot download browsers on these machines. */
const chromiumPath = process.env['ARCHIVO_CHROMIUM'] ?? '/usr/bin/chromium';

export default defineConfig({
  reporter: 'list',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env['CI']),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/artifacts',
  projects: [
    {
      name: 'renderer',
      testDir: './test/e2e-renderer',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumPath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
      },
    },
    {
      // The real desktop app through Playwright's `_electron`; skips (saying why) where no Electron binary is installed.
      name: 'electron',
      testDir: './test/e2e-electron',
      timeout: 90_000,
    },
  ],
});
