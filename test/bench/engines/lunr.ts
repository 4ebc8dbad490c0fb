/**
 * Lunr with its default pipeline (trimmer, English stop-words, Porter stemmer), fields title and
 * text, saved as its JSON. Lunr has no date field: dates are kept beside the index and its full,
 * ranked result list is filtered by them, as an application using Lunr would do.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lunr from 'lunr';
import { readArchiveDocs } from '../corpus';
import type { BenchQuery } from '../query-mix';
import { unsupported, type BenchEngine, type SearchOutcome } from './engine';

interface Saved {
  readonly index: object;
  readonly dates: Record<string, string>;
  readonly count: number;
}

function file(indexDir: string): string {
  return path.join(indexDir, 'lunr.json');
}

/** Lunr's query syntax gives meaning to + - * ~ ^ :; the mix's words are letters only, but be safe. */
function clean(word: string): string {
  return word.replace(/[+\-*~^:\\]/g, ' ').trim();
}

export function createLunrEngine(): BenchEngine {
  let index: lunr.Index | null = null;
  let dates = new Map<string, string>();
  const run = (text: string, limit: number, keep: (key: string) => boolean = () => true): SearchOutcome => {
    if (!index) throw new Error('lunr: not open');
    try {
      const keys: string[] = [];
      for (const result of index.search(text)) {
        if (keys.length >= limit) break;
        if (keep(result.ref)) keys.push(result.ref);
      }
      return { keys };
    } catch (error) {
      return unsupported(error instanceof Error ? error.message : String(error));
    }
  };
  return {
    name: 'lunr',
    async build(folder, indexDir) {
      // What lunr() sets up, but fed from an async stream of documents.
      const builder = new lunr.Builder();
      builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
      builder.searchPipeline.add(lunr.stemmer);
      builder.ref('key');
      builder.field('title');
      builder.field('text');
      const saved: Record<string, string> = {};
      let count = 0;
      for await (const doc of readArchiveDocs(folder)) {
        builder.add(doc);
        if (doc.date) saved[doc.key] = doc.date;
        count++;
      }
      index = builder.build();
      dates = new Map(Object.entries(saved));
      await writeFile(file(indexDir), JSON.stringify({ index, dates: saved, count } satisfies Saved));
      return count;
    },
    async open(_folder, indexDir) {
      const saved = JSON.parse(await readFile(file(indexDir), 'utf8')) as Saved;
      index = lunr.Index.load(saved.index);
      dates = new Map(Object.entries(saved.dates));
      return saved.count;
    },
    search(query: BenchQuery, limit: number): SearchOutcome {
      const terms = query.words.map(clean).filter(Boolean);
      const [first = ''] = terms;
      switch (query.kind) {
        case 'common':
        case 'rare':
        case 'any':
          return run(terms.join(' '), limit);
        case 'and':
          return run(terms.map((word) => `+${word}`).join(' '), limit);
        case 'phrase':
          return unsupported('no phrase search');
        case 'prefix':
          return run(`${first}*`, limit);
        case 'fuzzy':
          return run(`${first}~1`, limit);
        case 'title':
          return run(`title:${first}`, limit);
        case 'date': {
          const { from = '', to = '' } = query;
          return run(first, limit, (key) => {
            const date = dates.get(key);
            return date !== undefined && date >= from && date <= to;
          });
        }
      }
    },
    close() {
      index = null;
      dates = new Map();
    },
  };
}
