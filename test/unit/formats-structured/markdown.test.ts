import { describe, expect, it } from 'vitest';
import { inlineText } from '../../../archive/formats/markdown-blocks';
import { markdownReader } from '../../../archive/formats/markdown';
import { fixtureBytes, readWith, unreadableReason, utf8 } from './fixtures';

const read = (name: string) => readWith(markdownReader, fixtureBytes(name), `notes/${name}`);

describe('Markdown articles', () => {
  it('takes metadata from front matter and shows the headline once', async () => {
    const { articles, problems } = await read('with-front-matter.md');
    expect(problems).toEqual([]);
    const article = articles[0]?.article;
    expect(articles[0]?.format).toBe('markdown');
    expect(article?.title).toBe('Violence in Mixco: what the numbers say');
    expect(article?.author).toBe('Lucía Herrera, Pablo Díaz');
    expect(article?.date).toBe('2011-07-05');
    expect(article?.dateRaw).toBe('5 de julio de 2011');
    expect(article?.source).toBe('Diálogo Americas');
    expect(article?.url).toBe('https://dialogo-example.org/mixco-numbers');
    expect(article?.language).toBe('es');
    expect(article?.tags).toEqual(['Mixco', 'seguridad']);
    expect(article?.copyright).toBe('Copyright © 2018 Diálogo Americas. All Rights Reserved.');
    expect(article?.summary).toBe('A look at the police statistics.');
    expect(article?.body).not.toContain('Violence in Mixco: what the numbers say');
  });

  it('turns Markdown blocks into readable paragraphs', async () => {
    const { articles } = await read('with-front-matter.md');
    expect(articles[0]?.article.body).toEqual([
      'The Secure Municipality plan started in January, according to the municipal report.',
      'Method',
      'We compared police data for 2010 and 2011:',
      '• homicides fell by 12 %',
      '• robberies with violence fell by 8 %',
      '• reports of extortion rose',
      '1. First, the raw counts.',
      '2. Then the rates per 100,000 inhabitants.',
      '"The numbers are encouraging," said the mayor\'s office.',
      'Year | Homicides',
      '2010 | 101',
      'Se ve una mejora — pero falta mucho_por_hacer.',
    ]);
  });

  it('reads a file without front matter: setext headline, wrapped lines joined, literal asterisks kept', async () => {
    const { articles, problems } = await read('without-front-matter.md');
    expect(problems).toEqual([]);
    const article = articles[0]?.article;
    expect(article?.title).toBe('Harbour dredging delayed');
    expect(article?.date).toBeNull();
    expect(article?.author).toBeNull();
    expect(article?.body).toEqual([
      'The dredging of the north harbour has been postponed until spring, the port authority said on Monday.',
      'Officials blamed a late permit and rising costs. Shipping agents said the delay will add 2 * 3 days to each call.',
      "Reporting by Sam O'Neill.",
    ]);
  });

  it('still loads the article when the front matter is broken, and says why the metadata is missing', async () => {
    const { articles, problems } = await read('broken-front-matter.md');
    expect(articles[0]?.article.title).toBe('Ciclovias em Porto Alegre');
    expect(articles[0]?.article.body).toEqual(['A prefeitura anunciou 30 quilômetros de novas ciclovias.']);
    expect(articles[0]?.article.date).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toMatch(/^front matter is not valid YAML \(line 3, column \d+: .+\); it was ignored and the text read without it$/);
  });

  it('ignores front matter that is a list instead of fields, with a problem entry', async () => {
    const { articles, problems } = await readWith(markdownReader, utf8('---\n- a\n- b\n---\n# Title\n\nText.\n'), 'list.md');
    expect(articles[0]?.article.title).toBe('Title');
    expect(problems[0]?.reason).toMatch(/^front matter is not a list of "key: value" fields/);
  });

  it('refuses YAML tags that would build objects, instead of running them', async () => {
    const text = '---\ntitle: !!js/function "function () { return 1 }"\n---\nBody text.\n';
    const { articles, problems } = await readWith(markdownReader, utf8(text), 'tagged.md');
    expect(problems[0]?.reason).toContain('unknown scalar tag');
    expect(articles[0]?.article.body).toEqual(['Body text.']);
  });

  it('falls back to the file name for a title when there is no heading', async () => {
    const { articles } = await readWith(markdownReader, utf8('Just a note about the *port*.\n'), 'notes/2017-02-15_port-note.md');
    expect(articles[0]?.article.title).toBe('2017-02-15 port note');
    expect(articles[0]?.article.body).toEqual(['Just a note about the port.']);
  });

  it('reads a file that has only front matter', async () => {
    const { articles } = await readWith(markdownReader, utf8('---\ntitle: Stub\ndate: 2012-02-17\n---\n'), 'stub.md');
    expect(articles[0]?.article).toMatchObject({ title: 'Stub', date: '2012-02-17', body: [] });
  });

  it('rejects empty files and files with nothing but empty front matter', async () => {
    expect(await unreadableReason(markdownReader, utf8('\n\n'), 'empty.md')).toBe('the file is empty');
    expect(await unreadableReason(markdownReader, utf8('---\n---\n'), 'fm.md')).toBe('the file has front matter but no title and no text');
  });

  it('treats an unclosed opening rule as text, not as front matter', async () => {
    const { articles, problems } = await readWith(markdownReader, utf8('---\nNot front matter, a rule.\n'), 'rule.md');
    expect(problems).toEqual([]);
    expect(articles[0]?.article.body).toEqual(['Not front matter, a rule.']);
  });
});

describe('inline Markdown', () => {
  it.each([
    ['**bold** and _em_ and ~~gone~~', 'bold and em and gone'],
    ['see [the report](https://x.example/a "t") and [ref][1]', 'see the report and ref'],
    ['![photo](a.jpg) caption', 'caption'],
    ['snake_case_name and 5*3', 'snake_case_name and 5*3'],
    ['`code` &amp; &eacute;l <b>tag</b>', 'code & él tag'],
    ['escaped \\*stars\\*', 'escaped *stars*'],
  ])('%s → %s', (markdown, text) => {
    expect(inlineText(markdown)).toBe(text);
  });
});
