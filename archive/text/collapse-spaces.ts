/**
 * Any white space `\s` matches but a plain space, or two spaces in a row: with a space at either end,
 * what collapsing changes. Spelled out as one character class, which the regular expression engine
 * scans faster than `[^\S ]` in an alternation with anchors.
 */
const NEEDS_COLLAPSING = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * Folds every run of white space (including no-break spaces and line breaks) to one space and trims.
 * Most text handed here is already collapsed; testing for that first costs a third of rewriting it,
 * which matters when a million articles pass through.
 */
export function collapseSpaces(text: string): string {
  const needed = text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 || NEEDS_COLLAPSING.test(text);
  return needed ? text.replace(/\s+/g, ' ').trim() : text;
}
