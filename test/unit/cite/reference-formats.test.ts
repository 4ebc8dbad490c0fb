import { describe, expect, test } from 'vitest';
import { bibtexKey, escapeLatex, toBibtex, toCslJson, toRis } from '../../../archive/cite/reference-formats';
import { namedArticle } from '../../fixtures/export/named-article';
import { seedArticle } from '../../fixtures/export/seed-article';
import { capturedArticle } from '../export/fixtures';

describe('CSL-JSON', () => {
  test('article-newspaper items with names split, date parts, container and provenance note', () => {
    const [named, seed] = toCslJson([namedArticle, seedArticle]) as Record<string, unknown>[];
    expect(named).toEqual({
      id: namedArticle.id,
      type: 'article-newspaper',
      title: namedArticle.title,
      'container-title': 'Jornal do Vale',
      author: [{ family: 'Gonçalves', given: 'João Pedro' }],
      issued: { 'date-parts': [[2016, 10, 30]] },
      URL: namedArticle.url,
      language: 'pt',
      abstract: namedArticle.summary,
      note: `Archivo id ${namedArticle.id}; SHA-256 ${namedArticle.sha256}; file brasil/2016/prefeitura-programa.md`,
    });
    expect(seed).not.toHaveProperty('author');
    expect(seed).not.toHaveProperty('URL');
    expect(seed?.['container-title']).toBe('Diálogo Americas');
  });
});

describe('RIS', () => {
  test('TY  - NEWS records, CRLF, one AU per author, ER closing each record', () => {
    const ris = toRis([capturedArticle, seedArticle]);
    const [first] = ris.split('\r\n\r\n');
    expect(first?.split('\r\n')).toEqual([
      'TY  - NEWS',
      'AU  - Pérez Gómez, Lucía',
      'TI  - Mixco instalará cien cámaras en los barrios del norte',
      'T2  - Diálogo Américas',
      'PY  - 2011',
      'DA  - 2011/07/05/',
      'UR  - https://dialogo-americas.example/es/mixco-camaras',
      'LA  - es',
      `AB  - ${capturedArticle.summary}`,
      `N1  - Archivo id ${capturedArticle.id}; SHA-256 ${capturedArticle.sha256}; file capturas/dialogo-2011.warc.gz`,
      `ID  - ${capturedArticle.id}`,
      'ER  - ',
    ]);
    expect(ris.match(/^TY {2}- NEWS$/gm)).toHaveLength(2);
    expect(ris.match(/^ER {2}- $/gm)).toHaveLength(2);
    expect(ris).not.toMatch(/[^\r]\n/);
  });
});

describe('BibTeX', () => {
  test('@article with journal = source, month macro, escaped specials, stable keys', () => {
    const hostile = { ...namedArticle, id: 'ffff00001111', title: 'Profits up 50% & costs_down: {C#} ~ $5^2 \\ end' };
    const bib = toBibtex([namedArticle, hostile, seedArticle]);
    expect(bib).toContain('@article{goncalves2016prefeitura,\n  author = {Gonçalves, João Pedro},');
    expect(bib).toContain('  journal = {Jornal do Vale},\n  year = {2016},\n  month = oct,\n  date = {2016-10-30},');
    expect(bib).toContain('@article{goncalves2016profits,');
    expect(bib).toContain('title = {Profits up 50\\% \\& costs\\_down: \\{C\\#\\} \\textasciitilde{} \\$5\\textasciicircum{}2 \\textbackslash{} end}');
    expect(bib).toContain('@article{dialogoamericas2012guatemalan,');
    expect(bibtexKey(namedArticle)).toBe(bibtexKey({ ...namedArticle }));
    // Braces balance in every entry.
    for (const entry of bib.split('\n@')) {
      const unescaped = entry.replace(/\\[{}]/g, '');
      expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
    }
  });

  test('colliding keys get the id; no source means @misc; agencies are braced', () => {
    const bib = toBibtex([seedArticle, { ...seedArticle, id: 'abcdef987654' }, { ...seedArticle, source: null, author: 'Associated Press' }]);
    expect(bib).toContain('@article{dialogoamericas2012guatemalan,');
    expect(bib).toContain('@article{dialogoamericas2012guatemalan-abcdef,');
    expect(bib).toContain('@misc{associatedpress2012guatemalan,\n  author = {{Associated Press}},');
  });

  test('escapeLatex leaves accents alone', () => {
    expect(escapeLatex('Diálogo & Pérez')).toBe('Diálogo \\& Pérez');
  });
});
