/**
 * Citations of a news article in APA 7, MLA 9 and Chicago 17 (notes and bibliography).
 *
 * Localisation: only APA has official Spanish and Portuguese editions, so only APA output changes
 * with the locale (month names and order "2019, 22 de marzo", "s.f."/"s.d." for no date, "y" between
 * the last two Spanish names). APA 7 dropped "Retrieved from" (and so "Recuperado de") for works
 * that do not change, news articles included. MLA and Chicago are English-language styles with no
 * localised terms: they are given in English whatever the locale.
 */
import { printLanguage, normalizeLocale, type PrintLanguage } from '../export/locale';
import type { Article } from '../model/article';
import { apaDate, chicagoDate, dateParts, mlaDate } from './cite-dates';
import { periodicalName, quoted, render, sentenceCase, terminate, titleCase, type Citation, type Piece } from './cite-text';
import { apaName, directFull, invertedFull, parseAuthors, type PersonName } from './names';
import { collapseSpaces } from '../text/collapse-spaces';

export type { Citation } from './cite-text';
export type CitationStyle = 'apa' | 'mla' | 'chicago';
export const CITATION_STYLES: readonly CitationStyle[] = ['apa', 'mla', 'chicago'];

export interface CitationResult extends Citation {
  readonly style: CitationStyle;
  /** Chicago only: the full note form (without its number). */
  readonly note?: Citation;
}

export type CitableArticle = Pick<Article, 'title' | 'author' | 'date' | 'source' | 'url' | 'language' | 'summary' | 'body'>;

export function cite(article: CitableArticle, style: CitationStyle, locale = 'en'): CitationResult {
  switch (style) {
    case 'apa':
      return { style, ...apa(article, printLanguage(normalizeLocale(locale))) };
    case 'mla':
      return { style, ...mla(article) };
    case 'chicago':
      return { style, ...chicagoBibliography(article), note: chicagoNote(article) };
    default:
      return assertNever(style);
  }
}

const APA_TERMS: Readonly<Record<PrintLanguage, { noDate: string; and: string }>> = {
  en: { noDate: 'n.d.', and: '&' },
  es: { noDate: 's.f.', and: 'y' },
  pt: { noDate: 's.d.', and: '&' },
};

/** APA 7 §10.1 example 15: Author, A. A. (Year, Month Day). Title. *Newspaper*. URL */
function apa(article: CitableArticle, language: PrintLanguage): Citation {
  const terms = APA_TERMS[language];
  const authors = parseAuthors(article.author, article.language);
  const parts = dateParts(article.date);
  const date = `(${parts ? apaDate(parts, language) : terms.noDate}).`;
  const title = article.language === 'en' ? sentenceCase(collapseSpaces(article.title), evidence(article)) : collapseSpaces(article.title);
  const pieces: Piece[] = [];
  if (authors.length > 0) {
    pieces.push({ text: `${terminate(apaAuthors(authors, terms.and), '.')} ${date} ${terminate(title, '.')}` });
  } else {
    // APA 9.12: with no author, the title moves to the author position.
    pieces.push({ text: `${terminate(title, '.')} ${date}` });
  }
  if (article.source) pieces.push({ text: ' ' }, { text: collapseSpaces(article.source), italic: true }, { text: endsWithPeriod(article.source) ? '' : '.' });
  if (article.url) pieces.push({ text: ` ${article.url}` });
  return render(pieces);
}

function apaAuthors(authors: readonly PersonName[], and: string): string {
  const names = authors.map(apaName);
  if (names.length === 1) return names[0]!;
  // APA 9.8: up to 20 names; from 21, the first 19, an ellipsis, then the last.
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`;
  return `${names.slice(0, -1).join(', ')}, ${and} ${names.at(-1)}`;
}

/** MLA 9: Last, First. “Title.” *Newspaper*, Day Mon. Year, URL. */
function mla(article: CitableArticle): Citation {
  const authors = parseAuthors(article.author, article.language);
  const title = article.language === 'en' ? titleCase(collapseSpaces(article.title)) : collapseSpaces(article.title);
  const pieces: Piece[] = [];
  if (authors.length > 0) pieces.push({ text: `${terminate(mlaAuthors(authors), '.')} ` });
  pieces.push({ text: quoted(title, '.') });
  const parts = dateParts(article.date);
  // MLA 9 recommends leaving out http:// and https:// unless the URL is to be a link.
  const url = article.url?.replace(/^https?:\/\//i, '');
  const rest = [parts ? mlaDate(parts) : null, url].filter((x): x is string => Boolean(x));
  if (article.source) {
    pieces.push({ text: ' ' }, { text: periodicalName(collapseSpaces(article.source), article.language), italic: true });
    pieces.push({ text: rest.length > 0 ? `, ${rest.join(', ')}.` : '.' });
  } else if (rest.length > 0) {
    pieces.push({ text: ` ${rest.join(', ')}.` });
  }
  return render(pieces);
}

function mlaAuthors(authors: readonly PersonName[]): string {
  const [first, second] = authors;
  if (authors.length === 1) return invertedFull(first!);
  if (authors.length === 2) return `${invertedFull(first!)}, and ${directFull(second!)}`;
  return `${invertedFull(first!)}, et al.`;
}

/** Chicago 17 (14.191, 14.198): Last, First. “Title.” *Newspaper*, Month Day, Year. URL. */
function chicagoBibliography(article: CitableArticle): Citation {
  const authors = parseAuthors(article.author, article.language);
  const title = article.language === 'en' ? titleCase(collapseSpaces(article.title)) : collapseSpaces(article.title);
  const source = article.source ? periodicalName(collapseSpaces(article.source), article.language) : null;
  const date = dateOrNd(article.date);
  const pieces: Piece[] = [];
  if (authors.length > 0) {
    pieces.push({ text: `${terminate(chicagoBibAuthors(authors), '.')} ${quoted(title, '.')}` });
    if (source) pieces.push({ text: ' ' }, { text: source, italic: true }, { text: `, ${terminate(date, '.')}` });
    else pieces.push({ text: ` ${terminate(date, '.')}` });
  } else if (source) {
    // With no author, the newspaper's name stands in the author's place in the bibliography.
    pieces.push({ text: source, italic: true }, { text: `${endsWithPeriod(source) ? '' : '.'} ${quoted(title, '.')} ${terminate(date, '.')}` });
  } else {
    pieces.push({ text: `${quoted(title, '.')} ${terminate(date, '.')}` });
  }
  if (article.url) pieces.push({ text: ` ${article.url}.` });
  return render(pieces);
}

/** Chicago 17 note: First Last, “Title,” *Newspaper*, Month Day, Year, URL. */
function chicagoNote(article: CitableArticle): Citation {
  const authors = parseAuthors(article.author, article.language);
  const title = article.language === 'en' ? titleCase(collapseSpaces(article.title)) : collapseSpaces(article.title);
  const pieces: Piece[] = [];
  if (authors.length > 0) pieces.push({ text: `${chicagoNoteAuthors(authors)}, ` });
  pieces.push({ text: quoted(title, ',') });
  if (article.source) pieces.push({ text: ' ' }, { text: periodicalName(collapseSpaces(article.source), article.language), italic: true }, { text: ',' });
  const date = dateOrNd(article.date);
  pieces.push({ text: article.url ? ` ${date}, ${article.url}.` : ` ${terminate(date, '.')}` });
  return render(pieces);
}

function chicagoBibAuthors(authors: readonly PersonName[]): string {
  // CMOS 14.76: up to ten names in full; more than ten, the first seven and "et al."
  const listed = authors.length > 10 ? authors.slice(0, 7) : authors;
  const names = listed.map((name, i) => (i === 0 ? invertedFull(name) : directFull(name)));
  if (authors.length > 10) return `${names.join(', ')}, et al.`;
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]}, and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

function chicagoNoteAuthors(authors: readonly PersonName[]): string {
  const names = authors.map(directFull);
  // CMOS 14.76: in a note, four or more authors are shortened to the first and "et al."
  if (names.length >= 4) return `${names[0]} et al.`;
  if (names.length === 3) return `${names[0]}, ${names[1]}, and ${names[2]}`;
  return names.join(' and ');
}

function dateOrNd(date: string | null): string {
  const parts = dateParts(date);
  return parts ? chicagoDate(parts) : 'n.d.';
}

function evidence(article: CitableArticle): string[] {
  return [article.summary ?? '', ...article.body];
}

/** "Voz del Istmo S.A." takes no second period. */
function endsWithPeriod(text: string): boolean {
  return /\.\s*$/.test(text);
}

function assertNever(value: never): never {
  throw new Error(`unknown citation style ${JSON.stringify(value)}`);
}
