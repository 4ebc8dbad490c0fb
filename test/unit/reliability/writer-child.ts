/**
 * Child process for the crash and concurrency tests (bundled by child-process.ts, run under plain Node).
 * Loops until killed: adds, changes and deletes its own article files, lets openArchive persist the
 * index (refresh, and a full reopen now and then), and rewrites the settings file. Prints one line per
 * completed step so the parent can tell it is making progress.
 *
 *   node writer-child.cjs <archiveDir> <indexDir> <settingsFile> <name> <seed>
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openArchive } from '../../../archive/library';
import { writeSettings } from '../../../electron/settings';
import { createRng } from '../../bench/synthetic-text';
import { articleText } from './corpus';

async function main(): Promise<void> {
  const [archiveDir, indexDir, settingsFile, name, seedText] = process.argv.slice(2);
  if (!archiveDir || !indexDir || !settingsFile || !name || !seedText) throw new Error('usage: writer-child <archive> <index> <settings> <name> <seed>');
  const next = createRng(Number(seedText));
  const own = path.join(archiveDir, name);
  await mkdir(own, { recursive: true });
  let archive = await openArchive(archiveDir, { indexDir });
  for (let step = 0; ; step++) {
    const id = 1000 + Math.floor(next() * 40);
    if (next() < 0.25) await rm(path.join(own, `n-${id}.txt`), { force: true });
    else await writeFile(path.join(own, `n-${id}.txt`), articleText(id * 7 + step));
    if (step % 5 === 4) archive = await openArchive(archiveDir, { indexDir });
    else await archive.refresh();
    await writeSettings(settingsFile, { lastArchive: `/archives/${name}/${step}` });
    process.stdout.write(`step ${step}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`writer-child failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
