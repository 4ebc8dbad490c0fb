/** The searchable fields of an article, in the order postings store them. */
export const FIELDS = ['title', 'summary', 'body', 'author', 'source', 'tags'] as const;
export type FieldName = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;
export const BODY = 2;

export function fieldIndex(name: FieldName): number {
  return FIELDS.indexOf(name);
}

/** Ranking weight of a match in each field: a headline match counts more than a body match. */
export const FIELD_BOOSTS: Readonly<Record<FieldName, number>> = { title: 2, summary: 1.5, body: 1, author: 1.5, source: 0.5, tags: 1.5 };

/** How much a field's length dampens its matches (BM25's b): short metadata fields are not normalised. */
export const FIELD_LENGTH_NORM: Readonly<Record<FieldName, number>> = { title: 0.5, summary: 0.75, body: 0.75, author: 0, source: 0, tags: 0 };
