/** Temporary archives and index folders for library tests, removed after each test. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export const SAMPLE_ARCHIVE = path.resolve(__dirname, '../../../archive/sample-archive');
export const SEED_FILE = path.join(SAMPLE_ARCHIVE, '000_3e153439dee5a9ac.txt');
export const SEED_TEXT = readFileSync(SEED_FILE, 'utf8');

const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function temporaryDir(prefix = 'archivo-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(dir);
  return dir;
}

/** A fresh archive folder holding the given files (relative path → content). */
export function makeArchive(files: Readonly<Record<string, string | Uint8Array>>): string {
  const root = temporaryDir('archivo-archive-');
  for (const [relative, content] of Object.entries(files)) writeArchiveFile(root, relative, content);
  return root;
}

export function writeArchiveFile(root: string, relative: string, content: string | Uint8Array): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

export function copyOfSampleArchive(): string {
  const root = temporaryDir('archivo-sample-');
  cpSync(SAMPLE_ARCHIVE, root, { recursive: true });
  return root;
}

/** A seed-format article with the given headline and body paragraphs. */
export function scrapedArticle(title: string, paragraphs: readonly string[], byline = 'Ana Gómez | [3 March 2015](#)'): string {
  return `\n\n${title}\n\n${byline}\n\n${paragraphs.join('\n\n')}\n\nCopyright © 2015 Example Press.\nAll Rights Reserved.\n`;
}
