/**
 * One article as printed: masthead (source, headline, teaser, byline, date, URL, capture date), body,
 * and the closing provenance block with the copyright notice exactly as published. Shared by the
 * single-article document (print-template.ts) and the combined export (combined-template.ts).
 * Every piece of article text is escaped: it is untrusted input.
 */
import type { Article, ArticleLocation } from '../model/article';
import { escapeHtml } from './escape';
import { collapseWithRanges, markedHtml, type PrintHighlights } from './highlight-html';
import { normalizeLocale, type PrintLanguage } from './locale';
import type { PrintStrings } from './print-strings';
import { collapseSpaces } from '../text/collapse-spaces';

export interface ArticleSectionContext {
  /** Normalised BCP 47 locale for dates. */
  readonly locale: string;
  /** Language of the labels Archivo adds. */
  readonly language: PrintLanguage;
  readonly strings: PrintStrings;
  readonly exportedAt: Date;
  readonly appVersion: string;
  readonly highlights?: PrintHighlights;
}

const UNTITLED = 'Untitled article';
const HEADER_MAX = 90;

/** The headline as printed and as the PDF Title (Chromium copies `<title>` into the PDF). */
export function printTitle(article: Pick<Article, 'title'>): string {
  const title = collapseSpaces(article.title);
  return title === '' ? UNTITLED : title;
}

/** "Source  ·  Headline", shortened to fit the running header on one line. */
export function runningHeader(article: Pick<Article, 'title' | 'source'>): string {
  return [article.source, shorten(printTitle(article), HEADER_MAX)].filter(Boolean).join('  ·  ');
}

/** Formats a YYYY-MM-DD date in the locale, date only and in UTC so it never shifts by a day. */
export function formatArticleDate(date: string, locale: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(utc)) return null;
  return new Intl.DateTimeFormat(normalizeLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
}

export function formatDateTime(value: Date | string, locale: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit',
    timeZone: 'UTC', timeZoneName: 'short',
  }).format(date);
}

/** The article's `lang` attribute value: its detected language, else "und". */
export function documentLanguage(article: Pick<Article, 'language'>): string {
  if (!article.language) return 'und';
  try {
    return Intl.getCanonicalLocales(article.language)[0] ?? 'und';
  } catch {
    return 'und';
  }
}

/** Masthead, body and provenance of one article (no `<html>` around it). */
export function renderArticleSection(article: Article, context: ArticleSectionContext): string {
  const { strings, locale, language } = context;
  const label = (text: string): string => `<span class="label" lang="${language}">${escapeHtml(text)}</span>`;
  const title = article.title.trim() === ''
    ? escapeHtml(UNTITLED)
    : fieldHtml(article.title, context.highlights?.title);
  return `<header class="masthead">
${article.source ? `<p class="kicker">${escapeHtml(article.source)}</p>` : ''}
<h1>${title}</h1>
${teaser(article, context.highlights)}
<div class="meta">
${bylineLine(article, strings, locale, language)}
${article.url ? `<p class="url">${label(strings.originalUrl)} ${escapeHtml(article.url)}</p>` : ''}
${article.capturedAt ? `<p class="captured">${label(strings.captured)} ${escapeHtml(formatDateTime(article.capturedAt, locale))}</p>` : ''}
</div>
</header>
<main>
${bodyParagraphs(article, context.highlights).map((html) => `<p>${html}</p>`).join('\n')}
</main>
${provenance(article, context)}`;
}

function fieldHtml(text: string, ranges: PrintHighlights['title']): string {
  const collapsed = collapseWithRanges(text, ranges ?? []);
  return markedHtml(collapsed.text, collapsed.ranges);
}

function teaser(article: Article, highlights: PrintHighlights | undefined): string {
  return article.summary && collapseSpaces(article.summary) !== ''
    ? `<p class="teaser">${fieldHtml(article.summary, highlights?.summary)}</p>`
    : '';
}

/** Body as HTML paragraphs, without any paragraph that repeats the teaser or an earlier one. */
function bodyParagraphs(article: Article, highlights: PrintHighlights | undefined): string[] {
  const summary = article.summary ? collapseSpaces(article.summary) : null;
  const seen = new Set<string>(summary ? [summary] : []);
  const out: string[] = [];
  article.body.forEach((paragraph, index) => {
    const { text, ranges } = collapseWithRanges(paragraph, highlights?.body?.[index] ?? []);
    if (text === '' || seen.has(text)) return;
    seen.add(text);
    out.push(markedHtml(text, ranges));
  });
  return out;
}

function bylineLine(article: Article, strings: PrintStrings, locale: string, language: string): string {
  const parts: string[] = [];
  if (article.author) {
    parts.push(`<span class="byline"><span lang="${language}">${escapeHtml(strings.by)}</span> ${escapeHtml(article.author)}</span>`);
  }
  const date = article.date ? formatArticleDate(article.date, locale) : null;
  const shown = date ?? article.dateRaw;
  if (shown) parts.push(`<time${article.date && date ? ` datetime="${escapeHtml(article.date)}"` : ''}>${escapeHtml(shown)}</time>`);
  return parts.length > 0 ? `<p>${parts.join(' <span aria-hidden="true">·</span> ')}</p>` : '';
}

function provenance(article: Article, context: ArticleSectionContext): string {
  const { strings, locale, language } = context;
  // `path` is the first location; `locations` lists every place the same text was found.
  const [first = { path: article.path }, ...others] = article.locations;
  const row = (name: string, value: string): string => `<dt lang="${language}">${escapeHtml(name)}</dt><dd>${value}</dd>`;
  const rows = [
    article.source ? row(strings.source, escapeHtml(article.source)) : '',
    row(strings.file, escapeHtml(describeLocation(first, strings))),
    others.length > 0
      ? row(strings.alsoFoundAt, `<ul>${others.map((l) => `<li>${escapeHtml(describeLocation(l, strings))}</li>`).join('')}</ul>`)
      : '',
    row(strings.sha256, `<span class="mono">${escapeHtml(article.sha256)}</span>`),
    row(strings.encoding, escapeHtml(article.encoding)),
    row(strings.exported, escapeHtml(formatDateTime(context.exportedAt, locale))),
    row(strings.exportedWith, escapeHtml(`Archivo ${context.appVersion}`)),
  ];
  const copyright = article.copyright
    ? `<p>${escapeHtml(article.copyright)}</p>`
    : `<p lang="${language}">${escapeHtml(strings.noCopyright)}</p>`;
  return `<section class="provenance">
<h2 lang="${language}">${escapeHtml(strings.provenance)}</h2>
<dl>${rows.join('')}</dl>
<div class="copyright"><h3 lang="${language}">${escapeHtml(strings.copyright)}</h3>${copyright}</div>
</section>`;
}

function describeLocation(location: ArticleLocation, strings: PrintStrings): string {
  let text = location.path;
  if (location.entry) text += ` › ${strings.entry} ${location.entry}`;
  if (location.index !== undefined) text += ` › ${strings.articleNumber} ${location.index + 1}`;
  return text;
}

/** Cuts at a word boundary so the running header stays on one line. */
function shorten(text: string, max: number): string {
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
