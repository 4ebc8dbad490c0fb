/** Loads the open article; like search, only the answer to the latest request is kept. */
import { useEffect, useRef, useState } from 'react';
import type { ArchivoApi } from '../../electron/api';
import type { Article } from '../../archive/model/article';
import { messageOf } from './use-archive-status';

export type ArticleState =
  | { readonly kind: 'closed' }
  | { readonly kind: 'loading'; readonly id: string }
  | { readonly kind: 'ready'; readonly article: Article }
  | { readonly kind: 'missing'; readonly id: string }
  | { readonly kind: 'failed'; readonly id: string; readonly message: string };

export function useArticle(api: ArchivoApi, id: string | null): ArticleState {
  const [state, setState] = useState<ArticleState>({ kind: 'closed' });
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    if (id === null) {
      setState({ kind: 'closed' });
      return;
    }
    setState({ kind: 'loading', id });
    api.getArticle(id).then(
      (article) => {
        if (request !== latest.current) return;
        setState(article ? { kind: 'ready', article } : { kind: 'missing', id });
      },
      (error: unknown) => {
        if (request === latest.current) setState({ kind: 'failed', id, message: messageOf(error) });
      },
    );
  }, [api, id]);

  return state;
}
