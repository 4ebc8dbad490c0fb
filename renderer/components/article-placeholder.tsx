import type { ArticleState } from '../hooks/use-article';
import { strings } from '../strings';

export interface ArticlePlaceholderProps {
  readonly state: Exclude<ArticleState, { kind: 'ready' }>;
  readonly onClose: () => void;
}

/** What the article pane shows when no article is readable: nothing chosen, loading, or gone. */
export function ArticlePlaceholder({ state, onClose }: ArticlePlaceholderProps) {
  switch (state.kind) {
    case 'closed':
      return <p className="article-message hint">{strings.noArticle}</p>;
    case 'loading':
      return <p className="article-message hint" role="status">{strings.articleLoading}</p>;
    case 'missing':
    case 'failed':
      return (
        <div className="article-message" role="alert">
          <p>{state.kind === 'missing' ? strings.articleMissing : strings.articleFailed(state.message)}</p>
          <button type="button" onClick={onClose}>
            {strings.closeArticle}
          </button>
        </div>
      );
  }
}
