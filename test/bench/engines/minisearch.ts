/**
 * The baseline the issue names: one default MiniSearch index over title and text (default
 * tokenizer, no stop-words, no stemming), saved with JSON.stringify and loaded with loadJSON.
 * The date is stored only so a date filter can be expressed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { readArchiveDocs, type BenchDoc } from '../corpus';
import type { BenchQuery } from '../query-mix';
import { unsupported, type BenchEngine, type SearchOutcome } from './engine';

const OPTIONS: Options<BenchDoc> = { idField: 'key', fields: ['title', 'text'], storeFields: ['date'] };

function file(indexDir: string): string {
  return path.join(indexDir, 'minisearch.json');
}

export function createMiniSearchEngine(): BenchEngine {
  let index: MiniSearch<BenchDoc> | null = null;
  const run = (text: string, options: SearchOptions, limit: number): SearchOutcome => {
    if (!index) throw new Error('minisearch: not open');
    return { keys: index.search(text, options).slice(0, limit).map((result) => String(result.id)) };
  };
  return {
    name: 'minisearch',
    async build(folder, indexDir) {
      index = new MiniSearch(OPTIONS);
      for await (const doc of readArchiveDocs(folder)) index.add(doc);
      await writeFile(file(indexDir), JSON.stringify(index));
      return index.documentCount;
    },
    async open(_folder, indexDir) {
      index = MiniSearch.loadJSON(await readFile(file(indexDir), 'utf8'), OPTIONS);
      return index.documentCount;
    },
    search(query: BenchQuery, limit: number): SearchOutcome {
      const [first = ''] = query.words;
      switch (query.kind) {
        case 'common':
        case 'rare':
        case 'any':
          return run(query.words.join(' '), {}, limit);
        case 'and':
          return run(query.words.join(' '), { combineWith: 'AND' }, limit);
        case 'phrase':
          return unsupported('no phrase search (no positions)');
        case 'prefix':
          return run(first, { prefix: true }, limit);
        case 'fuzzy':
          return run(first, { fuzzy: 1 }, limit);
        case 'title':
          return run(first, { fields: ['title'] }, limit);
        case 'date': {
          const { from = '', to = '' } = query;
          return run(first, { filter: (result) => typeof result.date === 'string' && result.date >= from && result.date <= to }, limit);
        }
      }
    },
    close() {
      index = null;
    },
  };
}
