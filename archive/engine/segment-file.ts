/**
 * The on-disk form of a segment, loaded with one read of its small part and no JSON of any size:
 *
 *   256-byte header  "ARCHIVO-SEGMENT <version> <resident bytes> <postings bytes> <positions bytes>
 *                     <store bytes> <crc32 of resident> <crc32 of postings + positions>" + padding
 *   resident         section table, then 8-byte-aligned sections: the dictionary and the per-document
 *                    arrays, read whole at load (typed arrays are views, not copies)
 *   postings, positions   read a term at a time when a query needs them
 *   store            the articles in their stored form (stored-article.ts), read one at a time when a page
 *                    of results needs them
 *   16-byte footer   "STORE <crc32 of store>" (known only once the articles are written)
 *
 * The resident part is checked against its CRC-32 when loaded (damage, not tampering, is what it
 * guards against, and CRC-32 runs at memory speed where SHA-256 took seconds at a million articles).
 * Postings, positions and articles are not read at load: `verify` checks them against theirs in the
 * background after the archive is searchable, and the library rebuilds the index when that fails;
 * their bounds come from the checked resident part, so a damaged byte can only give wrong matches
 * until then, never a read outside the file. Each article read from the store is also checked
 * against its own content hash by the catalog. Typed arrays are little-endian, as on every platform Archivo ships for.
 * Anything unexpected raises `SnapshotUnusableError`: rebuild, never trust.
 */
import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { writeFileAtomic } from '../fs/write-file-atomic';
import { SnapshotUnusableError } from '../index/snapshot-file';
import { MemoryStore, Segment, type SegmentData, type SegmentStore } from './segment';
import { termLines, TermList } from './term-dictionary';

/** Changes with the stored form of an article too (stored-article.ts): the store holds it as is. */
export const SEGMENT_FORMAT_VERSION = 3;
const MAGIC = 'ARCHIVO-SEGMENT';
const HEADER_BYTES = 256;
const ID_LENGTH = 16;
const SECTION_COUNT = 15;
/** Articles are written in batches of about this size, read from wherever the segment keeps them. */
const WRITE_BATCH = 4 * 1024 * 1024;
const VERIFY_CHUNK = 8 * 1024 * 1024;
const FOOTER_BYTES = 16;
const FOOTER = 'STORE';

type Section = Uint8Array | Uint32Array | Int32Array | Float64Array;

interface Layout {
  readonly resident: number;
  readonly postings: number;
  readonly positions: number;
  readonly store: number;
  readonly residentCrc: string;
  readonly bulkCrc: string;
}

/** Writes a segment not saved yet; returns its checksum, which the manifest keeps to tell versions apart. */
export async function writeSegmentFile(file: string, segment: Segment): Promise<string> {
  const data = segment.data;
  // Segments read from a file are already saved; only new ones (built or merged in memory) are written.
  if (!(segment.store instanceof MemoryStore)) throw new Error('this segment is already saved');
  const store = segment.store;
  const storeStarts = store.offsets();
  const meta = { docCount: data.docCount, fieldTotals: data.fieldTotals, values: data.values };
  const sections: Section[] = [
    utf8(JSON.stringify(meta)),
    utf8(termLines(data.terms)),
    data.df,
    data.postStart,
    data.posStart,
    data.langMask,
    utf8(data.ids.join('')),
    data.fieldLengths,
    data.dates,
    data.languageIds,
    data.sourceIds,
    data.authorIds,
    data.tagStart,
    data.tagIds,
    storeStarts,
  ];
  const table = new Float64Array(1 + sections.length * 2);
  table[0] = sections.length;
  let offset = align(table.byteLength);
  const resident: Uint8Array[] = [bytesOf(table)];
  let written = table.byteLength;
  sections.forEach((section, i) => {
    table[1 + i * 2] = offset;
    table[2 + i * 2] = section.byteLength;
    if (offset > written) resident.push(new Uint8Array(offset - written));
    resident.push(bytesOf(section));
    written = offset + section.byteLength;
    offset = align(written);
  });
  const residentCrc = crcOf(resident);
  const bulkCrc = crcOf([store.postingBytes, store.positionBytes]);
  const layout: Layout = {
    resident: written,
    postings: store.postingBytes.length,
    positions: store.positionBytes.length,
    store: storeStarts[data.docCount]!,
    residentCrc: hex(residentCrc),
    bulkCrc: hex(bulkCrc),
  };
  const header = Buffer.alloc(HEADER_BYTES, 0x20);
  header.write(
    `${MAGIC} ${SEGMENT_FORMAT_VERSION} ${layout.resident} ${layout.postings} ${layout.positions} ${layout.store} ${layout.residentCrc} ${layout.bulkCrc}`,
    0,
    'latin1',
  );
  header[HEADER_BYTES - 1] = 0x0a;
  await writeFileAtomic(file, chunksOf(header, resident, store, data.docCount));
  return checksumOf(layout);
}

/** The file's parts in order; articles are gathered a batch at a time, so a merged segment's are never all in memory. */
function* chunksOf(header: Uint8Array, resident: readonly Uint8Array[], store: MemoryStore, docCount: number): Generator<Uint8Array> {
  yield header;
  yield* resident;
  yield store.postingBytes;
  yield store.positionBytes;
  let batch: Uint8Array[] = [];
  let size = 0;
  let crc = 0;
  for (let local = 0; local <= docCount; local++) {
    if (local < docCount) {
      const article = store.read(local);
      const last = batch.length - 1;
      // Articles encoded one after another lie side by side in one buffer: written as one view, not copied.
      if (last >= 0 && follows(batch[last]!, article)) batch[last] = new Uint8Array(article.buffer, batch[last]!.byteOffset, batch[last]!.length + article.length);
      else batch.push(article);
      size += article.length;
    }
    if (size >= WRITE_BATCH || (local === docCount && size > 0)) {
      const bytes = batch.length === 1 ? batch[0]! : Buffer.concat(batch);
      crc = crc32(bytes, crc);
      yield bytes;
      batch = [];
      size = 0;
    }
  }
  const footer = Buffer.alloc(FOOTER_BYTES, 0x20);
  footer.write(`${FOOTER} ${hex(crc)}`, 0, 'latin1');
  footer[FOOTER_BYTES - 1] = 0x0a;
  yield footer;
}

function follows(before: Uint8Array, after: Uint8Array): boolean {
  return after.buffer === before.buffer && after.byteOffset === before.byteOffset + before.length;
}

/**
 * Loads a segment file's dictionary and per-document arrays; postings, positions and articles stay on
 * disk until asked for, and are checked by `verify` unless `justWritten` (by this session, in another thread).
 */
export function readSegmentFile(file: string, expectedChecksum?: string, justWritten = false): Segment {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new SnapshotUnusableError(`a part of the saved index is missing (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  try {
    const layout = readLayout(fd);
    if (expectedChecksum !== undefined && checksumOf(layout) !== expectedChecksum) throw new SnapshotUnusableError('a part of the saved index belongs to another version of it');
    const resident = Buffer.allocUnsafeSlow(layout.resident);
    readFully(fd, resident, HEADER_BYTES);
    if (hex(crc32(resident)) !== layout.residentCrc) throw new SnapshotUnusableError('the saved index is damaged (checksum mismatch)');
    const data = decodeResident(resident, layout);
    return new Segment(data, new FileStore(fd, layout, data.storeStarts, justWritten));
  } catch (error) {
    closeSync(fd);
    if (error instanceof SnapshotUnusableError) throw error;
    throw new SnapshotUnusableError(`the saved index is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Switches a just-written segment to reading its postings and articles from the file, freeing their memory. */
export function reopenStore(segment: Segment, file: string): void {
  if (!(segment.store instanceof MemoryStore)) return;
  const fd = openSync(file, 'r');
  let layout: Layout;
  try {
    layout = readLayout(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  const starts = segment.store.offsets();
  segment.store.close();
  // Just written from memory: nothing to check until the next session loads it.
  segment.store = new FileStore(fd, layout, starts, true);
}

function readLayout(fd: number): Layout {
  const header = Buffer.alloc(HEADER_BYTES);
  readSync(fd, header, 0, HEADER_BYTES, 0);
  const fields = header.toString('latin1').trim().split(' ');
  if (fields[0] !== MAGIC) throw new SnapshotUnusableError('a part of the saved index is not an Archivo index');
  if (fields[1] !== String(SEGMENT_FORMAT_VERSION)) throw new SnapshotUnusableError(`a part of the saved index has format ${fields[1]}, this version needs ${SEGMENT_FORMAT_VERSION}`);
  const [resident, postings, positions, store] = fields.slice(2, 6).map(Number);
  const layout = { resident: resident!, postings: postings!, positions: positions!, store: store!, residentCrc: fields[6] ?? '', bulkCrc: fields[7] ?? '' };
  const sizes = [layout.resident, layout.postings, layout.positions, layout.store];
  if (sizes.some((size) => !Number.isSafeInteger(size) || size < 0) || fstatSync(fd).size !== HEADER_BYTES + sizes.reduce((sum, size) => sum + size, 0) + FOOTER_BYTES) {
    throw new SnapshotUnusableError('the saved index is truncated');
  }
  return layout;
}

function checksumOf(layout: Layout): string {
  return `${layout.residentCrc}${layout.bulkCrc}`;
}

class FileStore implements SegmentStore {
  private open = true;
  private readonly postingsAt: number;
  private readonly positionsAt: number;
  private readonly storeAt: number;

  constructor(
    private readonly fd: number,
    private readonly layout: Layout,
    private readonly starts: Float64Array,
    private verified = false,
  ) {
    this.postingsAt = HEADER_BYTES + layout.resident;
    this.positionsAt = this.postingsAt + layout.postings;
    this.storeAt = this.positionsAt + layout.positions;
  }

  read(local: number): Uint8Array {
    return this.bytes(this.storeAt + this.starts[local]!, this.articleSize(local));
  }

  articleSize(local: number): number {
    return this.starts[local + 1]! - this.starts[local]!;
  }

  postings(start: number, end: number): Uint8Array {
    return this.bytes(this.postingsAt + start, end - start);
  }

  positions(start: number, end: number): Uint8Array {
    return this.bytes(this.positionsAt + start, end - start);
  }

  /**
   * Checks postings, positions and articles against their CRC-32s, reading them a chunk at a time
   * off this thread (the thread only computes the CRCs, at memory speed, between searches).
   */
  async verify(): Promise<boolean> {
    if (this.verified) return true;
    const chunk = Buffer.allocUnsafeSlow(VERIFY_CHUNK);
    const footerAt = this.storeAt + this.layout.store;
    const readChunk = (at: number, length: number): Promise<number> =>
      new Promise((resolve) => read(this.fd, chunk, 0, length, at, (error, bytes) => resolve(error ? 0 : bytes)));
    let bulk = 0;
    let store = 0;
    for (let at = this.postingsAt; at < footerAt && this.open; ) {
      // Chunks end where the store begins, so each lands in one CRC.
      const count = await readChunk(at, Math.min(VERIFY_CHUNK, (at < this.storeAt ? this.storeAt : footerAt) - at));
      if (count === 0) return !this.open;
      if (at < this.storeAt) bulk = crc32(chunk.subarray(0, count), bulk);
      else store = crc32(chunk.subarray(0, count), store);
      at += count;
    }
    const footer = (await readChunk(footerAt, FOOTER_BYTES)) === FOOTER_BYTES ? chunk.toString('latin1', 0, FOOTER_BYTES).trim() : '';
    // Closed meanwhile (the archive was closed): there is nothing left to vouch for.
    if (!this.open) return true;
    this.verified = hex(bulk) === this.layout.bulkCrc && footer === `${FOOTER} ${hex(store)}`;
    return this.verified;
  }

  close(): void {
    if (this.open) closeSync(this.fd);
    this.open = false;
  }

  private bytes(position: number, length: number): Uint8Array {
    const bytes = Buffer.allocUnsafe(length);
    const got = length > 0 ? readSync(this.fd, bytes, 0, length, position) : 0;
    // Only a file changed since it was opened reads short: zeros decode as nothing, never as stale bytes.
    if (got < length) bytes.fill(0, got);
    return bytes;
  }
}

function readFully(fd: number, into: Uint8Array, position: number): void {
  let done = 0;
  while (done < into.length) {
    const got = readSync(fd, into, done, Math.min(into.length - done, 1 << 30), position + done);
    if (got === 0) throw new SnapshotUnusableError('the saved index is truncated');
    done += got;
  }
}

function decodeResident(resident: Buffer, layout: Layout): SegmentData & { storeStarts: Float64Array } {
  const buffer = resident.buffer as ArrayBuffer;
  const base = resident.byteOffset;
  const count = new Float64Array(buffer, base, 1)[0]!;
  if (count !== SECTION_COUNT) throw new SnapshotUnusableError('the saved index has an unexpected layout');
  const table = new Float64Array(buffer, base, 1 + count * 2);
  const section = (i: number): [number, number] => {
    const offset = table[1 + i * 2]!;
    const length = table[2 + i * 2]!;
    if (offset % 8 !== 0 || offset + length > resident.length) throw new SnapshotUnusableError('the saved index has an unexpected layout');
    return [offset, length];
  };
  const text = (i: number): string => {
    const [offset, length] = section(i);
    return resident.toString('utf8', offset, offset + length);
  };
  const view = <T>(i: number, Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): T => {
    const [offset, length] = section(i);
    return new Type(buffer, base + offset, length / Type.BYTES_PER_ELEMENT);
  };
  const meta = JSON.parse(text(0)) as { docCount: number; fieldTotals: number[]; values: SegmentData['values'] };
  const termText = text(1);
  const idText = text(6);
  const ids: string[] = new Array<string>(meta.docCount);
  for (let i = 0; i < meta.docCount; i++) ids[i] = idText.slice(i * ID_LENGTH, (i + 1) * ID_LENGTH);
  const data = {
    docCount: meta.docCount,
    ids,
    terms: new TermList(termText),
    df: view(2, Uint32Array),
    postStart: view(3, Float64Array),
    posStart: view(4, Float64Array),
    langMask: view(5, Uint8Array),
    fieldLengths: view(7, Uint32Array),
    fieldTotals: meta.fieldTotals,
    dates: view(8, Int32Array),
    languageIds: view(9, Int32Array),
    sourceIds: view(10, Int32Array),
    authorIds: view(11, Int32Array),
    tagStart: view(12, Uint32Array),
    tagIds: view(13, Int32Array),
    values: meta.values,
    storeStarts: view(14, Float64Array),
  };
  const terms = data.terms.length;
  if (
    data.df.length !== terms ||
    data.postStart.length !== terms + 1 ||
    data.posStart.length !== terms + 1 ||
    data.postStart[terms] !== layout.postings ||
    data.posStart[terms] !== layout.positions ||
    data.storeStarts.length !== meta.docCount + 1 ||
    data.storeStarts[meta.docCount] !== layout.store
  ) {
    throw new SnapshotUnusableError('the saved index has an unexpected layout');
  }
  return data;
}

function align(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

/** CRC-32 of chunks in a row. Empty ones are skipped: zlib answers 0 for an empty array with no memory behind it. */
function crcOf(chunks: readonly Uint8Array[]): number {
  return chunks.reduce((crc, chunk) => (chunk.length > 0 ? crc32(chunk, crc) : crc), 0);
}

function hex(crc: number): string {
  return crc.toString(16).padStart(8, '0');
}

function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

function bytesOf(section: Section): Uint8Array {
  return new Uint8Array(section.buffer, section.byteOffset, section.byteLength);
}
