/**
 * Real PDFs through one shared Chromium: a single article with a capture date and highlighted hits,
 * a combined export with its contents page, and a folder of per-article PDFs; all read back with
 * poppler. Pages are kept as PNGs in test-results/pdf/ for a human to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openChromiumPdfSession, type PdfSession } from '../../../archive/export/chromium-pdf';
import { exportArticlePdf } from '../../../archive/export/export-article';
import { ExportCancelledError, exportArticlesPdf, type BatchProgress } from '../../../archive/export/export-batch';
import { topLevelOutline } from '../../../archive/export/outline-pages';
import { namedArticle } from '../../fixtures/export/named-article';
import { seedArticle } from '../../fixtures/export/seed-article';
import { capturedArticle, perezHighlights } from './fixtures';
import { flowing, pageText, pdfInfo, pdfText, requirePdfTools, unbrokenText } from './poppler';

const OUT = path.resolve('test-results/pdf');
const exportedAt = new Date('2026-03-01T10:30:00Z');
let session: PdfSession;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'archivo-batch-'));

function renderPage(file: string, page: number, prefix: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  return `${prefix}.png`;
}

/** Pixels of page 1 close to the highlight tint #fff0a8, counted from a PPM render. */
function highlightPixels(file: string): number {
  const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', '-singlefile', file]);
  // Header: "P6\n<w> <h>\n255\n" then RGB bytes.
  let offset = 0;
  for (let fields = 0; fields < 4; offset++) if (ppm[offset] === 0x0a || ppm[offset] === 0x20) fields++;
  let count = 0;
  for (let i = offset; i + 2 < ppm.length; i += 3) {
    const [r, g, b] = [ppm[i] ?? 0, ppm[i + 1] ?? 0, ppm[i + 2] ?? 0];
    if (r > 240 && g > 225 && g < 250 && b > 140 && b < 190) count++;
  }
  return count;
}

beforeAll(async () => {
  session = await openChromiumPdfSession(requirePdfTools());
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await session?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a web-archive article with the query hits highlighted', () => {
  let plain = '';
  let marked = '';
  beforeAll(async () => {
    const common = { locale: 'es-ES', appVersion: '0.1.0', exportedAt, renderer: session.render };
    plain = path.join(tmp, 'plain.pdf');
    marked = path.join(OUT, 'captured-es-highlighted.pdf');
    writeFileSync(plain, await exportArticlePdf(capturedArticle, common));
    writeFileSync(marked, await exportArticlePdf(capturedArticle, { ...common, highlights: perezHighlights(capturedArticle) }));
    renderPage(marked, 1, path.join(OUT, 'captured-es-highlighted-1'));
  });

  test('capture date, byline, source, URL, provenance and copyright, accents intact', () => {
    const text = flowing(pdfText(marked));
    const unbroken = unbrokenText(marked);
    expect(text).toContain('Capturado 6 de julio de 2011 a las 14:32 UTC');
    expect(text).toContain('Por Lucía Pérez Gómez');
    expect(text).toContain('5 de julio de 2011');
    expect(text).toContain('Diálogo Américas');
    expect(unbroken).toContain('https://dialogo-americas.example/es/mixco-camaras');
    expect(unbroken).toContain('capturas/dialogo-2011.warc.gz›entradahttps://dialogo-americas.example/es/mixco-camaras');
    expect(text).toContain(capturedArticle.sha256);
    expect(text).toContain('Exportado 1 de marzo de 2026');
    expect(text).toContain('Archivo 0.1.0');
    expect(text).toContain('Copyright © 2011 Diálogo Américas. Todos los derechos reservados.');
    expect(text).toContain('Página 1 de 1');
  });

  test('the hits are tinted on the page; the same export without highlights has no tint', () => {
    expect(highlightPixels(marked)).toBeGreaterThan(50);
    expect(highlightPixels(plain)).toBe(0);
    // Marking never changes the text.
    const words = (file: string): string => pdfText(file).replace(/\s+/g, ' ');
    expect(words(marked)).toBe(words(plain));
  });

  test('every font is embedded (no font is fetched or left to the reader’s machine)', () => {
    const fonts = execFileSync('pdffonts', [marked], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  });
});

describe('combined export', () => {
  const file = path.join(OUT, 'combined-en-US.pdf');
  const progress: BatchProgress[] = [];
  let startPages: readonly number[] = [];

  beforeAll(async () => {
    const result = await exportArticlesPdf([seedArticle, namedArticle, capturedArticle], {
      mode: 'combined',
      out: file,
      locale: 'en-US',
      appVersion: '0.1.0',
      exportedAt,
      renderer: session.render,
      description: 'Search: "Pérez OR prefeitura"',
      highlights: (article) => (article.id === capturedArticle.id ? perezHighlights(article) : undefined),
      onProgress: (p) => progress.push(p),
    });
    startPages = result.startPages ?? [];
    expect(result.files).toEqual([file]);
    renderPage(file, 1, path.join(OUT, 'combined-en-US-contents'));
    renderPage(file, (startPages[1] ?? 2) + 1, path.join(OUT, 'combined-en-US-article-2-page-2'));
  });

  test('the contents page lists headline, date, source and the page each article really starts on', () => {
    const contents = pageText(file, 1);
    const listed = flowing(contents);
    expect(listed).toContain('Contents');
    expect(listed).toContain('Archivo export: 3 articles — Search: "Pérez OR prefeitura"');
    expect(listed).toContain('Guatemalan President Inaugurates Municipal Program against Violence');
    expect(listed).toContain('February 17, 2012 · Diálogo Americas');
    expect(listed).toContain('October 30, 2016 · Jornal do Vale');
    expect(listed).toContain('July 5, 2011 · Diálogo Américas');
    expect(startPages[0]).toBe(2);
    const titles = [seedArticle.title, namedArticle.title.slice(0, 40), capturedArticle.title];
    startPages.forEach((page, i) => {
      expect(contents).toMatch(new RegExp(`^${page}$`, 'm'));
      expect(pageText(file, page)).toContain(titles[i]);
      if (page - 1 > 1) expect(pageText(file, page - 1)).not.toContain(titles[i]); // page 1 is the contents
    });
  });

  test('continuous page numbers, per-article running headers, one tagged document with an outline', async () => {
    const info = pdfInfo(file);
    const pages = Number(info['Pages']);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pageText(file, pages)).toContain(`Page ${pages} of ${pages}`);
    expect(pageText(file, 1)).not.toContain('Guatemalan President Inaugurates Municipal Program against Violence  ·');
    expect(pageText(file, (startPages[1] ?? 0) + 1)).toContain('Jornal do Vale · Prefeitura de São José dos Campos');
    expect(pageText(file, startPages[2] ?? 0)).toContain('Diálogo Américas · Mixco instalará cien cámaras');
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe('Archivo export: 3 articles');
    expect(info['Subject']).toBe('Search: "Pérez OR prefeitura"');
    expect(info['Keywords']).toContain('Diálogo Americas; English; Jornal do Vale; Portuguese');
    expect(info['Author']).toBe('João Pedro Gonçalves; Lucía Pérez Gómez');
    expect(info['CreationDate']).toBe('Sun Mar  1 10:30:00 2026 UTC');
    const outline = await topLevelOutline(readFileSync(file));
    expect(outline.map((entry) => entry.page)).toEqual([1, ...startPages]);
  });

  test('every article keeps its provenance and copyright', () => {
    const text = pdfText(file);
    for (const article of [seedArticle, namedArticle, capturedArticle]) {
      expect(text).toContain(article.sha256);
      expect(text).toContain(article.copyright);
    }
  });

  test('progress: each article prepared, then layout, printing, saving, done', () => {
    expect(progress.map((p) => p.phase)).toEqual(['preparing', 'preparing', 'preparing', 'layout', 'printing', 'saving', 'done']);
    expect(progress[1]).toMatchObject({ done: 2, total: 3, article: { id: namedArticle.id } });
  });

  test('cancelling stops the export and writes nothing', async () => {
    const controller = new AbortController();
    const out = path.join(tmp, 'cancelled.pdf');
    const run = exportArticlesPdf([seedArticle, namedArticle], {
      mode: 'combined', out, locale: 'en-US', appVersion: '0.1.0', renderer: session.render, signal: controller.signal,
      onProgress: (p) => p.phase === 'layout' && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelledError);
    expect(readdirSync(tmp)).not.toContain('cancelled.pdf');
  });
});

describe('one PDF per article', () => {
  test('safe unique names, existing files kept, progress per article', async () => {
    const dir = mkdtempSync(path.join(tmp, 'folder-'));
    const existing = '2012-02-17 Guatemalan President Inaugurates Municipal Program against Violence.pdf';
    writeFileSync(path.join(dir, existing), 'not mine');
    const twin = { ...seedArticle, id: 'aaaaaaaaaaaaaaaa', title: 'CON: Guatemalan/President?' };
    const progress: BatchProgress[] = [];
    const result = await exportArticlesPdf([seedArticle, twin, { ...twin, id: 'bbbbbbbbbbbbbbbb' }], {
      mode: 'per-article', outDir: dir, locale: 'en-GB', appVersion: '0.1.0', exportedAt, renderer: session.render,
      onProgress: (p) => progress.push(p),
    });
    expect(result.files.map((f) => path.basename(f))).toEqual([
      '2012-02-17 Guatemalan President Inaugurates Municipal Program against Violence (2).pdf',
      '2012-02-17 CON - Guatemalan-President.pdf',
      '2012-02-17 CON - Guatemalan-President (2).pdf',
    ]);
    expect(readFileSync(path.join(dir, existing), 'utf8')).toBe('not mine');
    expect(pdfInfo(result.files[1] ?? '')['Page size']).toMatch(/A4/);
    expect(pdfText(result.files[0] ?? '')).toContain('Copyright © 2018 Diálogo Americas. All Rights Reserved.');
    expect(progress.map((p) => `${p.phase} ${p.done}/${p.total}`)).toEqual(['printing 1/3', 'printing 2/3', 'printing 3/3', 'done 3/3']);
  });

  test('cancel between articles: what was written is reported, nothing after it', async () => {
    const dir = mkdtempSync(path.join(tmp, 'cancel-'));
    const controller = new AbortController();
    const run = exportArticlesPdf([seedArticle, namedArticle, capturedArticle], {
      mode: 'per-article', outDir: dir, locale: 'en-US', appVersion: '0.1.0', renderer: session.render, signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportCancelledError);
    expect((error as ExportCancelledError).files).toHaveLength(1);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
