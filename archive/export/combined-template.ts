/**
 * A combined export as one HTML document: a contents page (headline, date, source, page number)
 * followed by every article on its own pages, each with its own running header. Printing one
 * document (rather than gluing separate PDFs together) keeps the whole file tagged, gives it one
 * outline and one continuous "page X of Y", and needs only two renders however many articles there
 * are. Chromium does not support `target-counter()`, so the page numbers are filled in by the
 * caller after a first layout pass (see export-batch.ts).
 */
import type { Article } from '../model/article';
import { escapeHtml } from './escape';
import type { PrintHighlights } from './highlight-html';
import type { PageSize } from './page-size';
import { documentLanguage, formatArticleDate, printTitle, renderArticleSection, runningHeader } from './print-article';
import { combinedCss, printCss } from './print-styles';
import { printSetting } from './print-setting';
import { PRINT_CSP } from './print-template';

export interface CombinedPrintOptions {
  readonly locale: string;
  readonly pageSize?: PageSize;
  readonly exportedAt: Date;
  readonly appVersion: string;
  /** Document title; defaults to "Archivo export: N articles" in the locale. */
  readonly title?: string;
  /** A line under the contents heading, e.g. the query the articles came from. */
  readonly description?: string;
  /** First page of each article (1-based), once known; null or missing prints no numbers yet. */
  readonly startPages?: readonly number[] | null;
  readonly highlights?: (article: Article, index: number) => PrintHighlights | undefined;
}

export function combinedTitle(count: number, locale: string): string {
  return printSetting(locale).strings.combinedTitle(count);
}

export function renderCombinedHtml(articles: readonly Article[], options: CombinedPrintOptions): string {
  const { locale, language, strings, pageSize } = printSetting(options.locale, options.pageSize);
  const title = options.title ?? strings.combinedTitle(articles.length);
  const entries = articles.map((article, i) => {
    const date = article.date ? formatArticleDate(article.date, locale) : null;
    const meta = [date ?? article.dateRaw ?? strings.undated, article.source].filter(Boolean).join(' · ');
    // Page numbers sit in a fixed-width column, so filling them in cannot move anything.
    const page = options.startPages?.[i];
    return `<li><a href="#article-${i + 1}"><span class="entry-title">${escapeHtml(printTitle(article))}</span>` +
      `<span class="entry-meta">${escapeHtml(meta)}</span>` +
      `<span class="entry-page">${page === undefined ? '' : String(page)}</span></a></li>`;
  });
  const sections = articles.map((article, i) => {
    const highlights = options.highlights?.(article, i);
    return `<article class="article a${i + 1}" id="article-${i + 1}" lang="${escapeHtml(documentLanguage(article))}">
${renderArticleSection(article, {
  locale,
  language,
  strings,
  exportedAt: options.exportedAt,
  appVersion: options.appVersion,
  ...(highlights ? { highlights } : {}),
})}
</article>`;
  });
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CSP)}">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
<style>${printCss({ pageSize, strings, header: title })}${combinedCss(articles.map((a) => runningHeader(a)))}</style>
</head>
<body>
<nav class="contents" aria-label="${escapeHtml(strings.contents)}">
<h1>${escapeHtml(strings.contents)}</h1>
<p class="contents-meta">${escapeHtml([title, options.description].filter(Boolean).join(' — '))}</p>
<ol>
${entries.join('\n')}
</ol>
</nav>
${sections.join('\n')}
</body>
</html>
`;
}

