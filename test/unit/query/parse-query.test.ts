import { describe, expect, it } from 'vitest';
import { parseQuery, QuerySyntaxError } from '../../../archive/query/parse-query';
import { tokenize } from '../../../archive/text/tokens';

const parse = (query: string) => parseQuery(query, tokenize);

describe('parseQuery', () => {
  it('ANDs words by default', () => {
    expect(parse('Mixco violence')).toEqual({
      kind: 'and',
      children: [
        { kind: 'term', text: 'Mixco', prefix: false },
        { kind: 'term', text: 'violence', prefix: false },
      ],
    });
  });

  it('reads OR, NOT, minus and parentheses', () => {
    expect(parse('(police OR military) -gang NOT Uribe')).toEqual({
      kind: 'and',
      children: [
        {
          kind: 'or',
          children: [
            { kind: 'term', text: 'police', prefix: false },
            { kind: 'term', text: 'military', prefix: false },
          ],
        },
        { kind: 'not', child: { kind: 'term', text: 'gang', prefix: false } },
        { kind: 'not', child: { kind: 'term', text: 'Uribe', prefix: false } },
      ],
    });
  });

  it('treats straight and curly quotes alike for phrases', () => {
    const expected = { kind: 'phrase', words: ['Secure', 'Municipality'] };
    expect(parse('"Secure Municipality"')).toEqual(expected);
    expect(parse('“Secure Municipality”')).toEqual(expected);
    expect(parse('«Secure Municipality»')).toEqual(expected);
  });

  it('marks prefix searches and keeps hyphenated words together as a phrase', () => {
    expect(parse('municip*')).toEqual({ kind: 'term', text: 'municip', prefix: true });
    expect(parse('e-mail')).toEqual({ kind: 'phrase', words: ['e', 'mail'] });
  });

  it('accepts an explicit AND', () => {
    expect(parse('Mixco AND violence')).toEqual(parse('Mixco violence'));
  });

  it('returns null for an empty query', () => {
    expect(parse('   ')).toBeNull();
  });

  it.each([
    ['"Secure Municipality', 'quote at character 1 is never closed'],
    ['(police OR military', 'parenthesis at character 1 is never closed'],
    ['police)', 'parenthesis at character 7 closes nothing'],
    ['OR police', 'needs a word before it'],
    ['police OR', 'needs a word after it'],
    ['-gang', 'cannot only exclude words'],
    ['police NOT', 'Nothing to exclude'],
  ])('explains what is wrong with %j', (query, message) => {
    expect(() => parse(query)).toThrow(QuerySyntaxError);
    expect(() => parse(query)).toThrow(message);
  });
});
