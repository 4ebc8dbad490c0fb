/**
 * Words as the query parser splits them. A token is a run of letters, digits and combining marks;
 * everything else (spaces, punctuation, curly quotes, apostrophes) separates tokens.
 */
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
