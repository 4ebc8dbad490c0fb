/**
 * The scraped-text format of the seed article (GUIDE.md §2):
 *
 *   Headline
 *   Teaser paragraph                      (optional; often repeated as the first body paragraph)
 *   AUTHOR | [17 February 2012](URL or #)  (the byline: this line is what identifies the format)
 *   Body paragraphs…
 *   SIGN-OFF IN CAPITALS                  (optional)
 *   Copyright © 2018 Outlet. All Rights Reserved.   (optional; may span lines, may be es/pt)
 *
 * A `.txt` file without a byline near the top is plain text and is read as such.
 */
import type { ParsedArticle } from '../model/article';
import { findDate, parseDate } from '../text/dates';
import { decodeNonEmpty, parsePlainText } from './plain-text';
import type { FormatReader, ReadArticle, ReadResult } from './reader';
import { blockParagraphs, joinLines, rightsHolder, splitBlocks, splitTail, withoutRepeats } from './text-blocks';

export interface Byline {
  readonly author: string | null;
  readonly date: string | null;
  readonly dateRaw: string;
  readonly url: string | null;
}

/** The byline sits right after the headline or after a teaser or two. */
const MAX_BYLINE_BLOCK = 4;
const MAX_AUTHOR_LENGTH = 120;
const LINKED = /^\[([^\]]*)\]\(([^)]*)\)$/u;
const BARE_URL = /\bhttps?:\/\/[^\s)\]]+/iu;

/**
 * Stand-ins that scrapers and anonymisers put where the author would be: "WRITER-ID", "AUTHOR-ID",
 * "N/A", "Unknown", "{{author}}". They mean the author is unknown, not that someone has that name.
 */
const AUTHOR_PLACEHOLDER =
  /^(?:(?:writer|author|autor|byline|reporter|redactor)(?:[-_ ]?(?:id|name|nombre|nome))?|n\/?a|none|null|undefined|unknown|anonymous|desconocido|desconhecido|an[oó]nimo|-+|—|–|\?+|\{\{.*\}\}|<.*>|\[.*\]|%.*%|\$\{.*\})$/iu;

export function authorName(raw: string): string | null {
  const name = raw
    .trim()
    .replace(/^(?:by|por)\s+/iu, '')
    .trim();
  if (name === '' || name.length > MAX_AUTHOR_LENGTH || AUTHOR_PLACEHOLDER.test(name)) return null;
  return name;
}

/** Only real web addresses are kept: "#", relative links and other schemes mean no URL. */
export function articleUrl(raw: string): string | null {
  const candidate = raw.trim();
  return /^https?:\/\//iu.test(candidate) && URL.canParse(candidate) ? candidate : null;
}

/**
 * Reads "AUTHOR | [17 February 2012](URL or #)", "Maria Pérez | March 3, 2015" and the like.
 * A line is a byline only if the part after the bar holds a date: a bar alone proves nothing.
 */
export function parseByline(line: string): Byline | null {
  const bar = line.indexOf('|');
  if (bar < 0) return null;
  const rest = line.slice(bar + 1).trim();
  const linked = LINKED.exec(rest);
  const dateText = linked ? (linked[1] ?? '').trim() : rest;
  const found = findDate(dateText);
  if (found === null) return null;
  // Most bylines hold nothing but the date: then it was parsed whole already.
  const wholeDate = found.raw === dateText ? found.date : parseDate(dateText);
  const url = linked ? articleUrl(linked[2] ?? '') : articleUrl(BARE_URL.exec(rest)?.[0] ?? '');
  return {
    author: authorName(line.slice(0, bar)),
    date: wholeDate ?? found.date,
    dateRaw: wholeDate === null ? found.raw : dateText,
    url,
  };
}

/** The byline among the first blocks and the index of its block, or null. Never the headline itself. */
function findByline(blocks: readonly (readonly string[])[]): { readonly index: number; readonly byline: Byline } | null {
  const limit = Math.min(blocks.length, MAX_BYLINE_BLOCK);
  for (let index = 1; index < limit; index++) {
    const block = blocks[index];
    const byline = block?.length === 1 ? parseByline(block[0] ?? '') : null;
    if (byline !== null) return { index, byline };
  }
  return null;
}

/** Parses decoded text; null when it is not in the scraped-text format. */
export function parseScrapedText(text: string): ParsedArticle | null {
  const blocks = splitBlocks(text);
  const found = findByline(blocks);
  const headline = blocks[0];
  if (found === null || headline === undefined) return null;
  const { index, byline } = found;

  const teaser = blocks.slice(1, index).flatMap(blockParagraphs);
  const tail = splitTail(blocks.slice(index + 1), { signOff: true });
  const fromRights = tail.copyright === null ? null : rightsHolder(tail.copyright);
  return {
    title: joinLines(headline),
    summary: teaser.length > 0 ? teaser.join(' ') : null,
    author: byline.author,
    date: byline.date,
    dateRaw: byline.dateRaw,
    // The rights holder is the outlet's name as it spells it; the sign-off is only a fallback.
    source: fromRights ?? tail.signOff,
    url: byline.url,
    copyright: tail.copyright,
    language: null,
    body: withoutRepeats(tail.blocks.flatMap(blockParagraphs), teaser),
  };
}

export function readScrapedText(bytes: Uint8Array): ReadArticle {
  const { text, encoding } = decodeNonEmpty(bytes);
  const scraped = parseScrapedText(text);
  if (scraped !== null) return { article: scraped, format: 'scraped-text', encoding };
  return { article: parsePlainText(text), format: 'plain-text', encoding };
}

/** Reads `.txt` files: the seed's scraped-text format when there is a byline, plain text otherwise. */
export const scrapedTextReader: FormatReader = {
  format: 'scraped-text',
  extensions: ['txt'],
  sniff: (head: string): boolean => findByline(splitBlocks(head.replace(/\r\n?/g, '\n'))) !== null,
  read(bytes: Uint8Array): ReadResult {
    return { articles: [readScrapedText(bytes)], problems: [] };
  },
};
