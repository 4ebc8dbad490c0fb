/**
 * Maps an `app://archivo/…` request to a file under the renderer build folder, refusing anything that
 * would escape it. Pure (no Electron, no file system) so traversal attempts can be unit-tested.
 *
 * Electron's documented example (`path.resolve(__dirname, pathname)`) rejects every request on POSIX,
 * and the WHATWG parser does not collapse `%2F`, so after decoding `..%2F..%2Fetc` would escape the
 * root: join, then check the relative path.
 */
import nodePath from 'node:path';
import { isAppUrl, parseUrl } from './app-url';

export type AssetResolution =
  | { readonly ok: true; readonly path: string; readonly contentType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

type PathApi = Pick<typeof nodePath, 'join' | 'relative' | 'isAbsolute' | 'extname'>;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string, pathApi: PathApi = nodePath): string {
  return CONTENT_TYPES[pathApi.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * @param root absolute path of the renderer build (e.g. `<app>/out/renderer`)
 * @param requestUrl the full request URL, e.g. `app://archivo/assets/index-abc.js?v=1`
 * @param pathApi `node:path` by default; tests pass `path.win32` to check Windows separators.
 */
export function resolveAppAsset(root: string, requestUrl: string, pathApi: PathApi = nodePath): AssetResolution {
  const url = parseUrl(requestUrl);
  if (url === null || !isAppUrl(requestUrl)) {
    return { ok: false, status: 404, reason: 'Not an app URL' };
  }
  let decoded: string;
  try {
    // Node leaves the path of a bare `app://archivo` empty where Chromium would say "/".
    decoded = decodeURIComponent(url.pathname || '/');
  } catch {
    return { ok: false, status: 400, reason: 'Malformed percent-encoding' };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400, reason: 'Null byte in path' };
  // A Windows drive letter or UNC prefix inside the path is never a renderer asset.
  if (/^[/\\]*[a-zA-Z]:/.test(decoded) || /^[/\\]{2}/.test(decoded)) {
    return { ok: false, status: 403, reason: 'Absolute path' };
  }
  const relativeRequest = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const filePath = pathApi.join(root, relativeRequest);
  const rel = pathApi.relative(root, filePath);
  if (rel === '' || rel === '..' || rel.startsWith(`..${'/'}`) || rel.startsWith('..\\') || pathApi.isAbsolute(rel)) {
    return { ok: false, status: 403, reason: 'Outside the app folder' };
  }
  return { ok: true, path: filePath, contentType: contentTypeFor(filePath, pathApi) };
}
