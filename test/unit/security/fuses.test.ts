/**
 * Electron fuses: electron-builder.yml asks for the ones that close Node-level back doors, and the
 * reader (test/static/read-fuses.mjs) catches a packaged binary whose fuses were not flipped. The
 * reader is proven on a stand-in binary with a real fuse wire, flipped by @electron/fuses exactly as
 * electron-builder flips it; a real packaged app is checked too when one exists.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fuses from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { expectedFuses, FUSE_SENTINEL, fuseProblems, packagedExecutables } from '../../static/read-fuses.mjs';

const { FuseV1Options, FuseVersion, flipFuses } = fuses;
const SENTINEL = FUSE_SENTINEL as string;
type Expected = Record<number, boolean>;
const readExpected = expectedFuses as (text?: string) => Expected;
const problemsOf = fuseProblems as (binary: string, expected?: Expected) => Promise<string[]>;

let tmp: string;
let pristine: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'archivo-fuses-'));
  pristine = path.join(tmp, 'electron-pristine');
  // What an unmodified Electron 41 binary carries: sentinel, wire version 1, 8 fuses in their default states
  // (RunAsNode, CookieEncryption off… as shipped: 1 0 1 1 0 0 0 1), surrounded by other bytes.
  const wire = Buffer.concat([Buffer.from([1, 8]), Buffer.from('10110001', 'ascii')]);
  await writeFile(pristine, Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(SENTINEL, 'ascii'), wire, Buffer.alloc(4096, 9)]));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('electron-builder.yml fuses', () => {
  it('turn off run-as-node, NODE_OPTIONS and --inspect, and load the app only from an integrity-checked asar', () => {
    const expected = readExpected();
    expect(expected[FuseV1Options.RunAsNode]).toBe(false);
    expect(expected[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(expected[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(expected[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(expected[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(expected[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('reject a config with an unknown fuse name (a typo would otherwise leave the fuse at its default)', () => {
    expect(() => readExpected('electronFuses:\n  runAsNod: false\n')).toThrow(/unknown fuse runAsNod/);
  });
});

describe('read-fuses on a binary', () => {
  it('reports every fuse an unflipped Electron leaves at its default', async () => {
    const problems = await problemsOf(pristine);
    expect(problems.join('\n')).toMatch(/RunAsNode: is enabled/);
    expect(problems.join('\n')).toMatch(/EnableNodeOptionsEnvironmentVariable: is enabled/);
    expect(problems.join('\n')).toMatch(/OnlyLoadAppFromAsar: is disabled/);
    expect(problems.length).toBeGreaterThanOrEqual(5);
  });

  it('passes once the fuses are flipped as electron-builder.yml asks', async () => {
    const flipped = path.join(tmp, 'electron-flipped');
    await copyFile(pristine, flipped);
    await flipFuses(flipped, { version: FuseVersion.V1, ...readExpected() });
    await expect(problemsOf(flipped)).resolves.toEqual([]);
  });

  it('catches a single fuse flipped back', async () => {
    const tampered = path.join(tmp, 'electron-tampered');
    await copyFile(pristine, tampered);
    await flipFuses(tampered, { version: FuseVersion.V1, ...readExpected(), [FuseV1Options.RunAsNode]: true });
    await expect(problemsOf(tampered)).resolves.toEqual(['RunAsNode: is enabled, electron-builder.yml wants it disabled']);
  });
});

const packaged = (packagedExecutables as () => string[])();
if (packaged.length === 0) console.log('fuses.test: no packaged app in release/ (`npm run dist` needs the network): the packaged-binary check is skipped');

describe.skipIf(packaged.length === 0)('the packaged app in release/', () => {
  it.each(packaged)('%s has every fuse as electron-builder.yml asks', async (binary) => {
    await expect(problemsOf(binary)).resolves.toEqual([]);
  });
});
