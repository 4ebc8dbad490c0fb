/**
 * Turns a parsed query into a plan the segments can run: each word becomes the set of indexed
 * terms it stands for (itself, the words of the same stem, prefix completions, fuzzy neighbours),
 * found in every segment's dictionary, each with a weight and the reason it matches — the reason
 * is what "why this matched" shows.
 */
import { foldTerm, indexTerm, stem, STEM_LANGUAGES, languageBit } from '../analysis/analyzer';
import type { QueryField, QueryNode } from '../query/parse-query';
import { findTerm, fuzzyTerms, prefixRange } from './term-dictionary';
import type { Segment } from './segment';

export type VariantKind = 'exact' | 'stem' | 'prefix' | 'fuzzy';

export interface Variant {
  readonly term: string;
  readonly weight: number;
  readonly kind: VariantKind;
}

export interface TermLeaf {
  readonly kind: 'term';
  /** The word as typed. */
  readonly text: string;
  readonly field: QueryField | null;
  readonly variants: readonly Variant[];
}

export interface PhraseLeaf {
  readonly kind: 'phrase';
  readonly text: string;
  readonly field: QueryField | null;
  /** Indexed words with their offset from the first word (stop-words keep their place). */
  readonly words: readonly { readonly term: string; readonly offset: number }[];
}

export type PlanNode =
  | TermLeaf
  | PhraseLeaf
  | { readonly kind: 'date'; readonly from: number; readonly to: number }
  | { readonly kind: 'lang'; readonly language: string }
  | { readonly kind: 'and'; readonly children: readonly PlanNode[]; readonly exclude: readonly PlanNode[] }
  | { readonly kind: 'or'; readonly children: readonly PlanNode[] };

/** Prefix and fuzzy searches keep the most frequent completions: beyond that they only add noise and time. */
const MAX_EXPANSIONS = 300;
const WEIGHT = { exact: 1, stem: 1, prefix: 0.9, fuzzy1: 0.6, fuzzy2: 0.4 } as const;

/** A plan node, or null when the query part constrains nothing (only stop-words). */
export function planQuery(node: QueryNode, segments: readonly Segment[]): PlanNode | null {
  switch (node.kind) {
    case 'term': {
      // A prefix or a fuzzy word stands for other words: "con*" finds congreso and contrato, though
      // "con" alone is too common to be indexed.
      const term = node.prefix || node.fuzzy ? foldTerm(node.text) || null : indexTerm(node.text);
      if (term === null) return null;
      return { kind: 'term', text: node.text, field: node.field ?? null, variants: expand(term, node, segments) };
    }
    case 'phrase': {
      const words = node.words.flatMap((word, offset) => {
        const term = indexTerm(word);
        return term === null ? [] : [{ term, offset }];
      });
      if (words.length === 0) return null;
      const text = node.words.join(' ');
      if (words.length === 1) return { kind: 'term', text, field: node.field ?? null, variants: [{ term: words[0]!.term, weight: 1, kind: 'exact' }] };
      const first = words[0]!.offset;
      return { kind: 'phrase', text, field: node.field ?? null, words: words.map((word) => ({ term: word.term, offset: word.offset - first })) };
    }
    case 'date':
      return { kind: 'date', from: node.from, to: node.to };
    case 'lang':
      return { kind: 'lang', language: node.language };
    case 'not':
      // Only meaningful inside an AND, handled there.
      return null;
    case 'and': {
      const children = node.children.filter((child) => child.kind !== 'not').flatMap((child) => planQuery(child, segments) ?? []);
      const exclude = node.children.flatMap((child) => (child.kind === 'not' ? (planQuery(child.child, segments) ?? []) : []));
      if (children.length === 0) return null;
      return children.length === 1 && exclude.length === 0 ? children[0]! : { kind: 'and', children, exclude };
    }
    case 'or': {
      const children = node.children.flatMap((child) => planQuery(child, segments) ?? []);
      if (children.length === 0) return null;
      return children.length === 1 ? children[0]! : { kind: 'or', children };
    }
  }
}

function expand(term: string, node: Extract<QueryNode, { kind: 'term' }>, segments: readonly Segment[]): Variant[] {
  const found = new Map<string, Variant & { df: number }>();
  const add = (segment: Segment, index: number, kind: VariantKind, weight: number): void => {
    const candidate = segment.data.terms.at(index)!;
    const df = segment.data.df[index]!;
    const known = found.get(candidate);
    if (known) found.set(candidate, { ...known, df: known.df + df });
    else found.set(candidate, { term: candidate, kind: candidate === term ? 'exact' : kind, weight: candidate === term ? WEIGHT.exact : weight, df });
  };
  for (const segment of segments) {
    const terms = segment.data.terms;
    if (node.prefix) {
      const [start, end] = prefixRange(terms, term);
      for (let i = start; i < end; i++) add(segment, i, 'prefix', WEIGHT.prefix);
      continue;
    }
    const exact = findTerm(terms, term);
    if (exact >= 0) add(segment, exact, 'exact', WEIGHT.exact);
    if (node.fuzzy) {
      for (const { index, distance } of fuzzyTerms(terms, term, node.fuzzy)) add(segment, index, 'fuzzy', distance <= 1 ? WEIGHT.fuzzy1 : WEIGHT.fuzzy2);
      continue;
    }
    for (const index of sameStem(segment, term)) add(segment, index, 'stem', WEIGHT.stem);
  }
  const variants = [...found.values()];
  if (variants.length > MAX_EXPANSIONS) variants.sort((a, b) => (a.kind === 'exact' ? -1 : b.kind === 'exact' ? 1 : b.df - a.df));
  return variants.slice(0, MAX_EXPANSIONS).map(({ term: variant, weight, kind }) => ({ term: variant, weight, kind }));
}

const stemCache = STEM_LANGUAGES.map(() => new Map<string, string>());

function cachedStem(term: string, languageIndex: number): string {
  const cache = stemCache[languageIndex]!;
  let stemmed = cache.get(term);
  if (stemmed === undefined) {
    if (cache.size > 200_000) cache.clear();
    stemmed = stem(term, STEM_LANGUAGES[languageIndex]!);
    cache.set(term, stemmed);
  }
  return stemmed;
}

/**
 * Dictionary terms with the same stem as `term` in a language they were seen in. Stems are (almost)
 * prefixes of their words, so only the terms sharing the stem's opening are stemmed and compared.
 */
function sameStem(segment: Segment, term: string): number[] {
  const { terms, langMask } = segment.data;
  const matches = new Set<number>();
  STEM_LANGUAGES.forEach((language, languageIndex) => {
    const target = cachedStem(term, languageIndex);
    let common = 0;
    while (common < target.length && common < term.length && target[common] === term[common]) common++;
    if (common < 3) return;
    const bit = languageBit(language);
    const [start, end] = prefixRange(terms, term.slice(0, common));
    for (let i = start; i < end && i < start + 5000; i++) {
      const candidate = terms.at(i)!;
      if (candidate === term || (langMask[i]! & bit) === 0 || candidate.length > term.length + 6) continue;
      if (cachedStem(candidate, languageIndex) === target) matches.add(i);
    }
  });
  return [...matches];
}
