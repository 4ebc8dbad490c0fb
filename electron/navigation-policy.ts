/**
 * Decisions for the `web-contents-created` hooks, kept pure so hostile URLs can be unit-tested.
 * The app never navigates anywhere but its own `app://archivo/` pages; article HTML is shown in
 * sandboxed `srcdoc` frames, which start life on `about:srcdoc` / `about:blank`.
 */
import { isAppUrl, parseUrl } from './app-url';

/** Sub-frame URLs that carry no content from outside (frames built from `srcdoc` or left empty). */
const INERT_FRAME_URLS = new Set(['about:srcdoc', 'about:blank']);

export function isNavigationAllowed(url: unknown, isMainFrame: boolean): boolean {
  if (isAppUrl(url)) return true;
  if (isMainFrame) return false;
  const parsed = parseUrl(url);
  return parsed !== null && INERT_FRAME_URLS.has(`${parsed.protocol}${parsed.pathname}`) && parsed.search === '';
}

/**
 * Schemes a request may use while the app runs. Everything else (http, https, ws, wss, ftp, file, …)
 * is cancelled: no byte leaves the machine, and a saved page's tracking pixel stays unloaded.
 * `devtools:` lets the developer tools open in development; it serves only bundled DevTools pages.
 */
const ALLOWED_REQUEST_SCHEMES = new Set(['data:', 'blob:', 'about:', 'devtools:']);

export function isRequestBlocked(url: unknown): boolean {
  if (typeof url !== 'string') return true;
  // Read the scheme without parsing the whole URL: data: URLs can be megabytes long.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (scheme === 'app') return !isAppUrl(url);
  return !ALLOWED_REQUEST_SCHEMES.has(`${scheme}:`);
}
