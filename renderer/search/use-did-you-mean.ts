/** Asks the core's type-ahead about each word of a query that found nothing, for a "did you mean". */
import { useEffect, useState } from 'react';
import type { ArchivoApi } from '../../electron/api';
import { bestCorrection, CANDIDATES, correctableWords, correctedQuery, suggestionPrefix } from './did-you-mean';

/** Words looked up at most: a long query that finds nothing is not a spelling problem. */
const MAX_WORDS = 4;

export function useDidYouMean(api: ArchivoApi, query: string, active: boolean): string | null {
  const [answer, setAnswer] = useState<{ query: string; suggestion: string | null } | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const words = correctableWords(query).slice(0, MAX_WORDS);
    Promise.all(
      words.map((word) =>
        api.suggest(suggestionPrefix(word), CANDIDATES).then(
          (candidates) => [word, bestCorrection(word, candidates)] as const,
          () => [word, null] as const,
        ),
      ),
    ).then((pairs) => {
      if (!live) return;
      const corrections = new Map(pairs.filter((pair): pair is readonly [string, string] => pair[1] !== null));
      setAnswer({ query, suggestion: correctedQuery(query, corrections) });
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [api, query, active]);
  return active && answer?.query === query ? answer.suggestion : null;
}
