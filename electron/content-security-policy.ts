/**
 * The Content-Security-Policy sent as a header with every `app://` response. renderer/index.html
 * carries the same policy in a meta tag; a page is bound by both, so they must say the same thing
 * (a unit test compares them). The header also covers what a meta tag cannot: it applies before the
 * parser starts, and to every response, not only the document.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
