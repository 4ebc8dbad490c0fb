/**
 * The policy of the frame that shows article HTML: even if the sanitiser missed something, nothing in
 * that frame may run, fetch, submit or embed. (The browser-level proof is test/e2e-renderer/hostile-frame.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_FRAME_CSP, CONTENT_SECURITY_POLICY } from '../../../electron/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name.toLowerCase()), `${name} appears twice (browsers ignore the second)`).toBe(false);
    map.set(name.toLowerCase(), values);
  }
  return map;
}

describe('ARTICLE_FRAME_CSP', () => {
  const policy = directives(ARTICLE_FRAME_CSP);

  it("falls back to 'none' for everything not named", () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('allows no script at all: no script-src, no script-src-elem/attr, no worker-src', () => {
    for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src', 'connect-src', 'object-src', 'font-src', 'media-src', 'manifest-src', 'prefetch-src', 'child-src']) {
      expect(policy.has(name), `${name} is set`).toBe(false);
    }
    expect(ARTICLE_FRAME_CSP).not.toMatch(/unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|'self'|\*|https?:|wss?:|blob:|filesystem:/);
  });

  it('allows images only from data: and styles only inline', () => {
    expect(policy.get('img-src')).toEqual(['data:']);
    expect(policy.get('style-src')).toEqual(["'unsafe-inline'"]);
  });

  it('forbids <base>, forms and nested frames explicitly (not covered by default-src)', () => {
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
  });

  it('has no directive a <meta> policy ignores with a console warning', () => {
    for (const name of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) expect(policy.has(name)).toBe(false);
  });

  it('is stricter than the shell policy on every fetch directive the shell restricts', () => {
    const shell = directives(CONTENT_SECURITY_POLICY);
    expect(shell.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toBeUndefined();
    expect(policy.get('font-src')).toBeUndefined();
  });
});
