/**
 * "Did you mean": when a query finds nothing, each plain word is compared with the indexed words that
 * share its first letters (the core's type-ahead); a word one or two letters off an indexed one is
 * replaced by it. Operators, phrases, fields and wildcards are left alone. Pure, unit-tested.
 */
import { foldQuery } from '../article/text-search';

/** Only words of this length get corrections: short ones have too many near neighbours. */
export const MIN_CORRECTED_LENGTH = 4;
/** Typos rarely hit the first letters; the candidates are the indexed words that share them. */
const PREFIX_LENGTH = 3;
export const CANDIDATES = 50;

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The words of a query that may be corrected: plain words outside quotes, no operators or fields. */
export function correctableWords(query: string): string[] {
  const outsideQuotes = query.replace(/["“”„«»][^"“”„«»]*["“”„«»]?/g, ' ');
  return outsideQuotes
    .split(/\s+/)
    .filter((word) => /^[\p{L}][\p{L}\p{M}'’-]*$/u.test(word) && !/^(AND|OR|NOT)$/.test(word) && word.length >= MIN_CORRECTED_LENGTH);
}

/** What to ask the type-ahead for a word. */
export function suggestionPrefix(word: string): string {
  return word.slice(0, PREFIX_LENGTH);
}

/** The closest candidate within two edits (one for words under seven letters); ties go to the more frequent. */
export function bestCorrection(word: string, candidates: readonly { readonly text: string; readonly articles: number }[]): string | null {
  const folded = foldQuery(word);
  const limit = folded.length < 7 ? 1 : 2;
  let best: { text: string; distance: number; articles: number } | null = null;
  for (const candidate of candidates) {
    const text = foldQuery(candidate.text);
    if (text === folded) return null; // the word is indexed: nothing to correct
    const distance = editDistance(folded, text);
    if (distance > limit) continue;
    if (best === null || distance < best.distance || (distance === best.distance && candidate.articles > best.articles)) {
      best = { text, distance, articles: candidate.articles };
    }
  }
  return best?.text ?? null;
}

/** The query with each corrected word replaced; null when nothing changed. */
export function correctedQuery(query: string, corrections: ReadonlyMap<string, string>): string | null {
  if (corrections.size === 0) return null;
  let changed = false;
  const next = query.replace(/[\p{L}][\p{L}\p{M}'’-]*/gu, (word) => {
    const replacement = corrections.get(word);
    if (replacement === undefined) return word;
    changed = true;
    return replacement;
  });
  return changed ? next : null;
}
