/**
 * Picks the engine the CLI prints with: the Electron runtime when present (the same engine as the
 * desktop app), else a Chromium/Chrome/Edge installed on the machine. When neither exists the error
 * says which is missing and how to fix it.
 */
import { findChromium, openChromiumPdfSession, renderPdfWithChromium, type PdfSession } from './chromium-pdf';
import { findElectronRuntime, renderPdfWithElectron, type ElectronRuntime } from './electron-pdf';
import type { PdfRenderer } from './export-article';

export interface ResolvedPdfRenderer {
  readonly kind: 'electron' | 'chromium';
  readonly executablePath: string;
  readonly render: PdfRenderer;
  /** For a batch: one engine kept open across prints (a shared browser for Chromium). */
  readonly openSession: () => Promise<PdfSession>;
  /** One line for the CLI to print on stderr, e.g. why Electron was not used. */
  readonly description: string;
}

export interface ResolveOptions {
  readonly platform?: NodeJS.Platform;
  readonly env?: NodeJS.ProcessEnv;
  readonly electron?: () => ElectronRuntime;
  readonly chromium?: () => string | null;
}

export function resolvePdfRenderer(options: ResolveOptions = {}): ResolvedPdfRenderer {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const electron = (options.electron ?? (() => findElectronRuntime()))();
  const chromiumPath = (options.chromium ?? (() => findChromium(platform, env)))();
  // Electron has no headless mode: on a Linux machine without a display, a headless Chromium is the
  // only engine that can work, so it goes first there.
  const noDisplay = platform === 'linux' && !env['DISPLAY'] && !env['WAYLAND_DISPLAY'];

  if (electron.found && !(noDisplay && chromiumPath !== null)) {
    const { binary, script } = electron;
    return {
      kind: 'electron',
      executablePath: binary,
      render: (html) => renderPdfWithElectron(html, binary, script),
      // Each Electron print is its own short-lived process; there is nothing to keep open.
      openSession: async () => ({ render: (html) => renderPdfWithElectron(html, binary, script), close: async () => undefined }),
      description: `printing with the Electron runtime at ${binary}`,
    };
  }
  if (chromiumPath !== null) {
    const why = electron.found ? 'no display for Electron' : `no Electron runtime: ${electron.reason}`;
    return {
      kind: 'chromium',
      executablePath: chromiumPath,
      render: (html, renderOptions) => renderPdfWithChromium(html, chromiumPath, renderOptions),
      openSession: () => openChromiumPdfSession(chromiumPath),
      description: `printing with Chromium at ${chromiumPath}; ${why}`,
    };
  }
  throw new Error(
    [
      'Cannot export to PDF: no engine to print with.',
      `- No Electron runtime: ${electron.found ? 'found but unusable' : electron.reason}.`,
      '- No Chromium or Chrome found (checked $ARCHIVO_CHROMIUM, $CHROME_PATH and the standard install locations).',
      'Fix: install Chromium or Google Chrome (Debian/Ubuntu: `sudo apt-get install chromium`), or set',
      'ARCHIVO_CHROMIUM to the path of a Chromium/Chrome executable.',
    ].join('\n'),
  );
}
