/**
 * Turns what a reader produced into an archive `Article`: a stable id and checksum derived from the
 * article's text (so the same article saved twice is recognised as one), and its language.
 */
import { createHash } from 'node:crypto';
import type { Article, ArticleLocation } from './model/article';
import type { ReadArticle } from './formats/reader';
import { detectLanguage } from './text/language';

/**
 * The SHA-256 (hex) of the text an article is identified by: its headline and body paragraphs,
 * trimmed and joined by blank lines, whatever file or format it came in. Hashed part by part: the
 * joined text would be one more copy of every article.
 */
export function articleTextHash(article: { readonly title: string; readonly body: readonly string[] }): string {
  const hash = createHash('sha256').update(article.title.trim());
  for (const paragraph of article.body) hash.update('\n\n').update(paragraph.trim());
  return hash.digest('hex');
}

export function buildArticle(read: ReadArticle, location: ArticleLocation): Article {
  const { article } = read;
  const sha256 = articleTextHash(article);
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
    language: article.language ?? detectLanguage([article.title, article.summary ?? '', ...article.body]),
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
