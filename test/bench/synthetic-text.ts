/**
 * Deterministic synthetic news text: a seeded PRNG, and per-language vocabularies whose word
 * frequencies follow Zipf's law (a few very common words, a long tail of rare ones), as real news
 * text does. The most frequent ranks are real function words of the language, then real content words
 * (with their accents), then invented words built from the language's syllables, a few of them
 * capitalised like place and people names.
 *
 * Pure Zipf (exponent 1) over a large vocabulary meets new words far too fast; real text has a
 * steeper tail. So ranks past 1,000 fall off with exponent 1.5: 1,000 mixed articles then hold about
 * 50k distinct words and 100k articles about 375k (the BBC corpus: 29k in 2,225 English articles),
 * while the ten most common words stay about 30% of all words, as in English news.
 */

export type BenchLanguage = 'en' | 'es' | 'pt';

/** mulberry32: tiny, fast and good enough for test data; the same seed always gives the same stream. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const FUNCTION_WORDS: Readonly<Record<BenchLanguage, string>> = {
  en: 'the of and to in a that is for on was with as by it said at from he his be have are has an not which were but this they had their been its who will more after also would one',
  es: 'de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o este fue ha sí porque esta son entre cuando muy sin sobre también',
  pt: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também',
};

const CONTENT_WORDS: Readonly<Record<BenchLanguage, string>> = {
  en: 'government police year people president city security minister country violence officials reported national public community week program municipal state report election court crime residents police officers cameras market prices water health school children families violence attack border drug trafficking investigation judge prosecutors corruption congress budget economy workers union strike protest army forest river mangrove restoration company bank',
  es: 'gobierno policía año personas presidente ciudad seguridad ministro país violencia funcionarios informó nacional público comunidad semana programa municipal estado informe elección tribunal delito vecinos agentes cámaras mercado precios agua salud escuela niños familias ataque frontera narcotráfico investigación juez fiscales corrupción congreso presupuesto economía trabajadores sindicato huelga protesta ejército bosque río manglar reforestación empresa banco',
  pt: 'governo polícia ano pessoas presidente cidade segurança ministro país violência funcionários informou nacional público comunidade semana programa municipal estado relatório eleição tribunal crime moradores agentes câmeras mercado preços água saúde escola crianças famílias ataque fronteira tráfico investigação juiz promotores corrupção congresso orçamento economia trabalhadores sindicato greve protesto exército floresta rio manguezal recuperação empresa banco',
};

const SYLLABLES: Readonly<Record<BenchLanguage, readonly string[]>> = {
  en: ['ba', 'con', 'tra', 'ment', 'ing', 'er', 'pro', 'ver', 'sta', 'lo', 'ri', 'de', 'mi', 'ca', 'tion', 'al', 'ous', 'ly', 'ham', 'ton', 'wick', 'ber', 'ford', 'gen', 'port', 'ster', 'ous', 'pre', 'ex', 'ite'],
  es: ['ción', 'mien', 'to', 'ra', 'de', 'la', 'ma', 'ci', 'gua', 'ñe', 'rí', 'ló', 'pe', 'sa', 'dor', 'ble', 'ica', 'mé', 'tú', 'co', 'rre', 'llo', 'chi', 'que', 'zá', 'go', 'ne', 'al', 'es', 'ro'],
  pt: ['ção', 'ões', 'nha', 'lho', 'ã', 'ê', 'men', 'to', 'ra', 'da', 'pe', 'qui', 'gue', 'ço', 'dade', 'bra', 'vó', 'tu', 'ca', 'mo', 'são', 'ri', 'lé', 'fa', 'des', 'in', 'ar', 'or', 'pô', 'zi'],
};

export interface Vocabulary {
  readonly words: readonly string[];
  /** Cumulative Zipf probabilities, one per word, ending at 1. */
  readonly cdf: Float64Array;
}

const HEAD_RANKS = 1000;
const TAIL_EXPONENT = 1.5;

/** Relative frequency of the word at `rank` (1-based): 1/rank, then steeper past HEAD_RANKS, continuously. */
export function zipfWeight(rank: number): number {
  return rank <= HEAD_RANKS ? 1 / rank : (1 / HEAD_RANKS) * (HEAD_RANKS / rank) ** TAIL_EXPONENT;
}

/** A vocabulary of `size` words built from `seed` and `language` only, so every run and article shares it. */
export function buildVocabulary(language: BenchLanguage, size: number, seed: number): Vocabulary {
  const rng = createRng(seed ^ language.charCodeAt(0) * 7919);
  const words: string[] = [];
  const seen = new Set<string>();
  const add = (word: string): void => {
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  };
  for (const word of FUNCTION_WORDS[language].split(' ')) add(word);
  for (const word of CONTENT_WORDS[language].split(' ')) add(word);
  const syllables = SYLLABLES[language];
  while (words.length < size) {
    let word = '';
    const count = randomInt(rng, 2, 5);
    for (let i = 0; i < count; i++) word += pick(rng, syllables);
    // About one invented word in twenty is a name (a town, a river, a family).
    add(rng() < 0.05 ? word.charAt(0).toUpperCase() + word.slice(1) : word);
  }
  const cdf = new Float64Array(words.length);
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) cdf[rank] = total += zipfWeight(rank + 1);
  for (let rank = 0; rank < words.length; rank++) cdf[rank] = cdf[rank]! / total;
  return { words, cdf };
}

export function sampleWord(vocabulary: Vocabulary, rng: () => number): string {
  const target = rng();
  const { cdf } = vocabulary;
  let low = 0;
  let high = cdf.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cdf[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return vocabulary.words[low]!;
}

export function sentence(vocabulary: Vocabulary, rng: () => number, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(sampleWord(vocabulary, rng));
  const first = parts[0] ?? '';
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  // Commas now and then, as real prose has, so tokenizers meet punctuation.
  for (let i = 3; i < parts.length - 2; i += randomInt(rng, 5, 12)) parts[i] += ',';
  return `${parts.join(' ')}.`;
}

/**
 * A paragraph of about `words` words in sentences of 8–28 words. As in news prose, of every three
 * sentences the second is a quotation in curly quotes and the third has a dash: typographic
 * punctuation is where a text pipeline can fall off its fast path. (Placed by count, not drawn from
 * the generator, so the words are the same stream as without it.)
 */
export function paragraph(vocabulary: Vocabulary, rng: () => number, words: number): string {
  const sentences: string[] = [];
  let left = words;
  while (left > 0) {
    const length = Math.min(left, randomInt(rng, 8, 28));
    const text = sentence(vocabulary, rng, Math.max(3, length));
    const count = sentences.length;
    const dashed = count % 3 === 2 ? text.replace(', ', ' — ') : text;
    sentences.push(count % 3 === 1 ? `“${dashed}”` : dashed);
    left -= length;
  }
  return sentences.join(' ');
}
