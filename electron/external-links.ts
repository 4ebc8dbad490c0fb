/**
 * Links that leave the app. `shell.openExternal` hands a URL to the operating system, which will run
 * whatever handler is registered for its scheme (`ms-msdt:`, `search-ms:`, `file:` and `smb:` have all
 * been used to run code or leak credentials), so only plain web addresses pass, and only after the user
 * has seen where they lead and said yes. Pure: the dialog and the shell are injected, so the decisions
 * are unit-tested without Electron.
 *
 * `mailto:` is refused too: some mail clients honour `?attach=/path` and would attach a local file to a
 * message composed by the page's author. The link text stays readable, so the address can be copied.
 */
import { isIP } from 'node:net';

/** Windows caps URLs handed to the shell at 2081 characters; longer ones are cut off unpredictably. */
export const MAX_EXTERNAL_URL_LENGTH = 2081;

export type ExternalUrlVerdict =
  | {
      readonly ok: true;
      /** The normalised address that will be opened (never the raw string). */
      readonly url: string;
      /** The host as the browser will see it: punycode, never a look-alike Unicode form. */
      readonly host: string;
      /** A reason for extra care the dialog must show, or null. */
      readonly warning: string | null;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Whitespace, C0/C1 controls, backslashes (read as "/" by browsers, differently by other parsers),
 * zero-width characters and bidirectional overrides (they make the shown URL differ from the real one).
 */
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\\\u00ad\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

const refuse = (reason: string): ExternalUrlVerdict => ({ ok: false, reason });

export function externalUrlVerdict(raw: unknown): ExternalUrlVerdict {
  if (typeof raw !== 'string' || raw.length === 0) return refuse('not a web address');
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return refuse('the address is too long to open safely');
  if (UNSAFE_CHARACTERS.test(raw)) return refuse('the address contains spaces, control characters or backslashes');
  // The literal prefix, not only the parsed protocol: `https:evil.example` and `https:/evil.example` parse.
  if (!/^https?:\/\/[^/]/i.test(raw)) return refuse('only http and https links are opened');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('not a valid web address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('only http and https links are opened');
  if (url.username !== '' || url.password !== '') return refuse('the address hides its real host behind a user name');
  const host = url.hostname.toLowerCase();
  const local = localHostReason(host);
  if (local !== null) return refuse(local);
  if (url.href.length > MAX_EXTERNAL_URL_LENGTH) return refuse('the address is too long to open safely');
  const international = host.split('.').some((label) => label.startsWith('xn--'));
  return {
    ok: true,
    url: url.href,
    host,
    warning: international
      ? `The address uses international characters; its real name is ${host}. Letters that look alike can imitate a known site.`
      : null,
  };
}

/** Links in an archived page never need the user's own machine or network: they would reach local services. */
function localHostReason(host: string): string | null {
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  if (bare === '' || bare === 'localhost' || bare.endsWith('.localhost')) return 'the address points at this computer';
  const version = isIP(bare);
  if (version === 4 && isPrivateIpv4(bare)) return 'the address points at this computer or the local network';
  if (version === 6 && isPrivateIpv6(bare)) return 'the address points at this computer or the local network';
  if (version === 0 && !bare.includes('.')) return 'the address names no public host';
  return null;
}

function isPrivateIpv4(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
}

function isPrivateIpv6(address: string): boolean {
  const lower = address.toLowerCase();
  if (lower === '::' || lower === '::1') return true;
  // IPv4-mapped (::ffff:7f00:1 after normalisation): judge by the embedded address.
  if (lower.startsWith('::ffff:')) return true;
  return /^(?:f[cd]|fe[89ab])/.test(lower);
}

export interface ExternalOpenDeps {
  /** Asks the user; resolves true only on an explicit "Open". */
  confirm(request: { readonly url: string; readonly host: string; readonly warning: string | null }): Promise<boolean>;
  openExternal(url: string): Promise<void>;
}

export type ExternalOpenOutcome =
  | { readonly outcome: 'opened'; readonly url: string }
  | { readonly outcome: 'canceled' }
  | { readonly outcome: 'refused'; readonly reason: string }
  | { readonly outcome: 'busy' }
  | { readonly outcome: 'failed'; readonly message: string };

/**
 * The confirm-then-open flow. One question at a time: while a confirmation is open, further requests
 * are dropped (`busy`), so a page cannot stack dialogs hoping for a stray click.
 */
export function createExternalOpener(deps: ExternalOpenDeps): (raw: unknown) => Promise<ExternalOpenOutcome> {
  let asking = false;
  return async (raw) => {
    const verdict = externalUrlVerdict(raw);
    if (!verdict.ok) return { outcome: 'refused', reason: verdict.reason };
    if (asking) return { outcome: 'busy' };
    asking = true;
    let confirmed: boolean;
    try {
      confirmed = (await deps.confirm({ url: verdict.url, host: verdict.host, warning: verdict.warning })) === true;
    } catch {
      confirmed = false;
    } finally {
      asking = false;
    }
    if (!confirmed) return { outcome: 'canceled' };
    try {
      await deps.openExternal(verdict.url);
      return { outcome: 'opened', url: verdict.url };
    } catch (error) {
      return { outcome: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  };
}
