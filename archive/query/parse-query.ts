/**
 * The search language, shared by the app and the CLI:
 *   violence Mixco        both words (AND is the default)
 *   violence OR crime     either word
 *   -gang  /  NOT gang    exclude a word
 *   "Secure Municipality" the words adjacent and in order (curly quotes work too)
 *   municip*              any word starting with "municip"
 *   (a OR b) c            grouping
 * A query that cannot be parsed raises `QuerySyntaxError`, whose message points at the problem.
 */

export type QueryNode =
  | { readonly kind: 'term'; readonly text: string; readonly prefix: boolean }
  | { readonly kind: 'phrase'; readonly words: readonly string[] }
  | { readonly kind: 'and'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'or'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly child: QueryNode };

export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  constructor(
    message: string,
    /** Character offset in the query where the problem is. */
    readonly position: number,
  ) {
    super(message);
  }
}

type Token =
  | { readonly type: 'word'; readonly text: string; readonly at: number }
  | { readonly type: 'phrase'; readonly text: string; readonly at: number }
  | { readonly type: 'or' | 'not' | 'minus' | 'open' | 'close'; readonly at: number };

const OPENING_QUOTES = '"“„«”';
const CLOSING_QUOTES: Readonly<Record<string, string>> = { '"': '"”', '“': '”"', '„': '“”"', '«': '»"', '”': '”"' };
const WORD_CHAR = /[\p{L}\p{N}\p{M}*'’_.-]/u;

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
      if (end >= query.length) throw new QuerySyntaxError(`The quote at character ${i + 1} is never closed.`, i);
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

export function parseQuery(query: string, splitWords: WordSplitter): QueryNode | null {
  const tokens = lex(query);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];

  function parseOr(): QueryNode | null {
    const children: QueryNode[] = [];
    const first = parseAnd();
    if (first) children.push(first);
    while (peek()?.type === 'or') {
      const orToken = tokens[position++]!;
      const next = parseAnd();
      if (!first && children.length === 0) throw new QuerySyntaxError(`"OR" at character ${orToken.at + 1} needs a word before it.`, orToken.at);
      if (!next) throw new QuerySyntaxError(`"OR" at character ${orToken.at + 1} needs a word after it.`, orToken.at);
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
        throw new QuerySyntaxError(`Nothing to exclude after "${token.type === 'not' ? 'NOT' : '-'}" at character ${token.at + 1}.`, token.at);
      }
      const child = parseUnary();
      return child ? { kind: 'not', child } : null;
    }
    return parsePrimary();
  }

  function parsePrimary(): QueryNode | null {
    const token = tokens[position++]!;
    switch (token.type) {
      case 'open': {
        const inner = parseOr();
        if (peek()?.type !== 'close') throw new QuerySyntaxError(`The parenthesis at character ${token.at + 1} is never closed.`, token.at);
        position++;
        return inner;
      }
      case 'phrase': {
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
        return { kind: 'term', text: words[0]!, prefix };
      }
      case 'close':
        throw new QuerySyntaxError(`The parenthesis at character ${token.at + 1} closes nothing.`, token.at);
      case 'or':
      case 'not':
      case 'minus':
        throw new QuerySyntaxError(`Unexpected "${query.slice(token.at, token.at + 3).trim()}" at character ${token.at + 1}.`, token.at);
    }
  }

  const root = parseOr();
  const stray = peek();
  if (stray) {
    throw new QuerySyntaxError(`The parenthesis at character ${stray.at + 1} closes nothing.`, stray.at);
  }
  if (root && !hasPositive(root)) {
    throw new QuerySyntaxError('Add at least one word to look for: a search cannot only exclude words.', 0);
  }
  return root;
}

function hasPositive(node: QueryNode): boolean {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return true;
    case 'not':
      return false;
    case 'and':
      return node.children.some(hasPositive);
    case 'or':
      return node.children.every(hasPositive);
  }
}
