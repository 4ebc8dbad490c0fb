/**
 * `electron out/electron/print-cli.cjs <input.html> <output.pdf>`: the CLI's way to print with the
 * Electron runtime (spawned by archive/export/electron-pdf.ts). Loads the HTML in a hidden sandboxed
 * window, prints it with the same code as the app's Export command, writes the PDF and quits.
 * Exit code 0 on success, 1 on failure (message on stderr), 2 on bad usage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app } from 'electron';
import { renderHtmlFileToPdf } from './print-to-pdf';

// Started as `electron script …` (process.defaultApp) the script is argv[1]; Chromium switches such as
// --no-sandbox may appear among the arguments and are not ours.
const [input, output] = process.argv.slice(process.defaultApp ? 2 : 1).filter((arg) => !arg.startsWith('--'));

// A throwaway profile: this helper must neither touch nor lock the app's own userData folder.
const profile = mkdtempSync(path.join(os.tmpdir(), 'archivo-print-profile-'));
app.setPath('userData', profile);
app.disableHardwareAcceleration();
// Keep running when the print window closes; we quit once the file is written.
app.on('window-all-closed', () => undefined);

if (input === undefined || output === undefined) {
  process.stderr.write('usage: electron print-cli.cjs <input.html> <output.pdf>\n');
  finish(2);
} else {
  app
    .whenReady()
    .then(() => renderHtmlFileToPdf(path.resolve(input)))
    .then((pdf) => writeFile(path.resolve(output), pdf))
    .then(
      () => finish(0),
      (error: unknown) => {
        process.stderr.write(`archivo print: ${error instanceof Error ? error.message : String(error)}\n`);
        finish(1);
      },
    );
}

function finish(code: number): void {
  try {
    rmSync(profile, { recursive: true, force: true });
  } catch {
    // Chromium may still hold files open (Windows); the folder is in the temp directory anyway.
  }
  app.exit(code);
}
