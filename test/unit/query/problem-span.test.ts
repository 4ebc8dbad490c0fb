import { describe, expect, it } from 'vitest';
import { problemSpan } from '../../../archive/model/query-problem';
import { parseQuery, QuerySyntaxError } from '../../../archive/query/parse-query';
import { tokenize } from '../../../archive/text/tokens';

/** The part of `query` a refused query's problem covers. */
function atFault(query: string): string | null {
  try {
    parseQuery(query, tokenize);
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    const span = problemSpan(error.problem);
    return span && query.slice(span.start, span.start + span.length);
  }
  throw new Error(`${query} was accepted`);
}

describe('problemSpan', () => {
  it.each([
    ['Mixco "Secure Municipality', '"'],
    ['(police OR military', '('],
    ['police) Mixco', ')'],
    ['Mixco titel:violence', 'titel:'],
    ['mixco~3', '~3'],
    ['"secure municipality"~', '~'],
    ['OR police', 'OR'],
    ['police OR', 'OR'],
    ['police NOT', 'NOT'],
    ['Mixco title: violence', 'title:'],
    ['title:(lang:es)', 'title:'],
    ['lang:"en es"', 'lang:'],
    ['Mixco lang:klingon', 'klingon'],
    ['date:2012-13 Mixco', '2012-13'],
    ['Mixco date:2013..2012', '2013..2012'],
  ])('marks the part of %j at fault: %j', (query, part) => {
    expect(atFault(query)).toBe(part);
  });

  it('marks nothing when the whole query is at fault', () => {
    expect(atFault('!!!')).toBeNull();
    expect(atFault('-gang')).toBeNull();
  });
});
