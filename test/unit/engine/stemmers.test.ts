import { describe, expect, it } from 'vitest';
import { stemEnglish } from '../../../archive/analysis/stem-en';
import { stemPortuguese, stemSpanish } from '../../../archive/analysis/stem-light';

describe('stemmers', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['hopping', 'hop'],
    ['elections', 'elect'],
    ['election', 'elect'],
    ['retrieval', 'retriev'],
    ['retrieving', 'retriev'],
    ['generalizations', 'gener'],
  ])('English %s → %s (Porter)', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });

  it('does not merge "violence" and "violent": Porter keeps them apart', () => {
    expect(stemEnglish('violence')).not.toBe(stemEnglish('violent'));
  });

  it('undoes Spanish and Portuguese plural and gender, nothing more', () => {
    expect(stemSpanish('violentas')).toBe(stemSpanish('violento'));
    expect(stemSpanish('luces')).toBe('luz');
    expect(stemPortuguese('acoes')).toBe(stemPortuguese('acao'));
    expect(stemPortuguese('jornais')).toBe('jornal');
    expect(stemPortuguese('violentas')).toBe(stemPortuguese('violento'));
    expect(stemSpanish('violencia')).not.toBe(stemSpanish('violento'));
  });
});
