import type { ArticleState } from '../hooks/use-article';
import { useI18n } from '../i18n/i18n-context';

export interface ArticlePlaceholderProps {
  readonly state: Exclude<ArticleState, { kind: 'ready' }>;
  readonly onClose: () => void;
}

/** What the article pane shows when no article is readable: nothing chosen, loading, or gone. */
export function ArticlePlaceholder({ state, onClose }: ArticlePlaceholderProps) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'closed':
      return (
        <div className="article-message empty-state">
          <p className="hint">{t.noArticle}</p>
        </div>
      );
    case 'loading':
      return (
        <p className="article-message hint" role="status">
          {t.articleLoading}
        </p>
      );
    case 'missing':
    case 'failed':
      return (
        <div className="article-message" role="alert">
          <p>{state.kind === 'missing' ? t.articleMissing : t.articleFailed(state.message)}</p>
          <button type="button" onClick={onClose}>
            {t.closeArticle}
          </button>
        </div>
      );
  }
}
