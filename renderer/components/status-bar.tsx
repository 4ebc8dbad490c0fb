import type { ReactNode } from 'react';
import type { ArchiveSummary } from '../../archive/model/article';
import type { IndexProgress } from '../../electron/api';
import { folderName } from '../format';
import { useI18n } from '../i18n/i18n-context';
import { IndexingProgress } from './indexing-progress';

export interface StatusBarProps {
  /** Null while no archive is ready: only the name and the open button show. */
  readonly summary: ArchiveSummary | null;
  /** The indexing pass under way, shown beside the counts; null when the index is complete. */
  readonly indexing?: IndexProgress | null;
  /** Stops the pass under way; what was read stays searchable. */
  readonly onStopIndexing?: () => void;
  readonly problemsOpen: boolean;
  readonly onToggleProblems: () => void;
  /** Omitted where the page itself offers the button (nothing open, or an error). */
  readonly onOpenArchive?: () => void;
  readonly onShowShortcuts: () => void;
  /** Theme, language and text size. */
  readonly settings: ReactNode;
}

/** The app header: which archive is open, how big it is, whether anything went wrong, and the display settings. */
export function StatusBar({ summary, indexing = null, onStopIndexing, problemsOpen, onToggleProblems, onOpenArchive, onShowShortcuts, settings }: StatusBarProps) {
  const { t } = useI18n();
  const unread = summary?.unread.reduce((sum, kind) => sum + kind.count, 0) ?? 0;
  return (
    <header className="status-bar">
      <h1 className="brand">{t.appName}</h1>
      {summary !== null && (
        <p className="archive-info">
          <span className="folder" title={summary.root}>
            {folderName(summary.root)}
          </span>
          <span className="count">{t.articleCount(summary.articles)}</span>
          {summary.problems.length > 0 || unread > 0 ? (
            <button type="button" className="problems-toggle" aria-expanded={problemsOpen} aria-controls="problems" onClick={onToggleProblems}>
              {[summary.problems.length > 0 && t.problemCount(summary.problems.length), unread > 0 && t.unreadCount(unread)].filter(Boolean).join(' · ')}
            </button>
          ) : (
            <span className="count">{t.noProblems}</span>
          )}
        </p>
      )}
      {indexing !== null && <IndexingProgress progress={indexing} {...(onStopIndexing ? { onStop: onStopIndexing } : {})} />}
      <span className="spacer" />
      {settings}
      <button type="button" className="icon" onClick={onShowShortcuts} aria-label={t.showShortcuts} title={`${t.showShortcuts} (?)`} aria-keyshortcuts="?">
        <span aria-hidden="true">?</span>
      </button>
      {onOpenArchive && (
        <button type="button" className="open-archive" onClick={onOpenArchive}>
          {summary !== null ? t.openAnotherArchive : t.openArchive}
        </button>
      )}
    </header>
  );
}
