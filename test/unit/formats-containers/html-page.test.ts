import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, htmlPageReader, readHtmlDocument } from '../../../archive/formats/html-page';
import { UnreadableFileError } from '../../../archive/formats/reader';

const fixtures = join(__dirname, '../../fixtures/containers');
const newsPage = readFileSync(join(fixtures, 'news-page.html'));

async function readPage(bytes: Uint8Array) {
  const result = await htmlPageReader.read(bytes, { path: 'saved/page.html' });
  expect(result.articles).toHaveLength(1);
  return result.articles[0]!;
}

describe('saved news page', () => {
  it('extracts the article and leaves navigation, ads, cookie banner, most-read box and footer behind', async () => {
    const { article, format, encoding } = await readPage(newsPage);
    expect(format).toBe('html');
    expect(encoding).toBe('utf-8');
    const text = article.body.join('\n');
    expect(article.body[0]).toMatch(/^La alcaldía de Mixco presentó el programa Municipio Seguro, que incorpora 120/);
    expect(text).toContain('Coordinación con la Policía Nacional Civil');
    expect(text).toContain('“Queremos que los vecinos vuelvan a caminar tranquilos');
    expect(article.body.at(-1)).toMatch(/^Organizaciones vecinales pidieron/);
    for (const boilerplate of ['cookies', 'Aceptar', 'Nacionales', 'Deportes', 'Publicidad', 'Lo más leído', 'lotería', 'relacionadas', 'Villa Nueva', 'Todos los derechos', 'Privacidad', 'Compartir', 'document.write']) {
      expect(text).not.toContain(boilerplate);
      expect(article.html).not.toContain(boilerplate);
    }
    expect(new Set(article.body).size).toBe(article.body.length);
  });

  it('takes metadata from JSON-LD (@graph, @id references, arrays), OpenGraph and the canonical link', async () => {
    const { article } = await readPage(newsPage);
    expect(article).toMatchObject({
      title: 'Mixco refuerza la seguridad municipal',
      summary: 'La alcaldía de Mixco presentó el programa Municipio Seguro.',
      author: 'Ana Pérez, Luis Gómez',
      date: '2016-10-30',
      dateRaw: '2016-10-30T08:15:00-06:00',
      source: 'Diario Ejemplo',
      url: 'https://diario.example/nacionales/mixco-seguridad',
      copyright: '© 2016 Diario Ejemplo. Todos los derechos reservados.',
      language: 'es',
    });
    expect(article.tags).toEqual(['Mixco', 'seguridad', 'Municipio Seguro']);
  });

  it('keeps the article structure and links in the sanitised HTML, and nothing remote', async () => {
    const { article } = await readPage(newsPage);
    expect(article.html).toContain('<h2>Coordinación con la Policía Nacional Civil</h2>');
    expect(article.html).toContain('<blockquote>');
    expect(article.html).toContain('<strong>15 millones de quetzales</strong>');
    expect(article.html).toContain('<a href="https://diario.example/nacionales/prevencion">nuestra cobertura</a>');
    expect(article.html).not.toMatch(/<img|<script|pixel|track\.example|ads\.example|cdn\.diario/);
  });
});

describe('metadata fallbacks', () => {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of a story about the harbour strike, long enough to be read as prose by the extractor and not as a caption.</p>`).join('');

  it('uses OpenGraph, article:* and meta tags when there is no JSON-LD', () => {
    const article = readHtmlDocument(`<!doctype html><html lang="pt-BR"><head><title>Greve no porto | Jornal</title>
      <meta property="og:title" content="Greve no porto de Santos">
      <meta property="og:site_name" content="Jornal Exemplo">
      <meta property="og:url" content="https://jornal.example/greve">
      <meta property="og:description" content="Trabalhadores param por 48 horas.">
      <meta property="article:published_time" content="2016-10-30">
      <meta property="article:author" content="https://jornal.example/autores/maria">
      <meta name="author" content="Maria Souza">
      <meta property="article:tag" content="porto"><meta property="article:tag" content="greve">
      <meta name="dcterms.rights" content="Copyright © 2016 Jornal Exemplo. Todos os direitos reservados.">
      </head><body><article>${paragraphs}</article></body></html>`);
    expect(article).toMatchObject({
      title: 'Greve no porto de Santos',
      summary: 'Trabalhadores param por 48 horas.',
      author: 'Maria Souza',
      date: '2016-10-30',
      source: 'Jornal Exemplo',
      url: 'https://jornal.example/greve',
      copyright: 'Copyright © 2016 Jornal Exemplo. Todos os direitos reservados.',
      language: 'pt',
      tags: ['porto', 'greve'],
    });
    expect(article.body).toHaveLength(6);
  });

  it('survives broken JSON-LD and falls back to the next source', () => {
    const article = readHtmlDocument(`<html><head><title>Fallback title</title>
      <script type="application/ld+json">{ "@type": "NewsArticle", "headline": "Broken </script>
      <script type="application/ld+json">{ "@type": "NewsArticle", "headline": "Trailing comma
        and newline", "author": "Rosa Díaz", }</script>
      </head><body><article>${paragraphs}</article></body></html>`);
    expect(article.title).toBe('Trailing comma and newline');
    expect(article.author).toBe('Rosa Díaz');
    expect(article.date).toBeNull(); // never invented
  });

  it('uses the capture URL only when the page names no URL of its own', () => {
    const page = `<html><head><title>T</title></head><body><article>${paragraphs}</article></body></html>`;
    expect(readHtmlDocument(page, { url: 'https://captured.example/a' }).url).toBe('https://captured.example/a');
    expect(readHtmlDocument(page, { url: 'javascript:alert(1)' }).url).toBeNull();
  });
});

describe('bytes and encodings', () => {
  const story = '<p>La policía detuvo a tres sospechosos en la zona 6 de Mixco después de una persecución por el centro.</p>'.repeat(4);

  it('honours <meta charset> when the bytes are not UTF-8', async () => {
    const html = `<html><head><meta charset="iso-8859-15"><title>Información</title></head><body><article>${story}</article></body></html>`;
    const bytes = new Uint8Array([...html].map((ch) => ch.charCodeAt(0)));
    const { article, encoding } = await readPage(bytes);
    expect(encoding).toBe('iso-8859-15');
    expect(article.body[0]).toContain('La policía detuvo');
  });

  it('honours an http-equiv content type, and prefers valid UTF-8 over a wrong declaration', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>${story}</body></html>`;
    expect(decodeHtml(Buffer.from(html, 'latin1')).encoding).toBe('windows-1252');
    expect(decodeHtml(Buffer.from(html, 'utf8'))).toMatchObject({ encoding: 'utf-8' });
    expect(decodeHtml(Buffer.from(html, 'utf8')).text).toContain('policía');
  });

  it('says plainly when a page has no article', async () => {
    const empty = Buffer.from('<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    await expect(async () => htmlPageReader.read(empty, { path: 'x.html' })).rejects.toThrow(new UnreadableFileError({ kind: 'no-page-article' }));
    await expect(async () => htmlPageReader.read(Buffer.from([0, 1, 2, 3, 0, 0, 255]), { path: 'x.html' })).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('recognises saved pages by their content', () => {
    expect(htmlPageReader.sniff?.('<!DOCTYPE html>\n<html>')).toBe(true);
    expect(htmlPageReader.sniff?.('  <!-- saved from url=(0042)https://x.example -->\n<html lang="es">')).toBe(true);
    expect(htmlPageReader.sniff?.('Headline\n\nSome <html> in text')).toBe(false);
  });
});
