/**
 * The desktop app itself, through Playwright's `_electron`: the real main process, preload, app://
 * protocol, IPC and archive core, on the bundled sample archive. Needs the Electron binary (absent on
 * machines that install with ELECTRON_SKIP_BINARY_DOWNLOAD) and, on Linux, a display (xvfb-run);
 * without them every test here is skipped and the reason printed. Run `npm run build` first.
 */
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { ArchivoApi, ArchiveStatus } from '../../electron/api';

const REPO = path.resolve(__dirname, '../..');
const MAIN_BUNDLE = path.join(REPO, 'out/electron/main.cjs');
const RENDERER_INDEX = path.join(REPO, 'out/renderer/index.html');
const SAMPLE_ARCHIVE = path.join(REPO, 'archive/sample-archive');
const SEED_TITLE = 'Guatemalan President Inaugurates Municipal Program against Violence';
const SEED_COPYRIGHT = 'Copyright © 2018 Diálogo Americas. All Rights Reserved.';
const API_METHODS = [
  'exportPdf',
  'getArticle',
  'getRecentArchives',
  'getStatus',
  'highlightArticle',
  'moreLikeThis',
  'onCommand',
  'onStatusChanged',
  'openArchive',
  'openExternal',
  'openRecentArchive',
  'reportPreferences',
  'search',
  'stopIndexing',
  'suggest',
];

/** Why the app cannot be launched on this machine, or null when it can. */
function whyElectronCannotRun(): string | null {
  let binary: unknown;
  try {
    // From Node, the `electron` package exports the binary's path, and throws when it was never downloaded.
    binary = require('electron');
  } catch (error) {
    return `the Electron binary is not installed (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`;
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return `the Electron binary is missing (${String(binary)})`;
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return 'no display: run the Electron tests under xvfb-run';
  }
  return null;
}

const skipReason = whyElectronCannotRun();
if (skipReason !== null) console.log(`[e2e-electron] skipping the Electron app tests: ${skipReason}`);
test.skip(skipReason !== null, skipReason ?? '');

test.describe.configure({ mode: 'serial' });

let tempDir: string;
let app: ElectronApplication;
let page: Page;

/** The page's `window.archivo`, typed, inside page.evaluate callbacks. */
type WithApi = { archivo: ArchivoApi };

test.beforeAll(async () => {
  for (const file of [MAIN_BUNDLE, RENDERER_INDEX]) {
    if (!existsSync(file)) throw new Error(`${path.relative(REPO, file)} is missing: run \`npm run build\` first`);
  }
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'archivo-e2e-electron-'));
  // `env` replaces the environment entirely: start from ours, with a private profile and index.
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env['ELECTRON_RUN_AS_NODE']; // inherited from an Electron-based editor, it would start plain Node
  env['ARCHIVO_USER_DATA'] = path.join(tempDir, 'user-data');
  env['ARCHIVO_INDEX_DIR'] = path.join(tempDir, 'indexes');

  // Like `npm start -- --archive <folder>`: the project folder is the app (package.json#main is the bundle).
  app = await electron.launch({ args: [REPO, '--archive', SAMPLE_ARCHIVE], cwd: REPO, env, timeout: 60_000 });
  app.process().stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[electron] ${chunk.toString()}`));
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  // Ready and done with the first indexing pass (the worker makes the archive searchable before that).
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          (window as unknown as WithApi).archivo.getStatus().then((s) => (s.state === 'ready' && s.indexing === null ? 'indexed' : s.state)),
        ),
      { timeout: 60_000 },
    )
    .toBe('indexed');
});

test.afterAll(async () => {
  await app?.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

test('opens the sample archive from app://archivo in a window titled Archivo', async () => {
  expect(page.url()).toBe('app://archivo/index.html');
  const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
  expect(title).toContain('Archivo');
  const status = await page.evaluate(() => (window as unknown as WithApi).archivo.getStatus());
  expect(status.state).toBe('ready');
  const summary = (status as Extract<ArchiveStatus, { state: 'ready' }>).summary;
  expect(summary.articles).toBeGreaterThan(0);
  expect(summary.root).toBe(realpathSync(SAMPLE_ARCHIVE));
  // The window shows once it has painted, not before.
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(true);
});

test('finds "Mixco", opens the seed article and shows where it came from', async () => {
  const searchBox = page.getByRole('combobox', { name: 'Search the archive' });
  const results = page.getByRole('region', { name: 'Search results' });
  await searchBox.fill('Mixco');
  await expect(results).toHaveAttribute('aria-busy', 'false');
  await results.getByRole('listitem').getByRole('button').filter({ hasText: SEED_TITLE }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(SEED_TITLE);

  const provenance = page.getByRole('complementary', { name: 'Source & copyright' });
  const field = (label: string) => provenance.locator('.field', { has: page.locator('dt', { hasText: label }) }).locator('dd');
  await expect(field('Source')).toHaveText('Diálogo Americas');
  await expect(field('Copyright notice')).toHaveText(SEED_COPYRIGHT);
  await expect(field('File')).toHaveText(/000_3e153439dee5a9ac\.txt$/);
});

test('window.archivo offers exactly the API, and the page has no Node or Electron', async () => {
  const surface = await page.evaluate(() => {
    const api = (window as unknown as WithApi).archivo as unknown as Record<string, unknown>;
    return Object.keys(api)
      .sort()
      .map((key) => [key, typeof api[key]]);
  });
  expect(surface).toEqual(API_METHODS.map((name) => [name, 'function']));
  const globals = await page.evaluate(() => {
    const scope = window as unknown as Record<string, unknown>;
    return ['require', 'process', 'module', 'Buffer', 'global', 'ipcRenderer', 'electron'].map((name) => [name, typeof scope[name]]);
  });
  expect(globals).toEqual(globals.map(([name]) => [name, 'undefined']));
});

test('the main process refuses invalid IPC arguments sent through the bridge', async () => {
  const message = await page.evaluate(() =>
    (window as unknown as WithApi).archivo.getArticle('../../etc/passwd').then(
      () => 'resolved',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    ),
  );
  expect(message).toContain('Invalid arguments for archive:get-article');
});

test('exports the seed article to the PDF file the save dialog returns', async () => {
  const target = path.join(tempDir, 'seed.pdf');
  // Native dialogs cannot be driven: answer the save dialog from the main process.
  await app.evaluate(({ dialog }, file) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as unknown as typeof dialog.showSaveDialog;
  }, target);
  const result = await page.evaluate(async (title) => {
    const api = (window as unknown as WithApi).archivo;
    const hit = (await api.search('Mixco', { limit: 50 })).results.find((h) => h.title === title);
    if (!hit) throw new Error('seed article not found');
    return api.exportPdf(hit.id);
  }, SEED_TITLE);
  expect(result).toEqual({ status: 'saved', path: target });
  expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('window.open is denied: no new window appears', async () => {
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  await page.waitForTimeout(500);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((w) => !w.isDestroyed()).length)).toBe(1);
});

test('nothing is fetched from the network', async () => {
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'fetched',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
});

test('navigating away to https://example.com is blocked and the app stays', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(1000);
  expect(page.url()).toBe('app://archivo/index.html');
  expect(await page.evaluate(() => typeof (window as unknown as WithApi).archivo.search)).toBe('function');
});
