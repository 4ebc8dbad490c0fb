/**
 * What the harness prints PDFs with: the shared export path (print template → PDF → document
 * metadata) with Chromium as the engine. The desktop app takes the same path with Electron's
 * printToPDF (electron/print-to-pdf.ts), which is the same rendering engine.
 */
import { existsSync } from 'node:fs';
import { findChromium, renderPdfWithChromium, type RenderOptions } from '../../archive/export/chromium-pdf';
import { exportArticlePdf } from '../../archive/export/export-article';
import type { PrintHighlights } from '../../archive/export/highlight-html';
import type { Article } from '../../archive/model/article';

function chromiumPath(): string {
  const configured = process.env['ARCHIVO_CHROMIUM'] ?? '/usr/bin/chromium';
  const chromium = existsSync(configured) ? configured : findChromium();
  if (chromium === null) throw new Error('No Chromium found to print the PDF (set ARCHIVO_CHROMIUM).');
  return chromium;
}

/** Behind `article:export-pdf`. */
export function renderArticlePdf(article: Article, highlights?: PrintHighlights): Promise<Uint8Array> {
  return exportArticlePdf(article, {
    locale: 'en-US',
    appVersion: 'e2e',
    renderer: (html) => renderHtmlPdf(html),
    ...(highlights ? { highlights } : {}),
  });
}

/** Behind `renderHtml` (the results PDFs). */
export function renderHtmlPdf(html: string, options: RenderOptions = {}): Promise<Uint8Array> {
  return renderPdfWithChromium(html, chromiumPath(), options);
}
