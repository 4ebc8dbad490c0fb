/**
 * Static scan of the BUILT app for Electron misconfigurations (rules in electron-rules.mjs):
 *   out/electron/*.cjs   main-process bundles (main.cjs also must contain the guards)
 *   out/electron/preload.cjs
 *   out/renderer/**      the renderer's scripts and HTML
 *
 *   node test/static/scan-electron.mjs [--json]
 *
 * Exits 1 on any high-severity finding, or when a bundle is missing (run `npm run build` first):
 * a scan that silently scans nothing would pass forever.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanHtml, scanJavaScript } from './electron-rules.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every file the scan reads, with the kind of code it is. */
export function scanTargets(outDir = path.join(root, 'out')) {
  const electronDir = path.join(outDir, 'electron');
  const rendererDir = path.join(outDir, 'renderer');
  const targets = [];
  for (const required of [path.join(electronDir, 'main.cjs'), path.join(electronDir, 'preload.cjs'), path.join(rendererDir, 'index.html')]) {
    if (!existsSync(required)) throw new Error(`scan-electron: ${path.relative(root, required)} is missing: run \`npm run build\` first`);
  }
  for (const name of readdirSync(electronDir).filter((entry) => entry.endsWith('.cjs')).sort()) {
    targets.push({ file: path.join(electronDir, name), kind: name === 'preload.cjs' ? 'preload' : name === 'main.cjs' ? 'main' : 'main-helper' });
  }
  for (const name of readdirSync(rendererDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.(js|mjs)$/.test(name)) targets.push({ file: path.join(rendererDir, name), kind: 'renderer' });
    if (/\.html$/.test(name)) targets.push({ file: path.join(rendererDir, name), kind: 'html' });
  }
  return targets;
}

export function scanBuild(outDir) {
  const findings = [];
  for (const { file, kind } of scanTargets(outDir)) {
    const text = readFileSync(file, 'utf8');
    const shown = path.relative(root, file);
    if (kind === 'html') findings.push(...scanHtml(text, { file: shown }));
    // Helper bundles (worker, print CLI) run in main-side processes but need not install the app's guards.
    else findings.push(...scanJavaScript(text, { file: shown, kind: kind === 'main-helper' ? 'main' : kind }).filter((f) => kind !== 'main-helper' || !f.rule.startsWith('missing-')));
  }
  return findings;
}

function main() {
  const findings = scanBuild();
  if (process.argv.includes('--json')) console.log(JSON.stringify(findings, null, 2));
  else for (const f of findings) console.log(`${f.severity.toUpperCase().padEnd(6)} ${f.rule}  ${f.file}:${f.line}  ${f.message}`);
  const high = findings.filter((f) => f.severity === 'high');
  console.log(`scan-electron: ${scanTargets().length} files, ${findings.length} finding(s), ${high.length} high`);
  if (high.length > 0) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
