/**
 * Light stemmers for Spanish and Portuguese after J. Savoy ("Light stemming approaches for the French,
 * Portuguese, German and Hungarian languages", 2006; Lucene's SpanishLightStemmer): they only undo
 * plural and gender, which is what helps news search ("violentas" finds "violento") without the
 * over-merging of aggressive stemmers. Input is folded (lower case, no accents).
 */

export function stemSpanish(word: string): string {
  const n = word.length;
  if (n < 5) return word;
  const last = word[n - 1];
  if (last === 'o' || last === 'a' || last === 'e') return word.slice(0, -1);
  if (last === 's') {
    if (word.endsWith('eses')) return word.slice(0, -2);
    if (word.endsWith('ces')) return `${word.slice(0, -3)}z`;
    const before = word[n - 2];
    if (before === 'o' || before === 'a' || before === 'e') return word.slice(0, -2);
  }
  return word;
}

export function stemPortuguese(input: string): string {
  let word = input;
  if (word.length < 4) return word;
  // Plurals first: "ações" → "acao", "jornais" → "jornal", "homens" → "homem".
  if (word.endsWith('s') && word.length >= 4) {
    if (word.endsWith('oes') || word.endsWith('aes')) word = `${word.slice(0, -3)}ao`;
    else if (word.endsWith('ns')) word = `${word.slice(0, -2)}m`;
    else if (word.endsWith('ais')) word = `${word.slice(0, -3)}al`;
    else if (word.endsWith('eis')) word = `${word.slice(0, -3)}el`;
    else if (word.endsWith('ois')) word = `${word.slice(0, -3)}ol`;
    else if (word.endsWith('res') || word.endsWith('zes') || word.endsWith('ses')) word = word.slice(0, -2);
    else if (!word.endsWith('is') && !word.endsWith('us') && !word.endsWith('ss')) word = word.slice(0, -1);
  }
  // Then gender and the final vowel: "violenta", "violento" → "violent".
  if (word.length >= 5) {
    const last = word[word.length - 1];
    if (last === 'a' || last === 'o' || last === 'e') word = word.slice(0, -1);
  }
  return word;
}
