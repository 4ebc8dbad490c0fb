import type { ArchiveSummary } from '../../archive/model/article';
import type { IndexProgress } from '../../electron/api';
import { IndexingProgress } from './indexing-progress';
import { folderName } from '../format';
import { strings } from '../strings';

export interface StatusBarProps {
  /** Null while no archive is ready: only the name and the open button show. */
  readonly summary: ArchiveSummary | null;
  /** The indexing pass under way, shown beside the counts; null when the index is complete. */
  readonly indexing?: IndexProgress | null;
  readonly problemsOpen: boolean;
  readonly onToggleProblems: () => void;
  /** Omitted where the page itself offers the button (nothing open, or an error). */
  readonly onOpenArchive?: () => void;
}

/** The app header: which archive is open, how big it is, and whether anything went wrong reading it. */
export function StatusBar({ summary, indexing = null, problemsOpen, onToggleProblems, onOpenArchive }: StatusBarProps) {
  return (
    <header className="status-bar">
      <h1 className="brand">{strings.appName}</h1>
      {summary !== null && (
        <p className="archive-info">
          <span className="folder" title={summary.root}>
            {folderName(summary.root)}
          </span>
          <span className="count">{strings.articleCount(summary.articles)}</span>
          {summary.problems.length > 0 ? (
            <button
              type="button"
              className="problems-toggle"
              aria-expanded={problemsOpen}
              aria-controls="problems"
              onClick={onToggleProblems}
            >
              {strings.problemCount(summary.problems.length)}
            </button>
          ) : (
            <span className="count">{strings.noProblems}</span>
          )}
        </p>
      )}
      {indexing !== null && <IndexingProgress progress={indexing} />}
      {onOpenArchive && (
        <button type="button" className="open-archive" onClick={onOpenArchive}>
          {summary !== null ? strings.openAnotherArchive : strings.openArchive}
        </button>
      )}
    </header>
  );
}
