import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { chromiumArgs, chromiumCandidates, findChromium } from '../../../archive/export/chromium-pdf';
import { findElectronBinary, findPrintScript, renderPdfWithElectron } from '../../../archive/export/electron-pdf';
import { resolvePdfRenderer } from '../../../archive/export/resolve-renderer';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'archivo-export-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const electronFound = () => ({ found: true as const, binary: '/opt/electron/electron', script: '/app/out/electron/print-cli.cjs' });
const electronMissing = () => ({ found: false as const, reason: 'the Electron binary was never downloaded' });

describe('resolvePdfRenderer', () => {
  test('prefers the Electron runtime when there is a display', () => {
    const r = resolvePdfRenderer({ platform: 'linux', env: { DISPLAY: ':0' }, electron: electronFound, chromium: () => '/usr/bin/chromium' });
    expect(r.kind).toBe('electron');
    expect(r.executablePath).toBe('/opt/electron/electron');
  });

  test('uses Electron on Windows and macOS, which always have a display', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      expect(resolvePdfRenderer({ platform, env: {}, electron: electronFound, chromium: () => null }).kind).toBe('electron');
    }
  });

  test('falls back to Chromium and says why', () => {
    const r = resolvePdfRenderer({ platform: 'linux', env: { DISPLAY: ':0' }, electron: electronMissing, chromium: () => '/usr/bin/chromium' });
    expect(r.kind).toBe('chromium');
    expect(r.description).toBe('printing with Chromium at /usr/bin/chromium; no Electron runtime: the Electron binary was never downloaded');
  });

  test('on a Linux machine without a display, headless Chromium goes first', () => {
    const r = resolvePdfRenderer({ platform: 'linux', env: {}, electron: electronFound, chromium: () => '/usr/bin/chromium' });
    expect(r.kind).toBe('chromium');
    expect(r.description).toContain('no display for Electron');
  });

  test('with neither, the error names both missing engines and the fix', () => {
    expect(() => resolvePdfRenderer({ platform: 'linux', env: {}, electron: electronMissing, chromium: () => null })).toThrow(
      /No Electron runtime: the Electron binary was never downloaded\.\n- No Chromium or Chrome found[\s\S]*apt-get install chromium[\s\S]*ARCHIVO_CHROMIUM/,
    );
  });
});

describe('findChromium', () => {
  test('ARCHIVO_CHROMIUM, then CHROME_PATH, then the standard locations', () => {
    const env = { ARCHIVO_CHROMIUM: '/custom/chrome', CHROME_PATH: '/other/chrome', PATH: '/usr/local/bin:/usr/bin' };
    const candidates = chromiumCandidates('linux', env);
    expect(candidates.slice(0, 4)).toEqual(['/custom/chrome', '/other/chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser']);
    expect(candidates).toContain('/usr/bin/google-chrome-stable');
    expect(candidates).toContain('/usr/local/bin/chromium');
    expect(findChromium('linux', env, (f) => f === '/other/chrome' || f === '/usr/bin/chromium')).toBe('/other/chrome');
    expect(findChromium('linux', env, (f) => f === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findChromium('linux', env, () => false)).toBeNull();
  });

  test('Windows: Chrome, Chromium, then Edge, which every Windows 10/11 has', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\José\\AppData\\Local' };
    const candidates = chromiumCandidates('win32', env);
    expect(candidates[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(candidates).toContain('C:\\Users\\José\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(candidates.at(-2)).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  test('macOS application bundles', () => {
    expect(chromiumCandidates('darwin', { HOME: '/Users/ana' })).toEqual(
      expect.arrayContaining([
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium',
      ]),
    );
  });

  test('--no-sandbox only for root on Linux', () => {
    expect(chromiumArgs('linux', 0)).toContain('--no-sandbox');
    expect(chromiumArgs('linux', 1000)).not.toContain('--no-sandbox');
    expect(chromiumArgs('darwin', 0)).not.toContain('--no-sandbox');
    expect(chromiumArgs('linux', 1000)).toEqual(['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']);
  });
});

describe('the Electron runtime, seen from plain Node', () => {
  /** A fake project with its own node_modules/electron whose index.js does what `body` says. */
  function project(name: string, body: string | null): string {
    const root = path.join(tmp, name);
    mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
    if (body !== null) writeFileSync(path.join(root, 'node_modules', 'electron', 'index.js'), body);
    else rmSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
    return path.join(root, 'cli.js');
  }

  test('binary path reported and present → found', () => {
    const from = project('ok', `module.exports = ${JSON.stringify(process.execPath)};`);
    expect(findElectronBinary(from)).toEqual({ binary: process.execPath });
  });

  test('binary never downloaded: the package throws → a plain reason', () => {
    const from = project('skipped', "throw new Error('Electron failed to install correctly, please delete node_modules/electron');");
    expect(findElectronBinary(from)).toEqual({
      reason: 'the Electron binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD was set, or the download failed)',
    });
  });

  test('path reported but missing on disk, or no package at all', () => {
    expect(findElectronBinary(project('gone', "module.exports = '/nonexistent/electron';"))).toEqual({
      reason: 'the Electron binary was not downloaded (/nonexistent/electron does not exist)',
    });
    expect(findElectronBinary(project('none', null))).toEqual({ reason: 'the `electron` package is not installed' });
  });

  test('print-cli.cjs is found from the bundled CLI and from the sources', () => {
    const root = path.join(tmp, 'app');
    mkdirSync(path.join(root, 'out', 'electron'), { recursive: true });
    writeFileSync(path.join(root, 'out', 'electron', 'print-cli.cjs'), '');
    const script = path.join(root, 'out', 'electron', 'print-cli.cjs');
    expect(findPrintScript(path.join(root, 'out', 'cli', 'archivo.cjs'))).toBe(script);
    expect(findPrintScript(path.join(root, 'archive', 'export', 'electron-pdf.ts'))).toBe(script);
    expect(findPrintScript(path.join(tmp, 'elsewhere', 'x.js'))).toBeNull();
  });
});

describe.skipIf(process.platform === 'win32')('renderPdfWithElectron (stand-in binary is a shebang script: skipped on Windows)', () => {
  // Behaves like `electron print-cli.cjs <in.html> <out.pdf>`: writes a "PDF" made from the input.
  const fake = path.join(tmp, 'fake-electron');
  writeFileSync(
    fake,
    `#!${process.execPath}
const fs = require('node:fs');
const [script, input, output] = process.argv.slice(2);
if (process.env.ELECTRON_RUN_AS_NODE) { console.error('ELECTRON_RUN_AS_NODE leaked'); process.exit(3); }
if (fs.readFileSync(input, 'utf8').includes('FAIL')) { console.error('Missing X server or $DISPLAY'); process.exit(1); }
fs.writeFileSync(output, '%PDF-fake ' + script + ' ' + fs.readFileSync(input, 'utf8'));
`,
  );
  chmodSync(fake, 0o755);

  test('passes the HTML through a temp file and returns the PDF bytes', async () => {
    process.env['ELECTRON_RUN_AS_NODE'] = '1';
    try {
      const pdf = await renderPdfWithElectron('<p>Pérez</p>', fake, '/app/print-cli.cjs');
      expect(Buffer.from(pdf).toString('utf8')).toBe('%PDF-fake /app/print-cli.cjs <p>Pérez</p>');
    } finally {
      delete process.env['ELECTRON_RUN_AS_NODE'];
    }
  });

  test('a failed print rejects with what Electron said', async () => {
    await expect(renderPdfWithElectron('FAIL', fake, '/app/print-cli.cjs')).rejects.toThrow(
      'Electron could not print the PDF (exit code 1): Missing X server or $DISPLAY',
    );
  });

  test('a binary that cannot start rejects clearly', async () => {
    await expect(renderPdfWithElectron('<p>x</p>', path.join(tmp, 'no-such-electron'), 's.cjs')).rejects.toThrow(/could not start Electron/);
  });
});
