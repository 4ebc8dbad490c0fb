import type { IndexProgress } from '../../electron/api';
import { useI18n } from '../i18n/i18n-context';

/** A long indexing run in numbers: files, articles, rate and time left; the archive stays searchable. */
export function IndexingProgress({ progress, onStop }: { readonly progress: IndexProgress; readonly onStop?: () => void }) {
  const { t } = useI18n();
  const known = progress.phase === 'reading' && progress.filesFound > 0;
  return (
    <div className="indexing">
      <div className="indexing-progress" role="status" aria-live="polite">
        <progress aria-label={t.indexingLabel} {...(known ? { value: progress.filesDone, max: progress.filesFound } : {})} />
        <span>
          {progress.phase === 'scanning' ? t.indexingScanning : t.indexingProgress(progress.filesDone, progress.filesFound, progress.articles)}
          {progress.filesPerSecond !== null && ` · ${t.indexingRate(progress.filesPerSecond)}`}
          {progress.remainingMs !== null && progress.remainingMs > 0 && ` · ${t.indexingTimeLeft(progress.remainingMs)}`}
        </span>
      </div>
      {onStop && (
        <button type="button" className="stop-indexing" onClick={onStop} title={t.stopIndexingHint}>
          {t.stopIndexing}
        </button>
      )}
    </div>
  );
}
