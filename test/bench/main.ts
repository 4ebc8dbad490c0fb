/**
 * Entry point of the bundled benchmark (built and started by test/bench/run.mjs):
 *
 *   bench [--sizes 10k,100k] [--engines archivo,minisearch,lunr,flexsearch,fts5] [--queries 300]
 *         [--archive <folder>] [--format auto|jsonl|txt] [--seed 1] [--timeout 900] [--max-heap 8192]
 *   bench --soak [--soak-size 100k] [--cycles 10]
 *   eval [--cisi ../shared/corpora/cisi]
 *   --child <task json>   (internal: one engine, one phase)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBench } from './bench';
import { RESULT_PREFIX, runChild, type ChildTask } from './child';
import { loaderReads } from './corpus';
import { ENGINE_NAMES, isEngineName, type EngineName } from './engines/engine';
import { runEval } from './eval';
import { parseSize, type ArchiveFormat } from './generate-archive';
import { hasGc } from './measure';
import { runSoak } from './soak';

const OUT_DIR = path.resolve('out/bench');

function engineList(text: string): EngineName[] {
  const names = text.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !isEngineName(name));
  if (unknown.length > 0) throw new Error(`Unknown engine(s) ${unknown.join(', ')}; known: ${ENGINE_NAMES.join(', ')}`);
  return names as EngineName[];
}

function archiveFormat(text: string): ArchiveFormat {
  if (text === 'jsonl' || text === 'txt') return text;
  if (text !== 'auto') throw new Error(`--format must be auto, jsonl or txt, not "${text}"`);
  // JSON Lines is the realistic dump format; until the loader reads it, fall back to the seed's scraped text.
  return loaderReads('articles.jsonl') ? 'jsonl' : 'txt';
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === '--child') {
    const result = await runChild(JSON.parse(argv[1] ?? '{}') as ChildTask);
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
    return;
  }
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      sizes: { type: 'string', default: '10k,100k' },
      engines: { type: 'string', default: ENGINE_NAMES.join(',') },
      queries: { type: 'string', default: '300' },
      archive: { type: 'string' },
      format: { type: 'string', default: 'auto' },
      seed: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '900' },
      'max-heap': { type: 'string', default: '8192' },
      soak: { type: 'boolean', default: false },
      'soak-size': { type: 'string', default: '100k' },
      cycles: { type: 'string', default: '10' },
      cisi: { type: 'string', default: path.resolve('../shared/corpora/cisi') },
    },
  });
  if (!hasGc()) console.warn('warning: run with node --expose-gc (npm run bench does), or heap readings include garbage');
  const format = archiveFormat(values.format);
  const seed = Number(values.seed);
  if (positionals[0] === 'eval') return runEval(values.cisi, path.join(OUT_DIR, 'eval'));
  if (positionals.length > 0) throw new Error(`Unknown command ${positionals.join(' ')}: use "eval" or options only`);
  if (values.soak) return runSoak({ size: parseSize(values['soak-size']), cycles: Number(values.cycles), seed, format });
  await runBench(
    {
      sizes: values.sizes.split(',').map(parseSize),
      archive: values.archive ?? null,
      engines: engineList(values.engines),
      searches: Number(values.queries),
      seed,
      format,
      timeoutSeconds: Number(values.timeout),
      maxHeapMB: Number(values['max-heap']),
      outDir: OUT_DIR,
    },
    process.argv[1] ?? '',
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // A child prints the stack: the parent shows its last lines when a phase fails.
  console.error(error instanceof Error ? (process.argv[2] === "--child" ? error.stack : error.message) : error);
  process.exit(1);
});
