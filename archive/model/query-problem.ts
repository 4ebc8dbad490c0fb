/**
 * What is wrong with a query, as data: the app says it in the reader's language (renderer/i18n),
 * the command line and the library in English (`describeQueryProblem`). `character` is where the
 * problem is, counted from 1 as people count. Part of the model the renderer shares: pure, no imports.
 */
export type QueryProblem =
  | { readonly kind: 'unclosed-quote'; readonly character: number }
  | { readonly kind: 'unclosed-parenthesis'; readonly character: number }
  | { readonly kind: 'stray-parenthesis'; readonly character: number }
  | { readonly kind: 'unknown-field'; readonly character: number; readonly field: string }
  | { readonly kind: 'fuzzy-distance'; readonly character: number; readonly distance: string }
  | { readonly kind: 'fuzzy-phrase'; readonly character: number }
  | { readonly kind: 'too-deep'; readonly character: number; readonly limit: number }
  | { readonly kind: 'or-needs-word-before'; readonly character: number }
  | { readonly kind: 'or-needs-word-after'; readonly character: number }
  | { readonly kind: 'nothing-to-exclude'; readonly character: number; readonly operator: 'NOT' | '-' }
  | { readonly kind: 'unexpected'; readonly character: number; readonly text: string }
  | { readonly kind: 'field-needs-value'; readonly character: number; readonly label: string; readonly field: FieldKind }
  | { readonly kind: 'field-holds-field'; readonly character: number; readonly label: string }
  | { readonly kind: 'language-phrase'; readonly character: number; readonly label: string }
  | { readonly kind: 'unknown-language'; readonly character: number; readonly language: string }
  | { readonly kind: 'unreadable-date'; readonly character: number; readonly date: string; readonly range: boolean }
  | { readonly kind: 'reversed-range'; readonly character: number; readonly range: string; readonly swapped: string }
  | { readonly kind: 'nothing-to-search' }
  | { readonly kind: 'only-exclusions' }
  | { readonly kind: 'common-words'; readonly words: readonly string[] };

/** The kinds of field a value is missing after, for the example a message gives. */
export type FieldKind = 'date' | 'before' | 'after' | 'lang' | 'tags' | 'title' | 'author' | 'source';

export const FIELD_LIST = 'title:, author:, source:, tag:, lang:, date:, before:, after:';

/** The sample values of `fieldExamples`, in the reader's language. */
export interface ExampleWords {
  readonly word: string;
  readonly twoWords: string;
  readonly tag: string;
}

/** Examples of a field followed by a value, as they would be typed. */
export function fieldExamples(field: FieldKind, { word, twoWords, tag }: ExampleWords): readonly string[] {
  switch (field) {
    case 'date':
      return ['date:2012', 'date:2012-02-01..2012-06-30'];
    case 'before':
    case 'after':
      return [`${field}:2012-03`];
    case 'lang':
      return ['lang:es'];
    case 'tags':
      return [`tag:${tag}`];
    case 'title':
    case 'author':
    case 'source':
      return [`${field}:${word}`, `${field}:"${twoWords}"`];
  }
}

/** Where in the query the problem is (from 0) and how many characters it covers; null when it is the whole query. */
export function problemSpan(problem: QueryProblem): { readonly start: number; readonly length: number } | null {
  if (!('character' in problem)) return null;
  const length = (() => {
    switch (problem.kind) {
      case 'unknown-field':
        return problem.field.length + 1;
      case 'fuzzy-distance':
        return problem.distance.length + 1;
      case 'or-needs-word-before':
      case 'or-needs-word-after':
        return 2;
      case 'nothing-to-exclude':
        return problem.operator.length;
      case 'unexpected':
        return problem.text.length;
      case 'field-needs-value':
      case 'field-holds-field':
      case 'language-phrase':
        return problem.label.length;
      case 'unknown-language':
        return problem.language.length;
      case 'unreadable-date':
        return problem.date.length;
      case 'reversed-range':
        return problem.range.length;
      case 'unclosed-quote':
      case 'unclosed-parenthesis':
      case 'stray-parenthesis':
      case 'fuzzy-phrase':
      case 'too-deep':
        return 1;
    }
  })();
  return { start: problem.character - 1, length };
}

/** The problem in English, as the command line and the library report it. */
export function describeQueryProblem(problem: QueryProblem): string {
  switch (problem.kind) {
    case 'unclosed-quote':
      return `The quote at character ${problem.character} is never closed.`;
    case 'unclosed-parenthesis':
      return `The parenthesis at character ${problem.character} is never closed.`;
    case 'stray-parenthesis':
      return `The parenthesis at character ${problem.character} closes nothing.`;
    case 'unknown-field':
      return `Unknown field "${problem.field}:" at character ${problem.character}. Fields are ${FIELD_LIST}`;
    case 'fuzzy-distance':
      return `"~${problem.distance}" at character ${problem.character}: a fuzzy word allows ~1 or ~2 differences.`;
    case 'fuzzy-phrase':
      return `"~" at character ${problem.character}: fuzzy matching applies to single words, not phrases.`;
    case 'too-deep':
      return `The query nests parentheses or exclusions more than ${problem.limit} deep at character ${problem.character}.`;
    case 'or-needs-word-before':
      return `"OR" at character ${problem.character} needs a word before it.`;
    case 'or-needs-word-after':
      return `"OR" at character ${problem.character} needs a word after it.`;
    case 'nothing-to-exclude':
      return `Nothing to exclude after "${problem.operator}" at character ${problem.character}.`;
    case 'unexpected':
      return `Unexpected "${problem.text}" at character ${problem.character}.`;
    case 'field-needs-value':
      return `"${problem.label}" at character ${problem.character} needs a value right after it, like ${fieldExamples(problem.field, { word: 'word', twoWords: 'two words', tag: 'elections' }).join(' or ')}.`;
    case 'field-holds-field':
      return `"${problem.label}" at character ${problem.character} can only hold words and phrases, not other fields.`;
    case 'language-phrase':
      return `"${problem.label}" at character ${problem.character} takes a language code such as en, es or pt.`;
    case 'unknown-language':
      return `Unknown language "${problem.language}" at character ${problem.character}: use en, es, pt or another two-letter code.`;
    case 'unreadable-date':
      return (
        `Cannot read the date "${problem.date}" at character ${problem.character}: ` +
        `use a year (2012), a month (2012-02), a day (2012-02-01)${problem.range ? ' or a range (2012-02-01..2012-06-30)' : ''}.`
      );
    case 'reversed-range':
      return `The range "${problem.range}" at character ${problem.character} ends before it starts: write ${problem.swapped}.`;
    case 'nothing-to-search':
      return 'Nothing to search for: a search needs a word with a letter or a digit.';
    case 'only-exclusions':
      return 'Add at least one word to look for: a search cannot only exclude words.';
    case 'common-words': {
      const listed = problem.words.map((word) => `"${word}"`).join(', ');
      return problem.words.length === 1
        ? `${listed} is too common a word to be searched on its own (the index leaves it out): add another word, or a phrase that holds it.`
        : `${listed} are too common to be searched on their own (the index leaves them out): add another word, or a phrase that holds them.`;
    }
  }
}
