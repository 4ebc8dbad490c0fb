/**
 * The one tokenizer used for indexing, querying and highlighting, so a highlighted word is always
 * a word the index knows. A token is a run of letters, digits and combining marks; everything else
 * (spaces, punctuation, curly quotes, apostrophes) separates tokens.
 */
import { fold } from './fold';

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  /** The token as written (not folded). */
  readonly text: string;
}

export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const match of text.matchAll(TOKEN)) {
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return spans;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Folded tokens joined by single spaces: the form phrase matching compares. */
export function normalizeForPhrase(text: string): string {
  return tokenize(fold(text)).join(' ');
}
