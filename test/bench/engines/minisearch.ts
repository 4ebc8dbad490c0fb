/**
 * The baseline the issue names: one default MiniSearch index over title and text (default
 * tokenizer, no stop-words, no stemming), saved with JSON.stringify and loaded with loadJSON.
 * The date is stored only so a date filter can be expressed. Its JSON was 338 MB at 100k generated
 * articles, so from about 160k on it is longer than the longest string V8 can make and the index
 * cannot be saved: build then throws IndexNotSavedError and the index is searched in memory.
 */
import { constants } from 'node:buffer';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { readArchiveDocs, type BenchDoc } from '../corpus';
import type { BenchQuery } from '../query-mix';
import { IndexNotSavedError, unsupported, type BenchEngine, type SearchOutcome } from './engine';

const OPTIONS: Options<BenchDoc> = { idField: 'key', fields: ['title', 'text'], storeFields: ['date'] };

function file(indexDir: string): string {
  return path.join(indexDir, 'minisearch.json');
}

/**
 * A lower bound on the length of JSON.stringify(index): each posting is at least `"7":1` (5 characters).
 * Read from MiniSearch's private term map (version 7); null when it is not there, and then saving is just tried.
 */
export function miniSearchJsonLengthAtLeast(index: MiniSearch<BenchDoc>): number | null {
  const terms = (index as unknown as { _index?: Iterable<readonly [string, ReadonlyMap<number, ReadonlyMap<number, number>>]> })._index;
  if (terms === undefined || typeof terms[Symbol.iterator] !== 'function') return null;
  let chars = 0;
  for (const [, fields] of terms) for (const postings of fields.values()) chars += postings.size * 5;
  return chars;
}

/** Writes the index as JSON, or says why it cannot be. */
async function save(index: MiniSearch<BenchDoc>, indexDir: string, maxJsonChars: number): Promise<string | null> {
  // Past V8's longest string JSON.stringify can only throw RangeError, and only after toJSON has copied the whole
  // index (at 1M articles more memory than the index itself, which crashes the process): so it is not tried.
  const atLeast = miniSearchJsonLengthAtLeast(index);
  if (atLeast !== null && atLeast > maxJsonChars) {
    const millions = (chars: number): string => `${(chars / 1e6).toFixed(0)} M`;
    return `its JSON would be at least ${millions(atLeast)} characters, longer than V8's longest string (${millions(maxJsonChars)}): JSON.stringify throws RangeError`;
  }
  let json: string;
  try {
    json = JSON.stringify(index);
  } catch (error) {
    if (error instanceof RangeError) return `JSON.stringify: RangeError: ${error.message}`;
    throw error;
  }
  await writeFile(file(indexDir), json);
  return null;
}

/** `maxJsonChars`: V8's longest string; tests lower it to reach the in-memory case on a small archive. */
export function createMiniSearchEngine({ maxJsonChars = constants.MAX_STRING_LENGTH }: { readonly maxJsonChars?: number } = {}): BenchEngine {
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
      const notSaved = await save(index, indexDir, maxJsonChars);
      if (notSaved !== null) throw new IndexNotSavedError(index.documentCount, notSaved);
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
