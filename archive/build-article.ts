/**
 * Turns what a reader produced into a new archive article: its fields, and its language when the
 * format does not say. Its id and checksum come from its text as it is stored (encodeNewArticle).
 */
import type { ReadArticle } from './formats/reader';
import type { NewArticle } from './stored-article';
import { detectLanguage } from './text/language';

export function newArticle(read: ReadArticle): NewArticle {
  const { article } = read;
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
    format: read.format,
    encoding: read.encoding,
  };
}
