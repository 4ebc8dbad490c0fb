/**
 * Ranking quality measures with binary relevance, as used with the classic test collections:
 * precision at k, average precision (MAP is its mean over queries) and nDCG at k.
 */

/** Keeps the first occurrence of each key (an engine may list the same document twice). */
export function uniqueInOrder(ranked: readonly string[]): string[] {
  return [...new Set(ranked)];
}

/** Relevant documents among the first k, divided by k (a short list is not rewarded). */
export function precisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).filter((key) => relevant.has(key)).length / k;
}

/** Mean of the precision at each rank where a relevant document appears, over all relevant documents. */
export function averagePrecision(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 0;
  let found = 0;
  let sum = 0;
  ranked.forEach((key, index) => {
    if (relevant.has(key)) {
      found++;
      sum += found / (index + 1);
    }
  });
  return sum / relevant.size;
}

/** DCG of the first k (gain 1 for relevant, discounted by log2(rank + 1)) over the best possible DCG. */
export function ndcgAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  const discount = (index: number): number => 1 / Math.log2(index + 2);
  const dcg = ranked.slice(0, k).reduce((sum, key, index) => sum + (relevant.has(key) ? discount(index) : 0), 0);
  let ideal = 0;
  for (let index = 0; index < Math.min(k, relevant.size); index++) ideal += discount(index);
  return ideal === 0 ? 0 : dcg / ideal;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}
