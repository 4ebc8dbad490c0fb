/**
 * Saved web pages: Mozilla Readability finds the article among the navigation, ads, "most read" boxes
 * and footers; the page's own metadata (JSON-LD, OpenGraph, meta tags) supplies headline, byline, date,
 * outlet, URL and rights; the stored HTML is sanitised. The page is parsed in an inert jsdom: no script
 * runs and nothing is fetched, ever.
 */
import { Readability } from '@mozilla/readability';
import type { ParsedArticle } from '../model/article';
import { withInertDocument } from '../html/inert-dom';
import { paragraphsFromHtml } from '../html/paragraphs';
import { sanitizeArticleHtml } from '../html/sanitize';
import { parseDate } from '../text/dates';
import { decodeText, normaliseText, type DecodedText } from '../text/decode';
import { clean, extractPageMetadata, httpUrl } from './html-metadata';
import { UnreadableFileError, type FormatReader } from './reader';

export interface HtmlReadOptions {
  /** Where the page was captured from (a WARC target URI); the page's canonical URL wins. */
  readonly url?: string | null;
  /** When a web archive captured the page, ISO 8601. */
  readonly capturedAt?: string | null;
}

/** Readability gives up beyond this many elements rather than spending minutes on a pathological page. */
const MAX_ELEMENTS = 200_000;
/** How far into the bytes a `<meta charset>` may appear (the HTML standard's prescan looks at 1024). */
const CHARSET_PRESCAN_BYTES = 4096;
const MAX_TITLE_FALLBACK = 120;

/** Navigation, banners and dialogs that Readability's class-name heuristics can miss. */
const BOILERPLATE = [
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'dialog', 'iframe', 'svg', 'math',
  '[role="navigation"]', '[role="complementary"]', '[role="dialog"]', '[role="alertdialog"]', '[aria-modal="true"]',
  '[hidden]', '[aria-hidden="true"]', 'body > footer', '[role="contentinfo"]',
].join(',');

/** Class or id words of ads, cookie/consent banners, newsletter and paywall prompts. */
const BOILERPLATE_NAME = /^(?:ads?|adv|advert\w*|ad[-_]\w+|\w+[-_]ad|adsbygoogle|sponsor\w*|publicidad|anuncio\w*|promo\w*|cookies?\b.*|\w*[-_]?cookies?\b.*|consent\w*|\w+[-_]consent|gdpr\w*|newsletter\w*|paywall\w*|most[-_]?(?:read|popular|viewed)|mas[-_]?leid[oa]s?|mais[-_]?lid[oa]s?)$/i;

function isBoilerplate(element: Element): boolean {
  const names = [...Array.from(element.classList), ...element.id.split(/\s+/)];
  return names.some((name) => BOILERPLATE_NAME.test(name));
}

/** The label from `<meta charset>` or an http-equiv Content-Type, read as ASCII from the first bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

function supported(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes to text. A byte-order mark or valid UTF-8 decides first (decodeText); otherwise the charset the
 * server (`charsetHint`, from a WARC's HTTP header) or the page declares, when this runtime knows it;
 * otherwise decodeText's Windows-1252 detection.
 */
export function decodeHtml(bytes: Uint8Array, charsetHint?: string | null): DecodedText {
  const [a, b] = bytes;
  const hasBom = (a === 0xef && b === 0xbb) || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  if (hasBom || isUtf8(bytes)) return decodeText(bytes);
  const declared = supported(charsetHint) ?? supported(declaredCharset(bytes));
  // A page declaring UTF-8 whose bytes are not UTF-8 is mislabelled: let detection decide.
  if (declared === null || declared === 'utf-8' || declared.startsWith('utf-16')) return decodeText(bytes);
  decodeText(bytes.subarray(0, 8192)); // throws UnreadableFileError for binary data
  return { text: normaliseText(new TextDecoder(declared).decode(bytes)), encoding: declared };
}

function looksLikeUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

/** "By Ana Pérez" → "Ana Pérez"; "Por …" / "Por: …" in Spanish and Portuguese. */
function bylineName(byline: string | null | undefined): string | null {
  const text = clean(byline)?.replace(/^(?:by|por|de)\s*:?\s+/i, '') ?? null;
  return text && text.length <= 120 && !looksLikeUrl(text) ? text : null;
}

function isoTimestamp(value: string | null | undefined): string | null {
  const text = clean(value);
  return text && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) && !Number.isNaN(Date.parse(text)) ? text : null;
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Extracts the article of one HTML page. Throws `UnreadableFileError` when the page holds none. */
export function readHtmlDocument(html: string, options: HtmlReadOptions = {}): ParsedArticle {
  return withInertDocument(html, (document) => {
    const meta = extractPageMetadata(document);
    const pageTitle = clean(document.title);
    for (const element of Array.from(document.querySelectorAll(BOILERPLATE))) element.remove();
    for (const element of Array.from(document.body?.querySelectorAll('[class], [id]') ?? [])) {
      if (element.isConnected && element.tagName !== 'ARTICLE' && element.tagName !== 'MAIN' && isBoilerplate(element)) element.remove();
    }

    let extracted: ReturnType<Readability<string>['parse']>;
    try {
      extracted = new Readability(document, { maxElemsToParse: MAX_ELEMENTS }).parse();
    } catch (error) {
      if (error instanceof Error && /Aborting parsing/.test(error.message)) throw new UnreadableFileError({ kind: 'page-too-large' });
      throw error;
    }
    const content = extracted?.content ? sanitizeArticleHtml(extracted.content) : '';
    const title = meta.title ?? clean(extracted?.title) ?? pageTitle;
    let body = paragraphsFromHtml(content);
    if (title) body = body.filter((paragraph) => comparable(paragraph) !== comparable(title));
    if (body.length === 0) throw new UnreadableFileError({ kind: 'no-page-article' });

    // Not Readability's excerpt: without a declared description it is just the first paragraph.
    const summary = meta.description;
    // A teaser repeated as the first paragraph is shown once, as the teaser.
    const firstParagraph = body[0];
    if (summary && firstParagraph !== undefined && body.length > 1 && comparable(firstParagraph) === comparable(summary)) body = body.slice(1);
    const dateRaw = meta.dateRaw ?? clean(extracted?.publishedTime);

    return {
      title: title ?? (body[0] ?? '').slice(0, MAX_TITLE_FALLBACK),
      summary: summary && comparable(summary) !== comparable(body.join(' ')) ? summary : null,
      author: meta.author ?? bylineName(extracted?.byline),
      date: dateRaw ? parseDate(dateRaw) : null,
      dateRaw,
      source: meta.source ?? clean(extracted?.siteName),
      url: meta.url ?? httpUrl(options.url),
      copyright: meta.copyright,
      language: meta.language ?? null,
      body,
      html: content,
      tags: meta.tags,
      capturedAt: isoTimestamp(options.capturedAt),
    };
  });
}

/** Decodes and reads one page, for callers that hold bytes (the page reader, the WARC reader). */
export function readHtmlBytes(bytes: Uint8Array, options: HtmlReadOptions & { readonly charset?: string | null } = {}): {
  readonly article: ParsedArticle;
  readonly encoding: string;
} {
  const { text, encoding } = decodeHtml(bytes, options.charset);
  return { article: readHtmlDocument(text, options), encoding };
}

export const htmlPageReader: FormatReader = {
  format: 'html',
  extensions: ['html', 'htm', 'xhtml'],
  sniff: (head) => /^(?:\ufeff)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(head),
  read(bytes) {
    const { article, encoding } = readHtmlBytes(bytes);
    return { articles: [{ article, format: 'html', encoding }], problems: [] };
  },
};
