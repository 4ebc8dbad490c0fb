import { describe, expect, it } from 'vitest';
import { parseQuery, QuerySyntaxError } from '../../../archive/query/parse-query';
import { describeQueryProblem, type QueryProblem } from '../../../archive/model/query-problem';
import { tokenize } from '../../../archive/text/tokens';
import { createTranslation } from '../../../renderer/i18n/messages';

/** One problem of every kind: a kind added without a sample here fails the type check. */
const SAMPLES: { readonly [K in QueryProblem['kind']]: Extract<QueryProblem, { kind: K }> } = {
  'unclosed-quote': { kind: 'unclosed-quote', character: 17 },
  'unclosed-parenthesis': { kind: 'unclosed-parenthesis', character: 17 },
  'stray-parenthesis': { kind: 'stray-parenthesis', character: 17 },
  'unknown-field': { kind: 'unknown-field', character: 17, field: 'titel' },
  'fuzzy-distance': { kind: 'fuzzy-distance', character: 17, distance: '3' },
  'fuzzy-phrase': { kind: 'fuzzy-phrase', character: 17 },
  'too-deep': { kind: 'too-deep', character: 17, limit: 64 },
  'or-needs-word-before': { kind: 'or-needs-word-before', character: 17 },
  'or-needs-word-after': { kind: 'or-needs-word-after', character: 17 },
  'nothing-to-exclude': { kind: 'nothing-to-exclude', character: 17, operator: 'NOT' },
  unexpected: { kind: 'unexpected', character: 17, text: 'OR' },
  'field-needs-value': { kind: 'field-needs-value', character: 17, label: 'title:', field: 'title' },
  'field-holds-field': { kind: 'field-holds-field', character: 17, label: 'title:' },
  'language-phrase': { kind: 'language-phrase', character: 17, label: 'lang:' },
  'unknown-language': { kind: 'unknown-language', character: 17, language: 'klingon' },
  'unreadable-date': { kind: 'unreadable-date', character: 17, date: '2012-13', range: true },
  'reversed-range': { kind: 'reversed-range', character: 17, range: '2013..2012', swapped: '2012..2013' },
  'nothing-to-search': { kind: 'nothing-to-search' },
  'only-exclusions': { kind: 'only-exclusions' },
  'common-words': { kind: 'common-words', words: ['the', 'of'] },
};

const say = (language: 'en' | 'es' | 'pt', problem: QueryProblem): string => createTranslation(language, language).t.queryProblem(problem);

describe('query problems in the reader’s language', () => {
  it.each(Object.values(SAMPLES))('$kind: said in English as the parser says it, and in Spanish and Portuguese in their own words', (problem) => {
    const english = say('en', problem);
    expect(english).toBe(describeQueryProblem(problem));
    for (const language of ['es', 'pt'] as const) {
      const message = say(language, problem);
      expect(message.trim(), language).not.toBe('');
      expect(message, language).not.toBe(english);
      // Where the problem is, and what it quotes, are kept as they are.
      if ('character' in problem) expect(message, language).toContain(String(problem.character));
      for (const value of [problem.kind === 'unknown-field' ? problem.field : null, problem.kind === 'reversed-range' ? problem.swapped : null]) {
        if (value !== null) expect(message, language).toContain(value);
      }
    }
  });

  it('gives examples in the reader’s words for a field left without a value', () => {
    const problem = SAMPLES['field-needs-value'];
    expect(say('en', problem)).toContain('title:word or title:"two words"');
    expect(say('es', problem)).toContain('title:palabra o title:"dos palabras"');
    expect(say('pt', problem)).toContain('title:palavra ou title:"duas palavras"');
  });

  it('carries the problem of a query the parser refuses, for the app to say it', () => {
    try {
      parseQuery('Mixco "Secure Municipality', tokenize);
      expect.unreachable('the quote is never closed');
    } catch (error) {
      expect(error).toBeInstanceOf(QuerySyntaxError);
      const { problem, message } = error as QuerySyntaxError;
      expect(problem).toEqual({ kind: 'unclosed-quote', character: 7 });
      expect(message).toBe('The quote at character 7 is never closed.');
      expect(say('es', problem)).toBe('Las comillas del carácter 7 no se cierran.');
      expect(say('pt', problem)).toBe('As aspas do caractere 7 não se fecham.');
    }
  });
});
