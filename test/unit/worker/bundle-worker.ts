import { buildSync } from 'esbuild';
import path from 'node:path';

/**
 * Bundles one of archive/worker/ to out/test/<name>.cjs the way the app bundles its workers (inside
 * the project, so node_modules resolve) and returns the file.
 */
export function bundleWorker(name: 'archive-worker' | 'index-worker'): string {
  const outfile = path.resolve(__dirname, `../../../out/test/${name}.cjs`);
  buildSync({
    entryPoints: [path.resolve(__dirname, `../../../archive/worker/${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
