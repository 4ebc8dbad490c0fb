/**
 * The documents of an archive folder as the peer engines index them. They are read with Archivo's
 * own format readers, so every engine sees the same articles from the same files, and a peer's build
 * time includes reading and parsing them, as Archivo's does.
 */
import { readFile } from 'node:fs/promises';
import { allReaders } from '../../archive/formats/all-readers';
import { createFormatRegistry } from '../../archive/formats/registry';
import { walkArchive } from '../../archive/scan/walk-archive';

export interface BenchDoc {
  /** `path#n`: the file relative to the archive root and the article's position in it. */
  readonly key: string;
  readonly title: string;
  /** Teaser and body paragraphs, blank-line separated. */
  readonly text: string;
  /** YYYY-MM-DD or "" when unknown. */
  readonly date: string;
}

export function pathOfKey(key: string): string {
  const hash = key.lastIndexOf('#');
  return hash < 0 ? key : key.slice(0, hash);
}

function isFolderReadme(relativePath: string): boolean {
  return /^readme(\.(md|markdown|txt))?$/i.test(relativePath.slice(relativePath.lastIndexOf('/') + 1));
}

/** True when the loader has a reader for files with this name (e.g. "x.jsonl"). */
export function loaderReads(fileName: string): boolean {
  return createFormatRegistry(allReaders).handles(fileName);
}

/** Every article of the folder, in path order (deterministic across runs and engines). */
export async function* readArchiveDocs(folder: string): AsyncGenerator<BenchDoc> {
  const registry = createFormatRegistry(allReaders);
  const walk = await walkArchive(folder, (relative) => !isFolderReadme(relative) && registry.handles(relative));
  const files = [...walk.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of files) {
    const result = await registry.readFile(file.path, await readFile(file.absolutePath));
    for (const [index, { article }] of result.articles.entries()) {
      const text = article.summary ? [article.summary, ...article.body] : article.body;
      yield { key: `${file.path}#${index}`, title: article.title, text: text.join('\n\n'), date: article.date ?? '' };
    }
  }
}

/** The first `count` articles in path order (the sample the query mix is drawn from). */
export async function firstDocs(folder: string, count: number): Promise<BenchDoc[]> {
  const docs: BenchDoc[] = [];
  for await (const doc of readArchiveDocs(folder)) {
    docs.push(doc);
    if (docs.length >= count) break;
  }
  return docs;
}
