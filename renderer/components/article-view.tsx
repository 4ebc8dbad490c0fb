import { useEffect, useRef } from 'react';
import type { Article } from '../../archive/model/article';
import { formatDate } from '../format';
import type { ExportState } from '../hooks/use-export';
import { modifierLabel } from '../platform';
import { strings } from '../strings';
import { ProvenancePanel } from './provenance-panel';

export interface ArticleViewProps {
  readonly article: Article;
  readonly exportState: ExportState;
  readonly onExport: () => void;
  readonly onClose: () => void;
}

export function ArticleView({ article, exportState, onExport, onClose }: ArticleViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A newly opened article takes focus, so screen readers announce it and arrow keys scroll it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [article.id]);

  const date = article.date !== null ? formatDate(article.date) : null;
  const shownDate = date ?? article.dateRaw;
  // The parser should already drop a teaser repeated as the first paragraph; never show it twice regardless.
  const body = article.body[0] !== undefined && article.body[0] === article.summary ? article.body.slice(1) : article.body;

  return (
    <article className="article" aria-labelledby="article-title">
      <div className="article-toolbar">
        <button type="button" onClick={onClose} aria-keyshortcuts="Escape">
          {strings.closeArticle} <kbd>Esc</kbd>
        </button>
        <button
          type="button"
          className="primary"
          onClick={onExport}
          disabled={exportState.kind === 'working'}
          aria-keyshortcuts={modifierLabel() === '⌘' ? 'Meta+P' : 'Control+P'}
        >
          {strings.exportPdf} <kbd>{strings.exportShortcut(modifierLabel())}</kbd>
        </button>
        <ExportStatus state={exportState} />
      </div>
      <div className="article-columns">
        <div className="article-text">
          <header className="article-header">
            {article.source !== null && <p className="kicker">{article.source}</p>}
            <h2 id="article-title" ref={headingRef} tabIndex={-1}>
              {article.title}
            </h2>
            {article.summary !== null && <p className="teaser">{article.summary}</p>}
            <p className="byline">
              <span>{article.author !== null ? strings.byline(article.author) : strings.authorUnknown}</span>
              <span aria-hidden="true"> · </span>
              {shownDate !== null ? (
                article.date !== null && date !== null ? <time dateTime={article.date}>{date}</time> : <span>{shownDate}</span>
              ) : (
                <span>{strings.dateUnknown}</span>
              )}
            </p>
          </header>
          {/*
            TODO(saved web pages): when article.html is non-null, show the sanitised HTML in a sandboxed
            <iframe sandbox> without allow-scripts and with remote loads blocked (GUIDE.md §4), never in this
            document. Until then the plain-text body below is shown for every format.
          */}
          <div className="article-body">
            {body.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </div>
        <ProvenancePanel article={article} />
      </div>
    </article>
  );
}

function ExportStatus({ state }: { readonly state: ExportState }) {
  let message = '';
  switch (state.kind) {
    case 'idle':
      break;
    case 'working':
      message = strings.exporting;
      break;
    case 'saved':
      message = strings.exportSaved(state.path);
      break;
    case 'failed':
      message = strings.exportFailed(state.message);
      break;
  }
  return (
    <p className="export-status" role="status" data-kind={state.kind}>
      {message}
    </p>
  );
}
