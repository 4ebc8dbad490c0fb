/**
 * Checks the bundles Electron actually loads, built here from source with the project's esbuild
 * config. A sandboxed preload with import/export or any require other than `electron` fails to load,
 * and the window then has no window.archivo (ELECTRON-CHECKLIST 1.2-1.6): it must fail here instead.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const preloadFile = path.join(root, 'out/electron/preload.cjs');
const mainFile = path.join(root, 'out/electron/main.cjs');
/** Modules a sandboxed preload may require (Electron 41, lib/sandboxed_renderer/preload.ts). */
const SANDBOX_MODULES = new Set(['electron']);

let preload: string;
let main: string;

beforeAll(() => {
  // Throws (failing every test below) if the build fails, e.g. because the preload check rejected it.
  execFileSync(process.execPath, ['esbuild.config.mjs', 'preload', 'main'], { cwd: root, stdio: 'pipe' });
  preload = readFileSync(preloadFile, 'utf8');
  main = readFileSync(mainFile, 'utf8');
}, 60_000);

function requiredModules(code: string): string[] {
  return [...code.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((match) => match[2]!);
}

describe('out/electron/preload.cjs', () => {
  it('is a real bundle of the preload, not an empty file', () => {
    expect(preload.length).toBeGreaterThan(200);
    expect(preload).toContain('exposeInMainWorld("archivo"');
  });

  it('has no import or export statement and no dynamic import', () => {
    expect(preload).not.toMatch(/^\s*(import|export)\b/m);
    expect(preload).not.toMatch(/\bimport\s*\(/);
    expect(preload).not.toMatch(/\bimport\.meta\b/);
  });

  it('requires electron and nothing else', () => {
    const modules = requiredModules(preload);
    expect(modules).toContain('electron');
    expect(modules.filter((name) => !SANDBOX_MODULES.has(name))).toEqual([]);
    // Every require call is one of those literal ones: no computed require slipped in.
    expect(preload.match(/\brequire\s*\(/g)?.length).toBe(modules.length);
  });

  it('never hands the page ipcRenderer itself or the IPC event', () => {
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).not.toMatch(/ipcRenderer\.on\(\s*\w+\s*,\s*listener\s*\)/);
  });
});

describe('out/electron/main.cjs', () => {
  it('is CommonJS without import.meta (package.json has no "type": "module")', () => {
    expect(main).not.toMatch(/^\s*(import|export)\b/m);
    expect(main).not.toMatch(/\bimport\.meta\b/);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main?: string; type?: string };
    expect(pkg.main).toBe('out/electron/main.cjs');
    expect(pkg.type).toBeUndefined();
  });

  it('gives the window an absolute preload path next to itself', () => {
    expect(main).toMatch(/preload:\s*\w+\.default\.join\(__dirname,\s*"preload\.cjs"\)/);
  });

  it('requires only Node built-ins, electron and production dependencies', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const allowed = (name: string): boolean =>
      name.startsWith('node:') || name === 'electron' || Object.keys(pkg.dependencies).some((dep) => name === dep || name.startsWith(`${dep}/`));
    expect(requiredModules(main).filter((name) => !allowed(name))).toEqual([]);
  });
});
