/**
 * The print template: one article → one standalone HTML document that Chromium (or Electron's
 * printToPDF, the same engine) turns into the exported PDF. Self-contained on purpose: no scripts,
 * no external resources, and a CSP that forbids fetching anything, so printing never touches the
 * network and hostile article text can only ever be text.
 */
import type { Article } from '../model/article';
import { escapeHtml } from './escape';
import type { PrintHighlights } from './highlight-html';
import type { PageSize } from './page-size';
import { documentLanguage, printTitle, renderArticleSection, runningHeader } from './print-article';
import { printCss } from './print-styles';
import { printSetting } from './print-setting';

export { formatArticleDate, printTitle } from './print-article';

export interface PrintOptions {
  /** UI locale (BCP 47 or POSIX): labels, date formats and the default paper size. */
  readonly locale: string;
  /** Overrides the paper size the locale implies. */
  readonly pageSize?: PageSize;
  readonly exportedAt: Date;
  readonly appVersion: string;
  /** The current query's hits, marked in the printed text. */
  readonly highlights?: PrintHighlights;
}

export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderPrintHtml(article: Article, options: PrintOptions): string {
  const { locale, language, strings, pageSize } = printSetting(options.locale, options.pageSize);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(documentLanguage(article))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CSP)}">
<meta name="color-scheme" content="light">
<title>${escapeHtml(printTitle(article))}</title>
<style>${printCss({ pageSize, strings, header: runningHeader(article) })}</style>
</head>
<body>
${renderArticleSection(article, {
  locale,
  language,
  strings,
  exportedAt: options.exportedAt,
  appVersion: options.appVersion,
  ...(options.highlights ? { highlights: options.highlights } : {}),
})}
</body>
</html>
`;
}
