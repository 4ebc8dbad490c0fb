/**
 * `npm run bench` / `npm run eval`: bundles test/bench/main.ts with esbuild (no TypeScript runner
 * needed) to out/bench/bench.cjs, then runs it with --expose-gc so heap readings exclude garbage.
 * Every argument is passed on, e.g. `npm run bench -- --sizes 10k --engines archivo,fts5`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = path.join(root, 'out/bench/bench.cjs');

await build({
  entryPoints: [path.join(root, 'test/bench/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The engines (better-sqlite3 is native) load from node_modules as they are.
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
});

// The index worker is looked for next to the bundle that indexes.
await build({
  entryPoints: [path.join(root, 'archive/worker/index-worker.ts')],
  outfile: path.join(root, 'out/bench/index-worker.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  absWorkingDir: root,
});

const child = spawn(process.execPath, ['--expose-gc', '--enable-source-maps', '--max-old-space-size=8192', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
