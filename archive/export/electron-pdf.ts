/**
 * The CLI's Electron path: prints with the Electron runtime the app ships with, by running the tiny
 * Electron main script electron/print-cli.ts (bundled to out/electron/print-cli.cjs) in a child
 * process. This file never imports `electron`: from plain Node, `require('electron')` is only the
 * path of the binary, and it throws when the binary was never downloaded.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { moduleLocation, requireLazily } from '../node/lazy-require';

export type ElectronRuntime =
  | { readonly found: true; readonly binary: string; readonly script: string }
  | { readonly found: false; readonly reason: string };

const PRINT_SCRIPT = path.join('out', 'electron', 'print-cli.cjs');
const TIMEOUT_MS = 120_000;

/** The Electron binary as the `electron` npm package reports it, or why there is none. */
export function findElectronBinary(from: string = moduleLocation()): { binary: string } | { reason: string } {
  let binary: unknown;
  try {
    // Required at run time, so bundlers leave the package (and its `__dirname`-relative path.txt) alone.
    binary = requireLazily<unknown>('electron', from);
  } catch (error) {
    const notInstalled = (error as NodeJS.ErrnoException | null)?.code === 'MODULE_NOT_FOUND';
    return {
      reason: notInstalled
        ? 'the `electron` package is not installed'
        : 'the Electron binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD was set, or the download failed)',
    };
  }
  if (typeof binary !== 'string') return { reason: 'the `electron` package did not report a binary path' };
  if (!existsSync(binary)) return { reason: `the Electron binary was not downloaded (${binary} does not exist)` };
  return { binary };
}

/** out/electron/print-cli.cjs, looked for upwards from this module (src or bundled CLI). */
export function findPrintScript(from: string = moduleLocation()): string | null {
  let dir = path.dirname(from);
  for (let i = 0; i < 5; i++) {
    for (const candidate of [path.join(dir, PRINT_SCRIPT), path.join(dir, 'electron', 'print-cli.cjs')]) {
      if (candidate.endsWith('.cjs') && existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

export function findElectronRuntime(from: string = moduleLocation()): ElectronRuntime {
  const electron = findElectronBinary(from);
  if ('reason' in electron) return { found: false, reason: electron.reason };
  const script = findPrintScript(from);
  if (script === null) {
    return { found: false, reason: `the Electron runtime is installed but ${PRINT_SCRIPT} is missing (run \`npm run build\`)` };
  }
  return { found: true, binary: electron.binary, script };
}

/** Prints `html` by running print-cli in Electron; the HTML and the PDF pass through a private temp folder. */
export async function renderPdfWithElectron(html: string, binary: string, script: string): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'archivo-export-'));
  try {
    const input = path.join(dir, 'article.html');
    const output = path.join(dir, 'article.pdf');
    await writeFile(input, html, 'utf8');
    await runElectron(binary, [script, input, output]);
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runElectron(binary: string, args: readonly string[]): Promise<void> {
  // As root on Linux (containers, CI) Chromium's sandbox cannot start; elsewhere it stays on.
  const switches = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const env = { ...process.env };
  delete env['ELECTRON_RUN_AS_NODE']; // inherited from an Electron-based terminal it would make Electron plain Node
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [...args, ...switches], { env, stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start Electron (${binary}): ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`Electron could not print the PDF (${signal ?? `exit code ${code}`}): ${lastLines(stderr)}`));
    });
  });
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-5).join('\n') || 'no error output';
}
