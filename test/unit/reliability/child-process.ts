/** Bundles writer-child.ts once and starts copies of it that the tests can SIGKILL. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const REPO = path.resolve(__dirname, '../../..');

export async function bundleWriterChild(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'archivo-writer-child-'));
  const outfile = path.join(dir, 'writer-child.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'writer-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  return outfile;
}

export interface RunningChild {
  readonly process: ChildProcess;
  /** Completed steps so far. */
  steps(): number;
  /** stderr so far (a child that fails on its own is a finding, not a kill). */
  errors(): string;
  /** Resolves when the child has exited (by itself or by a signal). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startChild(script: string, args: readonly string[]): RunningChild {
  const child = spawn(process.execPath, [script, ...args], {
    // The bundle lives in a temp folder: let it find the repository's packages.
    env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let steps = 0;
  let errors = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    steps += chunk.toString('utf8').split('\n').filter((line) => line.startsWith('step ')).length;
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { process: child, steps: () => steps, errors: () => errors, exited };
}

export async function waitForSteps(child: RunningChild, atLeast: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (child.steps() < atLeast) {
    if (Date.now() > deadline) throw new Error(`the writer child made ${child.steps()} steps in ${timeoutMs} ms; stderr: ${child.errors()}`);
    if (child.process.exitCode !== null) throw new Error(`the writer child exited (${child.process.exitCode}): ${child.errors()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
