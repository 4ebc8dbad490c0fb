/**
 * The words (or phrases) the core matched inside an article, read out of its highlight ranges. The
 * article view finds these in the rendered text, which works the same for plain paragraphs and for
 * a saved page's rebuilt HTML (whose text the ranges do not index directly).
 */
import type { Article, ArticleHighlights, Highlight } from '../../archive/model/article';
import { highlightedWords } from './text-search';

export function wordsFromHighlights(article: Pick<Article, 'title' | 'summary' | 'body'>, highlights: ArticleHighlights): string[] {
  const words = new Set<string>();
  const add = (text: string | null | undefined, ranges: readonly Highlight[] | undefined): void => {
    if (!text || !ranges) return;
    for (const word of highlightedWords(text, ranges)) words.add(word);
  };
  add(article.title, highlights.title);
  add(article.summary, highlights.summary);
  highlights.body.forEach((ranges, index) => add(article.body[index], ranges));
  return [...words];
}
