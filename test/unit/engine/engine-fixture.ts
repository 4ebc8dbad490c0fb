/** Small in-memory indexes for engine tests, built from plain article-like objects. */
import { documentText, type EngineDocument } from '../../../archive/engine/segment-builder';
import { parseQuery } from '../../../archive/query/parse-query';
import { tokenize } from '../../../archive/text/tokens';

export interface TestDoc {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly summary?: string;
  readonly date?: string;
  readonly language?: string;
  readonly source?: string;
  readonly author?: string;
}

export function engineDoc(doc: TestDoc): EngineDocument {
  return {
    id: doc.id,
    ...documentText([[doc.title], [doc.summary ?? ''], doc.body.split('\n\n'), [doc.author ?? ''], [doc.source ?? ''], []]),
    date: doc.date ?? null,
    language: doc.language ?? 'en',
    source: doc.source ?? null,
    author: doc.author ?? null,
    tags: [],
    stored: Buffer.from(JSON.stringify(doc)),
  };
}

export function query(text: string) {
  const node = parseQuery(text, tokenize);
  if (!node) throw new Error(`empty query ${text}`);
  return node;
}

/** A 16-hex id from a number, like the archive's ids. */
export const hexId = (n: number): string => n.toString(16).padStart(16, '0');
