/**
 * FlexSearch with a default Document index over title and text (default tokenizer "strict": whole
 * words only, so no prefix or edit-distance search; no phrases; no date filter with ranking kept).
 * Saved with its export() parts; keys are kept beside it since FlexSearch is fastest with numeric ids.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document } from 'flexsearch';
import { readArchiveDocs } from '../corpus';
import type { BenchQuery } from '../query-mix';
import { unsupported, type BenchEngine, type SearchOutcome } from './engine';

interface Saved {
  readonly keys: readonly string[];
  readonly parts: readonly (readonly [string, string])[];
}

/** The small part of FlexSearch's (very generic) typings this adapter uses. */
interface FlexDocument {
  add(document: { id: number; title: string; text: string }): unknown;
  search(query: string, options: { limit: number; merge: true; index?: string[] }): { id: number }[];
  export(handler: (key: string, data: string) => void): unknown;
  import(key: string, data: string): unknown;
}

function createIndex(): FlexDocument {
  return new Document({ document: { id: 'id', index: ['title', 'text'] } }) as unknown as FlexDocument;
}

function file(indexDir: string): string {
  return path.join(indexDir, 'flexsearch.json');
}

export function createFlexSearchEngine(): BenchEngine {
  let index: FlexDocument | null = null;
  let keys: readonly string[] = [];
  const run = (text: string, limit: number, fields?: string[]): SearchOutcome => {
    if (!index) throw new Error('flexsearch: not open');
    const found = index.search(text, fields ? { limit, merge: true, index: fields } : { limit, merge: true });
    return { keys: found.map((result) => keys[result.id] ?? String(result.id)) };
  };
  return {
    name: 'flexsearch',
    async build(folder, indexDir) {
      index = createIndex();
      const all: string[] = [];
      for await (const doc of readArchiveDocs(folder)) {
        index.add({ id: all.length, title: doc.title, text: doc.text });
        all.push(doc.key);
      }
      keys = all;
      const parts: [string, string][] = [];
      await index.export((key, data) => {
        parts.push([key, data]);
      });
      await writeFile(file(indexDir), JSON.stringify({ keys, parts } satisfies Saved));
      return keys.length;
    },
    async open(_folder, indexDir) {
      const saved = JSON.parse(await readFile(file(indexDir), 'utf8')) as Saved;
      index = createIndex();
      for (const [key, data] of saved.parts) index.import(key, data);
      keys = saved.keys;
      return keys.length;
    },
    search(query: BenchQuery, limit: number): SearchOutcome {
      const [first = ''] = query.words;
      switch (query.kind) {
        case 'common':
        case 'rare':
        case 'and':
          // FlexSearch requires every word (within one field).
          return run(query.words.join(' '), limit);
        case 'any':
          return unsupported('no OR of many words with ranking');
        case 'phrase':
          return unsupported('no phrase search');
        case 'prefix':
          return unsupported('default tokenizer "strict" indexes whole words only');
        case 'fuzzy':
          return unsupported('no edit-distance search');
        case 'title':
          return run(first, limit, ['title']);
        case 'date':
          return unsupported('no date range filter that keeps ranking');
      }
    },
    close() {
      index = null;
      keys = [];
    },
  };
}
