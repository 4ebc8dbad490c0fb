/**
 * Path traversal against the app:// protocol beyond the cases in test/unit/electron/app-asset.test.ts:
 * encodings other parsers decode (double encoding, overlong UTF-8, full-width dots), Windows separators
 * and device names, and a property over arbitrary encoded bytes on both path flavours.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/app-asset';

const posixRoot = '/opt/Archivo/resources/app.asar/out/renderer';
const winRoot = 'C:\\Program Files\\Archivo\\resources\\app.asar\\out\\renderer';

function inside(root: string, resolved: string, api: typeof path.posix): boolean {
  const rel = api.relative(root, resolved);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${api.sep}`) && !api.isAbsolute(rel);
}

describe('resolveAppAsset against less common traversal encodings', () => {
  it.each([
    'app://archivo/%252e%252e%252f%252e%252e%252fetc%252fpasswd',
    'app://archivo/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
    'app://archivo/%e0%80%ae%e0%80%ae/etc/passwd',
    'app://archivo/%EF%BC%8E%EF%BC%8E/%EF%BC%8E%EF%BC%8E/etc/passwd',
    'app://archivo/assets/..;/..;/etc/passwd',
    'app://archivo/....//....//etc/passwd',
    'app://archivo/.%2e/.%2e/etc/passwd',
    'app://archivo/%2e./%2e./etc/passwd',
    'app://archivo/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://archivo/%2F%2Fetc/passwd',
    'app://archivo//etc/passwd',
    'app://archivo///server/share/x',
  ])('stays inside the renderer folder (POSIX): %s', (url) => {
    const result = resolveAppAsset(posixRoot, url);
    if (result.ok) expect(inside(posixRoot, result.path, path.posix), result.path).toBe(true);
  });

  it.each([
    'app://archivo/..%5C..%5C..%5CWindows%5Cwin.ini',
    'app://archivo/assets%5C..%5C..%5C..%5Cmain.cjs',
    'app://archivo/%5C%5C%3F%5CC:%5CWindows%5Cwin.ini',
    'app://archivo/%5C%5C.%5Cpipe%5Cx',
    'app://archivo/c:..%5C..%5Csecret',
    'app://archivo/C%3A%2FWindows%2Fwin.ini',
    'app://archivo/%2e%2e%5c%2e%2e%5cmain.cjs',
    'app://archivo/assets/..%5C..%5C',
  ])('stays inside the renderer folder (Windows): %s', (url) => {
    const result = resolveAppAsset(winRoot, url, path.win32);
    if (result.ok) expect(inside(winRoot, result.path, path.win32), result.path).toBe(true);
  });

  it('never escapes for arbitrary percent-encoded bytes, on either path flavour (property)', () => {
    const encodedByte = fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).padStart(2, '0')}`);
    const piece = fc.oneof(encodedByte, fc.constantFrom('.', '..', '/', '%2e', '%2f', '%5c', 'C:', 'a', 'assets'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const url = `app://archivo/${pieces.join('')}`;
        const posix = resolveAppAsset(posixRoot, url, path.posix);
        if (posix.ok) expect(inside(posixRoot, posix.path, path.posix), posix.path).toBe(true);
        const win = resolveAppAsset(winRoot, url, path.win32);
        if (win.ok) expect(inside(winRoot, win.path, path.win32), win.path).toBe(true);
        if (posix.ok) expect(posix.path.includes('\0')).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
