/** `archivo cite`: one or more articles as APA/MLA/Chicago text, or as CSL-JSON, RIS or BibTeX. */
import { cite, type CitationStyle } from '../cite/cite';
import { formatReferences } from '../cite/reference-formats';
import type { Article } from '../model/article';

export type CiteFormat = 'text' | 'html' | 'csl-json' | 'ris' | 'bibtex';

export interface CiteRequest {
  readonly style?: CitationStyle;
  readonly locale: string;
  readonly format: CiteFormat;
  /** Chicago: print the note form instead of the bibliography entry. */
  readonly note: boolean;
}

export function runCite(articles: readonly Article[], request: CiteRequest): string {
  switch (request.format) {
    case 'csl-json':
    case 'ris':
    case 'bibtex':
      return formatReferences(articles, request.format);
    case 'text':
    case 'html': {
      const style = request.style ?? 'apa';
      return `${articles
        .map((article) => {
          const result = cite(article, style, request.locale);
          const chosen = request.note && result.note ? result.note : result;
          return request.format === 'html' ? chosen.html : chosen.text;
        })
        .join('\n\n')}\n`;
    }
    default:
      return assertNever(request.format);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown format ${JSON.stringify(value)}`);
}
