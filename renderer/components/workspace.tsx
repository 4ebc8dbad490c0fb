import { useCallback, useRef, useState } from 'react';
import type { ArchivoApi } from '../../electron/api';
import type { ArchiveSummary } from '../../archive/model/article';
import type { IndexProgress } from '../../electron/api';
import { useArticle } from '../hooks/use-article';
import { useExport } from '../hooks/use-export';
import { useSearch } from '../hooks/use-search';
import { useShortcuts } from '../hooks/use-shortcuts';
import { ArticleView } from './article-view';
import { ArticlePlaceholder } from './article-placeholder';
import { ProblemsList } from './problems-list';
import { ResultsPane } from './results-pane';
import { SearchBar } from './search-bar';
import { StatusBar } from './status-bar';

export interface WorkspaceProps {
  readonly api: ArchivoApi;
  readonly summary: ArchiveSummary;
  /** Progress of the indexing pass under way, if any: results cover what is indexed so far. */
  readonly indexing: IndexProgress | null;
  readonly onOpenArchive: () => void;
}

/** The ready archive: search on the left, the open article on the right. Owns selection and focus. */
export function Workspace({ api, summary, indexing, onOpenArchive }: WorkspaceProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [problemsOpen, setProblemsOpen] = useState(false);

  const search = useSearch(api, query, summary);
  const article = useArticle(api, openId);
  const exporter = useExport(api);
  const hits = search.kind === 'done' ? search.response.results : search.kind === 'pending' ? (search.previous?.results ?? []) : [];
  const selectedIndex = Math.min(selected, Math.max(0, hits.length - 1));

  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);

  const focusResults = (): void => {
    listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${selectedIndex}"]`)?.focus();
  };

  const onQueryChange = (next: string): void => {
    setQuery(next);
    setSelected(0);
  };

  const open = (index: number): void => {
    const hit = hits[index];
    if (!hit) return;
    setSelected(index);
    exporter.reset();
    setOpenId(hit.id);
  };

  const closeArticle = (): void => {
    setOpenId(null);
    exporter.reset();
    // Back to where the reader came from; the row may be gone if the query changed meanwhile.
    requestAnimationFrame(() => {
      const row = listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${selectedIndex}"]`);
      if (row) row.focus();
      else focusSearch();
    });
  };

  const exportOpen = (): void => {
    if (article.kind === 'ready') exporter.exportPdf(article.article.id);
  };

  /** Esc closes the innermost open thing; false when nothing was open. */
  const escape = (): boolean => {
    if (problemsOpen) setProblemsOpen(false);
    else if (openId !== null) closeArticle();
    else return false;
    return true;
  };

  useShortcuts(api, { focusSearch, exportPdf: exportOpen, escape });

  return (
    <div className="app" data-article-open={openId !== null}>
      <StatusBar
        summary={summary}
        indexing={indexing}
        problemsOpen={problemsOpen}
        onToggleProblems={() => setProblemsOpen((value) => !value)}
        onOpenArchive={onOpenArchive}
      />
      {problemsOpen && <ProblemsList problems={summary.problems} onClose={() => setProblemsOpen(false)} />}
      <main className="workspace">
        <div className="search-pane">
          <SearchBar
            query={query}
            onQueryChange={onQueryChange}
            onEnterResults={focusResults}
            onEscape={() => {
              if (!escape()) onQueryChange('');
            }}
            inputRef={searchRef}
          />
          <ResultsPane
            search={search}
            query={query}
            hits={hits}
            selected={selectedIndex}
            openId={openId}
            onSelect={setSelected}
            onOpen={open}
            listRef={listRef}
          />
        </div>
        <div className="article-pane">
          {article.kind === 'ready' ? (
            <ArticleView article={article.article} exportState={exporter.state} onExport={exportOpen} onClose={closeArticle} />
          ) : (
            <ArticlePlaceholder state={article} onClose={closeArticle} />
          )}
        </div>
      </main>
    </div>
  );
}
