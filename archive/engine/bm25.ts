/**
 * BM25F (Robertson & Zaragoza): term frequencies are weighted per field and normalised by each
 * field's length before one saturation, so a word repeated across headline and body does not
 * count twice as much as it should, and a headline match outranks a body match.
 */
export const K1 = 1.6;

export function idf(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Saturates a weighted, length-normalised frequency into a score. */
export function saturate(weightedTf: number, inverseDocumentFrequency: number): number {
  return weightedTf <= 0 ? 0 : (inverseDocumentFrequency * weightedTf * (K1 + 1)) / (K1 + weightedTf);
}

/** 1 - b + b * length / average: > 1 for long fields, which dampens their matches. */
export function lengthNorm(b: number, length: number, average: number): number {
  return average > 0 ? 1 - b + (b * length) / average : 1;
}
