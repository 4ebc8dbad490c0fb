import type { IndexProgress } from '../../electron/api';
import { strings } from '../strings';

/** A long indexing run in numbers: files, articles, rate and time left; the archive stays searchable. */
export function IndexingProgress({ progress }: { readonly progress: IndexProgress }) {
  const known = progress.phase === 'reading' && progress.filesFound > 0;
  return (
    <div className="indexing-progress" role="status" aria-live="polite">
      <progress
        aria-label={strings.indexingLabel}
        {...(known ? { value: progress.filesDone, max: progress.filesFound } : {})}
      />
      <span>
        {progress.phase === 'scanning'
          ? strings.indexingScanning
          : strings.indexingProgress(progress.filesDone, progress.filesFound, progress.articles)}
        {progress.filesPerSecond !== null && ` · ${strings.indexingRate(progress.filesPerSecond)}`}
        {progress.remainingMs !== null && progress.remainingMs > 0 && ` · ${strings.indexingTimeLeft(progress.remainingMs)}`}
      </span>
    </div>
  );
}
