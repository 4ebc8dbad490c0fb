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

  it('lets OR join everything on either side of it, as Factiva does: the words next to each other are ANDed first', () => {
    const term = (text: string) => ({ kind: 'term', text, prefix: false });
    expect(parse('Mixco police OR military')).toEqual({
      kind: 'or',
      children: [{ kind: 'and', children: [term('Mixco'), term('police')] }, term('military')],
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
    ['!!!', 'Nothing to search for: a search needs a word with a letter or a digit'],
    ['* ""', 'Nothing to search for'],
  ])('explains what is wrong with %j', (query, message) => {
    expect(() => parse(query)).toThrow(QuerySyntaxError);
    expect(() => parse(query)).toThrow(message);
  });
});

describe('parseQuery fields, dates and fuzzy words', () => {
  it('reads fuzzy words with a distance chosen by length, and only for words of 4+ letters', () => {
    expect(parse('guatemala~')).toEqual({ kind: 'term', text: 'guatemala', prefix: false, fuzzy: 2 });
    expect(parse('mixco~')).toEqual({ kind: 'term', text: 'mixco', prefix: false, fuzzy: 1 });
    expect(parse('mixco~2')).toEqual({ kind: 'term', text: 'mixco', prefix: false, fuzzy: 2 });
    expect(parse('cat~')).toEqual({ kind: 'term', text: 'cat', prefix: false });
  });

  it('applies a field to a word, a phrase or a group', () => {
    expect(parse('title:Mixco')).toEqual({ kind: 'term', text: 'Mixco', prefix: false, field: 'title' });
    expect(parse('author:"Ana Gómez"')).toEqual({ kind: 'phrase', words: ['Ana', 'Gómez'], field: 'author' });
    expect(parse('source:(dialogo OR reuters)')).toEqual({
      kind: 'or',
      children: [
        { kind: 'term', text: 'dialogo', prefix: false, field: 'source' },
        { kind: 'term', text: 'reuters', prefix: false, field: 'source' },
      ],
    });
    expect(parse('tag:elections')).toMatchObject({ field: 'tags' });
    expect(parse('lang:spanish')).toEqual({ kind: 'lang', language: 'es' });
  });

  it('reads years, months, days, ranges and before/after as day numbers', () => {
    expect(parse('date:2012')).toEqual({ kind: 'date', from: 20120101, to: 20121231 });
    expect(parse('date:2012-02')).toEqual({ kind: 'date', from: 20120201, to: 20120229 });
    expect(parse('date:2012-02-01..2012-06-30')).toEqual({ kind: 'date', from: 20120201, to: 20120630 });
    expect(parse('before:2012-03')).toEqual({ kind: 'date', from: 1, to: 20120300 });
    expect(parse('after:2011')).toEqual({ kind: 'date', from: 20111232, to: 99991231 });
  });

  it.each([
    ['titel:Mixco', 'Unknown field "titel:" at character 1'],
    ['date:2012-13', 'Cannot read the date "2012-13" at character 6'],
    ['date:2012-02-30', 'Cannot read the date'],
    ['date:2013..2012', 'The range "2013..2012" at character 6 ends before it starts: write 2012..2013.'],
    ['date:2012-03..2012-02-28', 'ends before it starts: write 2012-02-28..2012-03.'],
    ['date:2012..2012-13', 'Cannot read the date "2012..2012-13"'],
    ['after:yesterday', 'Cannot read the date "yesterday"'],
    ['Mixco title: violence', '"title:" at character 7 needs a value'],
    ['mixco~3', 'allows ~1 or ~2'],
    ['"secure municipality"~', 'fuzzy matching applies to single words'],
    ['lang:klingon', 'Unknown language "klingon"'],
    ['title:(a date:2012)', 'can only hold words and phrases'],
  ])('explains what is wrong with %j', (query, message) => {
    expect(() => parse(query)).toThrow(QuerySyntaxError);
    expect(() => parse(query)).toThrow(message);
  });
});
