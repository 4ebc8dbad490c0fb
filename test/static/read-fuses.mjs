/**
 * Reads the Electron fuses back from a packaged app and compares them with electron-builder.yml's
 * `electronFuses`, so a packaging change that silently stops flipping them is caught.
 *
 *   node test/static/read-fuses.mjs [path/to/packaged/executable]
 *
 * Without an argument it looks for release/linux-unpacked/archivo (and the Windows/macOS equivalents).
 * When no packaged app exists (packaging needs the network and the Electron binary), it says so and
 * exits 0; with one, it exits 1 on any fuse that differs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// A transitive dependency of electron-builder (app-builder-lib), not a direct one: CommonJS, default import.
import fuses from '@electron/fuses';
import { load as loadYaml } from 'js-yaml';

const { FuseV1Options, getCurrentFuseWire } = fuses;
/** Fuse states as stored in the binary (ASCII '0', '1', 'r'); @electron/fuses does not export them. */
const FuseState = Object.freeze({ DISABLE: 48, ENABLE: 49, REMOVED: 114 });
/** Marks the fuse wire inside Electron's binary (@electron/fuses/dist/constants, not exported either). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** electron-builder's `electronFuses` keys → the fuse wire positions @electron/fuses names. */
export const BUILDER_KEY_TO_FUSE = Object.freeze({
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
});

/** The fuses electron-builder.yml asks for, as { fuse index: boolean }. */
export function expectedFuses(configText = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) {
  const config = loadYaml(configText);
  const fuses = config?.electronFuses ?? {};
  const expected = {};
  for (const [key, value] of Object.entries(fuses)) {
    const index = BUILDER_KEY_TO_FUSE[key];
    if (index === undefined) throw new Error(`electron-builder.yml: unknown fuse ${key}`);
    expected[index] = value === true;
  }
  return expected;
}

/** Differences between the fuses in `binary` and `expected`; empty when they match. */
export async function fuseProblems(binary, expected = expectedFuses()) {
  const wire = await getCurrentFuseWire(binary);
  const problems = [];
  for (const [index, enabled] of Object.entries(expected)) {
    const state = wire[index];
    const name = FuseV1Options[index];
    if (state === undefined) problems.push(`${name}: not in this Electron's fuse wire`);
    else if (state === FuseState.REMOVED) problems.push(`${name}: removed from this Electron`);
    else if ((state === FuseState.ENABLE) !== enabled) problems.push(`${name}: is ${state === FuseState.ENABLE ? 'enabled' : 'disabled'}, electron-builder.yml wants it ${enabled ? 'enabled' : 'disabled'}`);
  }
  return problems;
}

/** The packaged executables electron-builder leaves in release/ for each platform. */
export function packagedExecutables(releaseDir = path.join(root, 'release')) {
  return [
    path.join(releaseDir, 'linux-unpacked', 'archivo'),
    path.join(releaseDir, 'linux-arm64-unpacked', 'archivo'),
    path.join(releaseDir, 'win-unpacked', 'Archivo.exe'),
    path.join(releaseDir, 'mac', 'Archivo.app'),
    path.join(releaseDir, 'mac-arm64', 'Archivo.app'),
  ].filter((candidate) => existsSync(candidate));
}

async function main() {
  const targets = process.argv.length > 2 ? process.argv.slice(2) : packagedExecutables();
  if (targets.length === 0) {
    console.log('read-fuses: skipped, no packaged app in release/ (run `npm run dist` on a machine that can download Electron)');
    return;
  }
  let failed = false;
  for (const target of targets) {
    const problems = await fuseProblems(target);
    if (problems.length === 0) console.log(`read-fuses: ${target}: every fuse as electron-builder.yml asks`);
    for (const problem of problems) console.error(`read-fuses: ${target}: ${problem}`);
    failed ||= problems.length > 0;
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
