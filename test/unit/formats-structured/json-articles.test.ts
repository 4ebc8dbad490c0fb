import { describe, expect, it } from 'vitest';
import { jsonArticlesReader } from '../../../archive/formats/json-articles';
import { fixtureBytes, readWith, unreadableReason, utf8 } from './fixtures';

const read = (name: string) => readWith(jsonArticlesReader, fixtureBytes(name), `dumps/${name}`);

describe('JSON article dumps', () => {
  it('reads a news-please record: maintext paragraphs, authors, publish date kept raw beside the parsed one', async () => {
    const { articles, problems } = await read('news-please.json');
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    const [{ article, format, encoding }] = articles as [(typeof articles)[number]];
    expect(format).toBe('json');
    expect(encoding).toBe('utf-8');
    expect(article.title).toBe('Mixco presenta su plan "Municipio Seguro"');
    expect(article.author).toBe('María José Rodríguez, Carlos Pérez');
    expect(article.date).toBe('2017-02-15');
    expect(article.dateRaw).toBe('2017-02-15 18:25:00');
    expect(article.language).toBe('es');
    expect(article.source).toBe('www.example-diario.gt');
    expect(article.url).toBe('https://www.example-diario.gt/nacionales/mixco-seguridad');
    expect(article.body).toHaveLength(4);
    expect(article.body[1]).toContain('40 nuevas cámaras');
    // The description repeats the first paragraph: it is not shown twice.
    expect(article.summary).toBeNull();
  });

  it('reads a trafilatura record: "A; B" authors without placeholders, sitename as outlet, URL from `source`', async () => {
    const { articles } = await read('trafilatura.json');
    const article = articles[0]?.article;
    expect(article?.author).toBe('Ana Lucía Gómez, Tom Reyes');
    expect(article?.source).toBe('Diálogo Americas');
    expect(article?.url).toBe('https://dialogo-example.org/articles/secure-municipality');
    expect(article?.copyright).toBe('CC BY-NC 4.0');
    expect(article?.body).toEqual([
      'Night-time robberies in Mixco fell for the third month in a row, police said on Sunday.',
      'The Secure Municipality plan pairs municipal cameras with National Civil Police patrols.',
      '“We are seeing results,” said the deputy mayor.',
    ]);
    expect(article?.tags).toEqual(expect.arrayContaining(['Guatemala', 'Mixco', 'Security', 'Central America']));
  });

  it('splits listed authors and tags, drops "By" and placeholders, and keeps each once in first-given order', async () => {
    const record = {
      title: 'T',
      text: 'Body.',
      authors: ['By  Ana Ruiz', 'UNKNOWN', 'Tom Reyes; Ana Ruiz', { name: 'Bya Okafor' }, 'A name far longer than any placeholder'],
      tags: 'Mixco, Seguridad;Guatemala',
      keywords: ['Mixco', ' Policía ', 'Costa Rica,'],
    };
    const { articles } = await readWith(jsonArticlesReader, utf8(JSON.stringify(record)), 'a.json');
    expect(articles[0]?.article.author).toBe('Ana Ruiz, Tom Reyes, Bya Okafor, A name far longer than any placeholder');
    expect(articles[0]?.article.tags).toEqual(['Mixco', 'Seguridad', 'Guatemala', 'Policía', 'Costa Rica']);
  });

  it('reads an array of newspaper-style records, and reports the one that is not an article', async () => {
    const { articles, problems } = await read('newspaper-array.json');
    expect(articles.map((a) => a.article.title)).toEqual(['Porto Alegre amplia ciclovias', 'Harbour dredging delayed again']);
    const [ciclovias, harbour] = articles.map((a) => a.article);
    expect(ciclovias?.date).toBe('2016-10-30');
    expect(ciclovias?.dateRaw).toBe('30 de outubro de 2016');
    expect(ciclovias?.language).toBe('pt');
    // Blank lines separate paragraphs; a single line break inside one is a wrapped line.
    expect(ciclovias?.body).toEqual([
      'A prefeitura de Porto Alegre anunciou 30 quilômetros de novas ciclovias.',
      'As obras começam em novembro e devem durar oito meses.',
      'Ciclistas pedem mais segurança nos cruzamentos da Avenida Ipiranga.',
    ]);
    // HTML content becomes plain text: no tags, no script, entities decoded.
    expect(harbour?.body).toEqual(['The dredging of the north harbour has been postponed until spring.', 'Port officials blamed a late permit & rising costs.']);
    expect(harbour?.author).toBe("Sam O'Neill");
    expect(harbour?.source).toBe('Coast News');
    expect(harbour?.date).toBe('2015-03-03');
    expect(problems).toEqual([{ reason: 'item 3: no title or text, skipped' }]);
  });

  it('finds articles under an `articles` key (NewsAPI) and uses the description when there is no text', async () => {
    const { articles } = await read('newsapi.json');
    expect(articles).toHaveLength(2);
    expect(articles[0]?.article.body).toEqual(['Las lluvias de la última semana dejaron 3.000 damnificados en cuatro departamentos.']);
    expect(articles[0]?.article.source).toBe('Prensa Ejemplo');
    expect(articles[0]?.article.date).toBe('2011-07-05');
    expect(articles[1]?.article.dateRaw).toBe('5 de julio de 2011');
  });

  it('loads the good lines of a JSON Lines file and names the broken ones', async () => {
    const { articles, problems } = await read('dump.jsonl');
    expect(articles.map((a) => a.article.title)).toEqual(['First line article', 'Third']);
    expect(articles[1]?.article.date).toBe('2012-02-17');
    expect(problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/^line 3: not valid JSON \(the text ends inside a string at column \d+\)$/),
      'line 5: no title or text, skipped',
    ]);
  });

  it('reads JSON Lines saved under a .json name', async () => {
    const lines = '{"title":"One","text":"First."}\n{"title":"Two","text":"Second."}\n';
    const { articles } = await readWith(jsonArticlesReader, utf8(lines), 'export.json');
    expect(articles.map((a) => a.article.title)).toEqual(['One', 'Two']);
  });

  it('never invents a date: an ambiguous or unknown date keeps its raw form and no parsed form', async () => {
    const record = { title: 'T', text: 'Body.', date: '03/04/2015' };
    const { articles } = await readWith(jsonArticlesReader, utf8(JSON.stringify(record)), 'a.json');
    expect(articles[0]?.article.date).toBeNull();
    expect(articles[0]?.article.dateRaw).toBe('03/04/2015');
  });

  it('reads Windows-1252 bytes and a UTF-8 byte-order mark, and says which encoding it used', async () => {
    const latin1 = Uint8Array.from([...'{"title":"Acci'].map((c) => c.charCodeAt(0)).concat(0xf3, ...[...'n en Mixco","text":"Texto."}'].map((c) => c.charCodeAt(0))));
    const fromLatin1 = await readWith(jsonArticlesReader, latin1, 'old.json');
    expect(fromLatin1.articles[0]?.article.title).toBe('Acción en Mixco');
    expect(fromLatin1.articles[0]?.encoding).toBe('windows-1252');
    const withBom = await readWith(jsonArticlesReader, Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('{"title":"Con BOM","text":"Sí."}')]), 'bom.json');
    expect(withBom.articles[0]?.article.title).toBe('Con BOM');
  });

  it('reads JSON Lines the same whatever their line ends and encoding, and numbers bad lines alike', async () => {
    const records = ['{"title":"Acción en Mixco","text":"Primero.\\n\\nSegundo."}', '', '{broken', '{"title":"Dia\u0301logo","text":"Texto."}'];
    const expected = { titles: ['Acción en Mixco', 'Diálogo'], problems: ["line 3: not valid JSON (unexpected 'b' where a property name in double quotes was expected at column 2)"] };
    const summary = async (bytes: Uint8Array) => {
      const { articles, problems } = await readWith(jsonArticlesReader, bytes, 'dump.jsonl');
      return { titles: articles.map(({ article }) => article.title), problems: problems.map(({ reason }) => reason), encodings: [...new Set(articles.map(({ encoding }) => encoding))] };
    };
    expect(await summary(utf8(records.join('\n')))).toEqual({ ...expected, encodings: ['utf-8'] });
    expect(await summary(utf8(records.join('\r\n')))).toEqual({ ...expected, encodings: ['utf-8'] });
    expect(await summary(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(records.join('\n'))]))).toEqual({ ...expected, encodings: ['utf-8'] });
    const windows1252 = Uint8Array.from(Buffer.from(records.join('\n').normalize('NFC'), 'latin1'));
    expect(await summary(windows1252)).toEqual({ ...expected, encodings: ['windows-1252'] });
    expect(await unreadableReason(jsonArticlesReader, utf8('\n  \n'), 'empty.jsonl')).toBe('the file is empty');
    expect(await unreadableReason(jsonArticlesReader, utf8('\r\n  \r\n'), 'empty.jsonl')).toBe('the file is empty');
  });

  it('takes a title from the text when a record has none', async () => {
    const { articles } = await readWith(jsonArticlesReader, utf8('{"content": "Only a body here.\\nAnd more."}'), 'a.json');
    expect(articles[0]?.article.title).toBe('Only a body here.');
  });
});

describe('JSON that is not a set of articles', () => {
  it('says where invalid JSON breaks, by line and column', async () => {
    const text = '{\n  "title": "Broken",\n  "text": "Body"\n  "url": "https://example.org"\n}';
    expect(await unreadableReason(jsonArticlesReader, utf8(text), 'broken.json')).toBe(
      `not valid JSON: unexpected '"' where ',' or '}' was expected at line 4, column 3`,
    );
  });

  it('reports truncated JSON', async () => {
    const text = '[{"title": "A", "text": "B"}, {"title": "C", "te';
    expect(await unreadableReason(jsonArticlesReader, utf8(text), 'cut.json')).toMatch(/^not valid JSON: the text ends inside a string at line 1, column \d+$/);
  });

  it('rejects a configuration file with a plain reason', async () => {
    expect(await unreadableReason(jsonArticlesReader, fixtureBytes('package-like.json'), 'package.json')).toBe(
      'no articles found: expected objects with a title and text',
    );
  });

  it('rejects a JSON Lines file in which no line is JSON', async () => {
    expect(await unreadableReason(jsonArticlesReader, utf8('hello\nworld\n'), 'x.jsonl')).toBe(
      "not valid JSON Lines: line 1: not valid JSON (unexpected 'h' at column 1) (and 1 more line)",
    );
  });

  it('rejects empty and scalar files', async () => {
    expect(await unreadableReason(jsonArticlesReader, utf8('  \n'), 'empty.json')).toBe('the file is empty');
    expect(await unreadableReason(jsonArticlesReader, utf8('42'), 'n.json')).toBe('no articles found: expected objects with a title and text');
    expect(await unreadableReason(jsonArticlesReader, utf8('[]'), 'n.json')).toBe('no articles found: expected objects with a title and text');
  });

  it('lists the first problems of a badly broken file one by one and counts the rest', async () => {
    const lines = ['{"title":"Good","text":"Body."}', ...Array.from({ length: 50 }, () => '{oops')].join('\n');
    const { articles, problems } = await readWith(jsonArticlesReader, utf8(lines), 'many.jsonl');
    expect(articles).toHaveLength(1);
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)?.reason).toBe('30 more problems like these not listed');
  });
});

describe('JSON sniffing', () => {
  it('recognises JSON objects and arrays, not prose', () => {
    expect(jsonArticlesReader.sniff?.('{"title": "x"}')).toBe(true);
    expect(jsonArticlesReader.sniff?.('\n[\n  {"a": 1}]')).toBe(true);
    expect(jsonArticlesReader.sniff?.('Headline\n\nBody text {not json}')).toBe(false);
  });
});
