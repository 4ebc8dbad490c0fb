/**
 * `npm run eval`: ranking quality on the CISI collection (nDCG@10, MAP, P@10) for Archivo, Lunr,
 * SQLite FTS5 and a default MiniSearch on the same documents and queries.
 *
 * The documents are written as plain-text files (title line, blank line, abstract), one per
 * document, into a temporary archive folder that every engine reads with Archivo's loader.
 * CISI queries are long natural-language requests: ANDing every word would match nothing, so each
 * engine gets the query's words ORed ("w1 OR w2 OR …" for Archivo, punctuation removed, the words
 * and/or/not dropped so they are never read as operators), and ranks up to 1,000 documents.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cisiDocFile, parseCisiDocs, parseCisiQueries, parseCisiRelevance, queryWords } from './cisi';
import { pathOfKey } from './corpus';
import { createArchivoEngine } from './engines/archivo';
import type { BenchEngine } from './engines/engine';
import { createFts5Engine } from './engines/fts5';
import { createLunrEngine } from './engines/lunr';
import { createMiniSearchEngine } from './engines/minisearch';
import { benchCacheDir } from './generate-archive';
import { averagePrecision, mean, ndcgAt, precisionAt, uniqueInOrder } from './ir-metrics';
import { formatTable } from './report';

const DEPTH = 1000;
interface Scores {
  readonly engine: string;
  readonly ndcg10: number;
  readonly map: number;
  readonly p10: number;
  readonly buildMs: number;
}

export async function runEval(cisiFolder: string, outDir: string): Promise<void> {
  const files = ['CISI.ALL', 'CISI.QRY', 'CISI.REL'].map((name) => path.join(cisiFolder, name));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    console.error(`eval: the CISI collection is not there (missing ${missing.join(', ')}).\nPoint at it with: npm run eval -- --cisi <folder holding CISI.ALL, CISI.QRY, CISI.REL>`);
    process.exitCode = 2;
    return;
  }
  const [all = '', qry = '', rel = ''] = await Promise.all(files.map((file) => readFile(file, 'latin1')));
  const docs = parseCisiDocs(all);
  const relevance = parseCisiRelevance(rel);
  const queries = parseCisiQueries(qry).filter((query) => (relevance.get(query.id)?.size ?? 0) > 0);

  const archive = path.join(benchCacheDir(), 'cisi-archive');
  await rm(archive, { recursive: true, force: true });
  await mkdir(archive, { recursive: true });
  await Promise.all(docs.map((doc) => writeFile(path.join(archive, `${doc.id}.txt`), cisiDocFile(doc))));
  console.log(`CISI: ${docs.length} documents, ${queries.length} queries with judgements; words ORed, ranked to depth ${DEPTH}`);

  const engines: BenchEngine[] = [createArchivoEngine({ expandDuplicates: true }), createLunrEngine(), createFts5Engine(), createMiniSearchEngine()];
  const scores: Scores[] = [];
  for (const engine of engines) {
    const indexDir = path.join(benchCacheDir(), 'cisi-index', engine.name);
    await rm(indexDir, { recursive: true, force: true });
    await mkdir(indexDir, { recursive: true });
    const started = performance.now();
    const count = await engine.build(archive, indexDir);
    const buildMs = performance.now() - started;
    const perQuery = queries.map((query) => {
      const outcome = engine.search({ kind: 'any', words: queryWords(query.text) }, DEPTH);
      if ('unsupported' in outcome) throw new Error(`${engine.name} rejected CISI query ${query.id}: ${outcome.unsupported}`);
      const ranked = uniqueInOrder(outcome.keys.map((key) => path.basename(pathOfKey(key), '.txt')));
      const relevant = relevance.get(query.id) ?? new Set<string>();
      return { ndcg: ndcgAt(ranked, relevant, 10), ap: averagePrecision(ranked, relevant), p10: precisionAt(ranked, relevant, 10) };
    });
    engine.close();
    if (count !== docs.length) console.log(`note: ${engine.name} indexed ${count} documents of ${docs.length} (exact duplicates are one article in Archivo)`);
    scores.push({
      engine: engine.name,
      ndcg10: mean(perQuery.map((item) => item.ndcg)),
      map: mean(perQuery.map((item) => item.ap)),
      p10: mean(perQuery.map((item) => item.p10)),
      buildMs,
    });
  }
  console.log(formatTable(['engine', 'nDCG@10', 'MAP', 'P@10'], scores.map((item) => [item.engine, item.ndcg10.toFixed(4), item.map.toFixed(4), item.p10.toFixed(4)])));
  const archivo = scores.find((item) => item.engine === 'archivo')!;
  const peers = scores.filter((item) => item.engine !== 'archivo');
  const bestNdcg = Math.max(...peers.map((item) => item.ndcg10));
  const bestMap = Math.max(...peers.map((item) => item.map));
  console.log(`nDCG@10: ${archivo.ndcg10 >= bestNdcg ? 'PASS' : 'FAIL'} Archivo ${archivo.ndcg10.toFixed(4)} vs best peer ${bestNdcg.toFixed(4)}`);
  console.log(`MAP:     ${archivo.map >= bestMap ? 'PASS' : 'FAIL'} Archivo ${archivo.map.toFixed(4)} vs best peer ${bestMap.toFixed(4)}`);
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `eval-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify({ date: new Date().toISOString(), collection: 'CISI', documents: docs.length, queries: queries.length, depth: DEPTH, scores }, null, 1));
  console.log(`results written to ${file}`);
}
