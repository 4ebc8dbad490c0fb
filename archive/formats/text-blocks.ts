/**
 * Layout helpers shared by the plain-text readers: blank-line separated blocks, paragraphs,
 * the rights notice and sign-off at the end, and the "never show a paragraph twice" rule.
 */
import { foldTable } from '../analysis/fast-fold';
import { FNV_OFFSET, FNV_PRIME, hashWord } from '../analysis/hash-word';
import { fold } from '../text/fold';
import { memoized } from '../text/memoized';

/** A run of non-blank lines, each trimmed. */
export type Block = readonly string[];

/** Splits LF text into blocks separated by blank (or whitespace-only) lines. */
export function splitBlocks(text: string): Block[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  // Most lines, and most texts, have no run of spaces or tab to fold: looking for one is cheaper than rewriting every line.
  const spaced = text.includes('  ') || text.includes('\t');
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(spaced && (trimmed.includes('  ') || trimmed.includes('\t')) ? trimmed.replace(/[ \t]+/g, ' ') : trimmed);
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
  // Measured before it is joined: the block before a notice is the body's last paragraph.
  if (block.reduce((length, line) => length + 1 + line.length, -1) > MAX_RIGHTS_LENGTH) return false;
  const text = joinLines(block);
  return RIGHTS_START.test(text) || RIGHTS_ANYWHERE.test(text);
}

/** A short line in capitals, such as "DIÁLOGO" or "(EFE)": the outlet signing off. */
function isSignOff(block: Block): boolean {
  if (block.length !== 1) return false;
  const line = block[0] ?? '';
  // Length first: a paragraph of the body is not upper-cased (twice) only to be turned down.
  if (line.length > 40) return false;
  const hasLetters = line.toUpperCase() !== line.toLowerCase();
  return hasLetters && line === line.toUpperCase() && line.split(' ').length <= 5;
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

/** Far more than the outlets of an archive; a notice may be a piece of its article's text (see memoized). */
const RIGHTS_NOTICES_REMEMBERED = 256;

/**
 * The rights holder named in a notice: "Copyright © 2018 Diálogo Americas. All Rights Reserved."
 * and "Derechos reservados © 2013 Revista Cuenca Verde." give the outlet's name. Null when the
 * notice names nobody. An outlet's articles repeat its notice: each is read once (see memoized).
 */
export const rightsHolder = memoized((notice: string): string | null => {
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
}, RIGHTS_NOTICES_REMEMBERED);

/** The quotes a paragraph key makes plain: the same paragraph may be quoted in another style. */
const DOUBLE_QUOTES = '“”«»„"';
const SINGLE_QUOTES = "‘’'";
const ANY_DOUBLE_QUOTE = new RegExp(`[${DOUBLE_QUOTES}]`, 'gu');
const ANY_SINGLE_QUOTE = new RegExp(`[${SINGLE_QUOTES}]`, 'gu');

/** Comparison key: the same paragraph despite case, accents, spacing or quote style. */
function paragraphKey(paragraph: string): string {
  return fold(paragraph).replace(ANY_DOUBLE_QUOTE, '"').replace(ANY_SINGLE_QUOTE, "'").replace(/\s+/gu, ' ').trim();
}

let keyUnits: Uint16Array | null = null;

/**
 * What paragraphKey makes of each code unit of the BMP on its own: its fold, a plain quote for a
 * quote, a space for white space; 0 when `fold` must see it in context (as in fast-fold's table).
 */
function keyUnitTable(): Uint16Array {
  if (!keyUnits) {
    const folded = foldTable();
    keyUnits = new Uint16Array(folded.length);
    for (let code = 0; code < folded.length; code++) {
      const character = String.fromCharCode(folded[code]!);
      keyUnits[code] = /\s/u.test(character) ? 0x20 : DOUBLE_QUOTES.includes(character) ? 0x22 : SINGLE_QUOTES.includes(character) ? 0x27 : folded[code]!;
    }
  }
  return keyUnits;
}

/**
 * How much of a key its hash covers. A paragraph's first words nearly always tell it from the other
 * paragraphs of its article, so the rest of it is not even read: those whose keys start alike are
 * told apart by their whole keys.
 */
const HASHED_UNITS = 64;

/** FNV-1a of a key's first HASHED_UNITS code units. */
function hashOf(key: string): number {
  return hashWord(key, 0, Math.min(key.length, HASHED_UNITS));
}

/** hashOf(paragraphKey(paragraph)) through the key table, with no string made. */
function paragraphKeyHash(paragraph: string): number {
  const units = keyUnitTable();
  let hash = FNV_OFFSET;
  let length = 0;
  let spaceDue = false;
  for (let i = 0; i < paragraph.length && length < HASHED_UNITS; i++) {
    const code = paragraph.charCodeAt(i);
    const unit = units[code]!;
    if (unit === 0x20) {
      spaceDue = length > 0;
      continue;
    }
    // A character `fold` must see in context: the table cannot say what the key starts with.
    if (unit === 0 && code !== 0) return hashOf(paragraphKey(paragraph));
    if (spaceDue) {
      hash = Math.imul(hash ^ 0x20, FNV_PRIME);
      spaceDue = false;
      if (++length === HASHED_UNITS) break;
    }
    hash = Math.imul(hash ^ unit, FNV_PRIME);
    length++;
  }
  return hash;
}

/** Short repeats ("* * *", "—") are separators, not paragraphs shown twice. */
const MIN_DEDUPE_LENGTH = 20;

/**
 * Drops every paragraph already seen (in `alreadyShown`, e.g. the teaser, or earlier in the list).
 * Paragraphs are grouped by the hash of their key's start; a paragraph's whole key is made only when
 * another's start hashed alike, and at most once.
 */
export function withoutRepeats(paragraphs: readonly string[], alreadyShown: readonly string[] = []): string[] {
  const seen = new Map<number, { readonly first: string; keys: Set<string> | null }>();
  const isRepeat = (paragraph: string): boolean => {
    const hash = paragraphKeyHash(paragraph);
    const alike = seen.get(hash);
    if (alike === undefined) {
      seen.set(hash, { first: paragraph, keys: null });
      return false;
    }
    alike.keys ??= new Set([paragraphKey(alike.first)]);
    const key = paragraphKey(paragraph);
    if (key.length >= MIN_DEDUPE_LENGTH && alike.keys.has(key)) return true;
    alike.keys.add(key);
    return false;
  };
  for (const paragraph of alreadyShown) isRepeat(paragraph);
  return paragraphs.filter((paragraph) => !isRepeat(paragraph));
}
