/**
 * Layout helpers shared by the plain-text readers: blank-line separated blocks, paragraphs,
 * the rights notice and sign-off at the end, and the "never show a paragraph twice" rule.
 */
import { foldTable } from '../analysis/fast-fold';
import { bmpTable } from '../text/bmp-table';
import { fold } from '../text/fold';

/** A run of non-blank lines, each trimmed. */
export type Block = readonly string[];

/** Splits LF text into blocks separated by blank (or whitespace-only) lines. */
export function splitBlocks(text: string): Block[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      // Most lines have no run of spaces or tab to fold: looking for one is cheaper than rewriting every line.
      current.push(trimmed.includes('  ') || trimmed.includes('\t') ? trimmed.replace(/[ \t]+/g, ' ') : trimmed);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Lines longer than this were not wrapped by hand: each is a paragraph of its own. */
const WRAP_WIDTH = 100;
const LIST_ITEM = /^(?:[-*•–—]\s|\d{1,3}[.)]\s)/u;

/**
 * Turns a block into paragraphs. Hard-wrapped lines are joined with a space; a block whose lines are
 * long (one paragraph per line, no blank lines between) or list items keep one paragraph per line.
 */
export function blockParagraphs(block: Block): string[] {
  const separate = block.some((line) => line.length > WRAP_WIDTH || LIST_ITEM.test(line));
  return separate ? [...block] : [block.join(' ')];
}

/** Joins a block's lines with single spaces (headlines, rights notices). */
export function joinLines(block: Block): string {
  return block.join(' ');
}

const RIGHTS_START =
  /^(?:copyright\b|©|\(c\)\s|all rights reserved|todos (?:los|os) (?:derechos|direitos)|(?:derechos|direitos) reservados|reservados todos)/iu;
const RIGHTS_ANYWHERE = /(?:rights reserved|derechos reservados|direitos reservados|copyright\s*©|©)/iu;
const MAX_RIGHTS_LENGTH = 300;

function isRightsBlock(block: Block): boolean {
  const text = joinLines(block);
  return text.length <= MAX_RIGHTS_LENGTH && (RIGHTS_START.test(text) || RIGHTS_ANYWHERE.test(text));
}

/** A short line in capitals, such as "DIÁLOGO" or "(EFE)": the outlet signing off. */
function isSignOff(block: Block): boolean {
  if (block.length !== 1) return false;
  const line = block[0] ?? '';
  const hasLetters = line.toUpperCase() !== line.toLowerCase();
  return hasLetters && line === line.toUpperCase() && line.length <= 40 && line.split(' ').length <= 5;
}

export interface ArticleTail {
  /** The blocks before the sign-off and rights notice. */
  readonly blocks: readonly Block[];
  /** Rights notice as published, lines joined with single spaces; null when absent. */
  readonly copyright: string | null;
  readonly signOff: string | null;
}

/**
 * Separates the trailing rights notice (possibly several blocks) and, if asked, one sign-off in
 * capitals, in either order: "DIÁLOGO" then "Copyright …", or the notice first and the sign-off last.
 */
export function splitTail(blocks: readonly Block[], options: { readonly signOff: boolean }): ArticleTail {
  let end = blocks.length;
  const rights: Block[] = [];
  let signOff: string | null = null;
  for (let last = blocks[end - 1]; last !== undefined; last = blocks[end - 1]) {
    if (isRightsBlock(last)) rights.unshift(last);
    else if (options.signOff && signOff === null && isSignOff(last)) signOff = last[0] ?? null;
    else break;
    end--;
  }
  const copyright = rights.length > 0 ? rights.map(joinLines).join(' ') : null;
  return { blocks: blocks.slice(0, end), copyright, signOff };
}

const RESERVATION =
  /\b(?:all rights reserved|todos (?:los|os) (?:derechos|direitos) reservados|(?:derechos|direitos) reservados|reservados todos los derechos)\b/giu;
const MARKS = /\bcopyright\b|©|\(c\)/giu;
const YEARS = /\b(?:18|19|20)\d{2}(?:\s*[-–—]\s*(?:18|19|20)\d{2})?\b/gu;
/** Company suffixes whose final dot belongs to the name ("S.A", "Inc" once the dot is cut). */
const ABBREVIATION_END = /(?:\b\p{L}\.\p{L}|\b(?:inc|ltd|ltda|co|corp|cia))$/iu;

/**
 * The rights holder named in a notice: "Copyright © 2018 Diálogo Americas. All Rights Reserved."
 * and "Derechos reservados © 2013 Revista Cuenca Verde." give the outlet's name. Null when the
 * notice names nobody.
 */
export function rightsHolder(notice: string): string | null {
  const name = notice
    .replace(RESERVATION, ' ')
    .replace(MARKS, ' ')
    .replace(YEARS, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.,;:–—-]+/u, '')
    .replace(/^(?:by|por)\s+/iu, '')
    .trim();
  const bare = name.replace(/[\s.,;:–—-]+$/u, '');
  // "S.A." and "Inc." keep the dot that ends them; a sentence's full stop goes.
  const holder = ABBREVIATION_END.test(bare) && name.startsWith('.', bare.length) ? `${bare}.` : bare;
  return holder.length > 0 && holder.length <= 100 ? holder : null;
}

/** The quotes a paragraph key makes plain: the same paragraph may be quoted in another style. */
const DOUBLE_QUOTES = '“”«»„"';
const SINGLE_QUOTES = "‘’'";
const ANY_DOUBLE_QUOTE = new RegExp(`[${DOUBLE_QUOTES}]`, 'gu');
const ANY_SINGLE_QUOTE = new RegExp(`[${SINGLE_QUOTES}]`, 'gu');

/** Comparison key: the same paragraph despite case, accents, spacing or quote style. */
function paragraphKey(paragraph: string): string {
  return keyThroughTable(paragraph) ?? fold(paragraph).replace(ANY_DOUBLE_QUOTE, '"').replace(ANY_SINGLE_QUOTE, "'").replace(/\s+/gu, ' ').trim();
}

/** What paragraphKey makes of a folded code unit other than kept as it is (0): white space, or a double or single quote. */
const SPACE = 1;
const DOUBLE_QUOTE = 2;
const SINGLE_QUOTE = 3;
let kinds: Uint8Array | null = null;

function keyKinds(): Uint8Array {
  kinds ??= bmpTable(keyKind);
  return kinds;
}

function keyKind(character: string): number {
  if (/\s/.test(character)) return SPACE;
  if (DOUBLE_QUOTES.includes(character)) return DOUBLE_QUOTE;
  return SINGLE_QUOTES.includes(character) ? SINGLE_QUOTE : 0;
}

const utf16 = new TextDecoder('utf-16le');
let keyCodes = new Uint16Array(1024);

/**
 * paragraphKey in one pass through the fold table, as every paragraph of a text file is keyed:
 * characters folded, quotes made plain, white space runs made one space and the ends trimmed.
 * Null when a character is not in the table; `fold` and the expressions then make the key.
 */
function keyThroughTable(paragraph: string): string | null {
  const table = foldTable();
  const kind = keyKinds();
  if (keyCodes.length < paragraph.length) keyCodes = new Uint16Array(paragraph.length);
  let length = 0;
  let spaceDue = false;
  for (let i = 0; i < paragraph.length; i++) {
    const code = paragraph.charCodeAt(i);
    const folded = table[code]!;
    if (folded === 0 && code !== 0) return null;
    const kindOf = kind[folded];
    if (kindOf === SPACE) {
      spaceDue = length > 0;
      continue;
    }
    if (spaceDue) keyCodes[length++] = 0x20;
    spaceDue = false;
    keyCodes[length++] = kindOf === DOUBLE_QUOTE ? 0x22 : kindOf === SINGLE_QUOTE ? 0x27 : folded;
  }
  return utf16.decode(keyCodes.subarray(0, length));
}

/** Short repeats ("* * *", "—") are separators, not paragraphs shown twice. */
const MIN_DEDUPE_LENGTH = 20;

/** Drops every paragraph already seen (in `alreadyShown`, e.g. the teaser, or earlier in the list). */
export function withoutRepeats(paragraphs: readonly string[], alreadyShown: readonly string[] = []): string[] {
  const seen = new Set(alreadyShown.map(paragraphKey));
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    const key = paragraphKey(paragraph);
    if (key.length >= MIN_DEDUPE_LENGTH && seen.has(key)) continue;
    seen.add(key);
    kept.push(paragraph);
  }
  return kept;
}
