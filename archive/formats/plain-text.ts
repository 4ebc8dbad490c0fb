/**
 * Plain text with no markup: the first non-empty line is the headline, the rest are paragraphs
 * (this is how the BBC News corpus and many hand-saved articles look). A date standing alone on the
 * line after the headline, and a rights notice at the end, are recognised; nothing else is guessed.
 */
import type { ParsedArticle } from '../model/article';
import { parseDate } from '../text/dates';
import { decodeText } from '../text/decode';
import type { FormatReader, ReadArticle, ReadResult } from './reader';
import { UnreadableFileError } from './reader';
import { blockParagraphs, rightsHolder, splitBlocks, splitTail, withoutRepeats } from './text-blocks';
import type { Block } from './text-blocks';

/** A first line longer than this is a paragraph, not a headline: it is shortened for the title and kept in the body. */
const MAX_TITLE_LENGTH = 200;
const SHORT_TITLE_LENGTH = 120;

/** Decodes and rejects files with nothing to read; shared by the text readers. */
export function decodeNonEmpty(bytes: Uint8Array): { readonly text: string; readonly encoding: string } {
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === '') throw new UnreadableFileError({ kind: 'empty' });
  return decoded;
}

function shortTitle(line: string): string {
  const sentence = /^.{20,}?[.!?](?=\s)/u.exec(line.slice(0, SHORT_TITLE_LENGTH));
  if (sentence) return sentence[0];
  const cut = line.slice(0, SHORT_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

/** Builds the article from already decoded, normalised text. */
export function parsePlainText(text: string): ParsedArticle {
  const blocks = splitBlocks(text);
  const [first, ...others] = blocks;
  const firstLine = first?.[0];
  if (first === undefined || firstLine === undefined) throw new UnreadableFileError({ kind: 'empty' });

  const rest: Block[] = [];
  if (firstLine.length > MAX_TITLE_LENGTH) rest.push([firstLine]);
  if (first.length > 1) rest.push(first.slice(1));
  rest.push(...others);

  let date: string | null = null;
  let dateRaw: string | null = null;
  const dateLine = rest[0]?.length === 1 ? rest[0][0] : undefined;
  if (dateLine !== undefined && firstLine.length <= MAX_TITLE_LENGTH) {
    date = parseDate(dateLine);
    if (date !== null) {
      dateRaw = dateLine;
      rest.shift();
    }
  }

  const tail = splitTail(rest, { signOff: false });
  return {
    title: firstLine.length > MAX_TITLE_LENGTH ? shortTitle(firstLine) : firstLine,
    summary: null,
    author: null,
    date,
    dateRaw,
    source: tail.copyright === null ? null : rightsHolder(tail.copyright),
    url: null,
    copyright: tail.copyright,
    language: null,
    body: withoutRepeats(tail.blocks.flatMap(blockParagraphs)),
  };
}

export function readPlainText(bytes: Uint8Array): ReadArticle {
  const { text, encoding } = decodeNonEmpty(bytes);
  return { article: parsePlainText(text), format: 'plain-text', encoding };
}

/**
 * Reader for plain text. The scraped-text reader already falls back to it for `.txt` files, so a
 * registry needs only one of the two per extension; this one claims no extension of its own.
 */
export const plainTextReader: FormatReader = {
  format: 'plain-text',
  extensions: [],
  read(bytes: Uint8Array): ReadResult {
    return { articles: [readPlainText(bytes)], problems: [] };
  },
};
