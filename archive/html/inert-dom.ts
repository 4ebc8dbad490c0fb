/**
 * A DOM for untrusted page HTML that can never run script or reach the network. jsdom only fetches
 * subresources (scripts, stylesheets, images, iframes) when asked to with `resources`, and only runs
 * script with `runScripts`; we set neither, and give no `url`, so relative references resolve nowhere.
 */
import type { JSDOM } from 'jsdom';
import { requireLazily } from '../node/lazy-require';

function inertDom(html: string): JSDOM {
  // Loaded here, not at startup: most archives have no HTML, and jsdom takes most of a second to load.
  const { JSDOM, VirtualConsole } = requireLazily<typeof import('jsdom')>('jsdom');
  // A silent console: jsdom reports CSS it cannot parse, which is noise for a reader.
  return new JSDOM(html, { virtualConsole: new VirtualConsole() });
}

/**
 * Parses `html` into a document of its own and hands it to `use`. DOMParser documents have no browsing
 * context at all, so even jsdom's own rules for scripts and frames never come into play, and parsing
 * costs a fraction of a new window.
 */
export function withInertDocument<T>(html: string, use: (document: Document) => T): T {
  const parser = new (sharedInertWindow().DOMParser)();
  return use(parser.parseFromString(html, 'text/html'));
}

let shared: JSDOM | null = null;

/** One long-lived inert window for DOMPurify and fragment parsing, created on first use. */
export function sharedInertWindow(): JSDOM['window'] {
  shared ??= inertDom('<!doctype html><html><head></head><body></body></html>');
  return shared.window;
}
