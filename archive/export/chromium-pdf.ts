/**
 * Renders the print template with a Chromium or Chrome already installed on the machine (the CLI's
 * fallback when no Electron runtime is present, and the engine the PDF tests use). Driven through
 * playwright-core, which downloads nothing when given an `executablePath`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { requireLazily } from '../node/lazy-require';

/** Where Chromium-family browsers install themselves, in the order we try them. */
export function chromiumCandidates(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  const fromEnv = [env['ARCHIVO_CHROMIUM'], env['CHROME_PATH']].filter((p): p is string => Boolean(p));
  switch (platform) {
    case 'win32': {
      const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
        (p): p is string => Boolean(p),
      );
      const rel = [
        ['Google', 'Chrome', 'Application', 'chrome.exe'],
        ['Chromium', 'Application', 'chrome.exe'],
        // Edge is Chromium and ships with every Windows 10/11, so exports work out of the box.
        ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
      ];
      return [...fromEnv, ...rel.flatMap((parts) => roots.map((root) => path.win32.join(root, ...parts)))];
    }
    case 'darwin': {
      const apps = [
        'Google Chrome.app/Contents/MacOS/Google Chrome',
        'Chromium.app/Contents/MacOS/Chromium',
        'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ];
      const dirs = ['/Applications', ...(env['HOME'] ? [path.posix.join(env['HOME'], 'Applications')] : [])];
      return [...fromEnv, ...apps.flatMap((app) => dirs.map((dir) => path.posix.join(dir, app)))];
    }
    default: {
      const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
      const dirs = ['/usr/bin', ...(env['PATH'] ?? '').split(':').filter((d) => d && d !== '/usr/bin'), '/snap/bin'];
      return [...fromEnv, ...dirs.flatMap((dir) => names.map((name) => path.posix.join(dir, name)))];
    }
  }
}

/** The first Chromium/Chrome/Edge found, or null. `ARCHIVO_CHROMIUM` and `CHROME_PATH` come first. */
export function findChromium(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
): string | null {
  return chromiumCandidates(platform, env).find((file) => exists(file)) ?? null;
}

/** Chromium's sandbox cannot start as root on Linux (containers, CI); everywhere else keep it on. */
export function chromiumArgs(
  platform: NodeJS.Platform = process.platform,
  uid: number | undefined = process.getuid?.(),
): string[] {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  return platform === 'linux' && uid === 0 ? ['--no-sandbox', ...args] : args;
}

/** Options a renderer may honour: an export being cancelled aborts the print in flight. */
export interface RenderOptions {
  readonly signal?: AbortSignal;
}

/** One browser kept open for a batch of prints; `close` must be called (in a `finally`). */
export interface PdfSession {
  readonly render: (html: string, options?: RenderOptions) => Promise<Uint8Array>;
  readonly close: () => Promise<void>;
}

/** Long combined exports take a while to lay out; a stuck print still ends. */
const PRINT_TIMEOUT_MS = 10 * 60_000;

/**
 * Opens the browser at `executablePath` for a batch of prints: launching Chromium costs far more
 * than printing a page, so a batch (and the test suite) reuses one browser. Every network request
 * is aborted (the template's CSP already forbids them; this is the second lock) and JavaScript is off.
 */
export async function openChromiumPdfSession(executablePath: string): Promise<PdfSession> {
  // Loaded here, not at startup: playwright-core takes most of a second to load, and only a PDF needs it.
  const { chromium } = requireLazily<typeof import('playwright-core')>('playwright-core');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs(), headless: true });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**', (route) => {
      const url = route.request().url();
      return url.startsWith('data:') || url.startsWith('about:') ? route.continue() : route.abort('blockedbyclient');
    });
    return {
      async render(html, options = {}) {
        const { signal } = options;
        signal?.throwIfAborted();
        const page = await context.newPage();
        const abort = (): void => void page.close().catch(() => undefined);
        signal?.addEventListener('abort', abort, { once: true });
        try {
          await page.setContent(html, { waitUntil: 'load', timeout: PRINT_TIMEOUT_MS });
          const pdf = await page.pdf({ tagged: true, outline: true, preferCSSPageSize: true, printBackground: true });
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        } catch (error) {
          signal?.throwIfAborted(); // report the cancellation, not "page closed"
          throw error;
        } finally {
          signal?.removeEventListener('abort', abort);
          await page.close().catch(() => undefined);
        }
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Prints one document with a browser of its own, always closed afterwards. */
export async function renderPdfWithChromium(html: string, executablePath: string, options: RenderOptions = {}): Promise<Uint8Array> {
  const session = await openChromiumPdfSession(executablePath);
  try {
    return await session.render(html, options);
  } finally {
    await session.close();
  }
}
