/**
 * The search language, shared by the app and the CLI:
 *   violence Mixco        both words (AND is the default)
 *   violence OR crime     either word
 *   -gang  /  NOT gang    exclude a word
 *   "Secure Municipality" the words adjacent and in order (curly quotes work too)
 *   municip*              any word starting with "municip"
 *   guatemala~  ~1  ~2    also words one or two letters off (words of 4+ letters; ~ alone: 1 edit
 *                         up to 7 letters, 2 from 8)
 *   title:  author:  source:  tag:   a word, "phrase" or (group) in that field only
 *   lang:es               articles in Spanish (en, es, pt, or english/spanish/portuguese…)
 *   date:2012  date:2012-02  date:2012-02-01..2012-06-30  before:2012-03  after:2011
 *   (a OR b) c            grouping; without it OR binds loosest, as in Factiva: a b OR c is (a b) OR c
 * A query that cannot be parsed raises `QuerySyntaxError`, whose message points at the problem.
 */
import { LAST_DATE, dateSpan, parseDateValue, swappedRange } from './query-dates';
import { describeQueryProblem, type QueryProblem } from '../model/query-problem';

/** Text fields a word can be limited to. */
export type QueryField = 'title' | 'author' | 'source' | 'tags';

export type QueryNode =
  | {
      readonly kind: 'term';
      readonly text: string;
      readonly prefix: boolean;
      /** Maximum edit distance for a fuzzy word (only set for words of 4+ letters). */
      readonly fuzzy?: 1 | 2;
      readonly field?: QueryField;
    }
  | { readonly kind: 'phrase'; readonly words: readonly string[]; readonly field?: QueryField }
  /** Articles dated within [from, to] (yyyymmdd, inclusive). */
  | { readonly kind: 'date'; readonly from: number; readonly to: number }
  | { readonly kind: 'lang'; readonly language: string }
  | { readonly kind: 'and'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'or'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly child: QueryNode };

export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  constructor(
    /** What is wrong, for a message in the reader's language; `message` says it in English. */
    readonly problem: QueryProblem,
    /** Character offset in the query where the problem is. */
    readonly position: number,
  ) {
    super(describeQueryProblem(problem));
  }
}

type Token =
  | { readonly type: 'word'; readonly text: string; readonly at: number; readonly fuzzy?: 'auto' | 1 | 2 }
  | { readonly type: 'field'; readonly name: FieldName; readonly at: number }
  | { readonly type: 'phrase'; readonly text: string; readonly at: number }
  | { readonly type: 'or' | 'not' | 'minus' | 'open' | 'close'; readonly at: number };

const OPENING_QUOTES = '"“„«”';
const CLOSING_QUOTES: Readonly<Record<string, string>> = { '"': '"”', '“': '”"', '„': '“”"', '«': '»"', '”': '”"' };
const WORD_CHAR = /[\p{L}\p{N}\p{M}*'’_.-]/u;

const FIELD_NAMES = {
  title: 'title',
  author: 'author',
  source: 'source',
  tag: 'tags',
  tags: 'tags',
  lang: 'lang',
  language: 'lang',
  date: 'date',
  before: 'before',
  after: 'after',
} as const;
type FieldName = (typeof FIELD_NAMES)[keyof typeof FIELD_NAMES];

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en', ingles: 'en', inglés: 'en', inglês: 'en',
  spanish: 'es', espanol: 'es', español: 'es', espanhol: 'es', castellano: 'es',
  portuguese: 'pt', portugues: 'pt', portugués: 'pt', português: 'pt',
};

function lex(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    if (/\s/u.test(char)) {
      i++;
    } else if (OPENING_QUOTES.includes(char)) {
      const closers = CLOSING_QUOTES[char]!;
      let end = i + 1;
      while (end < query.length && !closers.includes(query[end]!)) end++;
      if (end >= query.length) throw new QuerySyntaxError({ kind: 'unclosed-quote', character: i + 1 }, i);
      tokens.push({ type: 'phrase', text: query.slice(i + 1, end), at: i });
      i = end + 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ type: char === '(' ? 'open' : 'close', at: i });
      i++;
    } else if (char === '-' && i + 1 < query.length && !/\s/u.test(query[i + 1]!) && (i === 0 || /[\s(]/u.test(query[i - 1]!))) {
      tokens.push({ type: 'minus', at: i });
      i++;
    } else {
      let end = i;
      while (end < query.length && WORD_CHAR.test(query[end]!)) end++;
      if (end === i) end = i + 1; // a lone symbol: a word of its own, which the tokenizer will drop
      const text = query.slice(i, end);
      if (query[end] === ':' && /^\p{L}+$/u.test(text)) {
        const name = FIELD_NAMES[text.toLowerCase() as keyof typeof FIELD_NAMES];
        if (!name) throw new QuerySyntaxError({ kind: 'unknown-field', field: text, character: i + 1 }, i);
        tokens.push({ type: 'field', name, at: i });
        i = end + 1;
        continue;
      }
      if (query[end] === '~') {
        let digits = end + 1;
        while (digits < query.length && /\d/u.test(query[digits]!)) digits++;
        const distance = query.slice(end + 1, digits);
        if (distance !== '' && distance !== '1' && distance !== '2') {
          throw new QuerySyntaxError({ kind: 'fuzzy-distance', distance, character: end + 1 }, end);
        }
        tokens.push({ type: 'word', text, at: i, fuzzy: distance === '' ? 'auto' : distance === '1' ? 1 : 2 });
        i = digits;
        continue;
      }
      if (text === 'OR') tokens.push({ type: 'or', at: i });
      else if (text === 'NOT') tokens.push({ type: 'not', at: i });
      else if (text === 'AND') {
        // AND is the default; accept it as a no-op so "a AND b" works as people expect.
      } else tokens.push({ type: 'word', text, at: i });
      i = end;
    }
  }
  return tokens;
}

/** Splits text into the words the index knows, using the same tokenizer as indexing. */
export type WordSplitter = (text: string) => string[];

/** Far beyond any query a person writes; bounds the recursion a hostile one could ask for. */
export const MAX_QUERY_NESTING = 64;

export function parseQuery(query: string, splitWords: WordSplitter): QueryNode | null {
  const tokens = lex(query);
  let position = 0;
  let depth = 0;
  const peek = (): Token | undefined => tokens[position];

  /** Runs a nested parse (a group, an exclusion), refusing nesting no person would write. */
  function nested<T>(at: number, parse: () => T): T {
    if (++depth > MAX_QUERY_NESTING) {
      throw new QuerySyntaxError({ kind: 'too-deep', limit: MAX_QUERY_NESTING, character: at + 1 }, at);
    }
    try {
      return parse();
    } finally {
      depth--;
    }
  }

  function parseOr(): QueryNode | null {
    const children: QueryNode[] = [];
    const first = parseAnd();
    if (first) children.push(first);
    while (peek()?.type === 'or') {
      const orToken = tokens[position++]!;
      const next = parseAnd();
      if (!first && children.length === 0) throw new QuerySyntaxError({ kind: 'or-needs-word-before', character: orToken.at + 1 }, orToken.at);
      if (!next) throw new QuerySyntaxError({ kind: 'or-needs-word-after', character: orToken.at + 1 }, orToken.at);
      children.push(next);
    }
    if (children.length <= 1) return children[0] ?? null;
    return { kind: 'or', children };
  }

  function parseAnd(): QueryNode | null {
    const children: QueryNode[] = [];
    for (let token = peek(); token && token.type !== 'or' && token.type !== 'close'; token = peek()) {
      const node = parseUnary();
      if (node) children.push(node);
    }
    if (children.length <= 1) return children[0] ?? null;
    return { kind: 'and', children };
  }

  function parseUnary(): QueryNode | null {
    const token = peek()!;
    if (token.type === 'not' || token.type === 'minus') {
      position++;
      const next = peek();
      if (!next || next.type === 'or' || next.type === 'close') {
        throw new QuerySyntaxError({ kind: 'nothing-to-exclude', operator: token.type === 'not' ? 'NOT' : '-', character: token.at + 1 }, token.at);
      }
      const child = nested(token.at, parseUnary);
      return child ? { kind: 'not', child } : null;
    }
    return parsePrimary();
  }

  function parsePrimary(): QueryNode | null {
    const token = tokens[position++]!;
    switch (token.type) {
      case 'open': {
        const inner = nested(token.at, parseOr);
        if (peek()?.type !== 'close') throw new QuerySyntaxError({ kind: 'unclosed-parenthesis', character: token.at + 1 }, token.at);
        position++;
        return inner;
      }
      case 'phrase': {
        if (query[token.at + token.text.length + 2] === '~') {
          throw new QuerySyntaxError({ kind: 'fuzzy-phrase', character: token.at + token.text.length + 3 }, token.at);
        }
        const words = splitWords(token.text);
        if (words.length === 0) return null;
        if (words.length === 1) return { kind: 'term', text: words[0]!, prefix: false };
        return { kind: 'phrase', words };
      }
      case 'word': {
        const prefix = token.text.endsWith('*');
        const words = splitWords(token.text);
        if (words.length === 0) return null;
        // "Uribe's" or "e-mail" become several words that must all match, in order.
        if (words.length > 1) return { kind: 'phrase', words };
        const word = words[0]!;
        const distance = token.fuzzy === 'auto' ? (word.length >= 8 ? 2 : 1) : token.fuzzy;
        // Fuzzy matching on short words finds mostly other words ("cat~" → car, hat, cut…).
        if (distance !== undefined && !prefix && [...word].length >= 4) return { kind: 'term', text: word, prefix, fuzzy: distance };
        return { kind: 'term', text: word, prefix };
      }
      case 'field':
        return parseField(token);
      case 'close':
        throw new QuerySyntaxError({ kind: 'stray-parenthesis', character: token.at + 1 }, token.at);
      case 'or':
      case 'not':
      case 'minus':
        throw new QuerySyntaxError({ kind: 'unexpected', text: query.slice(token.at, token.at + 3).trim(), character: token.at + 1 }, token.at);
    }
  }

  function parseField(token: Extract<Token, { type: 'field' }>): QueryNode | null {
    const label = query.slice(token.at, query.indexOf(':', token.at) + 1);
    const next = peek();
    if (!next || !(next.type === 'word' || next.type === 'phrase' || next.type === 'open') || next.at !== token.at + label.length) {
      throw new QuerySyntaxError({ kind: 'field-needs-value', label, field: token.name, character: token.at + 1 }, token.at);
    }
    switch (token.name) {
      case 'date':
      case 'before':
      case 'after': {
        position++;
        const text = next.type === 'word' ? next.text : '';
        const range = token.name === 'date' ? parseDateValue(text) : dateSpan(text);
        const swapped = !range && token.name === 'date' ? swappedRange(text) : null;
        if (swapped) throw new QuerySyntaxError({ kind: 'reversed-range', range: text, swapped, character: next.at + 1 }, next.at);
        if (!range) {
          const date = next.type === 'word' ? text : query.slice(next.at, next.at + 12);
          throw new QuerySyntaxError({ kind: 'unreadable-date', date, range: token.name === 'date', character: next.at + 1 }, next.at);
        }
        if (token.name === 'before') return { kind: 'date', from: 1, to: range.from - 1 };
        if (token.name === 'after') return { kind: 'date', from: range.to + 1, to: LAST_DATE };
        return { kind: 'date', ...range };
      }
      case 'lang':
      case 'title':
      case 'author':
      case 'source':
      case 'tags': {
        const value = nested(token.at, parsePrimary);
        return value && withField(value, token.name, label, token.at);
      }
    }
  }

  function withField(node: QueryNode, field: QueryField | 'lang', label: string, at: number): QueryNode {
    switch (node.kind) {
      case 'term':
        if (field !== 'lang') return { ...node, field };
        return { kind: 'lang', language: languageCode(node.text, at + label.length) };
      case 'phrase':
        if (field === 'lang') throw new QuerySyntaxError({ kind: 'language-phrase', label, character: at + 1 }, at);
        return { ...node, field };
      case 'and':
      case 'or':
        return { kind: node.kind, children: node.children.map((child) => withField(child, field, label, at)) };
      case 'not':
        return { kind: 'not', child: withField(node.child, field, label, at) };
      case 'date':
      case 'lang':
        throw new QuerySyntaxError({ kind: 'field-holds-field', label, character: at + 1 }, at);
    }
  }

  function languageCode(text: string, at: number): string {
    const lower = text.toLowerCase();
    const code = LANGUAGE_NAMES[lower] ?? lower;
    if (!/^[a-z]{2}$/.test(code)) throw new QuerySyntaxError({ kind: 'unknown-language', language: text, character: at + 1 }, at);
    return code;
  }

  const root = parseOr();
  const stray = peek();
  if (stray) {
    throw new QuerySyntaxError({ kind: 'stray-parenthesis', character: stray.at + 1 }, stray.at);
  }
  if (root === null && tokens.length > 0) throw new QuerySyntaxError({ kind: 'nothing-to-search' }, 0);
  if (root && !hasPositive(root)) throw new QuerySyntaxError({ kind: 'only-exclusions' }, 0);
  return root;
}

function hasPositive(node: QueryNode): boolean {
  switch (node.kind) {
    case 'term':
    case 'phrase':
    case 'date':
    case 'lang':
      return true;
    case 'not':
      return false;
    case 'and':
      return node.children.some(hasPositive);
    case 'or':
      return node.children.every(hasPositive);
  }
}
