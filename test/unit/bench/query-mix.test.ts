import { describe, expect, it } from 'vitest';
import { isStopWord } from '../../../archive/analysis/analyzer';
import type { BenchDoc } from '../../bench/corpus';
import { deriveQueryMix } from '../../bench/query-mix';

/** Function words the benchmark's own list lacks and Archivo's stop-words hold, as Reuters-21578's commonest are. */
const FUNCTION_WORDS = `about above after again also because before being below between both could does doing down during each
  further having here himself into itself just more most myself once only other over same should some such than then there these
  those through under until very`.split(/\s+/);

/**
 * Newswire-like documents: ten subject words in every one (the commonest), the function words in
 * nearly every one (the next forty), then a tail of rarer subject words.
 */
function newswire(count: number): BenchDoc[] {
  const subject = (n: number): string => `market${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + Math.floor(n / 26))}`;
  return Array.from({ length: count }, (_, n) => {
    const tail = Array.from({ length: 60 }, (_, k) => subject(10 + k)).filter((_, k) => n % (k + 2) === 0);
    const words = [...Array.from({ length: 10 }, (_, k) => subject(k)), ...(n % 10 === 0 ? [] : FUNCTION_WORDS), ...tail];
    return { key: `wire/${n}.sgm#0`, title: `Report ${subject(n % 70)}`, text: words.join(' '), date: '1987-03-02' };
  });
}

describe('the benchmark query mix', () => {
  it('never asks for one of Archivo\'s stop-words alone (it will not search one), even where they are the commonest words of a folder', () => {
    const common = deriveQueryMix(newswire(600))
      .filter((query) => query.kind === 'common')
      .map((query) => query.words[0]!);
    expect(common).toHaveLength(4);
    expect(common.filter((word) => isStopWord(word))).toEqual([]);
  });
});
