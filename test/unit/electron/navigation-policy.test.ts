import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppUrl } from '../../../electron/app-url';
import { isNavigationAllowed, isRequestBlocked } from '../../../electron/navigation-policy';

describe('isAppUrl (IPC sender check)', () => {
  it.each([APP_INDEX_URL, 'app://archivo/', 'app://archivo/index.html#/article/abc', 'APP://ARCHIVO/index.html'])(
    'trusts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://archivo.evil.com/index.html'],
    ['a host with our name as prefix', 'app://archivoo/'],
    ['credentials smuggled before the host', 'app://archivo@evil/index.html'],
    ['a user name', 'app://evil@archivo/index.html'],
    ['a port', 'app://archivo:8080/index.html'],
    ['https with our host', 'https://archivo/index.html'],
    ['file://', 'file:///work/main/out/renderer/index.html'],
    ['about:blank (a detached or fresh frame)', 'about:blank'],
    ['about:srcdoc (an article frame)', 'about:srcdoc'],
    ['data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['javascript: URL', 'javascript:alert(1)'],
    ['an empty string', ''],
    ['garbage', 'not a url'],
  ])('rejects %s', (_label, url) => expect(isAppUrl(url)).toBe(false));

  it.each([null, undefined, 42, {}, ['app://archivo/'], { toString: () => 'app://archivo/' }])(
    'rejects the non-string %s',
    (value) => expect(isAppUrl(value)).toBe(false),
  );
});

describe('isNavigationAllowed', () => {
  it('allows the app itself in the main frame', () => {
    expect(isNavigationAllowed('app://archivo/index.html', true)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'https://archivo/',
    'file:///etc/passwd',
    'about:blank',
    'about:srcdoc',
    'data:text/html,hi',
    'javascript:alert(1)',
    'app://evil/index.html',
    'mailto:editor@example.com',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
  ])('keeps the main window from navigating to %s', (url) => {
    expect(isNavigationAllowed(url, true)).toBe(false);
  });

  it('lets article frames start empty or from srcdoc, but never load the web', () => {
    expect(isNavigationAllowed('about:srcdoc', false)).toBe(true);
    expect(isNavigationAllowed('about:blank', false)).toBe(true);
    expect(isNavigationAllowed('https://example.com/tracker.gif', false)).toBe(false);
    expect(isNavigationAllowed('about:blank?x=https://evil', false)).toBe(false);
    expect(isNavigationAllowed('file:///home/user/.ssh/id_rsa', false)).toBe(false);
    expect(isNavigationAllowed('data:text/html,<script>1</script>', false)).toBe(false);
  });

  it('never allows anything that is not a string', () => {
    for (const value of [null, undefined, 1, {}, []]) {
      expect(isNavigationAllowed(value, true)).toBe(false);
      expect(isNavigationAllowed(value, false)).toBe(false);
    }
  });
});

describe('isRequestBlocked (no network, ever)', () => {
  it.each([
    'http://example.com/',
    'https://example.com/pixel.gif',
    'HTTPS://EXAMPLE.COM/',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'app://evil/x.js',
    'app://archivo.evil.com/x.js',
    'chrome-extension://abc/x.js',
    'gopher://example.com/',
    '//example.com/protocol-relative',
    '',
  ])('cancels %s', (url) => expect(isRequestBlocked(url)).toBe(true));

  it.each([
    'app://archivo/index.html',
    'app://archivo/assets/index-Dx1.js',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://archivo/6f1c-4b',
    'about:blank',
  ])('lets %s through', (url) => expect(isRequestBlocked(url)).toBe(false));

  it('reads the scheme of a multi-megabyte data: URL without giving up', () => {
    expect(isRequestBlocked(`data:image/png;base64,${'A'.repeat(5_000_000)}`)).toBe(false);
  });

  it('blocks every http(s) URL fast-check can think of', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => isRequestBlocked(url)));
  });

  it('blocks non-strings', () => {
    expect(isRequestBlocked(undefined)).toBe(true);
    expect(isRequestBlocked({ url: 'app://archivo/' })).toBe(true);
  });
});
