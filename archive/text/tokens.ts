/**
 * Words as the query parser splits them. A token is a run of letters, digits and combining marks;
 * everything else (spaces, punctuation, curly quotes, apostrophes) separates tokens.
 */
/** The characters words are made of, shared with the indexer's analyzer so both split text alike. */
export const WORD_CHARACTER = String.raw`[\p{L}\p{N}\p{M}]`;

const TOKEN = new RegExp(`${WORD_CHARACTER}+`, 'gu');

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
