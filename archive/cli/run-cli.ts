/**
 * `archivo`: the archive from a terminal, for scripting and for machines without a display.
 *
 *   archivo index <folder> [--json]
 *   archivo search <folder> "<query>" [--limit N] [--offset N] [--sort …] [--source S]… [--json]
 *   archivo show <folder> <id> [--json]
 *   archivo export-pdf <folder> <id> --out <file.pdf> [--highlight "<query>"]
  archivo export-pdf <folder> <id> <id>... --out <dir|file.pdf> [--combined] [--highlight "<query>"]
                                                       those articles, in that order: one PDF each into <dir>,
                                                       or one combined PDF (--combined or a .pdf --out)
 *   archivo export-pdf <folder> <id> <id>... --out <dir|file.pdf> [--combined] [--highlight "<query>"]
 *   archivo export-pdf <folder> --all-results "<query>" --out <dir|file.pdf> [--combined] [--highlight "<query>"]
 *   archivo cite <folder> <id>... --style apa|mla|chicago [--locale es] | --format csl-json|ris|bibtex
 *   archivo export-results <folder> "<query>" --format csv|json [--out f] [--receipt r.json]
 *
 * Every command accepts --index-dir <dir>. Results go to stdout, errors to stderr with exit code 1
 * (2 for a command line that cannot be understood).
 */
import { parseArgs } from 'node:util';
import { openArchive, startArchive, type LiveArchive, type SearchRequest } from '../library';
import { formatProgress } from './format-progress';
import { CITATION_STYLES, type CitationStyle } from '../cite/cite';
import type { BatchProgress } from '../export/export-batch';
import type { Article } from '../model/article';
import type { IndexProgress } from '../index-progress';
import { runCite, type CiteFormat } from './cite-command';
import { formatArticle, formatIndexSummary, formatSearch } from './format-output';
import { runExportAllResults, runExportArticles, runExportPdf } from './export-pdf';
import { runExportResults } from './export-results';
import { articleJson, searchJson, summaryJson } from './json-output';
import { searchErrorText } from '../query/search-error';

export const USAGE = `Usage:
  archivo index <folder> [--json]                      build or refresh the index, report counts and problems
  archivo search <folder> "<query>" [--limit N] [--offset N] [--sort relevance|newest|oldest]
                 [--source S]... [--year YYYY]... [--lang en|es|pt]... [--author A]... [--json]
  archivo show <folder> <id> [--json]
  archivo export-pdf <folder> <id> --out <file.pdf> [--highlight "<query>"]
  archivo export-pdf <folder> <id> <id>... --out <dir|file.pdf> [--combined] [--highlight "<query>"]
                                                       those articles, in that order: one PDF each into <dir>,
                                                       or one combined PDF (--combined or a .pdf --out)
  archivo export-pdf <folder> --all-results "<query>" --out <dir|file.pdf> [--combined] [--limit N] [--highlight "<query>"]
                                                       every result: one PDF per article into <dir>, or one
                                                       combined PDF with a contents page (--combined or a .pdf --out)
  archivo cite <folder> <id>... --style apa|mla|chicago [--locale es|pt|en] [--note] [--html]
  archivo cite <folder> <id>... --format csl-json|ris|bibtex
  archivo export-results <folder> "<query>" --format csv|json [--out <file>] [--receipt <receipt.json>] [--limit N]
Options:
  --index-dir <dir>   where the index is kept (default: your user cache folder)
  --json              machine-readable output
  --highlight <query> (export-pdf) mark the words <query> matches in each article (usually the search's own query)
  --note              (cite, Chicago) the footnote form instead of the bibliography entry
  --receipt <file>    (export-results) also write a search receipt: query, time, archive, index checksum, hits
Search syntax: words are all required (AND); OR; -word or NOT word; "exact phrase"; prefix*; word~ (fuzzy);
  ( ) to group; title: author: source: tag: lang:es; date:2012, date:2012-02, date:2012-01-01..2012-06-30,
  before:2013, after:2011-06. Accents and capitals never matter.`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly color: boolean;
  /** Calls `handler` on Ctrl+C (SIGINT); returns a function that stops listening. */
  readonly onInterrupt?: (handler: () => void) => () => void;
}

/** Exit code after Ctrl+C, as shells expect (128 + SIGINT). */
export const INTERRUPTED = 130;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return (await dispatch(argv, io)) ?? 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`archivo: ${message}\n`);
    if (error instanceof UsageError) io.stderr(`\n${USAGE}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number | void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        offset: { type: 'string' },
        sort: { type: 'string' },
        source: { type: 'string', multiple: true },
        year: { type: 'string', multiple: true },
        lang: { type: 'string', multiple: true },
        author: { type: 'string', multiple: true },
        out: { type: 'string' },
        'index-dir': { type: 'string' },
        'all-results': { type: 'string' },
        combined: { type: 'boolean', default: false },
        highlight: { type: 'string' },
        style: { type: 'string' },
        locale: { type: 'string' },
        note: { type: 'boolean', default: false },
        html: { type: 'boolean', default: false },
        format: { type: 'string' },
        receipt: { type: 'string' },
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
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}"`);
  checkArgumentCount(command, positionals.length - 1, values['all-results'] !== undefined);
  const open = (): Promise<LiveArchive> =>
    openArchive(folder!, {
      ...(values['index-dir'] ? { indexDir: values['index-dir'] } : {}),
    });

  switch (command) {
    case 'index': {
      // Ctrl+C stops after the current file and keeps what was read: the next run continues from there.
      let interrupted = false;
      let library: LiveArchive | null = null;
      const stopListening = io.onInterrupt?.(() => {
        interrupted = true;
        library?.cancel();
      });
      try {
        library = await startArchive(folder!, {
          ...(values['index-dir'] ? { indexDir: values['index-dir'] } : {}),
          ...(values.json ? {} : { onProgress: progressPrinter(io) }),
        });
        if (interrupted) library.cancel();
        await library.ready;
      } finally {
        stopListening?.();
      }
      io.stdout(values.json ? `${JSON.stringify({ ...summaryJson(library), complete: !interrupted }, null, 2)}\n` : formatIndexSummary(library));
      if (!interrupted) return;
      io.stderr('archivo: stopped. What was read is saved; run the same command again to continue.\n');
      return INTERRUPTED;
    }
    case 'search': {
      const request = searchRequest(values);
      const library = await open();
      const response = library.search(argument!, request);
      if (response.error) throw new Error(searchErrorText(argument!, response));
      io.stdout(values.json ? `${JSON.stringify(searchJson(response), null, 2)}\n` : formatSearch(response, io.color));
      return;
    }
    case 'show': {
      const article = articleOrThrow(await open(), argument!);
      io.stdout(values.json ? `${JSON.stringify(articleJson(article), null, 2)}\n` : formatArticle(article));
      return;
    }
    case 'export-pdf': {
      if (!values.out) throw new UsageError(values['all-results'] !== undefined ? 'export-pdf --all-results needs --out <folder|file.pdf>' : 'export-pdf needs --out <file.pdf>');
      if (values['all-results'] !== undefined) {
        const limit = values.limit === undefined ? undefined : parseLimit(values.limit);
        const library = await open();
        const combined = values.combined || values.out.toLowerCase().endsWith('.pdf');
        const written = await runExportAllResults(library, {
          query: values['all-results'],
          out: values.out,
          combined,
          ...(limit ? { limit } : {}),
          ...(values.highlight !== undefined ? { highlight: values.highlight } : {}),
          onProgress: batchProgressPrinter(io),
        });
        const where = combined ? written.files[0] : `${written.files.length} PDF${written.files.length === 1 ? '' : 's'} in ${values.out}`;
        io.stdout(`Saved ${where} (${written.files.length === written.total || combined ? '' : `first ${written.files.length} of ${written.total} results; `}${written.renderer})\n`);
        return;
      }
      const library = await open();
      const ids = positionals.slice(2);
      if (ids.length > 1) {
        const articles = ids.map((id) => articleOrThrow(library, id));
        const combined = values.combined || values.out.toLowerCase().endsWith('.pdf');
        const written = await runExportArticles(library, articles, {
          out: values.out,
          combined,
          ...(values.highlight !== undefined ? { highlight: values.highlight } : {}),
          onProgress: batchProgressPrinter(io),
        });
        io.stdout(`Saved ${combined ? written.files[0] : `${written.files.length} PDFs in ${values.out}`} (${written.renderer})\n`);
        return;
      }
      const article = articleOrThrow(library, argument!);
      const highlights = values.highlight !== undefined ? (library.highlightArticle(article.id, values.highlight) ?? undefined) : undefined;
      const written = await runExportPdf(article, values.out, highlights);
      io.stdout(`Saved ${written.path} (${written.renderer})\n`);
      return;
    }
    case 'cite': {
      const format = parseCiteFormat(values.format, values.html);
      const style = parseStyle(values.style, format);
      const library = await open();
      const articles = positionals.slice(2).map((id) => articleOrThrow(library, id));
      io.stdout(runCite(articles, {
        ...(style ? { style } : {}),
        locale: values.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
        format,
        note: values.note,
      }));
      return;
    }
    case 'export-results': {
      if (values.format !== 'csv' && values.format !== 'json') throw new UsageError('export-results needs --format csv or --format json');
      const limit = values.limit === undefined ? undefined : parseLimit(values.limit);
      const library = await open();
      io.stdout(await runExportResults(library, {
        query: argument!,
        format: values.format,
        ...(values.out ? { out: values.out } : {}),
        ...(values.receipt ? { receipt: values.receipt } : {}),
        ...(limit ? { limit } : {}),
      }));
      return;
    }
  }
}

const COMMANDS = ['index', 'search', 'show', 'export-pdf', 'cite', 'export-results'];

function articleOrThrow(library: LiveArchive, id: string): Article {
  const article = library.getArticle(id);
  if (!article) throw new Error(`no article with id ${id} in ${library.summary.root}`);
  return article;
}

function checkArgumentCount(command: string, count: number, allResults: boolean): void {
  if (command === 'cite' || (command === 'export-pdf' && !allResults)) {
    if (count < 2) throw new UsageError(`"${command}" takes a folder and at least one article id, got ${count} argument${count === 1 ? '' : 's'}`);
    return;
  }
  const expected = command === 'index' || (command === 'export-pdf' && allResults) ? 1 : 2;
  if (count !== expected) {
    throw new UsageError(`"${command}${allResults ? ' --all-results' : ''}" takes ${expected} argument${expected > 1 ? 's' : ''}, got ${count}`);
  }
}

function parseCiteFormat(raw: string | undefined, html: boolean): CiteFormat {
  if (raw === undefined) return html ? 'html' : 'text';
  if (raw === 'csl-json' || raw === 'ris' || raw === 'bibtex' || raw === 'text' || raw === 'html') return raw;
  throw new UsageError(`--format must be csl-json, ris or bibtex (or text, html), got "${raw}"`);
}

function parseStyle(raw: string | undefined, format: CiteFormat): CitationStyle | undefined {
  if (raw === undefined) {
    if (format === 'text' || format === 'html') throw new UsageError('cite needs --style apa|mla|chicago (or --format csl-json|ris|bibtex)');
    return undefined;
  }
  if ((CITATION_STYLES as readonly string[]).includes(raw)) return raw as CitationStyle;
  throw new UsageError(`--style must be apa, mla or chicago, got "${raw}"`);
}

function batchProgressPrinter(io: CliIo) {
  return (progress: BatchProgress): void => {
    switch (progress.phase) {
      case 'preparing':
        return;
      case 'layout':
        io.stderr(`Laying out ${progress.total} articles…\n`);
        return;
      case 'printing':
        io.stderr(progress.article ? `Printed ${progress.done}/${progress.total}: ${progress.article.title}\n` : `Printing ${progress.total} articles…\n`);
        return;
      case 'saving':
      case 'done':
        return;
      default: {
        const never: never = progress.phase;
        throw new Error(`unexpected phase ${String(never)}`);
      }
    }
  };
}

const SORTS = ['relevance', 'newest', 'oldest'] as const;

/** --limit, --offset, --sort and the facet filters (--source, --year, --lang, --author; each repeatable). */
function searchRequest(values: {
  limit?: string;
  offset?: string;
  sort?: string;
  source?: string[];
  year?: string[];
  lang?: string[];
  author?: string[];
}): SearchRequest {
  const sort = values.sort ?? 'relevance';
  if (!(SORTS as readonly string[]).includes(sort)) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}, got "${sort}"`);
  const offset = values.offset === undefined ? 0 : Number(values.offset);
  if (!Number.isInteger(offset) || offset < 0) throw new UsageError(`--offset must be a whole number from 0, got "${values.offset}"`);
  for (const year of values.year ?? []) if (!/^\d{4}$/.test(year)) throw new UsageError(`--year takes a year like 2012, got "${year}"`);
  const filters = {
    ...(values.source ? { source: values.source } : {}),
    ...(values.year ? { year: values.year } : {}),
    ...(values.lang ? { language: values.lang } : {}),
    ...(values.author ? { author: values.author } : {}),
  };
  return {
    limit: parseLimit(values.limit),
    offset,
    sort: sort as (typeof SORTS)[number],
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
  };
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return 20;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError(`--limit must be a whole number from 1 to 10000, got "${raw}"`);
  return limit;
}

/** One self-overwriting stderr line, at most twice a second, and a final newline when the pass ends. */
function progressPrinter(io: CliIo): (progress: IndexProgress) => void {
  let last = 0;
  let shown = false;
  return (progress) => {
    const now = Date.now();
    if (progress.phase === 'done') {
      if (shown) io.stderr(`\r${formatProgress(progress)}\n`);
      return;
    }
    if (now - last < 500) return;
    last = now;
    shown = true;
    io.stderr(`\r${formatProgress(progress)}\u001b[K`);
  };
}
