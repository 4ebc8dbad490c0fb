/**
 * Selected articles for reference managers: CSL-JSON (Zotero, Mendeley, Pandoc), RIS (EndNote,
 * Zotero) and BibTeX/BibLaTeX. Each entry also carries the Archivo id and the SHA-256 of the text
 * in a note, so a citation can be traced back to the exact archived copy.
 */
import type { Article } from '../model/article';
import { fold } from '../text/fold';
import { dateParts } from './cite-dates';
import { parseAuthors, type PersonName } from './names';
import { collapseSpaces } from '../text/collapse-spaces';

export type ReferenceArticle = Pick<Article, 'id' | 'sha256' | 'title' | 'author' | 'date' | 'source' | 'url' | 'language' | 'summary' | 'path'>;

const provenanceNote = (a: ReferenceArticle): string => `Archivo id ${a.id}; SHA-256 ${a.sha256}; file ${a.path}`;

/** CSL-JSON items of type "article-newspaper". */
export function toCslJson(articles: readonly ReferenceArticle[]): object[] {
  return articles.map((article) => {
    const parts = dateParts(article.date);
    const authors = parseAuthors(article.author, article.language);
    return {
      id: article.id,
      type: 'article-newspaper',
      title: collapseSpaces(article.title),
      ...(article.source ? { 'container-title': collapseSpaces(article.source) } : {}),
      ...(authors.length > 0 ? { author: authors.map(cslName) } : {}),
      ...(parts ? { issued: { 'date-parts': [[parts.year, parts.month, parts.day]] } } : {}),
      ...(article.url ? { URL: article.url } : {}),
      ...(article.language ? { language: article.language } : {}),
      ...(article.summary ? { abstract: collapseSpaces(article.summary) } : {}),
      note: provenanceNote(article),
    };
  });
}

function cslName(name: PersonName): object {
  if (name.kind === 'literal') return { literal: name.literal };
  return { family: name.family, given: name.given, ...(name.suffix ? { suffix: name.suffix } : {}) };
}

/** RIS records (TY  - NEWS … ER  - ), CRLF line ends as the format's consumers expect. */
export function toRis(articles: readonly ReferenceArticle[]): string {
  return articles
    .map((article) => {
      const parts = dateParts(article.date);
      const tag = (name: string, value: string | null | undefined): string[] =>
        value ? [`${name}  - ${collapseSpaces(value)}`] : [];
      const lines = [
        'TY  - NEWS',
        ...parseAuthors(article.author, article.language).flatMap((name) =>
          tag('AU', name.kind === 'literal' ? name.literal : [name.family, name.given, name.suffix].filter(Boolean).join(', ')),
        ),
        ...tag('TI', article.title),
        ...tag('T2', article.source),
        ...(parts ? [`PY  - ${parts.year}`, `DA  - ${parts.year}/${pad(parts.month)}/${pad(parts.day)}/`] : []),
        ...tag('UR', article.url),
        ...tag('LA', article.language),
        ...tag('AB', article.summary),
        ...tag('N1', provenanceNote(article)),
        ...tag('ID', article.id),
        'ER  - ',
      ];
      return `${lines.join('\r\n')}\r\n`;
    })
    .join('\r\n');
}

const LATEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes LaTeX's special characters; other Unicode is kept (biber and modern BibTeX read UTF-8). */
export function escapeLatex(text: string): string {
  return collapseSpaces(text).replace(/[\\{}&%$#_~^]/g, (char) => LATEX_SPECIALS[char] ?? char);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const KEY_STOPWORDS = new Set('a an the of and in on el la los las de del y en un una o os as do da dos das e um uma'.split(' '));

/**
 * Key: family name (or source), year, first significant title word, ASCII only:
 * "goncalves2016prefeitura". Derived from the article alone, so the same article always gets the same key;
 * when two articles in one export would share a key, the later ones get "-" and the start of their id.
 */
export function bibtexKey(article: ReferenceArticle): string {
  const [first] = parseAuthors(article.author, article.language);
  const who = first ? (first.kind === 'literal' ? first.literal : first.family) : (article.source ?? 'anon');
  const year = dateParts(article.date)?.year ?? 'nd';
  const word = fold(article.title).split(/[^a-z0-9]+/).find((w) => w.length > 0 && !KEY_STOPWORDS.has(w)) ?? 'article';
  return `${asciiWord(who) || 'anon'}${year}${word}`;
}

function asciiWord(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '').slice(0, 24);
}

export function toBibtex(articles: readonly ReferenceArticle[]): string {
  const used = new Set<string>();
  return articles
    .map((article) => {
      let key = bibtexKey(article);
      if (used.has(key)) key = `${key}-${article.id.slice(0, 6)}`;
      used.add(key);
      const parts = dateParts(article.date);
      const authors = parseAuthors(article.author, article.language).map((name) =>
        // Braces keep an agency's name whole: BibTeX would otherwise read "Associated Press" as a person.
        name.kind === 'literal' ? `{${escapeLatex(name.literal)}}` : escapeLatex([name.family, name.suffix, name.given].filter(Boolean).join(', ')),
      );
      const fields: [string, string][] = [
        ...(authors.length > 0 ? [['author', `{${authors.join(' and ')}}`] as [string, string]] : []),
        ['title', `{${escapeLatex(article.title)}}`],
        ...(article.source ? [['journal', `{${escapeLatex(article.source)}}`] as [string, string]] : []),
        ...(parts
          ? ([
              ['year', `{${parts.year}}`],
              ['month', MONTHS[parts.month - 1] ?? `{${parts.month}}`],
              ['date', `{${article.date}}`],
            ] as [string, string][])
          : []),
        ...(article.url ? [['url', `{${article.url.replace(/[{}\s]/g, (c) => encodeURIComponent(c))}}`] as [string, string]] : []),
        ...(article.language ? [['language', `{${escapeLatex(article.language)}}`] as [string, string]] : []),
        ['note', `{${escapeLatex(provenanceNote(article))}}`],
      ];
      // @article needs a journal; without a known source, @misc is the honest type.
      const type = article.source ? 'article' : 'misc';
      return `@${type}{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
    })
    .join('\n');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export type ReferenceFormat = 'csl-json' | 'ris' | 'bibtex';

/** The text of a reference file in `format`, as the CLI prints it and the app saves it. */
export function formatReferences(articles: readonly ReferenceArticle[], format: ReferenceFormat): string {
  switch (format) {
    case 'csl-json':
      return `${JSON.stringify(toCslJson(articles), null, 2)}\n`;
    case 'ris':
      return toRis(articles);
    case 'bibtex':
      return toBibtex(articles);
  }
}
