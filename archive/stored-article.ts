/**
 * The stored form of an article: the bytes the index keeps per article and gives back when an article
 * or a snippet is shown. Binary rather than JSON: copying each field's UTF-8 straight into one reused
 * buffer takes about half the time of an object rest, `JSON.stringify` and a copy to bytes, and every
 * indexed article pays for it.
 *
 *   1 byte      STORED_FORMAT
 *   17 values   the fields, in the order `decodeStoredArticle` lists them
 *
 * A value starts with a varint (7 bits a byte, low first): ABSENT (the field was undefined), NULL,
 * or FIRST_SIZE + the size. For a list, the size is its count and its strings follow. For a string,
 * the size is twice its byte length, plus one when the bytes are UTF-16LE rather than UTF-8: a string
 * with a lone surrogate, which UTF-8 would turn into U+FFFD, is kept code unit for code unit, as the
 * JSON form kept it.
 */
import { articleTextHash, utf8TextHash } from './article-hash';
import { fieldIndex } from './engine/fields';
import { varintSize } from './engine/byte-sink';
import type { Article, ArticleFormat } from './model/article';

/** The article as stored: everything but where it was found, which changes without the text changing. */
export type StoredArticle = Omit<Article, 'path' | 'locations'>;

/** An article just read, not yet identified: its id and checksum are the digest of its text. */
export type NewArticle = Omit<StoredArticle, 'id' | 'sha256'>;

/** Changes whenever the layout does, so bytes written by another version are refused, not misread. */
const STORED_FORMAT = 1;
const ABSENT = 0;
const NULL = 1;
const FIRST_SIZE = 2;
/** A varint of up to 5 bytes holds any size a string can have (V8 strings are under 2^30 code units). */
const MAX_VARINT_BYTES = 5;
/**
 * Articles are written one after another into a slab and each is a view of its bytes there: one
 * buffer per slab rather than one per article, which the allocator and the collector each pay for.
 */
const SLAB_BYTES = 1 << 20;
/** What UTF-8 writes for a lone surrogate (and for a U+FFFD in the text). */
const REPLACEMENT_CHARACTER = Buffer.from('\ufffd', 'utf8');

/** The searchable fields' numbers (engine/fields.ts), for `StoredText.parts`. */
const TITLE = fieldIndex('title');
const SUMMARY = fieldIndex('summary');
const BODY = fieldIndex('body');
const AUTHOR = fieldIndex('author');
const SOURCE = fieldIndex('source');
const TAGS = fieldIndex('tags');
const NOT_SEARCHED = -1;

let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
/** Where the article being written starts in the slab, and where its next byte goes. */
let start = 0;
let at = 0;
/** (field, start, end) of each searchable string written so far, from the article's start; null once one was written as UTF-16. */
let parts: number[] | null = [];

/** An encoded article, and where the text of its searchable fields is in it. */
export interface StoredText {
  readonly bytes: Uint8Array;
  /**
   * The UTF-8 of each searchable string in `bytes`: (field, start, end), fields numbered as
   * engine/fields.ts numbers them, each field's parts (paragraphs, tags) in order. Null when a
   * string holds a lone surrogate and is stored as UTF-16.
   */
  readonly parts: readonly number[] | null;
}

/** A new article encoded, and the identity its text gave it. */
export interface EncodedArticle extends StoredText {
  readonly id: string;
  readonly sha256: string;
}

/**
 * Encodes a new article with the id and checksum of its text (`articleTextHash`), hashed from the
 * UTF-8 of its title and paragraphs as just written here: the digest of the strings would encode
 * them to UTF-8 a second time, which took longer than the hashing itself.
 */
export function encodeNewArticle(article: NewArticle): EncodedArticle {
  writeText(article, false);
  // Checking every string for lone surrogates costs nearly as much as writing it. A U+FFFD in the
  // bytes is rare and shows where one may have been: only then is the article written again, every
  // string checked.
  if (slab.subarray(start, at).indexOf(REPLACEMENT_CHARACTER) !== -1) writeText(article, true);
  const sha256 = (parts && utf8TextHash(slab.subarray(start, at), parts, article)) ?? articleTextHash(article);
  const id = articleId(sha256);
  writeIdentity(id, sha256, article);
  return { ...handOut(), id, sha256 };
}

/** An article's id: the start of its text's digest. */
export function articleId(sha256: string): string {
  return sha256.slice(0, 16);
}

/** The article just written, as a view of the slab (or a buffer of its own when it outgrew one). */
function handOut(): StoredText {
  const written = slab.subarray(start, at);
  if (slab.length > SLAB_BYTES) {
    // An article that outgrew a slab is kept at its own size, not in a buffer up to six times that.
    slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
    start = at = 0;
    return { bytes: Buffer.from(written), parts };
  }
  // The next article goes after this one: nothing is ever written over bytes already handed out.
  start = at;
  return { bytes: written, parts };
}

/** Reads bytes `encodeNewArticle` wrote; throws on anything else (truncated, another format, bytes left over). */
export function decodeStoredArticle(bytes: Uint8Array): StoredArticle {
  const reader = new StoredBytesReader(bytes);
  // One literal, fields in a fixed order: every decoded article gets the same hidden class. An
  // optional field that was undefined is undefined again, as `buildArticle` leaves it.
  const article: StoredArticle = {
    title: reader.string(),
    summary: reader.nullableString(),
    author: reader.nullableString(),
    date: reader.nullableString(),
    dateRaw: reader.nullableString(),
    source: reader.nullableString(),
    url: reader.nullableString(),
    copyright: reader.nullableString(),
    language: reader.nullableString(),
    body: reader.list(),
    html: reader.optionalString(),
    tags: reader.optionalList(),
    capturedAt: reader.optionalString(),
    id: reader.string(),
    sha256: reader.string(),
    format: reader.string() as ArticleFormat,
    encoding: reader.string(),
  };
  reader.finish();
  return article;
}

/** The fields before the identity, from the start of the article: what its text is. */
function writeText(article: NewArticle, checkSurrogates: boolean): void {
  at = start;
  parts = [];
  reserve(1);
  slab[at++] = STORED_FORMAT;
  writeString(article.title, checkSurrogates, TITLE);
  writeString(article.summary, checkSurrogates, SUMMARY);
  writeString(article.author, checkSurrogates, AUTHOR);
  writeString(article.date, checkSurrogates);
  writeString(article.dateRaw, checkSurrogates);
  writeString(article.source, checkSurrogates, SOURCE);
  writeString(article.url, checkSurrogates);
  writeString(article.copyright, checkSurrogates);
  writeString(article.language, checkSurrogates);
  writeList(article.body, checkSurrogates, BODY);
  writeString(article.html, checkSurrogates);
  writeList(article.tags, checkSurrogates, TAGS);
  writeString(article.capturedAt, checkSurrogates);
}

/** The fields after the text: id and checksum (hex, never a surrogate), then how it was read. */
function writeIdentity(id: string, sha256: string, article: Pick<NewArticle, 'format' | 'encoding'>): void {
  writeString(id, false);
  writeString(sha256, false);
  writeString(article.format, false);
  writeString(article.encoding, false);
}

function writeString(value: string | null | undefined, checkSurrogates: boolean, field = NOT_SEARCHED): void {
  if (value === undefined || value === null) {
    reserve(1);
    slab[at++] = value === null ? NULL : ABSENT;
    return;
  }
  const wide = checkSurrogates && hasLoneSurrogate(value);
  // At most 3 UTF-8 bytes (or 2 UTF-16 bytes) per code unit: room for that, and for the size before it.
  const room = value.length * 3;
  const sizeRoom = varintSize(sizeOf(room, wide));
  reserve(sizeRoom + room);
  const written = slab.write(value, at + sizeRoom, wide ? 'utf16le' : 'utf8');
  const size = sizeOf(written, wide);
  const sizeBytes = varintSize(size);
  // The size took fewer bytes than room was left for: close the gap.
  if (sizeBytes < sizeRoom) slab.copyWithin(at + sizeBytes, at + sizeRoom, at + sizeRoom + written);
  writeVarint(size);
  if (field !== NOT_SEARCHED && parts) {
    if (wide) parts = null;
    else parts.push(field, at - start, at - start + written);
  }
  at += written;
}

function writeList(list: readonly string[] | undefined, checkSurrogates: boolean, field: number): void {
  reserve(MAX_VARINT_BYTES);
  if (list === undefined) {
    slab[at++] = ABSENT;
    return;
  }
  writeVarint(FIRST_SIZE + list.length);
  for (const item of list) writeString(item, checkSurrogates, field);
}

/** `String.prototype.isWellFormed` (ES2024, Node 20), four times as fast as a /\p{Cs}/u test; archive/ is typed against ES2023. */
function hasLoneSurrogate(value: string): boolean {
  return !(value as string & { isWellFormed(): boolean }).isWellFormed();
}

function sizeOf(byteLength: number, wide: boolean): number {
  return FIRST_SIZE + byteLength * 2 + (wide ? 1 : 0);
}

/** Makes room for `bytes` more after `at`: when the slab is full, the article so far moves to a new one. */
function reserve(bytes: number): void {
  if (at + bytes <= slab.length) return;
  const written = at - start;
  const next = Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, 2 * (written + bytes)));
  slab.copy(next, 0, start, at);
  slab = next;
  start = 0;
  at = written;
}

function writeVarint(value: number): void {
  // Arithmetic, not bit operations: a size can pass 2^31.
  while (value >= 0x80) {
    slab[at++] = (value % 0x80) | 0x80;
    value = Math.floor(value / 0x80);
  }
  slab[at++] = value;
}

class StoredBytesReader {
  private readonly bytes: Buffer;
  private at = 1;

  constructor(bytes: Uint8Array) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (this.bytes.length === 0) throw new Error('stored article is empty');
    if (this.bytes[0] !== STORED_FORMAT) throw new Error(`stored article has format ${this.bytes[0]}, this version reads ${STORED_FORMAT}`);
  }

  string(): string {
    const value = this.value();
    if (typeof value !== 'string') throw new Error('stored article lacks a required field');
    return value;
  }

  nullableString(): string | null {
    const value = this.value();
    if (value === undefined) throw new Error('stored article lacks a required field');
    return value;
  }

  optionalString(): string | null | undefined {
    return this.value();
  }

  list(): string[] {
    const list = this.optionalList();
    if (list === undefined) throw new Error('stored article lacks a required list');
    return list;
  }

  optionalList(): string[] | undefined {
    const header = this.varint();
    if (header === ABSENT) return undefined;
    const count = header - FIRST_SIZE;
    // Each string takes a byte at least: a count past that is damage, not a reason to allocate.
    if (count < 0 || count > this.bytes.length - this.at) throw new Error('stored article has a list longer than its bytes');
    const list = new Array<string>(count);
    for (let i = 0; i < count; i++) list[i] = this.string();
    return list;
  }

  finish(): void {
    if (this.at !== this.bytes.length) throw new Error('stored article has bytes after its last field');
  }

  private value(): string | null | undefined {
    const header = this.varint();
    if (header === ABSENT) return undefined;
    if (header === NULL) return null;
    const wide = header % 2 === 1;
    const length = (header - FIRST_SIZE - (wide ? 1 : 0)) / 2;
    const start = this.at;
    const end = start + length;
    if (end > this.bytes.length) throw new Error('stored article is truncated');
    if (wide && length % 2 !== 0) throw new Error('stored article has a UTF-16 string of an odd byte length');
    this.at = end;
    return this.bytes.toString(wide ? 'utf16le' : 'utf8', start, end);
  }

  private varint(): number {
    let value = 0;
    for (let shift = 0; shift < 7 * MAX_VARINT_BYTES; shift += 7) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new Error('stored article is truncated');
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new Error('stored article has a size too long to be one');
  }
}
