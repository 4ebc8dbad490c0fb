/**
 * Turns a failed `JSON.parse` into a reason a person can act on: "not valid JSON: unexpected ']' at
 * line 3, column 7". V8 names the position only for some errors, so after a failure we find it with
 * a small scanner of our own. The scanner is iterative (an explicit stack), so 100,000 nested
 * brackets cost memory, not the call stack; it only runs on text that JSON.parse already rejected.
 */

export interface JsonErrorLocation {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

/** What the scanner accepts next. */
type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close';

function describe(char: string | undefined): string {
  if (char === undefined) return 'the text ends too early';
  if (char === '\n') return 'unexpected line break';
  const code = char.charCodeAt(0);
  if (code < 0x20) return `unexpected control character U+${code.toString(16).padStart(4, '0')}`;
  return `unexpected '${char}'`;
}

const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** Offset and reason of the first syntax error, or null when the text is valid JSON. */
function firstError(text: string): { offset: number; reason: string } | null {
  const stack: ('{' | '[')[] = [];
  let expect = 'value' as Expect;
  let i = 0;
  const skipSpace = (): void => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  for (;;) {
    skipSpace();
    const char = text[i];
    if (stack.length === 0 && expect === 'comma-or-close') {
      return char === undefined ? null : { offset: i, reason: `unexpected '${char}' after the end of the data` };
    }
    if (char === undefined) return { offset: i, reason: describe(undefined) };
    switch (expect) {
      case 'value':
      case 'value-or-close':
      case 'key':
      case 'key-or-close': {
        const wantsKey = expect === 'key' || expect === 'key-or-close';
        const mayClose = expect === 'value-or-close' || expect === 'key-or-close';
        if (mayClose && char === (stack.at(-1) === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expect = 'comma-or-close';
        } else if (char === '"') {
          const end = stringEnd(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = wantsKey ? 'colon' : 'comma-or-close';
        } else if (wantsKey) {
          return { offset: i, reason: `${describe(char)} where a property name in double quotes was expected` };
        } else if (char === '{' || char === '[') {
          stack.push(char);
          i++;
          expect = char === '{' ? 'key-or-close' : 'value-or-close';
        } else {
          const literal = LITERALS.find((word) => text.startsWith(word, i));
          NUMBER.lastIndex = i;
          const number = literal === undefined ? NUMBER.exec(text) : null;
          if (literal !== undefined) i += literal.length;
          else if (number !== null) i = NUMBER.lastIndex;
          else return { offset: i, reason: describe(char) };
          expect = 'comma-or-close';
        }
        break;
      }
      case 'colon':
        if (char !== ':') return { offset: i, reason: `${describe(char)} where ':' was expected` };
        i++;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const close = stack.at(-1) === '{' ? '}' : ']';
        if (char === ',') {
          i++;
          expect = stack.at(-1) === '{' ? 'key' : 'value';
        } else if (char === close) {
          stack.pop();
          i++;
          expect = 'comma-or-close';
        } else {
          return { offset: i, reason: `${describe(char)} where ',' or '${close}' was expected` };
        }
        break;
      }
    }
  }
}

/** End offset (after the closing quote) of the string starting at `start`, or the error inside it. */
function stringEnd(text: string, start: number): number | { offset: number; reason: string } {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, reason: `${describe(text[i])} inside a string` };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, reason: 'bad \\u escape inside a string' };
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
      else return { offset: i, reason: 'bad escape inside a string' };
    }
  }
  return { offset: text.length, reason: 'the text ends inside a string' };
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where and why `text` is not JSON; null if it is valid after all. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const error = firstError(text);
  if (error === null) return null;
  return { ...error, ...lineAndColumn(text, error.offset) };
}

/** "unexpected ']' at line 3, column 7" (or "at column 7"), after JSON.parse failed. */
export function describeJsonError(text: string, fallback: unknown, withLine = true): string {
  const location = locateJsonError(text);
  if (location === null) return fallback instanceof Error ? fallback.message : String(fallback);
  // For one line of JSON Lines the caller already names the line; the column is what helps.
  const where = withLine ? `line ${location.line}, column ${location.column}` : `column ${location.column}`;
  return `${location.reason} at ${where}`;
}
