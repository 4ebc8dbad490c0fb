/** Asks the core's type-ahead for the word being typed, once typing pauses; never lets an older answer win. */
import { useEffect, useState } from 'react';
import type { ArchivoApi } from '../../electron/api';
import type { Suggestion } from '../../archive/model/article';
import { completingSuggestions } from './completion';

/** Long enough to skip the words typed through, short enough to feel immediate. */
export const SUGGEST_DELAY_MS = 150;
/** As many as fit under the box without scrolling. */
export const SUGGESTION_LIMIT = 8;

const NONE: readonly Suggestion[] = [];

/** The indexed words completing `word` (null: nothing to complete), most frequent first. */
export function useSuggestions(api: ArchivoApi, word: string | null): readonly Suggestion[] {
  const [answer, setAnswer] = useState<{ readonly word: string; readonly suggestions: readonly Suggestion[] } | null>(null);

  useEffect(() => {
    if (word === null) return;
    // Each word gets its own request; the cleanup silences it once the word changes, so a late
    // answer for an earlier word can never replace the answer for a newer one.
    let live = true;
    const timer = setTimeout(() => {
      api.suggest(word, SUGGESTION_LIMIT).then(
        (suggestions) => {
          if (live) setAnswer({ word, suggestions });
        },
        () => {
          if (live) setAnswer({ word, suggestions: NONE });
        },
      );
    }, SUGGEST_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, word]);

  if (word === null || answer === null) return NONE;
  // While the answer for the word as typed now is on its way, what the last answer still fits is shown.
  return completingSuggestions(word, answer.suggestions);
}
