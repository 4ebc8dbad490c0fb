/**
 * The app's own origin. The renderer is served from `app://archivo/…` (a standard, secure custom scheme),
 * and everything that decides "is this us?" goes through `isAppUrl`. Pure: no Electron import.
 *
 * Node's `new URL('app://archivo/x').origin` is the string "null" for custom schemes, so origins are never
 * compared; protocol and host are.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'archivo';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Parses without throwing; null for anything that is not a URL. */
export function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True only for `app://archivo/…`: right scheme, right host, no credentials, no port. Node treats `app:`
 * as a non-special scheme and keeps the host's case; Chromium (where it is registered standard)
 * lowercases it, so compare case-insensitively.
 */
export function isAppUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname.toLowerCase() === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
