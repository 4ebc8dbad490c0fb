/**
 * Turns what a reader produced into an archive `Article`: a stable id and checksum derived from the
 * article's text (so the same article saved twice is recognised as one), and its language.
 */
import { createHash } from 'node:crypto';
import type { Article, ArticleLocation } from './model/article';
import type { ReadArticle } from './formats/reader';
import { detectLanguage } from './text/language';

/** The text an article is identified by: headline and body, whatever file or format it came in. */
export function articleText(article: { readonly title: string; readonly body: readonly string[] }): string {
  return [article.title, ...article.body].map((part) => part.trim()).join('\n\n');
}

export function buildArticle(read: ReadArticle, location: ArticleLocation): Article {
  const { article } = read;
  const sha256 = createHash('sha256').update(articleText(article)).digest('hex');
  // Field by field, not `{ ...article, language }`: a spread whose key is then set again builds a
  // slow dictionary-mode object, which cost more than hashing the article and slowed all later use.
  return {
    title: article.title,
    summary: article.summary,
    author: article.author,
    date: article.date,
    dateRaw: article.dateRaw,
    source: article.source,
    url: article.url,
    copyright: article.copyright,
    language: article.language ?? detectLanguage([article.title, article.summary ?? '', ...article.body].join('\n')),
    body: article.body,
    html: article.html,
    tags: article.tags,
    capturedAt: article.capturedAt,
    id: sha256.slice(0, 16),
    sha256,
    format: read.format,
    encoding: read.encoding,
    path: location.path,
    locations: [location],
  };
}
