/**
 * A small generated archive for the reliability tests (plain-text articles from a seeded generator, so
 * every run and every child process writes the same kind of files), and the comparison that decides
 * "right results": the same ids and totals as an index built from scratch over the same folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openArchive } from '../../../archive/library';
import { createRng } from '../../bench/synthetic-text';

const WORDS = [
  'alcaldía', 'agua', 'puente', 'elecciones', 'sequía', 'cosecha', 'frontera', 'policía', 'hospital', 'escuela', 'carretera', 'volcán',
  'lluvia', 'mercado', 'salario', 'tribunal', 'periodista', 'municipio', 'energía', 'transporte', 'vivienda', 'migración', 'café', 'maíz',
];
export const QUERIES = ['agua', 'puente OR volcán', 'café -maíz', '"agua potable"', 'elecc*', 'tribunal periodista', 'zzzunlikely', 'hospital', 'Mixco'];

export function articleText(seed: number): string {
  const next = createRng(seed);
  const pick = (): string => WORDS[Math.floor(next() * WORDS.length)]!;
  const sentence = (): string => `${Array.from({ length: 12 }, pick).join(' ')} ${seed}.`;
  const title = `Informe ${seed} sobre ${pick()} y ${pick()}`;
  const paragraphs = Array.from({ length: 3 }, () => `${sentence()} ${sentence()} Con agua potable en el ${pick()}.`);
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

export async function writeCorpus(root: string, count: number, firstSeed = 1): Promise<void> {
  await mkdir(path.join(root, 'base'), { recursive: true });
  for (let i = 0; i < count; i++) await writeFile(path.join(root, 'base', `nota-${firstSeed + i}.txt`), articleText(firstSeed + i));
}

export interface ResultFingerprint {
  readonly query: string;
  readonly total: number;
  readonly ids: readonly string[];
}

/** What a user would see for each query, order-independent (ranking may differ in ties). */
export async function fingerprint(archive: { search(query: string, request?: { limit?: number }): unknown }): Promise<ResultFingerprint[]> {
  const out: ResultFingerprint[] = [];
  for (const query of QUERIES) {
    const response = (await archive.search(query, { limit: 10_000 })) as { total: number; results: readonly { id: string }[] };
    out.push({ query, total: response.total, ids: response.results.map((hit) => hit.id).sort() });
  }
  return out;
}

/** The truth: an index built from nothing, in a folder of its own. */
export async function freshFingerprint(root: string, scratchIndexDir: string): Promise<ResultFingerprint[]> {
  return fingerprint(await openArchive(root, { indexDir: scratchIndexDir }));
}
