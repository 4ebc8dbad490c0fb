/**
 * Real PDFs: the seed and a named-author article exported through `exportArticlePdf` with Chromium
 * (the CLI's fallback engine, and the engine Electron's printToPDF wraps), then read back with poppler.
 * Page 1 of each is kept as a PNG in test-results/pdf/ for a human to look at.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderPdfWithChromium } from '../../../archive/export/chromium-pdf';
import { exportArticlePdf } from '../../../archive/export/export-article';
import type { Article } from '../../../archive/model/article';
import { namedArticle } from '../../fixtures/export/named-article';
import { seedArticle } from '../../fixtures/export/seed-article';
import { pageText, pdfInfo, pdfText, renderFirstPage, requirePdfTools } from './poppler';

const OUT = path.resolve('test-results/pdf');
const exportedAt = new Date('2026-03-01T10:30:00Z');
let chromium = '';

async function exportTo(name: string, article: Article, locale: string, pageSize?: 'A4' | 'Letter'): Promise<string> {
  const pdf = await exportArticlePdf(article, {
    locale,
    appVersion: '0.1.0',
    exportedAt,
    renderer: (html) => renderPdfWithChromium(html, chromium),
    ...(pageSize ? { pageSize } : {}),
  });
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  renderFirstPage(file, path.join(OUT, name));
  return file;
}

const files: Record<string, string> = {};

/**
 * Checks that each page of `file` gives its own number and the PDF's real page count, in the words
 * of `label`, and returns the count: however Chromium paginates, the numbers must be right.
 */
function expectPageNumbers(file: string, label: (page: number, pages: number) => string): number {
  const pages = Number(pdfInfo(file)['Pages']);
  for (let page = 1; page <= pages; page++) expect(pageText(file, page)).toContain(label(page, pages));
  return pages;
}

beforeAll(async () => {
  chromium = requirePdfTools();
  mkdirSync(OUT, { recursive: true });
  files['seed-en-US'] = await exportTo('seed-en-US', seedArticle, 'en-US');
  files['seed-es-ES'] = await exportTo('seed-es-ES', seedArticle, 'es-ES');
  files['named-pt-BR'] = await exportTo('named-pt-BR', namedArticle, 'pt-BR');
  files['named-pt-BR-letter'] = await exportTo('named-pt-BR-letter', namedArticle, 'pt-BR', 'Letter');
}, 120_000);

describe('the seed article exported in en-US', () => {
  test('text is selectable, accents intact, every field present, teaser once', () => {
    const text = pdfText(files['seed-en-US'] ?? '');
    expect(text).toContain('Guatemalan President Inaugurates');
    expect(text).toContain('Diálogo Americas');
    expect(text).toContain('Otto Pérez');
    expect(text).toContain('Álvaro Uribe’s');
    expect(text).toContain('“Secure Municipality”');
    expect(text).toContain('February 17, 2012');
    expect(text).toContain('Copyright © 2018 Diálogo Americas. All Rights Reserved.');
    // The seed article runs onto a second page, so numbering is checked across pages.
    expect(expectPageNumbers(files['seed-en-US'] ?? '', (page, pages) => `Page ${page} of ${pages}`)).toBeGreaterThanOrEqual(2);
    expect(text).toContain('000_3e153439dee5a9ac.txt');
    expect(text).toContain(seedArticle.sha256);
    expect(text).toContain('Archivo 0.1.0');
    expect(text.match(/On February 14, Guatemalan President/g)).toHaveLength(1);
    expect(text).not.toContain('WRITER-ID');
  });

  test('metadata: Title, no Author, Subject, Keywords, dates, Letter, tagged', () => {
    const info = pdfInfo(files['seed-en-US'] ?? '');
    expect(info['Title']).toBe('Guatemalan President Inaugurates Municipal Program against Violence');
    expect(info['Author']).toBeUndefined();
    expect(info['Subject']).toBe('Diálogo Americas — February 17, 2012');
    expect(info['Keywords']).toBe('Diálogo Americas; English');
    expect(info['Creator']).toBe('Archivo 0.1.0');
    expect(info['CreationDate']).toBe('Sun Mar  1 10:30:00 2026 UTC');
    expect(info['Tagged']).toBe('yes');
    expect(info['Page size']).toBe('612 x 792 pts (letter)');
  });

  test('structure survives the metadata pass: outline, language, marked content', async () => {
    const doc = await PDFDocument.load(readFileSync(files['seed-en-US'] ?? ''), { updateMetadata: false });
    const catalog = doc.catalog;
    expect(catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
    expect(catalog.has(PDFName.of('Outlines'))).toBe(true);
    expect(String(catalog.get(PDFName.of('Lang')))).toBe('(en)');
  });
});

describe('the seed article exported in es-ES', () => {
  test('A4, Spanish page numbers and labels, Spanish date in the subject', () => {
    const text = pdfText(files['seed-es-ES'] ?? '');
    expect(expectPageNumbers(files['seed-es-ES'] ?? '', (page, pages) => `Página ${page} de ${pages}`)).toBeGreaterThanOrEqual(2);
    expect(text).toContain('17 de febrero de 2012');
    expect(text).toContain('Procedencia');
    expect(text).toContain('Copyright © 2018 Diálogo Americas. All Rights Reserved.');
    const info = pdfInfo(files['seed-es-ES'] ?? '');
    expect(info['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(info['Subject']).toBe('Diálogo Americas — 17 de febrero de 2012');
    expect(info['Keywords']).toBe('Diálogo Americas; inglés');
    expect(info['Tagged']).toBe('yes');
  });
});

describe('a Portuguese article with a named author', () => {
  test('Author in the metadata, byline, URL, duplicates and tags', () => {
    const info = pdfInfo(files['named-pt-BR'] ?? '');
    expect(info['Author']).toBe('João Pedro Gonçalves');
    expect(info['Title']).toBe(namedArticle.title);
    expect(info['Keywords']).toBe('Jornal do Vale; português; educação; segurança pública; São José dos Campos');
    expect(info['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(info['Tagged']).toBe('yes');
    const text = pdfText(files['named-pt-BR'] ?? '');
    expect(text).toContain('Por João Pedro Gonçalves');
    expect(text).toContain('30 de outubro de 2016');
    expect(text).toContain('jornaldovale.example');
    expect(text).toContain('backup/jornal-do-vale.zip › entrada 2016/10/prefeitura.md');
    expect(text).toContain('© 2016 Jornal do Vale. Todos os direitos reservados.');
    expect(text).toMatch(/Página 1 de [3-9]/);
    // The running header carries source and headline on later pages.
    expect(text).toContain('Jornal do Vale · Prefeitura de São José dos Campos');
  });

  test('the page size can be switched from the locale default', () => {
    expect(pdfInfo(files['named-pt-BR-letter'] ?? '')['Page size']).toBe('612 x 792 pts (letter)');
  });

  test('page 1 was rendered to PNG for a human check', () => {
    for (const name of Object.keys(files)) expect(statSync(path.join(OUT, `${name}-1.png`)).size).toBeGreaterThan(20_000);
  });
});

describe('renderPdfWithChromium never touches the network', () => {
  let server: Server;
  let hits = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('even for HTML without a CSP that asks for remote resources', async () => {
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const html = `<!DOCTYPE html><html><head><title>t</title><link rel="stylesheet" href="${base}/a.css"></head>
      <body><p>Tracking test</p><img src="${base}/pixel.gif"><iframe src="${base}/frame"></iframe>
      <script src="${base}/x.js"></script></body></html>`;
    const pdf = await renderPdfWithChromium(html, chromium);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(hits).toBe(0);
  });
});
