/**
 * `archivo`: the archive from a terminal, for scripting and for machines without a display.
 *
 *   archivo index <folder> [--json]
 *   archivo search <folder> "<query>" [--limit N] [--json]
 *   archivo show <folder> <id> [--json]
 *   archivo export-pdf <folder> <id> --out <file.pdf>
 *
 * Every command accepts --index-dir <dir>. Results go to stdout, errors to stderr with exit code 1
 * (2 for a command line that cannot be understood).
 */
import { parseArgs } from 'node:util';
import { openArchive, type ArchiveLibrary } from '../library';
import { formatArticle, formatIndexSummary, formatSearch } from './format-output';
import { runExportPdf } from './export-pdf';
import { articleJson, searchJson, summaryJson } from './json-output';

export const USAGE = `Usage:
  archivo index <folder> [--json]                      build or refresh the index, report counts and problems
  archivo search <folder> "<query>" [--limit N] [--json]
  archivo show <folder> <id> [--json]
  archivo export-pdf <folder> <id> --out <file.pdf>
Options:
  --index-dir <dir>   where the index is kept (default: your user cache folder)
  --json              machine-readable output
Search syntax: words are all required (AND); OR; -word or NOT word; "exact phrase"; prefix*; ( ).`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly color: boolean;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await dispatch(argv, io);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`archivo: ${message}\n`);
    if (error instanceof UsageError) io.stderr(`\n${USAGE}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        out: { type: 'string' },
        'index-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, folder, argument] = positionals;
  if (values.help || command === 'help') {
    io.stdout(`${USAGE}\n`);
    return;
  }
  if (!command) throw new UsageError('no command given');
  const expected = command === 'index' ? 2 : 3;
  if (!['index', 'search', 'show', 'export-pdf'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (positionals.length !== expected) {
    throw new UsageError(`"${command}" takes ${expected - 1} argument${expected > 2 ? 's' : ''}, got ${positionals.length - 1}`);
  }
  const open = (): Promise<ArchiveLibrary> =>
    openArchive(folder!, {
      ...(values['index-dir'] ? { indexDir: values['index-dir'] } : {}),
      onProgress: values.json || command !== 'index' ? undefined : progressPrinter(io),
    });

  switch (command) {
    case 'index': {
      const library = await open();
      io.stdout(values.json ? `${JSON.stringify(summaryJson(library), null, 2)}\n` : formatIndexSummary(library));
      return;
    }
    case 'search': {
      const limit = parseLimit(values.limit);
      const library = await open();
      const response = library.search(argument!, { limit });
      if (response.error) throw new Error(`cannot search for ${JSON.stringify(argument)}: ${response.error}`);
      io.stdout(values.json ? `${JSON.stringify(searchJson(response), null, 2)}\n` : formatSearch(response, io.color));
      return;
    }
    case 'show': {
      const library = await open();
      const article = library.getArticle(argument!);
      if (!article) throw new Error(`no article with id ${argument} in ${library.summary.root}`);
      io.stdout(values.json ? `${JSON.stringify(articleJson(article), null, 2)}\n` : formatArticle(article));
      return;
    }
    case 'export-pdf': {
      if (!values.out) throw new UsageError('export-pdf needs --out <file.pdf>');
      const library = await open();
      const article = library.getArticle(argument!);
      if (!article) throw new Error(`no article with id ${argument} in ${library.summary.root}`);
      const written = await runExportPdf(article, values.out);
      io.stdout(`Saved ${written.path} (${written.renderer})\n`);
      return;
    }
  }
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return 20;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError(`--limit must be a whole number from 1 to 10000, got "${raw}"`);
  return limit;
}

function progressPrinter(io: CliIo) {
  let last = 0;
  return (progress: { filesDone: number; filesFound: number; articles: number }): void => {
    const now = Date.now();
    if (now - last < 500 && progress.filesDone < progress.filesFound) return;
    last = now;
    io.stderr(`\rReading files: ${progress.filesDone}/${progress.filesFound}, ${progress.articles} articles`);
    if (progress.filesDone === progress.filesFound) io.stderr('\n');
  };
}
