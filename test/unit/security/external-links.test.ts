/**
 * `shell.openExternal` runs whatever the OS registered for a scheme: only plain web links may reach it,
 * only after the user said yes, and what is opened is the normalised URL the user was shown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExternalOpener, externalUrlVerdict, MAX_EXTERNAL_URL_LENGTH, type ExternalOpenDeps } from '../../../electron/external-links';

describe('externalUrlVerdict', () => {
  it.each([
    ['https://www.elfaro.net/es/201202/noticias/7522/', 'www.elfaro.net'],
    ['http://example.com', 'example.com'],
    ['HTTPS://EXAMPLE.COM/Path?q=1#frag', 'example.com'],
    ['https://example.com:8443/x', 'example.com'],
    ['https://news.example.co.uk/a/b?c=d&e=f', 'news.example.co.uk'],
  ])('accepts the web link %s', (url, host) => {
    const verdict = externalUrlVerdict(url);
    expect(verdict).toMatchObject({ ok: true, host, warning: null });
    if (verdict.ok) expect(verdict.url).toBe(new URL(url).href);
  });

  it.each([
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['file: on a share', 'file://attacker.example/share/payload.exe'],
    ['smb:', 'smb://attacker.example/share'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with mixed case and entities', 'JaVaScRiPt:alert(1)'],
    ['ms-msdt: (Follina)', 'ms-msdt:/id PCWDiagnostic /skip force /param "IT_RebrowseForFile=cal?c"'],
    ['search-ms:', 'search-ms:query=invoice&crumb=location:\\\\attacker.example\\share'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['mailto: (clients may honour ?attach=)', 'mailto:editor@example.com?attach=/etc/passwd'],
    ['plain mailto:', 'mailto:editor@example.com'],
    ['ftp:', 'ftp://example.com/file'],
    ['ws:', 'ws://example.com/'],
    ['a custom app scheme', 'zoommtg://zoom.us/join?confno=1'],
    ['ms-officecmd:', 'ms-officecmd:{"id":3}'],
    ['our own app:', 'app://archivo/index.html'],
    ['https without slashes', 'https:example.com'],
    ['https with one slash', 'https:/example.com'],
    ['scheme-relative', '//example.com/'],
    ['a relative path', '/etc/passwd'],
    ['credentials before the host', 'https://www.bank.example@attacker.example/'],
    ['a user name only', 'https://user@example.com/'],
    ['a password', 'https://:pw@example.com/'],
    ['backslashes (browsers read them as slashes)', 'https:\\\\attacker.example\\x'],
    ['a backslash after the host', 'https://www.bank.example\\@attacker.example/'],
    ['a leading space', ' https://example.com/'],
    ['a trailing newline', 'https://example.com/\n'],
    ['a tab inside the scheme', 'ht\ttps://example.com/'],
    ['a newline inside the host', 'https://exa\nmple.com/'],
    ['a NUL byte', 'https://example.com/\u0000.pdf'],
    ['a right-to-left override', 'https://example.com/\u202egpj.exe'],
    ['a zero-width space', 'https://exa\u200bmple.com/'],
    ['a no-break space', 'https://example.com/\u00a0x'],
    ['localhost', 'http://localhost:8080/admin'],
    ['a *.localhost name', 'http://router.localhost/'],
    ['loopback IPv4', 'http://127.0.0.1/'],
    ['loopback in hex', 'http://0x7f.1/'],
    ['loopback as an integer', 'http://2130706433/'],
    ['a private network address', 'http://192.168.1.1/'],
    ['a 10/8 address', 'http://10.0.0.1/'],
    ['a 172.16/12 address', 'http://172.20.1.1/'],
    ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data/'],
    ['the unspecified address', 'http://0.0.0.0/'],
    ['loopback IPv6', 'http://[::1]/'],
    ['unique-local IPv6', 'http://[fd00::1]/'],
    ['IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]/'],
    ['a single-label intranet host', 'http://intranet/'],
    ['an empty string', ''],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(externalUrlVerdict(url)).toMatchObject({ ok: false });
  });

  it.each([null, undefined, 42, {}, ['https://example.com/'], { toString: () => 'https://example.com/' }])('refuses the non-string %s', (value) => {
    expect(externalUrlVerdict(value)).toMatchObject({ ok: false });
  });

  it('refuses addresses longer than Windows hands to the shell (2081 characters), before or after normalising', () => {
    const base = 'https://example.com/';
    expect(externalUrlVerdict(base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length))).toMatchObject({ ok: true });
    expect(externalUrlVerdict(base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length + 1))).toMatchObject({ ok: false });
    // 700 "é" are 700 characters raw but 4200 once percent-encoded.
    expect(externalUrlVerdict(base + 'é'.repeat(700))).toMatchObject({ ok: false });
  });

  it('shows a look-alike Unicode host in its real (punycode) form, with a warning', () => {
    for (const lookAlike of ['https://аррӏе.com/', 'https://xn--80ak6aa92e.com/', 'https://www.paypaӏ.com/login', 'https://ехаmple.com/']) {
      const verdict = externalUrlVerdict(lookAlike);
      expect(verdict.ok, lookAlike).toBe(true);
      if (!verdict.ok) continue;
      expect(verdict.host).toMatch(/(^|\.)xn--/);
      expect(verdict.host).toMatch(/^[\x21-\x7e]+$/);
      expect(verdict.url).toContain(verdict.host);
      expect(verdict.warning).toContain(verdict.host);
    }
  });

  it('a legitimately accented host also opens only in its punycode form, so the user sees what the browser will', () => {
    const verdict = externalUrlVerdict('https://diálogo-americas.com/es/articles');
    expect(verdict).toMatchObject({ ok: true, host: 'xn--dilogo-americas-ojb.com' });
  });

  it('accepts only http(s) whatever the string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ unit: 'binary' })), (raw) => {
        const verdict = externalUrlVerdict(raw);
        if (!verdict.ok) return;
        const url = new URL(verdict.url);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect(url.username + url.password).toBe('');
        expect(verdict.url.length).toBeLessThanOrEqual(MAX_EXTERNAL_URL_LENGTH);
        expect(verdict.url).not.toMatch(/[\s\\]/);
      }),
      { numRuns: 2000 },
    );
  });
});

function recordingDeps(answer: boolean | Promise<boolean> | Error): ExternalOpenDeps & { asked: string[]; opened: string[] } {
  const asked: string[] = [];
  const opened: string[] = [];
  return {
    asked,
    opened,
    confirm: async ({ url }) => {
      asked.push(url);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    openExternal: async (url) => {
      opened.push(url);
    },
  };
}

describe('createExternalOpener (confirm, then open)', () => {
  it('opens a web link only after the user confirms, and opens the normalised URL that was shown', async () => {
    const deps = recordingDeps(true);
    const open = createExternalOpener(deps);
    await expect(open('HTTPS://Example.COM/a b')).resolves.toMatchObject({ outcome: 'refused' });
    await expect(open('HTTPS://Example.COM/a%20b')).resolves.toEqual({ outcome: 'opened', url: 'https://example.com/a%20b' });
    expect(deps.asked).toEqual(['https://example.com/a%20b']);
    expect(deps.opened).toEqual(deps.asked);
  });

  it('opens nothing when the user cancels or the dialog fails', async () => {
    for (const answer of [false, new Error('dialog crashed')]) {
      const deps = recordingDeps(answer);
      await expect(createExternalOpener(deps)('https://example.com/')).resolves.toEqual({ outcome: 'canceled' });
      expect(deps.asked).toHaveLength(1);
      expect(deps.opened).toEqual([]);
    }
  });

  it('never asks about, nor opens, a refused address', async () => {
    const deps = recordingDeps(true);
    const open = createExternalOpener(deps);
    for (const url of ['file:///etc/passwd', 'ms-msdt:/id PCWDiagnostic', 'search-ms:query=x', 'smb://host/share', 'javascript:alert(1)', 'https://a@b.example/']) {
      await expect(open(url)).resolves.toMatchObject({ outcome: 'refused' });
    }
    expect(deps.asked).toEqual([]);
    expect(deps.opened).toEqual([]);
  });

  it('asks one question at a time: links clicked while a dialog is open are dropped', async () => {
    let answer: (value: boolean) => void = () => undefined;
    const deps = recordingDeps(new Promise<boolean>((resolve) => (answer = resolve)));
    const open = createExternalOpener(deps);
    const first = open('https://one.example/');
    await expect(open('https://two.example/')).resolves.toEqual({ outcome: 'busy' });
    answer(true);
    await expect(first).resolves.toMatchObject({ outcome: 'opened' });
    expect(deps.opened).toEqual(['https://one.example/']);
    // And the next one is asked again once the first dialog is gone.
    await expect(open('https://three.example/')).resolves.toMatchObject({ outcome: 'opened' });
  });

  it('reports a failing shell instead of throwing', async () => {
    const open = createExternalOpener({ confirm: async () => true, openExternal: async () => Promise.reject(new Error('no browser')) });
    await expect(open('https://example.com/')).resolves.toEqual({ outcome: 'failed', message: 'no browser' });
  });
});
