/**
 * Type-ahead in the search box: which word the caret is completing, and the query once a suggested
 * word is taken. Reads the query as the parser does (archive/query/parse-query.ts): a word inside an
 * open phrase or after a text field (`title:`) is completed; a finished phrase, an operator or the
 * value of `date:`, `lang:`, `before:` or `after:` is not. Pure, unit-tested.
 */
import type { Suggestion } from '../../archive/model/article';
import { foldQuery } from '../article/text-search';

/** Shorter words match too much of the index to be worth a list. */
export const MIN_COMPLETED_LENGTH = 2;

// The parser's quotes: any of these outside a phrase opens one, closed by the characters listed for it.
const OPENING_QUOTES = '"“„«”';
const CLOSING_QUOTES: Readonly<Record<string, string>> = { '"': '"”', '“': '”"', '„': '“”"', '«': '»"', '”': '”"' };
const TEXT_FIELDS: ReadonlySet<string> = new Set(['title', 'author', 'source', 'tag', 'tags']);
const OPERATORS: ReadonlySet<string> = new Set(['AND', 'OR', 'NOT']);
const WORD_AT_END = /[\p{L}\p{N}\p{M}]+$/u;
/** A field name at the start of a chunk (after any `-` or `(`), e.g. `date:` in `(date:2012-0`. */
const FIELD_AT_START = /^[-(]*(\p{L}+):/u;

export interface CompletionTarget {
  /** The typed start of the word (what the core is asked to complete). */
  readonly word: string;
  /** Where the word starts in the query. */
  readonly start: number;
  /** Where the text to replace ends: the caret, after any `*` or `~` typed behind the word. */
  readonly caret: number;
  /** A `*`, `~`, `~1` or `~2` typed right after the word, else ''. */
  readonly rule: string;
  /** The characters that would close the phrase the word is in; '' outside a phrase. */
  readonly closers: string;
}

/** Where the phrase open at `caret` starts and what closes it; null outside a phrase. */
function openPhrase(query: string, caret: number): { readonly at: number; readonly closers: string } | null {
  let phrase: { at: number; closers: string } | null = null;
  for (let i = 0; i < caret; i++) {
    const char = query[i]!;
    if (phrase !== null) {
      if (phrase.closers.includes(char)) phrase = null;
    } else if (OPENING_QUOTES.includes(char)) {
      phrase = { at: i, closers: CLOSING_QUOTES[char]! };
    }
  }
  return phrase;
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/** The word the caret ends, if it is one the type-ahead should complete; null otherwise. */
export function completionTarget(query: string, caret: number = query.length): CompletionTarget | null {
  if (caret < 1 || caret > query.length) return null;
  const phrase = openPhrase(query, caret);
  const next = query[caret];
  // Only at the end of a word: what follows must end it (space, group, the phrase's closing quote).
  if (next !== undefined && !isSpace(next) && next !== ')' && !(phrase?.closers.includes(next) ?? false)) return null;

  const before = query.slice(0, caret);
  const rule = /(?:\*|~[12]?)$/u.exec(before)?.[0] ?? '';
  const wordEnd = caret - rule.length;
  const word = WORD_AT_END.exec(query.slice(0, wordEnd))?.[0];
  if (word === undefined || [...word].length < MIN_COMPLETED_LENGTH) return null;
  if (rule === '' && OPERATORS.has(word)) return null;
  const start = wordEnd - word.length;

  // The chunk the word belongs to: the whole phrase (with any field before it), else the space-separated piece.
  let chunkStart = phrase?.at ?? start;
  while (chunkStart > 0 && !isSpace(query[chunkStart - 1])) chunkStart--;
  const field = FIELD_AT_START.exec(query.slice(chunkStart, start))?.[1];
  if (field !== undefined && !TEXT_FIELDS.has(field.toLowerCase())) return null;

  const previous = query[start - 1];
  const opensPhrase = phrase !== null && start - 1 === phrase.at;
  const afterField = previous === ':' && field !== undefined && query.slice(chunkStart, start).endsWith(`${field}:`);
  const wordBoundary = previous === undefined || isSpace(previous) || previous === '(' || previous === '-' || previous === "'" || previous === '’';
  if (!wordBoundary && !opensPhrase && !afterField) return null;
  return { word, start, caret, rule, closers: phrase?.closers ?? '' };
}

/**
 * The query with the target word replaced by `completed`, and where the caret goes. A fuzzy `~` stays
 * (it still means something for the whole word); a `*` goes, since the chosen word replaces "any word
 * starting with" and a word already finds its other forms. A space follows, unless the word closes a
 * group or a phrase.
 */
export function acceptCompletion(query: string, target: CompletionTarget, completed: string): { readonly query: string; readonly caret: number } {
  const head = query.slice(0, target.start) + keepTyped(target.word, completed) + (target.rule.startsWith('~') ? target.rule : '');
  const rest = query.slice(target.caret);
  const next = rest[0];
  if (next === undefined) return { query: `${head} `, caret: head.length + 1 };
  if (isSpace(next)) return { query: head + rest, caret: head.length + 1 };
  return { query: head + rest, caret: head.length };
}

/**
 * The taken word as the person spelled it so far: the index holds words folded ("perez"), so typing
 * "Pére" and taking "perez" gives "Pérez", and "MUNIC" gives "MUNICIPAL". When folding changed the
 * typed part's length, the folded word is all there is to go on.
 */
function keepTyped(typed: string, completed: string): string {
  const folded = foldQuery(typed);
  if (folded.length !== typed.length || !completed.startsWith(folded)) return completed;
  const rest = completed.slice(typed.length);
  const shouting = typed === typed.toUpperCase() && typed !== typed.toLowerCase();
  return typed + (shouting ? rest.toUpperCase() : rest);
}

/**
 * The suggestions worth listing for `word`: those that complete it, not the word itself. `answer` may
 * be for an earlier, shorter word: what still completes the current one is shown until its own answer.
 */
export function completingSuggestions(word: string, answer: readonly Suggestion[]): readonly Suggestion[] {
  const folded = foldQuery(word);
  return answer.filter((suggestion) => suggestion.text !== folded && suggestion.text.startsWith(folded));
}
