/**
 * The layer rules of the architecture, checked on the source: archive/ never imports Electron or the
 * UI, renderer/ never imports Node or Electron (only the shared types). A DOM global used in archive/
 * would fail at run time under Node, which the archive's own tests exercise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(layer: string): string[] {
  return readdirSync(path.join(ROOT, layer), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(layer, file));
}

/** The module specifiers a file imports or requires; comments (which may mention modules) are left out. */
function imports(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? match[2]!);
}

function violations(layer: string, forbidden: (specifier: string) => boolean): string[] {
  return sourceFiles(layer).flatMap((file) => imports(file).filter(forbidden).map((specifier) => `${file} imports ${specifier}`));
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream', 'worker_threads', 'http', 'net', 'zlib']);

describe('layers', () => {
  it('archive/ never imports electron, the renderer or the shell', () => {
    expect(sourceFiles('archive').length).toBeGreaterThan(10);
    expect(violations('archive', (spec) => spec === 'electron' || spec.startsWith('electron/') || /(^|\/)(renderer|electron)\//.test(spec))).toEqual([]);
  });

  it('renderer/ never imports Node or Electron', () => {
    expect(sourceFiles('renderer').length).toBeGreaterThan(3);
    expect(
      violations('renderer', (spec) => spec.startsWith('node:') || NODE_BUILTINS.has(spec) || spec === 'electron' || /archive\/(?!model\/)/.test(spec)),
    ).toEqual([]);
  });

  it('the renderer takes only types from the shell, and values only from its contract (electron/api)', () => {
    const offenders = sourceFiles('renderer').flatMap((file) => {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      return [...source.matchAll(/^\s*import\s+(?!type\b)[^'"]*from\s+['"]([^'"]*electron\/[^'"]+)['"]/gm)]
        .map((match) => match[1]!)
        .filter((specifier) => !/electron\/api$/.test(specifier))
        .map((specifier) => `${file}: ${specifier}`);
    });
    expect(offenders).toEqual([]);
  });
});
