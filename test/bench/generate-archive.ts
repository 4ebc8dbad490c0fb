/**
 * Generates a realistic archive for the benchmark, deterministic from a seed: en/es/pt articles
 * (70/20/10), headlines of 6–14 words, a teaser, 4–20 paragraphs and 300–900 words, dates over
 * 1990–2024, a few hundred outlets, a few thousand authors, tags, and about 1% exact duplicates.
 *
 * Written as news-please JSON Lines (1,000 articles a file) or as the seed's scraped-text format
 * (one `.txt` per article, 1,000 a folder), and cached outside the repository so later runs reuse it.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildVocabulary, createRng, paragraph, pick, randomInt, sentence, type BenchLanguage, type Vocabulary } from './synthetic-text';

export type ArchiveFormat = 'jsonl' | 'txt';

/** Bump when the generated text changes, so stale caches are not reused. */
const GENERATOR_VERSION = 3;
const PER_FILE = 1000;
const VOCABULARY_SIZE = 150_000;

export interface GeneratedArticle {
  readonly title: string;
  readonly description: string;
  readonly maintext: string;
  readonly authors: readonly string[];
  readonly date_publish: string;
  readonly url: string;
  readonly source_domain: string;
  readonly language: BenchLanguage;
  readonly tags: readonly string[];
}

interface Outlet {
  readonly name: string;
  readonly domain: string;
  readonly language: BenchLanguage;
}

const FIRST_NAMES = 'Daniel María José João Ana Carlos Sofía Luís Rosa Pedro Lucía Miguel Beatriz Jorge Camila Andrés Fernanda Tomás Inês Ramón Sarah James Emily Michael Laura David Claire Thomas Helen Paul'.split(' ');
const LAST_NAMES = 'Ortiz Pérez Quiñónez Gonçalves Conceição Muñoz Hernández Araújo Brandão Ibáñez Smith Johnson Castro Rodríguez Simões Peña Lemos Nuñez García Falcão Martínez Ribeiro Gómez Assunção Walker Brown Evans Díaz Magalhães Sánchez'.split(' ');
const OUTLET_PATTERNS: Readonly<Record<BenchLanguage, readonly string[]>> = {
  en: ['The {p} Herald', '{p} Daily News', '{p} Security Review', 'The {p} Observer', '{p} Times'],
  es: ['El Diario de {p}', 'La Voz de {p}', 'Prensa {p}', 'El Heraldo de {p}', 'Noticias de {p}'],
  pt: ['Jornal de {p}', 'Folha de {p}', 'Correio de {p}', 'Gazeta de {p}', 'Diário de {p}'],
};
const MONTHS: Readonly<Record<BenchLanguage, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};
const RIGHTS: Readonly<Record<BenchLanguage, string>> = { en: 'All Rights Reserved.', es: 'Todos los derechos reservados.', pt: 'Todos os direitos reservados.' };

function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function pickLanguage(rng: () => number): BenchLanguage {
  const roll = rng();
  return roll < 0.7 ? 'en' : roll < 0.9 ? 'es' : 'pt';
}

/** An endless, deterministic stream of articles. */
export function* generateArticles(seed: number): Generator<GeneratedArticle> {
  const rng = createRng(seed);
  const vocabularies: Record<BenchLanguage, Vocabulary> = {
    en: buildVocabulary('en', VOCABULARY_SIZE, seed),
    es: buildVocabulary('es', VOCABULARY_SIZE, seed),
    pt: buildVocabulary('pt', VOCABULARY_SIZE, seed),
  };
  const namesIn = (language: BenchLanguage): readonly string[] => vocabularies[language].words.filter((word) => word !== word.toLowerCase()).slice(0, 400);
  const placeNames: Record<BenchLanguage, readonly string[]> = { en: namesIn('en'), es: namesIn('es'), pt: namesIn('pt') };
  const outlets: Outlet[] = [];
  for (let i = 0; i < 300; i++) {
    const language = pickLanguage(rng);
    const name = pick(rng, OUTLET_PATTERNS[language]).replace('{p}', pick(rng, placeNames[language]));
    outlets.push({ name, domain: `${slug(name)}-${i}.example`, language });
  }
  const outletsIn = (language: BenchLanguage): readonly Outlet[] => outlets.filter((outlet) => outlet.language === language);
  const outletsBy: Record<BenchLanguage, readonly Outlet[]> = { en: outletsIn('en'), es: outletsIn('es'), pt: outletsIn('pt') };
  const authors = Array.from({ length: 3000 }, () => `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`);
  const tags: Record<BenchLanguage, readonly string[]> = {
    en: vocabularies.en.words.slice(60, 110),
    es: vocabularies.es.words.slice(60, 110),
    pt: vocabularies.pt.words.slice(60, 110),
  };
  const recent: GeneratedArticle[] = [];
  for (let n = 0; ; n++) {
    if (recent.length > 0 && rng() < 0.01) {
      yield pick(rng, recent);
      continue;
    }
    const language = pickLanguage(rng);
    const vocabulary = vocabularies[language];
    const outlet = pick(rng, outletsBy[language]);
    const title = sentence(vocabulary, rng, randomInt(rng, 6, 14)).slice(0, -1);
    const totalWords = randomInt(rng, 300, 900);
    const paragraphs = Math.min(randomInt(rng, 4, 20), Math.floor(totalWords / 20));
    const body = Array.from({ length: paragraphs }, () => paragraph(vocabulary, rng, Math.round(totalWords / paragraphs)));
    const year = randomInt(rng, 1990, 2024);
    const month = randomInt(rng, 1, 12);
    const day = randomInt(rng, 1, 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const article: GeneratedArticle = {
      title,
      description: sentence(vocabulary, rng, randomInt(rng, 15, 35)),
      maintext: body.join('\n\n'),
      authors: rng() < 0.1 ? [] : rng() < 0.15 ? [pick(rng, authors), pick(rng, authors)] : [pick(rng, authors)],
      date_publish: `${date} ${String(randomInt(rng, 0, 23)).padStart(2, '0')}:00:00`,
      url: `https://${outlet.domain}/${year}/${String(month).padStart(2, '0')}/${slug(title).slice(0, 60)}-${n}`,
      source_domain: outlet.domain,
      language,
      tags: Array.from(new Set(Array.from({ length: randomInt(rng, 1, 4) }, () => pick(rng, tags[language])))),
    };
    recent.push(article);
    if (recent.length > 50) recent.shift();
    yield article;
  }
}

/** The seed article's scraped-text layout (GUIDE.md §2), with a byline date written the language's way. */
export function toScrapedText(article: GeneratedArticle): string {
  const [year = '', month = '1', day = '1'] = article.date_publish.slice(0, 10).split('-');
  const monthName = MONTHS[article.language][Number(month) - 1] ?? '';
  const dateText =
    article.language === 'en' ? `${monthName} ${Number(day)}, ${year}` : article.language === 'es' ? `${Number(day)} de ${monthName} de ${year}` : `${Number(day)} de ${monthName} de ${year}`;
  const outlet = article.source_domain.replace(/-\d+\.example$/, '').replace(/-/g, ' ').toUpperCase();
  return [
    '',
    article.title,
    article.description,
    `${article.authors.join(', ') || 'WRITER-ID'} | [${dateText}](${article.url})`,
    article.maintext,
    outlet,
    `Copyright © ${year} ${article.source_domain}.\n${RIGHTS[article.language]}`,
    '',
  ].join('\n\n');
}

/** Plain numbers or with a k/m suffix: "2000", "10k", "1m". */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`Not a size: "${text}" (try 10k, 100k, 1m or a number)`);
  const scale = match[2]?.toLowerCase() === 'k' ? 1_000 : match[2]?.toLowerCase() === 'm' ? 1_000_000 : 1;
  return Math.round(Number(match[1]) * scale);
}

export function benchCacheDir(): string {
  return path.join(os.tmpdir(), 'archivo-bench');
}

/**
 * Returns the folder of a generated archive of `count` articles, generating it first unless a
 * complete one is cached. A half-written folder (an interrupted run) is never reused.
 */
export async function generatedArchive(count: number, seed: number, format: ArchiveFormat, log: (line: string) => void): Promise<string> {
  const folder = path.join(benchCacheDir(), `gen-v${GENERATOR_VERSION}`, `${count}-${seed}-${format}`);
  const marker = `${folder}.done.json`;
  if (existsSync(marker) && existsSync(folder)) return folder;
  // Per process, so two runs generating the same archive at once cannot write into each other's files.
  const partial = `${folder}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await rm(folder, { recursive: true, force: true });
  const started = Date.now();
  log(`generating ${count} articles (${format}, seed ${seed}) in ${folder} …`);
  const articles = generateArticles(seed);
  for (let fileIndex = 0; fileIndex * PER_FILE < count; fileIndex++) {
    const batch: GeneratedArticle[] = [];
    for (let i = 0; i < PER_FILE && fileIndex * PER_FILE + i < count; i++) batch.push(articles.next().value as GeneratedArticle);
    await writeBatch(partial, fileIndex, batch, format);
    if (fileIndex % 100 === 99) log(`  ${(fileIndex + 1) * PER_FILE} articles, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  if (existsSync(marker)) {
    // Another run finished the same archive first: it is identical (same seed), keep that one.
    await rm(partial, { recursive: true, force: true });
    return folder;
  }
  await rename(partial, folder);
  await writeFile(marker, JSON.stringify({ count, seed, format, generator: GENERATOR_VERSION, seconds: (Date.now() - started) / 1000 }));
  log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return folder;
}

async function writeBatch(root: string, fileIndex: number, batch: readonly GeneratedArticle[], format: ArchiveFormat): Promise<void> {
  const group = String(Math.floor(fileIndex / 100)).padStart(4, '0');
  switch (format) {
    case 'jsonl': {
      const folder = path.join(root, group);
      await mkdir(folder, { recursive: true });
      const lines = batch.map((article) => JSON.stringify(article)).join('\n');
      await writeFile(path.join(folder, `part-${String(fileIndex).padStart(5, '0')}.jsonl`), `${lines}\n`);
      return;
    }
    case 'txt': {
      const folder = path.join(root, group, String(fileIndex).padStart(5, '0'));
      await mkdir(folder, { recursive: true });
      await Promise.all(batch.map((article, i) => writeFile(path.join(folder, `${String(fileIndex * PER_FILE + i).padStart(7, '0')}.txt`), toScrapedText(article))));
      return;
    }
  }
}
