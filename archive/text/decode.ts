/**
 * Turns the bytes of a text file into normalised text, whatever the era of the archive: UTF-8 today,
 * Windows-1252 in old Latin American and European archives, UTF-16 from Windows tools.
 *
 * Order matters: a byte-order mark is the author's own statement, strict UTF-8 almost never accepts
 * text in another encoding by accident, and only then do we guess, among the few encodings that make
 * sense for English, Spanish and Portuguese text.
 */
import { isUtf8, transcode } from 'node:buffer';
import { analyse } from 'chardet';
import { UnreadableFileError } from '../formats/reader';

export interface DecodedText {
  /** LF line endings, Unicode NFC, no byte-order mark. */
  readonly text: string;
  /** Lower-case WHATWG label of the encoding used, e.g. "utf-8", "windows-1252", "utf-16le". */
  readonly encoding: string;
}

/** How much of the file the binary check and the encoding guess look at. */
const SAMPLE_BYTES = 64 * 1024;
const BINARY_SAMPLE_BYTES = 8 * 1024;
/** More than this share of control characters and the file is not text a person wrote. */
const MAX_CONTROL_RATIO = 0.1;

const NOT_TEXT = { kind: 'binary' } as const;

type Bom = { readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32'; readonly length: number };

function byteOrderMark(bytes: Uint8Array): Bom | null {
  const [a, b, c, d] = bytes;
  // UTF-32LE's mark starts like UTF-16LE's, so it is checked first.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32', length: 4 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a mark: Latin text has a zero in every other byte (the high byte), and almost never
 * in the other half. Binary files have zeros everywhere or in runs.
 */
function unmarkedUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  // Most files have no zero byte at all, which one native search tells.
  if (pairs < 2 || sample.indexOf(0) === -1) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) zeroEven++;
    if (sample[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd / pairs >= 0.4 && zeroEven / pairs < 0.02) return 'utf-16le';
  if (zeroEven / pairs >= 0.4 && zeroOdd / pairs < 0.02) return 'utf-16be';
  return null;
}

function isControlByte(byte: number): boolean {
  // Tab, LF, VT, FF, CR and ESC appear in real text files; the other C0 controls and DEL do not.
  if (byte === 0x09 || byte === 0x0a || byte === 0x0b || byte === 0x0c || byte === 0x0d || byte === 0x1b) return false;
  return byte < 0x20 || byte === 0x7f;
}

/**
 * True when the start of the file looks like binary data (an image, a PDF, a ZIP) rather than text:
 * a NUL byte or many control characters (C1 controls counted as UTF-8 writes them, so that UTF-8 text
 * need not be checked again once decoded). UTF-16 text, which is full of zero bytes, is recognised first.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (byteOrderMark(bytes) !== null) return false;
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  if (unmarkedUtf16(sample) !== null) return false;
  let controls = 0;
  // Indexed, with most bytes let through by one test: three times as fast as for-of over every byte.
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte >= 0x20 && byte !== 0x7f && byte !== 0xc2) continue;
    if (byte === 0) return true;
    if (byte === 0xc2 ? isC1Continuation(sample[i + 1]) : isControlByte(byte)) controls++;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO;
}

/** The second byte of U+0080–U+009F in UTF-8 (after 0xC2). */
function isC1Continuation(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x80 && byte <= 0x9f;
}

/** The characters looksBinary counts (NUL among them): C0 controls but tab, line breaks and ESC; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]/;

/** Text decoded from another encoding than UTF-8 that holds NULs or many controls came from a binary file after all. */
function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 0x20 && code < 0x7f) || code >= 0xa0) continue;
    if (code === 0) return true;
    if (isControlByte(code) || code >= 0x80) controls++;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO;
}

/** Encodings a guess may land on. Browsers read ISO-8859-1 as its superset Windows-1252, and so do we. */
const WESTERN_LABELS: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'iso-8859-15': 'iso-8859-15',
};

/**
 * Picks the encoding of bytes that are not valid UTF-8. Mostly-UTF-8 files with a stray byte or two
 * (an edit in another editor) stay UTF-8 with a replacement character, rather than turning every
 * accent into mojibake. Otherwise the best Western single-byte guess wins; chardet's other answers
 * (Central European, Cyrillic, CJK) are wrong far more often than right for English, Spanish and
 * Portuguese text, so they fall back to Windows-1252, the encoding of most such archives.
 */
function guessEncoding(bytes: Uint8Array): string {
  let matches: ReturnType<typeof analyse> = [];
  try {
    matches = analyse(bytes.subarray(0, SAMPLE_BYTES));
  } catch {
    matches = [];
  }
  if (matches.some((match) => match.name === 'UTF-8' && match.confidence >= 25)) return 'utf-8';
  for (const match of matches) {
    const label = WESTERN_LABELS[match.name.toLowerCase()];
    if (label !== undefined) return label;
  }
  return 'windows-1252';
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (five bytes are unassigned and stay C1 controls).
 * Node 20.18.3+/22.13+ decode "windows-1252" as ISO-8859-1 and return C1 controls for these bytes
 * (nodejs/node#60888), which would turn every curly quote of an old archive into an invisible
 * character, so the decoded text is repaired with the WHATWG table; on a correct runtime this is a no-op.
 */
const WINDOWS_1252_C1 =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/gu, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? char);
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal = false): string {
  // ignoreBOM: the mark, if any, was already cut off; a second one inside the text is content.
  const text = new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  return encoding === 'windows-1252' ? repairWindows1252(text) : text;
}

function decodeRaw(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom?.encoding === 'utf-32') throw new UnreadableFileError({ kind: 'utf-32' });
  if (bom !== null && bom.encoding !== 'utf-8') return checked(decodeWith(bom.encoding, bytes.subarray(bom.length)), bom.encoding);
  const utf16 = bom === null ? unmarkedUtf16(bytes.subarray(0, BINARY_SAMPLE_BYTES)) : null;
  if (utf16 !== null) {
    try {
      return checked(decodeWith(utf16, bytes, true), utf16);
    } catch {
      throw new UnreadableFileError(NOT_TEXT);
    }
  }
  const content = asBuffer(bytes.subarray(bom?.length ?? 0));
  if (isUtf8(content)) {
    const text = utf8String(content);
    // Text with no control character at all in its first BINARY_SAMPLE_BYTES characters (which hold
    // at least that many bytes) is not binary: one regular expression, not a loop over its bytes.
    if (!CONTROL_CHARACTER.test(text.slice(0, BINARY_SAMPLE_BYTES)) || !looksBinary(content)) return { text, encoding: 'utf-8' };
    throw new UnreadableFileError(NOT_TEXT);
  }
  if (looksBinary(content)) throw new UnreadableFileError(NOT_TEXT);
  // Marked as UTF-8 but not quite: the mark is the author's word, and a stray byte becomes U+FFFD.
  if (bom !== null) return checked(decodeWith('utf-8', content), 'utf-8');
  const encoding = guessEncoding(bytes);
  return checked(decodeWith(encoding, bytes), encoding);
}

function checked(text: string, encoding: string): DecodedText {
  if (looksBinaryText(text)) throw new UnreadableFileError(NOT_TEXT);
  return { text, encoding };
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Valid UTF-8 as a string; see wideString. */
function utf8String(utf8: Buffer): string {
  return utf8.indexOf(0xe2) !== -1 ? wideString(utf8) : utf8.toString('utf8');
}

/**
 * Valid UTF-8 with a character from U+2000 to U+2FFF (lead byte E2: curly quotes, dashes, ellipses),
 * which makes a two-byte string either way: ICU's transcoding to UTF-16 makes it in half the time
 * V8's UTF-8 decoding takes (where ICU is built in).
 */
function wideString(utf8: Buffer): string {
  return transcode ? transcode(utf8, 'utf8', 'utf16le').toString('utf16le') : utf8.toString('utf8');
}

/**
 * Below U+0300 every character is already composed and none composes with another (checked for all
 * pairs), so such text is its own NFC: most English, Spanish and Portuguese news skips the rewrite.
 */
const MAY_DECOMPOSE = /[^\u0000-\u02ff]/;

/** CRLF and lone CR become LF; composed characters (NFC) so that "é" is one character everywhere. */
export function normaliseText(text: string): string {
  const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return MAY_DECOMPOSE.test(lines) ? lines.normalize('NFC') : lines;
}

/**
 * Decodes a text file. Throws only `UnreadableFileError`, with a reason a person can act on, when the
 * bytes are not text. An empty input decodes to an empty string: whether that is a problem is the
 * reader's call.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const { text, encoding } = decodeRaw(bytes);
    return { text: normaliseText(text), encoding };
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`the text could not be decoded (${String(error)})`);
  }
}

/**
 * The lines of a file that `decodeText` reads as UTF-8, whose carriage returns all end lines (CRLF),
 * decoded and normalised one at a time as they are asked for: the same strings as
 * `decodeText(bytes).text.split('\n')`. Null for any other file (another encoding, a lone CR, not
 * text), which is then decoded whole. A line at a time is twice as fast as a string of the whole
 * file, which V8 writes into freshly mapped memory, and only the line being read is held as text.
 * NFC is line by line too: a line break composes with nothing, so no composition crosses one.
 */
export function utf8Lines(bytes: Uint8Array): Iterable<string> | null {
  const bom = byteOrderMark(bytes);
  if (bom !== null && bom.encoding !== 'utf-8') return null;
  // decodeRaw's checks, in its order: UTF-16 without a mark, binary bytes, invalid UTF-8.
  if (bom === null && unmarkedUtf16(bytes.subarray(0, BINARY_SAMPLE_BYTES)) !== null) return null;
  const content = asBuffer(bytes.subarray(bom?.length ?? 0));
  if (looksBinary(content) || !isUtf8(content) || hasLoneCarriageReturn(content)) return null;
  return linesOf(content);
}

/** A CR not followed by LF: decodeText makes it a line break of its own. */
function hasLoneCarriageReturn(content: Buffer): boolean {
  for (let at = content.indexOf(0x0d); at !== -1; at = content.indexOf(0x0d, at + 1)) if (content[at + 1] !== 0x0a) return true;
  return false;
}

function* linesOf(content: Buffer): Generator<string> {
  // Where the next character from U+2000 to U+2FFF is (curly quotes, dashes, ellipses, the euro sign: UTF-8 lead byte E2).
  let punctuation = content.indexOf(0xe2);
  for (let from = 0; ; ) {
    const end = content.indexOf(0x0a, from);
    const lineEnd = end === -1 ? content.length : end;
    // Without a CRLF's CR, which normaliseText would leave as a line break of its own.
    const textEnd = lineEnd > from && content[lineEnd - 1] === 0x0d ? lineEnd - 1 : lineEnd;
    if (punctuation !== -1 && punctuation < from) punctuation = content.indexOf(0xe2, from);
    yield normaliseText(punctuation !== -1 && punctuation < textEnd ? wideString(content.subarray(from, textEnd)) : content.toString('utf8', from, textEnd));
    if (end === -1) return;
    from = end + 1;
  }
}
