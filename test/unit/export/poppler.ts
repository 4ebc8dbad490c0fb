/** Reads PDFs back the way a user's tools would: poppler's pdftotext, pdfinfo and pdftoppm. */
import { execFileSync } from 'node:child_process';
import { findChromium } from '../../../archive/export/chromium-pdf';

/** Fails (never skips) with what to install: CI installs these, a developer may not have. */
export function requirePdfTools(): string {
  const chromium = findChromium();
  if (chromium === null) {
    throw new Error(
      'The PDF tests need Chromium or Chrome and none was found. Install it (Debian/Ubuntu: ' +
        '`sudo apt-get install -y chromium`; CI installs it) or set ARCHIVO_CHROMIUM to its path.',
    );
  }
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('The PDF tests need poppler-utils (pdfinfo, pdftotext, pdftoppm): `sudo apt-get install -y poppler-utils`.');
  }
  return chromium;
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** One page's text. */
export function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

/**
 * The text with no white space at all, as printed: where Chromium breaks a line depends on its
 * version, and a URL may break anywhere. `-raw` keeps a hyphen a line broke after, which the
 * default mode drops ("dialogo-" and "americas" would read "dialogoamericas").
 */
export function unbrokenText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** Text with every run of white space one space: a title or line that wraps reads as one. */
export const flowing = (text: string): string => text.replace(/\s+/g, ' ');

/** pdfinfo's "Key: value" lines; dates printed in UTC. */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

/** Renders page 1 to `<prefix>-1.png` (150 dpi) and returns its path. */
export function renderFirstPage(file: string, prefix: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, prefix]);
  return `${prefix}-1.png`;
}

/** The print template's highlight colour (print-styles.ts, `mark`). */
const MARK_RGB = [0xff, 0xf0, 0xa8] as const;

/** How many pixels of page `page` (rendered at 50 dpi) show the highlight colour: 0 when nothing is marked. */
export function markedPixels(file: string, page = 1): number {
  // PPM ("P6 <w> <h> 255" then RGB bytes) is trivial to read without an image library.
  const ppm = execFileSync('pdftoppm', ['-r', '50', '-f', String(page), '-l', String(page), file]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (header === null) throw new Error('pdftoppm did not write a PPM image');
  let count = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    if (Math.abs(ppm[i]! - MARK_RGB[0]) < 8 && Math.abs(ppm[i + 1]! - MARK_RGB[1]) < 8 && Math.abs(ppm[i + 2]! - MARK_RGB[2]) < 8) count++;
  }
  return count;
}
