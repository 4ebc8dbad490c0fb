/**
 * The print template: one article → one standalone HTML document that Chromium (or Electron's
 * printToPDF, the same engine) turns into the exported PDF. Self-contained on purpose: no scripts,
 * no external resources, and a CSP that forbids fetching anything, so printing never touches the
 * network and hostile article text can only ever be text.
 */
import type { Article, ArticleLocation } from '../model/article';
import { escapeHtml } from './escape';
import { normalizeLocale, printLanguage } from './locale';
import { pageSizeForLocale, type PageSize } from './page-size';
import { printCss } from './print-styles';
import { printStrings, type PrintStrings } from './print-strings';

export interface PrintOptions {
  /** UI locale (BCP 47 or POSIX): labels, date formats and the default paper size. */
  readonly locale: string;
  /** Overrides the paper size the locale implies. */
  readonly pageSize?: PageSize;
  readonly exportedAt: Date;
  readonly appVersion: string;
}

export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const UNTITLED = 'Untitled article';
const HEADER_MAX = 90;

export function renderPrintHtml(article: Article, options: PrintOptions): string {
  const locale = normalizeLocale(options.locale);
  const language = printLanguage(locale);
  const strings = printStrings(language);
  const pageSize = options.pageSize ?? pageSizeForLocale(locale);
  const title = printTitle(article);
  const header = [article.source, shorten(title, HEADER_MAX)].filter(Boolean).join('  ·  ');
  const label = (text: string): string => `<span class="label" lang="${language}">${escapeHtml(text)}</span>`;

  return `<!DOCTYPE html>
<html lang="${escapeHtml(documentLanguage(article))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CSP)}">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
<style>${printCss({ pageSize, strings, header })}</style>
</head>
<body>
<header class="masthead">
${article.source ? `<p class="kicker">${escapeHtml(article.source)}</p>` : ''}
<h1>${escapeHtml(title)}</h1>
${teaser(article)}
<div class="meta">
${bylineLine(article, strings, locale, language)}
${article.url ? `<p class="url">${label(strings.originalUrl)} ${escapeHtml(article.url)}</p>` : ''}
${article.capturedAt ? `<p>${label(strings.captured)} ${escapeHtml(formatDateTime(article.capturedAt, locale))}</p>` : ''}
</div>
</header>
<main>
${bodyParagraphs(article).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
</main>
${provenance(article, options, strings, locale, language)}
</body>
</html>
`;
}

/** The headline as printed and as the PDF Title (Chromium copies `<title>` into the PDF). */
export function printTitle(article: Pick<Article, 'title'>): string {
  const title = collapse(article.title);
  return title === '' ? UNTITLED : title;
}

/** Formats a YYYY-MM-DD date in the locale, date only and in UTC so it never shifts by a day. */
export function formatArticleDate(date: string, locale: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(utc)) return null;
  return new Intl.DateTimeFormat(normalizeLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
}

function formatDateTime(value: Date | string, locale: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit',
    timeZone: 'UTC', timeZoneName: 'short',
  }).format(date);
}

function teaser(article: Article): string {
  return article.summary && collapse(article.summary) !== ''
    ? `<p class="teaser">${escapeHtml(collapse(article.summary))}</p>`
    : '';
}

/** Body without any paragraph that repeats the teaser (scraped sources often print it twice). */
function bodyParagraphs(article: Article): string[] {
  const summary = article.summary ? collapse(article.summary) : null;
  const seen = new Set<string>(summary ? [summary] : []);
  const out: string[] = [];
  for (const paragraph of article.body) {
    const text = collapse(paragraph);
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    out.push(text);
  }
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

function provenance(article: Article, options: PrintOptions, strings: PrintStrings, locale: string, language: string): string {
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
    row(strings.exported, escapeHtml(formatDateTime(options.exportedAt, locale))),
    row(strings.exportedWith, escapeHtml(`Archivo ${options.appVersion}`)),
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

function documentLanguage(article: Article): string {
  if (!article.language) return 'und';
  try {
    return Intl.getCanonicalLocales(article.language)[0] ?? 'und';
  } catch {
    return 'und';
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts at a word boundary so the running header stays on one line. */
function shorten(text: string, max: number): string {
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
