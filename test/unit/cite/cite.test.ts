/**
 * Citations checked against the style guides' own published examples for news articles. Each
 * example is quoted with its source; the article fields are what Archivo would hold for that story.
 */
import { describe, expect, test } from 'vitest';
import { cite, type CitableArticle } from '../../../archive/cite/cite';
import { initials, parseAuthors } from '../../../archive/cite/names';
import { capturedArticle } from '../export/fixtures';
import { namedArticle } from '../../fixtures/export/named-article';
import { seedArticle } from '../../fixtures/export/seed-article';

const article = (fields: Partial<CitableArticle>): CitableArticle => ({
  title: '', author: null, date: null, source: null, url: null, language: 'en', summary: null, body: [], ...fields,
});

// APA Style, "Newspaper article references", example 15 (apastyle.apa.org/style-grammar-guidelines/
// references/examples/newspaper-article-references):
//   Carey, B. (2019, March 22). Can we get better at forgetting? *The New York Times*.
//   https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html
const carey = article({
  title: 'Can We Get Better at Forgetting?',
  author: 'Benedict Carey',
  date: '2019-03-22',
  source: 'The New York Times',
  url: 'https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
});

// The Chicago Manual of Style Online, Citation Quick Guide, notes and bibliography, "News or
// magazine articles" (17th ed.):
//   Note: 1. Farhad Manjoo, "Snap Makes a Bet on the Cultural Supremacy of the Camera," *New York
//   Times*, March 8, 2017, https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.
//   Bibliography: Manjoo, Farhad. "Snap Makes a Bet on the Cultural Supremacy of the Camera." *New
//   York Times*, March 8, 2017. https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.
const manjooUrl = 'https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html';
const manjoo = article({
  title: 'Snap Makes a Bet on the Cultural Supremacy of the Camera',
  author: 'Farhad Manjoo',
  date: '2017-03-08',
  source: 'The New York Times',
  url: manjooUrl,
});

// MLA 9, as taught by Georgia Highlands College's MLA 9 Resource Center, "Online newspaper article
// (Internet, freely available)" (getlibraryhelp.highlands.edu/c.php?g=1156295&p=8440306):
//   Bump, Phillip. "Donald Trump Starts the General Election behind Hillary Clinton by a Mile."
//   *Washington Post*, 4 May 2016, [URL].
// (The page's URL is a link; the path below is written for the test.) MLA drops an initial "The"
// from periodical names, abbreviates months longer than four letters and leaves out "https://".
const bump = article({
  title: 'Donald Trump starts the general election behind Hillary Clinton by a mile',
  author: 'Phillip Bump',
  date: '2016-05-04',
  source: 'The Washington Post',
  url: 'https://www.washingtonpost.com/news/the-fix/wp/2016/05/04/donald-trump-starts-the-general-election/',
});

describe('APA 7', () => {
  test('matches the APA Style newspaper example (title in sentence case, newspaper in italics)', () => {
    const result = cite(carey, 'apa', 'en-US');
    expect(result.text).toBe(
      'Carey, B. (2019, March 22). Can we get better at forgetting? The New York Times. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
    );
    expect(result.html).toBe(
      'Carey, B. (2019, March 22). Can we get better at forgetting? <i>The New York Times</i>. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
    );
  });

  test('unknown author: the title moves to the author position; no URL: none printed; proper nouns kept', () => {
    // APA 9.12: "When a work has no identified author, move the title of the work to the author position".
    expect(cite(seedArticle, 'apa', 'en').text).toBe(
      'Guatemalan President inaugurates municipal program against violence. (2012, February 17). Diálogo Americas.',
    );
  });

  test('no date: n.d. in English, s.f. in Spanish, s.d. in Portuguese', () => {
    const undated = article({ ...carey, date: null, url: null });
    expect(cite(undated, 'apa', 'en').text).toBe('Carey, B. (n.d.). Can we get better at forgetting? The New York Times.');
    expect(cite(undated, 'apa', 'es').text).toBe('Carey, B. (s.f.). Can we get better at forgetting? The New York Times.');
    expect(cite(undated, 'apa', 'pt-BR').text).toBe('Carey, B. (s.d.). Can we get better at forgetting? The New York Times.');
  });

  test('Spanish and Portuguese dates and names (two Spanish surnames, initials of compound names)', () => {
    expect(cite(capturedArticle, 'apa', 'es-ES').text).toBe(
      'Pérez Gómez, L. (2011, 5 de julio). Mixco instalará cien cámaras en los barrios del norte. Diálogo Américas. https://dialogo-americas.example/es/mixco-camaras',
    );
    expect(cite(namedArticle, 'apa', 'pt-BR').text).toMatch(
      /^Gonçalves, J. P. \(2016, 30 de outubro\)\. Prefeitura de São José dos Campos lança programa de prevenção à violência nas escolas\. Jornal do Vale\. https:\/\/www\.jornaldovale/,
    );
    expect(cite(namedArticle, 'apa', 'en').text).toMatch(/^Gonçalves, J. P. \(2016, October 30\)\./);
  });

  test('two and three authors with "&" (English) or "y" (Spanish); 21 or more shortened with an ellipsis', () => {
    expect(cite({ ...carey, author: 'Benedict Carey and Jean-Paul Sartre' }, 'apa').text).toMatch(/^Carey, B\., & Sartre, J\.-P\. \(2019/);
    expect(cite({ ...carey, author: 'Ana Gómez, Luis Pérez y María Soto' }, 'apa', 'es').text).toMatch(/^Gómez, A\., Pérez, L\., y Soto, M\. \(2019/);
    const many = Array.from({ length: 22 }, (_, i) => `Writer ${String.fromCharCode(65 + i)}name`).join('; ');
    expect(cite({ ...carey, author: many }, 'apa').text).toMatch(/^Aname, W\., Bname, W\., .* Sname, W\., \. \. \. Vname, W\. \(2019/);
  });
});

describe('MLA 9', () => {
  test('matches the published example: "The" dropped, title case, "4 May 2016", no https://', () => {
    const result = cite(bump, 'mla');
    expect(result.text).toBe(
      'Bump, Phillip. “Donald Trump Starts the General Election behind Hillary Clinton by a Mile.” Washington Post, 4 May 2016, www.washingtonpost.com/news/the-fix/wp/2016/05/04/donald-trump-starts-the-general-election/.',
    );
    expect(result.html).toContain('<i>Washington Post</i>, 4 May 2016');
  });

  test('abbreviated months, title ending in "?", two and three or more authors, unknown author', () => {
    expect(cite(carey, 'mla').text).toBe(
      'Carey, Benedict. “Can We Get Better at Forgetting?” New York Times, 22 Mar. 2019, www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html.',
    );
    expect(cite({ ...carey, date: '2014-09-09' }, 'mla').text).toContain('9 Sept. 2014');
    expect(cite({ ...carey, author: 'Benedict Carey and Ana Gómez' }, 'mla').text).toMatch(/^Carey, Benedict, and Ana Gómez\. /);
    expect(cite({ ...carey, author: 'A. One, B. Two, C. Three' }, 'mla').text).toMatch(/^One, A\., et al\. /);
    expect(cite(seedArticle, 'mla').text).toBe(
      '“Guatemalan President Inaugurates Municipal Program against Violence.” Diálogo Americas, 17 Feb. 2012.',
    );
  });

  test('Spanish and Portuguese headlines keep their own capitalisation and article', () => {
    expect(cite(capturedArticle, 'mla', 'es').text).toBe(
      'Pérez Gómez, Lucía. “Mixco instalará cien cámaras en los barrios del norte.” Diálogo Américas, 5 July 2011, dialogo-americas.example/es/mixco-camaras.',
    );
  });
});

describe('Chicago 17, notes and bibliography', () => {
  test('matches the Citation Quick Guide example, note and bibliography', () => {
    const result = cite(manjoo, 'chicago');
    expect(result.text).toBe(
      `Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, March 8, 2017. ${manjooUrl}.`,
    );
    expect(result.note?.text).toBe(
      `Farhad Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera,” New York Times, March 8, 2017, ${manjooUrl}.`,
    );
    expect(result.note?.html).toContain('<i>New York Times</i>, March 8, 2017');
  });

  test('unknown author: the newspaper stands in the bibliography, the headline leads the note', () => {
    // CMOS 14.207: an unsigned article is cited by headline in a note; in a bibliography the name of the
    // newspaper stands in place of the author.
    const result = cite(seedArticle, 'chicago');
    expect(result.text).toBe('Diálogo Americas. “Guatemalan President Inaugurates Municipal Program against Violence.” February 17, 2012.');
    expect(result.note?.text).toBe('“Guatemalan President Inaugurates Municipal Program against Violence,” Diálogo Americas, February 17, 2012.');
  });

  test('no date: n.d.; several authors', () => {
    expect(cite({ ...manjoo, date: null, url: null }, 'chicago').text).toBe(
      'Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, n.d.',
    );
    const four = { ...manjoo, author: 'Ana Uno; Bea Dos; Ciro Tres; Dora Cuatro' };
    expect(cite(four, 'chicago').text).toMatch(/^Uno, Ana, Bea Dos, Ciro Tres, and Dora Cuatro\. /);
    expect(cite(four, 'chicago').note?.text).toMatch(/^Ana Uno et al\., /);
    expect(cite({ ...manjoo, author: 'Ana Uno and Bea Dos' }, 'chicago').note?.text).toMatch(/^Ana Uno and Bea Dos, /);
  });
});

describe('names', () => {
  test.each([
    ['João Pedro Gonçalves', 'pt', [{ family: 'Gonçalves', given: 'João Pedro' }]],
    ['Lucía Pérez Gómez', 'es', [{ family: 'Pérez Gómez', given: 'Lucía' }]],
    ['Maria da Silva', 'pt', [{ family: 'da Silva', given: 'Maria' }]],
    ['Gómez, Ana', 'es', [{ family: 'Gómez', given: 'Ana' }]],
    ['Ana Lucía Pérez', 'es', [{ family: 'Pérez', given: 'Ana Lucía' }]],
    ['Juan Carlos Soto Ruiz', 'es', [{ family: 'Soto Ruiz', given: 'Juan Carlos' }]],
    ['By Jane Doe and John Roe', 'en', [{ family: 'Doe', given: 'Jane' }, { family: 'Roe', given: 'John' }]],
    ['Martin Luther King Jr.', 'en', [{ family: 'King', given: 'Martin Luther', suffix: 'Jr.' }]],
  ])('%s', (byline, language, expected) => {
    expect(parseAuthors(byline, language)).toEqual(expected.map((name) => ({ kind: 'person', ...name })));
  });

  test('agencies and one-word bylines stay as written', () => {
    expect(parseAuthors('Reuters Staff', 'en')).toEqual([{ kind: 'literal', literal: 'Reuters Staff' }]);
    expect(parseAuthors('EFE', 'es')).toEqual([{ kind: 'literal', literal: 'EFE' }]);
    expect(cite({ ...carey, author: 'Associated Press' }, 'apa').text).toMatch(/^Associated Press\. \(2019, March 22\)/);
  });

  test('a source ending in a period gets no second one', () => {
    const sa = { ...capturedArticle, source: 'La Voz del Istmo S.A.' };
    expect(cite(sa, 'apa', 'es').text).toContain('La Voz del Istmo S.A. https://');
    expect(cite({ ...sa, author: null }, 'chicago').text).toMatch(/^La Voz del Istmo S\.A\. “Mixco/);
  });

  test('initials', () => {
    expect(initials('João Pedro')).toBe('J. P.');
    expect(initials('Jean-Paul')).toBe('J.-P.');
  });
});
