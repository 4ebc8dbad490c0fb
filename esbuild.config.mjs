/**
 * Bundles the Node/Electron side (run by `npm run build`, before `vite build` builds the renderer):
 *
 *   electron/main.ts       → out/electron/main.cjs       (Electron main, CommonJS: package.json has no "type")
 *   archive/worker/archive-worker.ts → out/electron/archive-worker.cjs (the archive's worker thread)
 *   archive/worker/index-worker.ts   → out/electron/ and out/cli/index-worker.cjs (indexing on every core)
 *   electron/preload.ts    → out/electron/preload.cjs    (sandboxed preload: ONE file, requires only electron)
 *   archive/cli/main.ts    → out/cli/archivo.cjs         (the `archivo` command, run by plain Node)
 *   electron/print-cli.ts  → out/electron/print-cli.cjs  (only if present)
 *
 * npm packages stay external: production node_modules ship inside the app. After building, the
 * preload is checked (a sandboxed preload with import/export or another require leaves the window
 * without window.archivo), and the build fails if it does not pass.
 *
 * Usage: `node esbuild.config.mjs` builds everything; `node esbuild.config.mjs preload main` builds
 * only the named entries (the unit tests build the preload this way).
 */
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (...parts) => path.join(root, ...parts);

/** Electron 41 ships Node 24 and Chromium 146; the CLI runs on the user's Node (engines: >=20.19). */
const ELECTRON_NODE = 'node24';
const ELECTRON_CHROME = 'chrome146';
const CLI_NODE = 'node20.19';

const nodeEntry = (target) => ({
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target,
  packages: 'external',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
});

export const ENTRIES = [
  {
    name: 'main',
    entry: 'electron/main.ts',
    outfile: 'out/electron/main.cjs',
    options: nodeEntry(ELECTRON_NODE),
  },
  {
    // Reads and indexes the archive in a worker thread of the main process.
    name: 'archive-worker',
    entry: 'archive/worker/archive-worker.ts',
    outfile: 'out/electron/archive-worker.cjs',
    options: nodeEntry(ELECTRON_NODE),
  },
  // Reads and indexes large passes on every core; looked for next to the bundle that indexes.
  {
    name: 'index-worker',
    entry: 'archive/worker/index-worker.ts',
    outfile: 'out/electron/index-worker.cjs',
    options: nodeEntry(ELECTRON_NODE),
  },
  {
    name: 'cli-index-worker',
    entry: 'archive/worker/index-worker.ts',
    outfile: 'out/cli/index-worker.cjs',
    options: nodeEntry(CLI_NODE),
  },
  {
    name: 'preload',
    entry: 'electron/preload.ts',
    outfile: 'out/electron/preload.cjs',
    // platform 'browser': a Node built-in pulled in by mistake fails here, not in the user's window.
    options: {
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      target: ELECTRON_CHROME,
      external: ['electron'],
      splitting: false,
      sourcemap: false,
      logLevel: 'warning',
    },
    check: checkPreload,
  },
  {
    name: 'cli',
    entry: 'archive/cli/main.ts',
    outfile: 'out/cli/archivo.cjs',
    options: { ...nodeEntry(CLI_NODE), banner: { js: '#!/usr/bin/env node' } },
    executable: true,
  },
  {
    name: 'print-cli',
    entry: 'electron/print-cli.ts',
    outfile: 'out/electron/print-cli.cjs',
    options: nodeEntry(ELECTRON_NODE),
    optional: true,
  },
];

/** Import/export statements or any require but `electron` make a sandboxed preload fail to load. */
export function preloadViolations(code) {
  const problems = [];
  for (const [index, line] of code.split('\n').entries()) {
    if (/^\s*(import|export)\b/.test(line)) problems.push(`line ${index + 1}: ES module syntax: ${line.trim().slice(0, 80)}`);
  }
  for (const match of code.matchAll(/\brequire\s*\(\s*([^)]*)\)/g)) {
    const arg = match[1].trim();
    if (arg !== '"electron"' && arg !== "'electron'") problems.push(`requires ${arg || '(nothing)'}: only "electron" is allowed`);
  }
  if (/\bimport\s*\(/.test(code)) problems.push('dynamic import(): a sandboxed preload cannot load chunks');
  if (/\bimport\.meta\b/.test(code)) problems.push('import.meta: not defined in a CommonJS preload');
  if (!/\brequire\(\s*["']electron["']\s*\)/.test(code)) problems.push('does not require "electron": is this the preload?');
  return problems;
}

function checkPreload(outfile, metafile) {
  const output = metafile.outputs[path.relative(root, outfile).split(path.sep).join('/')];
  const imports = output?.imports ?? [];
  const problems = imports
    .filter((item) => !(item.path === 'electron' && item.external))
    .map((item) => `imports ${item.path} (${item.kind})`);
  problems.push(...preloadViolations(readFileSync(outfile, 'utf8')));
  return problems;
}

async function buildEntry(spec) {
  const entry = fromRoot(spec.entry);
  if (!existsSync(entry)) {
    if (spec.optional) {
      console.log(`esbuild: skipped ${spec.entry} (not present)`);
      return;
    }
    throw new Error(`esbuild: ${spec.entry} is missing`);
  }
  const outfile = fromRoot(spec.outfile);
  const result = await build({ ...spec.options, entryPoints: [entry], outfile, metafile: true, absWorkingDir: root });
  // CommonJS output has no import.meta: esbuild replaces it with an empty object, which breaks at run time.
  const importMeta = result.warnings.filter((warning) => warning.id === 'empty-import-meta');
  if (importMeta.length > 0) throw new Error(`esbuild: ${spec.entry} uses import.meta, which is empty in CommonJS output`);
  const problems = spec.check?.(outfile, result.metafile) ?? [];
  if (problems.length > 0) throw new Error(`esbuild: ${spec.outfile} is not a valid sandboxed preload:\n  ${problems.join('\n  ')}`);
  if (spec.executable) chmodSync(outfile, 0o755);
  console.log(`esbuild: ${spec.entry} → ${spec.outfile}`);
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !ENTRIES.some((spec) => spec.name === name));
  if (unknown.length > 0) throw new Error(`esbuild: unknown entries ${unknown.join(', ')}`);
  const specs = wanted.length === 0 ? ENTRIES : ENTRIES.filter((spec) => wanted.includes(spec.name));
  for (const spec of specs) await buildEntry(spec);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
