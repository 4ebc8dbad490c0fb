import type { SearchHit } from '../../archive/model/article';
import { useI18n } from '../i18n/i18n-context';

export interface MoreLikeThisProps {
  readonly hits: readonly SearchHit[];
  readonly onOpen: (hit: SearchHit) => void;
}

/** Articles that share this one's distinctive words; hidden when the core finds none. */
export function MoreLikeThis({ hits, onOpen }: MoreLikeThisProps) {
  const { t, f } = useI18n();
  if (hits.length === 0) return null;
  return (
    <section className="more-like-this" aria-labelledby="more-like-this-title" data-no-find>
      <h3 id="more-like-this-title">{t.moreLikeThis}</h3>
      <ul>
        {hits.map((hit) => {
          const meta = [hit.date !== null ? f.shortDate(hit.date) : null, hit.source].filter(Boolean).join(' · ');
          return (
            <li key={hit.id}>
              <button type="button" className="link-button" onClick={() => onOpen(hit)}>
                {hit.title}
              </button>
              {meta !== '' && <span className="hint"> {meta}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
