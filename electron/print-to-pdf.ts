/**
 * PDF printing with Electron's own Chromium, shared by the app's Export command and by print-cli (the
 * CLI's Electron path). The article HTML comes from archive/export's print template: no scripts, no
 * external resources, a CSP that forbids fetching anything.
 *
 * The HTML is loaded from a file in a private temp folder (`loadFile`), not a `data:` URL: Chromium
 * caps URLs at 2 MB, which a long article's data: URL can exceed, while a file has no such limit. The
 * extra privileges `file:` pages get do not matter here: the page can run no script (CSP), and the
 * print window lives in its own in-memory session whose request filter lets through that one file
 * and nothing else (the app's default session blocks every `file:` request, so it cannot be used).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, session, type Session, type WebContents } from 'electron';
import { exportArticlePdf } from '../archive/export/export-article';
import type { PrintHighlights } from '../archive/export/highlight-html';
import type { Article } from '../archive/model/article';

/**
 * Electron 41 printToPDF options. Paper size and margins come from the template's CSS `@page`
 * (`preferCSSPageSize`); the removed pre-21 options (marginsType, printSelectionOnly, …) are not used.
 */
export const PRINT_TO_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const satisfies Electron.PrintToPDFOptions;

const FONTS_TIMEOUT_MS = 5_000;
/** No `persist:` prefix: the print session keeps nothing on disk. */
const PRINT_PARTITION = 'archivo-print';

export async function printHtmlToPdf(webContents: WebContents): Promise<Uint8Array> {
  const pdf = await webContents.printToPDF(PRINT_TO_PDF_OPTIONS);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** The desktop app's export: the shared export path with Electron as the renderer. */
export function renderArticlePdf(article: Article, highlights?: PrintHighlights): Promise<Uint8Array> {
  return exportArticlePdf(article, {
    locale: app.getLocale(),
    appVersion: app.getVersion(),
    renderer: renderHtmlToPdf,
    ...(highlights ? { highlights } : {}),
  });
}

/** Writes `html` to a private temp folder, prints it, and removes the folder. */
export async function renderHtmlToPdf(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'archivo-print-'));
  try {
    const file = path.join(dir, 'article.html');
    await writeFile(file, html, 'utf8');
    return await renderHtmlFileToPdf(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Loads an HTML file in a hidden, sandboxed window with no preload, waits for fonts, prints it. */
export async function renderHtmlFileToPdf(htmlPath: string): Promise<Uint8Array> {
  const file = path.resolve(htmlPath);
  allowedFiles.add(file);
  const window = new BrowserWindow({
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: {
      session: printSession(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      // Hidden windows count as backgrounded; throttling could stall `document.fonts.ready`.
      backgroundThrottling: false,
      spellcheck: false,
      webgl: false,
      navigateOnDragDrop: false,
    },
  });
  try {
    await window.loadFile(file); // resolves at did-finish-load, rejects on did-fail-load
    await waitForFonts(window.webContents);
    return await printHtmlToPdf(window.webContents);
  } finally {
    allowedFiles.delete(file);
    window.destroy();
  }
}

const allowedFiles = new Set<string>();
let cachedSession: Session | null = null;

function printSession(): Session {
  if (cachedSession !== null) return cachedSession;
  const ses = session.fromPartition(PRINT_PARTITION);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  cachedSession = ses;
  return ses;
}

/** The file being printed, and `data:` (inline images the template may one day carry). Nothing else. */
function isAllowedRequest(url: string): boolean {
  if (url.startsWith('data:')) return true;
  if (!url.startsWith('file:')) return false;
  try {
    const requested = path.resolve(fileURLToPath(url));
    for (const file of allowedFiles) {
      if (process.platform === 'win32' ? requested.toLowerCase() === file.toLowerCase() : requested === file) return true;
    }
  } catch {
    // Malformed file URL: refuse.
  }
  return false;
}

/** System fonts only, so this is quick; bounded so a stalled page can never hang an export. */
async function waitForFonts(contents: WebContents): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, FONTS_TIMEOUT_MS);
  });
  try {
    await Promise.race([contents.executeJavaScript('document.fonts.ready.then(() => true)', false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
