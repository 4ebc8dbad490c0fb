import { useEffect, useRef, useState } from 'react';
import type { Article, SearchHit } from '../../archive/model/article';
import type { ArchivoApi } from '../../electron/api';
import { useTextMatches } from '../article/use-text-matches';
import { useArticleHitWords, useMoreLikeThis } from '../hooks/use-article-extras';
import type { ExportState } from '../hooks/use-export';
import { useI18n } from '../i18n/i18n-context';
import { modifierLabel } from '../platform';
import { CiteButtons } from '../export/cite-buttons';
import { ArticleBody } from './article-body';
import { ExportStatus } from './export-status';
import { FindBar } from './find-bar';
import { HitNavigator } from './hit-navigator';
import { MoreLikeThis } from './more-like-this';
import { ProvenancePanel } from './provenance-panel';

export interface ArticleViewProps {
  readonly api: ArchivoApi;
  readonly article: Article;
  /** The search that found the article: its matches are highlighted and navigable. */
  readonly query: string;
  /** The words the search matched, as its result row showed them (used until the core's own answer arrives). */
  readonly hitWords: readonly string[];
  readonly exportState: ExportState;
  /** Bumped by Ctrl/Cmd+F and the menu: open (or refocus) the find bar. */
  readonly findRequest: number;
  readonly onExport: () => void;
  /** Whether the PDF marks the words the search matched (shown when the article was opened from a search). */
  readonly markHits: boolean;
  readonly onMarkHitsChange: (markHits: boolean) => void;
  readonly onClose: () => void;
  readonly onOpenSimilar: (hit: SearchHit) => void;
}

const NO_WORDS: readonly string[] = [];

export function ArticleView(props: ArticleViewProps) {
  const { api, article, query, hitWords, exportState, findRequest, onExport, onClose, onOpenSimilar } = props;
  const { t, f } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [findText, setFindText] = useState('');

  // A newly opened article takes focus, so screen readers announce it and arrow keys scroll it.
  useEffect(() => {
    headingRef.current?.focus();
    scrollRef.current?.scrollTo({ top: 0 });
  }, [article.id]);

  useEffect(() => {
    if (findRequest > 0) setFindOpen(true);
  }, [findRequest]);

  // Every match in the article, per the core; the result row's words until then.
  const coreWords = useArticleHitWords(api, article, query);
  const similar = useMoreLikeThis(api, article.id);
  const hits = useTextMatches(textRef, scrollRef, { name: 'search-hit', needles: coreWords ?? hitWords, wholeWord: true, contentKey: article.id, selectFirst: false });
  const found = useTextMatches(textRef, scrollRef, {
    name: 'find-match',
    needles: findOpen && findText.trim() !== '' ? [findText] : NO_WORDS,
    wholeWord: false,
    contentKey: article.id,
    selectFirst: true,
  });

  // F3 / Shift+F3 anywhere: the find matches while the bar is open, otherwise the search hits.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'F3' || event.defaultPrevented) return;
      event.preventDefault();
      const target = findOpen && findText.trim() !== '' ? found : hits;
      if (event.shiftKey) target.previous();
      else target.next();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [findOpen, findText, found, hits]);

  const closeFind = (): void => {
    setFindOpen(false);
    headingRef.current?.focus();
  };

  const date = article.date !== null ? f.date(article.date) : null;
  const mod = modifierLabel();
  return (
    <article className="article" aria-labelledby="article-title">
      <div className="article-toolbar" aria-label={t.articleToolbar} role="group" data-no-find>
        <button type="button" onClick={onClose} aria-keyshortcuts="Escape">
          {t.closeArticle} <kbd>Esc</kbd>
        </button>
        <HitNavigator matches={hits} />
        <span className="spacer" />
        <CiteButtons api={api} articleId={article.id} />
        <button type="button" onClick={() => setFindOpen(true)} aria-keyshortcuts={mod === '⌘' ? 'Meta+F' : 'Control+F'} aria-expanded={findOpen}>
          {t.findLabel} <kbd>{`${mod}+F`}</kbd>
        </button>
        <button
          type="button"
          className="primary"
          onClick={onExport}
          disabled={exportState.kind === 'working'}
          aria-keyshortcuts={mod === '⌘' ? 'Meta+P' : 'Control+P'}
        >
          {t.exportPdf} <kbd>{t.exportShortcut(mod)}</kbd>
        </button>
        {query.trim() !== '' && (
          <label className="checkbox" title={t.pdfMarkHitsHint}>
            <input type="checkbox" checked={props.markHits} onChange={(event) => props.onMarkHitsChange(event.target.checked)} />
            <span>{t.pdfMarkHits}</span>
          </label>
        )}
      </div>
      <ExportStatus state={exportState} />
      {findOpen && <FindBar text={findText} onTextChange={setFindText} matches={found} focusRequest={findRequest} onClose={closeFind} />}
      <div className="article-scroll" ref={scrollRef}>
        <div className="article-columns">
          <div className="article-text" ref={textRef}>
            <header className="article-header">
              {article.source !== null && <p className="kicker">{article.source}</p>}
              <h2 id="article-title" ref={headingRef} tabIndex={-1}>
                {article.title}
              </h2>
              {article.summary !== null && <p className="teaser">{article.summary}</p>}
              <p className="byline">
                <span>{article.author !== null ? t.byline(article.author) : t.authorUnknown}</span>
                <span aria-hidden="true"> · </span>
                {article.date !== null && date !== null ? (
                  <time dateTime={article.date}>{date}</time>
                ) : (
                  <span>{article.dateRaw ?? t.dateUnknown}</span>
                )}
              </p>
            </header>
            <ArticleBody article={article} />
            <MoreLikeThis hits={similar} onOpen={onOpenSimilar} />
          </div>
          <ProvenancePanel api={api} article={article} />
        </div>
      </div>
    </article>
  );
}
