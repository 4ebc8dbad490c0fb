/**
 * The fixed query mix every engine answers. It is derived from the archive itself (the first few
 * thousand articles, in path order, with a fixed seed), so the same folder always gives the same
 * queries, and it works on any folder, generated or real, with words that do occur in it.
 */
import { isStopWord } from '../../archive/analysis/analyzer';
import { fold } from '../../archive/text/fold';
import type { BenchDoc } from './corpus';
import { createRng } from './synthetic-text';

export type QueryKind = 'common' | 'rare' | 'and' | 'phrase' | 'prefix' | 'fuzzy' | 'title' | 'date' | 'any';

export interface BenchQuery {
  readonly kind: QueryKind;
  /**
   * common/rare/title: one word; and/phrase/any: the words; prefix: the stem (without `*`);
   * fuzzy: a misspelt word that one edit turns into a real one; date: one word within [from, to].
   */
  readonly words: readonly string[];
  readonly from?: string;
  readonly to?: string;
}

/** Words too common to be a realistic search in en/es/pt, kept out of the mix whatever the engine does with them. */
const STOP = new Set(
  `a an and are as at be been but by for from had has have he her his i in is it its not of on or our said she that the their them they this to was were which who will with would you we
  al con de del el en es la las le lo los más no o para pero por que se sin su sus un una y ya ha sido
  ao aos as com da das do dos e em é foi na nas no nos o os ou para pela pelo por se sua seu um uma não mais`.split(/\s+/),
);

export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3 && !/^\d+$/.test(word) && !STOP.has(word));
}

/** How a query reads in Archivo's query language (also what the report prints). */
export function archivoSyntax(query: BenchQuery): string {
  const [first = ''] = query.words;
  switch (query.kind) {
    case 'common':
    case 'rare':
    case 'and':
      return query.words.join(' ');
    case 'phrase':
      return `"${query.words.join(' ')}"`;
    case 'prefix':
      return `${first}*`;
    case 'fuzzy':
      return `${first}~1`;
    case 'title':
      return `title:${first}`;
    case 'date':
      return `${first} date:${query.from}..${query.to}`;
    case 'any':
      return query.words.join(' OR ');
  }
}

export const MIX_SAMPLE_DOCS = 3000;

/** Builds the mix from up to `MIX_SAMPLE_DOCS` documents; kinds with no candidates are left out. */
export function deriveQueryMix(sample: readonly BenchDoc[], seed = 7): BenchQuery[] {
  const rng = createRng(seed);
  const df = new Map<string, number>();
  const docWords = sample.map((doc) => words(`${doc.title} ${doc.text}`));
  for (const list of docWords) for (const word of new Set(list)) df.set(word, (df.get(word) ?? 0) + 1);
  const ranked = [...df.keys()].sort((a, b) => df.get(b)! - df.get(a)! || (a < b ? -1 : 1));
  // A single very common word ("also", "other" in Reuters) is no realistic search either, and Archivo
  // refuses one of its stop-words alone (Lunr drops its own): they are no common query. Generated
  // archives have none among these ranks, so their mixes are the same as before.
  const common = ranked.slice(10, 60).filter((word) => word.length >= 4 && !isStopWord(fold(word)));
  const band = new Set(ranked.slice(100, 3000));
  const rare = ranked.filter((word) => df.get(word) === 1 && word.length >= 6);
  const spread = <T>(items: readonly T[], count: number): T[] =>
    items.length === 0 ? [] : Array.from({ length: Math.min(count, items.length) }, (_, i) => items[Math.floor((i * items.length) / Math.min(count, items.length))]!);
  const randomDoc = (): number => Math.floor(rng() * sample.length);

  const mix: BenchQuery[] = [];
  for (const word of spread(common, 4)) mix.push({ kind: 'common', words: [word] });
  for (const word of spread(rare, 4)) mix.push({ kind: 'rare', words: [word] });
  for (let tries = 0, made = 0; made < 6 && tries < 200; tries++) {
    // Words from one article, so every AND query has at least one answer.
    const size = made < 4 ? 2 : 3;
    const candidates = [...new Set(docWords[randomDoc()] ?? [])].filter((word) => band.has(word) || common.includes(word));
    if (candidates.length < size) continue;
    const chosen = new Set<string>();
    while (chosen.size < size) chosen.add(candidates[Math.floor(rng() * candidates.length)]!);
    mix.push({ kind: 'and', words: [...chosen] });
    made++;
  }
  for (let tries = 0, made = 0; made < 4 && tries < 200; tries++) {
    const doc = sample[randomDoc()];
    const raw = doc ? doc.text.toLowerCase().split(/\s+/u) : [];
    const at = Math.floor(rng() * Math.max(0, raw.length - 1));
    const [a, b] = [raw[at] ?? '', raw[at + 1] ?? ''];
    // Two adjacent plain words (no punctuation between them), neither a stop word.
    if (!/^\p{L}{3,}$/u.test(a) || !/^\p{L}{3,}$/u.test(b) || STOP.has(a) || STOP.has(b)) continue;
    mix.push({ kind: 'phrase', words: [a, b] });
    made++;
  }
  const longBand = [...band].filter((word) => word.length >= 7);
  for (const word of spread(longBand, 4)) mix.push({ kind: 'prefix', words: [word.slice(0, 5)] });
  for (const word of spread(longBand.slice(1), 4)) mix.push({ kind: 'fuzzy', words: [misspell(word, df)] });
  const titleWords = [...new Set(sample.flatMap((doc) => words(doc.title)))].filter((word) => (df.get(word) ?? 0) >= 2);
  for (const word of spread(titleWords, 4)) mix.push({ kind: 'title', words: [word] });
  const dated = sample.filter((doc) => /^\d{4}-/.test(doc.date));
  for (const doc of spread(dated, 4)) {
    const year = Number(doc.date.slice(0, 4));
    const word = words(doc.text).find((candidate) => common.includes(candidate)) ?? words(doc.text)[0];
    if (word) mix.push({ kind: 'date', words: [word], from: `${year - 2}-01-01`, to: `${year + 2}-12-31` });
  }
  return mix;
}

/** Replaces one inner letter so that the result is not itself a word of the sample. */
export function misspell(word: string, known: ReadonlyMap<string, number>): string {
  const letters = [...word];
  for (let at = Math.floor(letters.length / 2); at < letters.length - 1; at++) {
    for (const replacement of 'eaoiurx') {
      if (letters[at] === replacement) continue;
      const candidate = [...letters.slice(0, at), replacement, ...letters.slice(at + 1)].join('');
      if (!known.has(candidate)) return candidate;
    }
  }
  return `${word}x`;
}
