import { describe, expect, it } from 'vitest';
import { acceptCompletion, completingSuggestions, completionTarget } from '../../../renderer/search/completion';

/** The word the type-ahead would complete with the caret at `|` (at the end when there is none). */
function wordAt(typed: string): string | null {
  const caret = typed.indexOf('|');
  const query = typed.replace('|', '');
  return completionTarget(query, caret < 0 ? query.length : caret)?.word ?? null;
}

/** The query after taking `word` with the caret at `|`, with `|` where the caret lands. */
function take(typed: string, word: string): string {
  const caret = typed.indexOf('|');
  const query = typed.replace('|', '');
  const target = completionTarget(query, caret < 0 ? query.length : caret);
  if (target === null) throw new Error(`nothing to complete in ${typed}`);
  const next = acceptCompletion(query, target, word);
  return `${next.query.slice(0, next.caret)}|${next.query.slice(next.caret)}`;
}

describe('the word the type-ahead completes', () => {
  it('is the last word once it has two letters', () => {
    expect(wordAt('violence Mixc')).toBe('Mixc');
    expect(wordAt('gu')).toBe('gu');
    expect(wordAt('violence g')).toBeNull();
    expect(wordAt('')).toBeNull();
    expect(wordAt('violence ')).toBeNull();
    expect(wordAt('Pére')).toBe('Pére');
  });

  it('is the word the caret ends, anywhere in the query', () => {
    expect(wordAt('guate| violence')).toBe('guate');
    expect(wordAt('(police OR milit|)')).toBe('milit');
    expect(wordAt('gua|te violence')).toBeNull();
  });

  it('keeps the signs around a word out of it', () => {
    expect(wordAt('-gan')).toBe('gan');
    expect(wordAt('violence (polic')).toBe('polic');
    expect(wordAt('NOT gan')).toBe('gan');
    expect(wordAt('municip*')).toBe('municip');
    expect(wordAt('guatem~')).toBe('guatem');
    expect(wordAt('guatem~2')).toBe('guatem');
  });

  it('is not an operator being typed', () => {
    expect(wordAt('police OR')).toBeNull();
    expect(wordAt('police AND')).toBeNull();
    expect(wordAt('NOT')).toBeNull();
  });

  it('is completed inside an open phrase, not after it is closed', () => {
    expect(wordAt('"secure munic')).toBe('munic');
    expect(wordAt('"secu')).toBe('secu');
    expect(wordAt('«seguridad munic')).toBe('munic');
    expect(wordAt('"secure municipality"')).toBeNull();
    expect(wordAt('“secure municipality” ')).toBeNull();
    expect(wordAt('"secure munic|"')).toBe('munic');
  });

  it('follows text fields but not dates, languages or unknown fields', () => {
    expect(wordAt('title:secu')).toBe('secu');
    expect(wordAt('-author:pere')).toBe('pere');
    expect(wordAt('title:"secure munic')).toBe('munic');
    expect(wordAt('source:(dialogo OR prens')).toBe('prens');
    expect(wordAt('date:2012')).toBeNull();
    expect(wordAt('date:2012-02')).toBeNull();
    expect(wordAt('date:2012-02-01..2012-06')).toBeNull();
    expect(wordAt('lang:es')).toBeNull();
    expect(wordAt('before:20')).toBeNull();
    expect(wordAt('AFTER:2011')).toBeNull();
    expect(wordAt('http:exam')).toBeNull();
  });
});

describe('taking a suggested word', () => {
  it('replaces only the word being typed and adds a space', () => {
    expect(take('violence Mixc', 'mixco')).toBe('violence Mixco |');
    expect(take('guate| violence', 'guatemala')).toBe('guatemala |violence');
  });

  it('keeps the field, the minus sign and the group', () => {
    expect(take('title:secu', 'security')).toBe('title:security |');
    expect(take('-gan', 'gang')).toBe('-gang |');
    expect(take('(police OR milit|)', 'military')).toBe('(police OR military|)');
  });

  it('keeps a fuzzy ~ and drops a * the chosen word replaces', () => {
    expect(take('guatem~', 'guatemala')).toBe('guatemala~ |');
    // The typed part keeps its accents and capitals; the rest comes from the (folded) index.
    expect(take('Pére', 'perez')).toBe('Pérez |');
    expect(take('MUNIC', 'municipality')).toBe('MUNICIPALITY |');
    expect(take('guatem~1', 'guatemala')).toBe('guatemala~1 |');
    expect(take('municip*', 'municipality')).toBe('municipality |');
  });

  it('leaves a phrase open, or closed where it was closed', () => {
    expect(take('"secure munic', 'municipality')).toBe('"secure municipality |');
    expect(take('"secure munic|" violence', 'municipality')).toBe('"secure municipality|" violence');
  });
});

describe('the suggestions listed', () => {
  const answer = [
    { text: 'municipal', articles: 4 },
    { text: 'municipality', articles: 2 },
    { text: 'multar', articles: 1 },
  ];

  it('are those completing the word as typed, not the word itself', () => {
    expect(completingSuggestions('munic', answer).map((s) => s.text)).toEqual(['municipal', 'municipality']);
    expect(completingSuggestions('Municipal', answer).map((s) => s.text)).toEqual(['municipality']);
    expect(completingSuggestions('gua', answer)).toEqual([]);
  });
});
