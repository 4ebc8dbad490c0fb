import { useI18n } from '../i18n/i18n-context';
import type { TextMatches } from '../article/use-text-matches';

/** Where the searched words occur in the article, with previous/next (F3 / Shift+F3 when find is closed). */
export function HitNavigator({ matches }: { readonly matches: TextMatches }) {
  const { t } = useI18n();
  if (matches.total === 0) return null;
  return (
    <div className="hit-navigator" role="group" aria-label={t.hitsLabel}>
      <button type="button" className="icon" onClick={matches.previous} aria-label={t.previousHit} title={`${t.previousHit} (Shift+F3)`}>
        <span aria-hidden="true">‹</span>
      </button>
      <output className="hit-counter" aria-live="polite">
        {t.hitCounter(matches.current + 1, matches.total)}
      </output>
      <button type="button" className="icon" onClick={matches.next} aria-label={t.nextHit} title={`${t.nextHit} (F3)`}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
