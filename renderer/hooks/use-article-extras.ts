/**
 * What the core can add to an open article: where the search matched in it, and similar articles.
 * Both are optional niceties: a failure leaves the article readable with a word-based fallback.
 */
import { useEffect, useState } from 'react';
import type { Article, SearchHit } from '../../archive/model/article';
import type { ArchivoApi } from '../../electron/api';
import { wordsFromHighlights } from '../article/highlight-words';

/** The matched words per the core's highlightArticle; null until (or unless) it answers. */
export function useArticleHitWords(api: ArchivoApi, article: Article, query: string): readonly string[] | null {
  const [words, setWords] = useState<{ key: string; words: readonly string[] } | null>(null);
  const key = `${article.id}\n${query}`;
  useEffect(() => {
    if (query.trim() === '') return;
    let live = true;
    api.highlightArticle(article.id, query).then(
      (highlights) => {
        if (live && highlights !== null) setWords({ key, words: wordsFromHighlights(article, highlights) });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, article, query, key]);
  return words?.key === key ? words.words : null;
}

export function useMoreLikeThis(api: ArchivoApi, id: string): readonly SearchHit[] {
  const [similar, setSimilar] = useState<{ id: string; hits: readonly SearchHit[] } | null>(null);
  useEffect(() => {
    let live = true;
    api.moreLikeThis(id).then(
      (response) => {
        if (live) setSimilar({ id, hits: response.error === undefined ? response.results : [] });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, id]);
  return similar?.id === id ? similar.hits : [];
}
