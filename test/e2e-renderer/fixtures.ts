/**
 * Playwright fixtures for the renderer: the real built UI (out/renderer) served over loopback, and the
 * real IPC handlers, archive session and archive core behind the bridge. Only the native dialogs are
 * stubbed (a test decides what the folder and save dialogs answer), as in the Electron tests.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import type { Article } from '../../archive/model/article';
import type { EventChannel, EventChannels, InvokeChannel, OpenExternalResult, UiPreferences } from '../../electron/api';
import { createArchiveSession, type ArchiveSession } from '../../electron/archive-session';
import { createIpcHandlers } from '../../electron/ipc-handlers';
import { workerLibraryOpener } from '../../electron/worker-library';
import { renderArticlePdf, renderHtmlPdf } from './render-pdf';
import { serveDirectory } from './static-server';

const REPO = path.resolve(__dirname, '../..');
export const RENDERER_DIR = path.join(REPO, 'out/renderer');
export const SAMPLE_ARCHIVE = path.join(REPO, 'archive/sample-archive');
/** The archive worker as the app runs it (built by `npm run build`). */
const WORKER_FILE = path.join(REPO, 'out/electron/archive-worker.cjs');

export interface Harness {
  readonly page: Page;
  readonly session: ArchiveSession;
  /**
   * Loads the app. With `archive`, that folder is opened first (as `--archive` or the remembered one
   * would) and its first indexing pass is awaited, so tests start from a settled state.
   */
  start(options?: { readonly archive?: string }): Promise<void>;
  /** What the folder dialog answers next (null = the user cancels). */
  nextFolder: string | null;
  /** What the save dialog answers next (null = the user cancels); the names it offered are recorded. */
  nextSavePath: string | null;
  readonly suggestedNames: string[];
  /** What main put on the clipboard (text and html), oldest first. */
  readonly copied: { readonly text: string; readonly html: string }[];
  /** A fresh temporary folder for this test's exports. */
  readonly tempDir: string;
  /** Holds every archive open until the returned function is called, to observe the loading state. */
  holdOpening(): () => void;
  /** Delays the answer to a search, to prove a slow old answer never replaces a newer one. */
  searchDelayMs: (query: string) => number;
  /** Folders main remembers as recently opened (the start screen and File menu list them). */
  recentArchives: string[];
  /** Every address the page asked main to open externally, and what main answers. */
  readonly externalRequests: string[];
  externalAnswer: OpenExternalResult;
  /** The preferences the page last reported to main. */
  readonly reportedPreferences: UiPreferences[];
  /** Sends a main → renderer event, as the main process would. */
  emit<C extends EventChannel>(channel: C, payload: EventChannels[C]): Promise<void>;
}

interface WorkerFixtures {
  readonly rendererUrl: string;
  readonly harnessScript: string;
  readonly indexDir: string;
}

export const test = base.extend<{ archivo: Harness; guardPage: void }, WorkerFixtures>({
  rendererUrl: [
    async ({}, use) => {
      if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
        throw new Error(`No built renderer in ${RENDERER_DIR}: run \`npx vite build\` (or \`npm run build\`) first.`);
      }
      const server = await serveDirectory(RENDERER_DIR);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  harnessScript: [
    async ({}, use) => {
      const result = await build({
        entryPoints: [path.join(__dirname, 'harness-bridge.ts')],
        bundle: true,
        write: false,
        format: 'iife',
        platform: 'browser',
        target: 'chrome120',
        logLevel: 'silent',
      });
      const file = result.outputFiles[0];
      if (!file) throw new Error('esbuild produced no harness bundle');
      await use(file.text);
    },
    { scope: 'worker' },
  ],

  // The persisted index goes to a temporary folder, never the user's cache or the archive itself.
  indexDir: [
    async ({}, use) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'archivo-e2e-index-'));
      await use(dir);
      await rm(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  archivo: async ({ page, rendererUrl, harnessScript, indexDir }, use) => {
    const tempDir = await mkdtemp(path.join(tmpdir(), 'archivo-e2e-'));
    let live = false;
    let gate: Promise<void> | null = null;

    const emit = async <C extends EventChannel>(channel: C, payload: EventChannels[C]): Promise<void> => {
      await page.evaluate(
        ([name, value]) => (window as unknown as { __archivoEmit(c: string, p: unknown): void }).__archivoEmit(name, value),
        [channel, payload] as const,
      );
    };

    if (!existsSync(WORKER_FILE)) throw new Error(`No built archive worker at ${WORKER_FILE}: run \`npm run build\` first.`);
    const openInWorker = workerLibraryOpener({ workerFile: WORKER_FILE, indexDir });
    let firstPassDone: () => void = () => undefined;
    const session = createArchiveSession({
      openLibrary: async (root, events) => {
        await gate;
        return openInWorker(root, {
          ...events,
          onIndexed: (summary) => {
            events.onIndexed(summary);
            firstPassDone();
          },
        });
      },
      // Main broadcasts every status change to the window; before the page exists there is no one to tell.
      onStatus: (status) => {
        if (live) void emit('archive:status-changed', status).catch(() => undefined);
      },
    });

    const harness: Harness = {
      page,
      session,
      nextFolder: null,
      nextSavePath: null,
      suggestedNames: [],
      copied: [],
      tempDir,
      holdOpening: () => {
        let release = (): void => undefined;
        gate = new Promise((resolve) => {
          release = () => {
            gate = null;
            resolve();
          };
        });
        return release;
      },
      searchDelayMs: () => 0,
      recentArchives: [],
      externalRequests: [],
      externalAnswer: { outcome: 'canceled' },
      reportedPreferences: [],
      emit,
      start: async (options = {}) => {
        if (options.archive !== undefined) {
          const indexed = new Promise<void>((resolve) => (firstPassDone = resolve));
          const status = await session.open(options.archive);
          if (status.state === 'ready') await indexed;
        }
        await page.goto(rendererUrl);
        live = true;
      },
    };

    const handlers = createIpcHandlers({
      getLibrary: () => session.getLibrary(),
      getStatus: () => session.getStatus(),
      chooseArchiveFolder: async () => harness.nextFolder,
      openArchive: (root) => session.open(root),
      chooseSavePath: async (suggestedName) => {
        harness.suggestedNames.push(suggestedName);
        return harness.nextSavePath;
      },
      chooseExportFolder: async (folderName) => {
        harness.suggestedNames.push(folderName);
        return harness.nextSavePath;
      },
      renderPdf: (article: Article, highlights) => renderArticlePdf(article, highlights),
      renderHtml: (html, options) => renderHtmlPdf(html, options),
      copyToClipboard: (content) => {
        harness.copied.push(content);
      },
      emit: (channel, payload) => {
        if (live) void emit(channel, payload).catch(() => undefined);
      },
      getRecentArchives: () => harness.recentArchives,
      // What the confirmation dialog would answer; the decision logic itself is tested in test/unit/security.
      openExternal: async (url) => {
        harness.externalRequests.push(url);
        return harness.externalAnswer;
      },
      onUiPreferences: (preferences) => {
        harness.reportedPreferences.push(preferences);
      },
    });

    await page.exposeBinding('__archivoInvoke', async (_source, channel: InvokeChannel, ...args: unknown[]) => {
      const handler = handlers[channel];
      if (typeof handler !== 'function') throw new Error(`Unknown channel ${String(channel)}`);
      const delay = channel === 'archive:search' && typeof args[0] === 'string' ? harness.searchDelayMs(args[0]) : 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      return handler(...args);
    });
    await page.addInitScript({ content: harnessScript });

    await use(harness);
    await session.getLibrary()?.close?.();
    await rm(tempDir, { recursive: true, force: true });
  },

  /**
   * Every test also checks what a user cannot see: no script errors, no CSP violations, and no request
   * leaving the app's own origin (reading must never touch the network).
   */
  guardPage: [
    async ({ page, rendererUrl }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
      });
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(rendererUrl)) return route.continue();
        problems.push(`request outside the app: ${url}`);
        return route.abort('blockedbyclient');
      });
      await use();
      expect(problems, 'the page stayed quiet and offline').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
