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

/**
 * The policy for the frame where sanitised article HTML is shown (an `<iframe sandbox srcdoc>` without
 * `allow-scripts`; the renderer puts it in a `<meta http-equiv>` at the top of the srcdoc). Stricter
 * than the shell's: no script of any origin, no fetch, no fonts, no frames, no forms, and images only
 * from `data:` (a remote image is a tracking pixel). Inline styles are allowed so the renderer can
 * style the article; the sanitiser already strips every `style` attribute and `<style>` the page had.
 * The frame inherits the shell's policy too (srcdoc documents do; checked in Chromium), so a load must
 * pass both: with the shell's `style-src 'self'`, an inline `<style>` in the frame applies only if the
 * shell's style-src also lists its `'sha256-…'` hash. No `frame-ancestors`: browsers ignore it in a
 * meta tag, with a console warning.
 */
export const ARTICLE_FRAME_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
