import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/app-asset';

const root = '/opt/Archivo/resources/app.asar/out/renderer';

function resolvedPath(url: string): string | null {
  const result = resolveAppAsset(root, url);
  return result.ok ? result.path : null;
}

describe('resolveAppAsset', () => {
  it('serves index.html and hashed assets with the right content type', () => {
    expect(resolveAppAsset(root, 'app://archivo/index.html')).toEqual({
      ok: true,
      path: `${root}/index.html`,
      contentType: 'text/html; charset=utf-8',
    });
    const script = resolveAppAsset(root, 'app://archivo/assets/index-B4x9.js?v=3#frag');
    expect(script).toEqual({ ok: true, path: `${root}/assets/index-B4x9.js`, contentType: 'text/javascript; charset=utf-8' });
    expect(resolveAppAsset(root, 'app://archivo/assets/app.css')).toMatchObject({ contentType: 'text/css; charset=utf-8' });
    expect(resolveAppAsset(root, 'app://archivo/assets/inter.woff2')).toMatchObject({ contentType: 'font/woff2' });
    expect(resolveAppAsset(root, 'app://archivo/icon.SVG')).toMatchObject({ contentType: 'image/svg+xml' });
    expect(resolveAppAsset(root, 'app://archivo/LICENSE')).toMatchObject({ contentType: 'application/octet-stream' });
  });

  it('serves index.html for the bare origin and folder URLs', () => {
    expect(resolvedPath('app://archivo/')).toBe(`${root}/index.html`);
    expect(resolvedPath('app://archivo')).toBe(`${root}/index.html`);
    expect(resolvedPath('app://archivo/assets/')).toBe(`${root}/assets/index.html`);
  });

  it('decodes percent-encoded names inside the folder', () => {
    expect(resolvedPath('app://archivo/assets/Di%C3%A1logo%20font.woff2')).toBe(`${root}/assets/Diálogo font.woff2`);
  });

  it.each([
    'app://archivo/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://archivo/assets/..%2F..%2Fmain.cjs',
    'app://archivo/%2e%2e%2F%2e%2e%2Fetc/passwd',
    'app://archivo/..%5C..%5Cwindows%5Cwin.ini',
    'app://archivo/%2Fetc%2Fpasswd',
    'app://archivo/%2F%2Fserver%2Fshare%2Fx',
    'app://archivo/C:%5CWindows%5Cwin.ini',
    'app://archivo/..',
    'app://archivo/%2e%2e',
  ])('never leaves the renderer folder for %s', (url) => {
    const p = resolvedPath(url);
    if (p !== null) expect(p.startsWith(`${root}/`)).toBe(true);
    if (p !== null) expect(path.relative(root, p).startsWith('..')).toBe(false);
  });

  it('rejects the explicit escapes with 403 rather than serving anything', () => {
    expect(resolveAppAsset(root, 'app://archivo/..%2F..%2Fmain.cjs')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppAsset(root, 'app://archivo/C:%5CWindows%5Cwin.ini')).toMatchObject({ ok: false, status: 403 });
  });

  it('rejects null bytes and malformed escapes with 400', () => {
    expect(resolveAppAsset(root, 'app://archivo/index.html%00.png')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppAsset(root, 'app://archivo/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppAsset(root, 'app://archivo/%')).toMatchObject({ ok: false, status: 400 });
  });

  it('answers only for our own scheme and host', () => {
    for (const url of ['app://evil/index.html', 'https://archivo/index.html', 'file:///etc/passwd', 'app://archivo:1/x', 'nonsense']) {
      expect(resolveAppAsset(root, url)).toMatchObject({ ok: false, status: 404 });
    }
  });

  it('keeps Windows paths inside the folder too', () => {
    const winRoot = 'C:\\Program Files\\Archivo\\resources\\app.asar\\out\\renderer';
    const ok = resolveAppAsset(winRoot, 'app://archivo/assets/a.js', path.win32);
    expect(ok).toMatchObject({ ok: true, path: `${winRoot}\\assets\\a.js` });
    for (const url of ['app://archivo/..%5C..%5C..%5Cmain.cjs', 'app://archivo/..%2F..%2Fmain.cjs', 'app://archivo/D:%5Csecret.txt', 'app://archivo/%5C%5Cserver%5Cshare']) {
      expect(resolveAppAsset(winRoot, url, path.win32)).toMatchObject({ ok: false });
    }
  });

  it('never resolves outside the folder, whatever the path', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '..%2F', '%2F', '%5C', '%00', 'assets', 'index.html', ''),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const result = resolveAppAsset(root, `app://archivo/${segments.join('/')}`);
        if (!result.ok) return true;
        const rel = path.relative(root, result.path);
        return rel !== '' && !rel.startsWith('../') && rel !== '..' && !path.isAbsolute(rel) && !result.path.includes('\0');
      }),
      { numRuns: 2000 },
    );
  });
});
