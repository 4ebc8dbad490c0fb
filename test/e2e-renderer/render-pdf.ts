/**
 * What the harness runs behind `article:export-pdf`: the shared export path (print template → PDF →
 * document metadata) with Chromium as the engine. The desktop app takes the same path with Electron's
 * printToPDF (electron/print-to-pdf.ts), which is the same rendering engine.
 */
import { existsSync } from 'node:fs';
import { findChromium, renderPdfWithChromium } from '../../archive/export/chromium-pdf';
import { exportArticlePdf } from '../../archive/export/export-article';
import type { Article } from '../../archive/model/article';

const configured = process.env['ARCHIVO_CHROMIUM'] ?? '/usr/bin/chromium';

export function renderArticlePdf(article: Article): Promise<Uint8Array> {
  const chromium = existsSync(configured) ? configured : findChromium();
  if (chromium === null) throw new Error('No Chromium found to print the PDF (set ARCHIVO_CHROMIUM).');
  return exportArticlePdf(article, {
    locale: 'en-US',
    appVersion: 'e2e',
    renderer: (html) => renderPdfWithChromium(html, chromium),
  });
}
