/**
 * SQLite FTS5 through better-sqlite3: an on-disk database, tokenizer "porter unicode61
 * remove_diacritics 2", ranked by bm25 with the title weighted above the text, and a snippet per hit
 * (the closest peer equivalent of Archivo's full first page). Dates filter in SQL.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { readArchiveDocs } from '../corpus';
import type { BenchQuery } from '../query-mix';
import { unsupported, type BenchEngine, type SearchOutcome } from './engine';

const TITLE_WEIGHT = 3;

function file(indexDir: string): string {
  return path.join(indexDir, 'fts5.sqlite');
}

function quote(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

export function createFts5Engine(): BenchEngine {
  let db: Database.Database | null = null;
  let plain: Database.Statement | null = null;
  let dated: Database.Statement | null = null;
  const prepare = (database: Database.Database): void => {
    const select = `SELECT key, snippet(docs, 1, '[', ']', '…', 12) AS snippet FROM docs WHERE docs MATCH ?`;
    const order = `ORDER BY bm25(docs, ${TITLE_WEIGHT}.0, 1.0) LIMIT ?`;
    plain = database.prepare(`${select} ${order}`);
    dated = database.prepare(`${select} AND date BETWEEN ? AND ? ${order}`);
  };
  const run = (match: string, limit: number, range?: readonly [string, string]): SearchOutcome => {
    if (!plain || !dated) throw new Error('fts5: not open');
    const rows = (range ? dated.all(match, range[0], range[1], limit) : plain.all(match, limit)) as { key: string }[];
    return { keys: rows.map((row) => row.key) };
  };
  return {
    name: 'fts5',
    async build(folder, indexDir) {
      const database = new Database(file(indexDir));
      database.pragma('journal_mode = WAL');
      database.exec(`CREATE VIRTUAL TABLE docs USING fts5(title, text, date UNINDEXED, key UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2')`);
      const insert = database.prepare('INSERT INTO docs (title, text, date, key) VALUES (?, ?, ?, ?)');
      let count = 0;
      let batch: [string, string, string, string][] = [];
      const flush = database.transaction((rows: readonly [string, string, string, string][]) => {
        for (const row of rows) insert.run(...row);
      });
      for await (const doc of readArchiveDocs(folder)) {
        batch.push([doc.title, doc.text, doc.date, doc.key]);
        count++;
        if (batch.length >= 1000) {
          flush(batch);
          batch = [];
        }
      }
      flush(batch);
      database.exec(`INSERT INTO docs(docs) VALUES ('optimize')`);
      database.pragma('wal_checkpoint(TRUNCATE)');
      db = database;
      prepare(database);
      return count;
    },
    async open(_folder, indexDir) {
      db = new Database(file(indexDir), { readonly: true, fileMustExist: true });
      prepare(db);
      return (db.prepare('SELECT count(*) AS n FROM docs').get() as { n: number }).n;
    },
    search(query: BenchQuery, limit: number): SearchOutcome {
      const [first = ''] = query.words;
      switch (query.kind) {
        case 'common':
        case 'rare':
          return run(quote(first), limit);
        case 'and':
          return run(query.words.map(quote).join(' '), limit);
        case 'any':
          return run(query.words.map(quote).join(' OR '), limit);
        case 'phrase':
          return run(quote(query.words.join(' ')), limit);
        case 'prefix':
          return run(`${quote(first)}*`, limit);
        case 'fuzzy':
          return unsupported('no edit-distance search');
        case 'title':
          return run(`title : ${quote(first)}`, limit);
        case 'date':
          return run(quote(first), limit, [query.from ?? '', query.to ?? '']);
      }
    },
    close() {
      db?.close();
      db = null;
      plain = null;
      dated = null;
    },
  };
}
