/**
 * The on-disk form of a segment, loaded with a handful of reads and no JSON of any size:
 *
 *   256-byte header  "ARCHIVO-SEGMENT <version> <index bytes> <sha256 of index> <store bytes>" + padding
 *   index            section table, then 8-byte-aligned sections (typed arrays are views, not copies)
 *   store            the serialized articles, read one at a time when a page of results needs them
 *
 * The index part is checked against its sha256 when loaded; the store is not read at load (that is
 * what keeps a million-article archive opening in seconds) — each article read from it is checked
 * against its own content hash by the catalog instead. Typed arrays are little-endian, as on every
 * platform Archivo ships for. Anything unexpected raises `SnapshotUnusableError`: rebuild, never trust.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { writeFileAtomic } from '../fs/write-file-atomic';
import { SnapshotUnusableError } from '../index/snapshot-file';
import { MemoryStore, Segment, type SegmentData, type StoredArticles } from './segment';

export const SEGMENT_FORMAT_VERSION = 1;
const MAGIC = 'ARCHIVO-SEGMENT';
const HEADER_BYTES = 256;
const ID_LENGTH = 16;

type Section = Uint8Array | Uint32Array | Int32Array | Float64Array;

export async function writeSegmentFile(file: string, segment: Segment): Promise<string> {
  const data = segment.data;
  // Segments read from a file are already saved; only new ones (built or merged in memory) are written.
  if (!(segment.store instanceof MemoryStore)) throw new Error('this segment is already saved');
  const storeStarts = segment.store.offsets();
  const storeBytes = segment.store.all();
  const meta = { docCount: data.docCount, fieldTotals: data.fieldTotals, values: data.values };
  const sections: Section[] = [
    utf8(JSON.stringify(meta)),
    utf8(data.terms.join('\n')),
    data.df,
    data.postStart,
    data.postings,
    data.posStart,
    data.positions,
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
  const chunks: Uint8Array[] = [bytesOf(table)];
  let written = table.byteLength;
  sections.forEach((section, i) => {
    table[1 + i * 2] = offset;
    table[2 + i * 2] = section.byteLength;
    if (offset > written) chunks.push(new Uint8Array(offset - written));
    chunks.push(bytesOf(section));
    written = offset + section.byteLength;
    offset = align(written);
  });
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  const checksum = hash.digest('hex');
  const header = Buffer.alloc(HEADER_BYTES, 0x20);
  header.write(`${MAGIC} ${SEGMENT_FORMAT_VERSION} ${written} ${checksum} ${storeBytes.length}`, 0, 'latin1');
  header[HEADER_BYTES - 1] = 0x0a;
  await writeFileAtomic(file, [header, ...chunks, storeBytes]);
  return checksum;
}

/** Loads a segment file; its articles stay on disk until asked for. */
export function readSegmentFile(file: string, expectedChecksum?: string): Segment {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new SnapshotUnusableError(`a part of the saved index is missing (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    readSync(fd, header, 0, HEADER_BYTES, 0);
    const fields = header.toString('latin1').trim().split(' ');
    if (fields[0] !== MAGIC) throw new SnapshotUnusableError('a part of the saved index is not an Archivo index');
    if (fields[1] !== String(SEGMENT_FORMAT_VERSION)) throw new SnapshotUnusableError(`a part of the saved index has format ${fields[1]}, this version needs ${SEGMENT_FORMAT_VERSION}`);
    const indexBytes = Number(fields[2]);
    const checksum = fields[3] ?? '';
    const storeBytes = Number(fields[4]);
    if (!Number.isSafeInteger(indexBytes) || !Number.isSafeInteger(storeBytes) || fstatSync(fd).size !== HEADER_BYTES + indexBytes + storeBytes) {
      throw new SnapshotUnusableError('the saved index is truncated');
    }
    if (expectedChecksum !== undefined && checksum !== expectedChecksum) throw new SnapshotUnusableError('a part of the saved index belongs to another version of it');
    const index = new Uint8Array(new ArrayBuffer(indexBytes));
    let read = 0;
    while (read < indexBytes) read += readSync(fd, index, read, Math.min(indexBytes - read, 1 << 30), HEADER_BYTES + read);
    if (createHash('sha256').update(index).digest('hex') !== checksum) throw new SnapshotUnusableError('the saved index is damaged (checksum mismatch)');
    const data = decodeIndex(index);
    return new Segment(data, new FileStore(fd, HEADER_BYTES + indexBytes, data.storeStarts));
  } catch (error) {
    closeSync(fd);
    if (error instanceof SnapshotUnusableError) throw error;
    throw new SnapshotUnusableError(`the saved index is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Switches a just-written segment to reading its articles from the file, freeing their memory. */
export function reopenStore(segment: Segment, file: string): void {
  if (!(segment.store instanceof MemoryStore)) return;
  const fd = openSync(file, 'r');
  const header = Buffer.alloc(HEADER_BYTES);
  readSync(fd, header, 0, HEADER_BYTES, 0);
  const indexBytes = Number(header.toString('latin1').split(' ')[2]);
  segment.store = new FileStore(fd, HEADER_BYTES + indexBytes, segment.store.offsets());
}

class FileStore implements StoredArticles {
  private open = true;
  constructor(
    private readonly fd: number,
    private readonly base: number,
    private readonly starts: Float64Array,
  ) {}

  read(local: number): Uint8Array {
    const start = this.starts[local]!;
    const length = this.starts[local + 1]! - start;
    const bytes = Buffer.alloc(length);
    if (length > 0) readSync(this.fd, bytes, 0, length, this.base + start);
    return bytes;
  }

  close(): void {
    if (this.open) closeSync(this.fd);
    this.open = false;
  }
}

function decodeIndex(index: Uint8Array): SegmentData & { storeStarts: Float64Array } {
  const count = new Float64Array(index.buffer, 0, 1)[0]!;
  if (count !== 17) throw new SnapshotUnusableError('the saved index has an unexpected layout');
  const table = new Float64Array(index.buffer, 0, 1 + count * 2);
  const section = (i: number): [number, number] => {
    const offset = table[1 + i * 2]!;
    const length = table[2 + i * 2]!;
    if (offset % 8 !== 0 || offset + length > index.length) throw new SnapshotUnusableError('the saved index has an unexpected layout');
    return [offset, length];
  };
  const text = (i: number): string => {
    const [offset, length] = section(i);
    return Buffer.from(index.buffer, offset, length).toString('utf8');
  };
  const view = <T>(i: number, Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): T => {
    const [offset, length] = section(i);
    return new Type(index.buffer as ArrayBuffer, offset, length / Type.BYTES_PER_ELEMENT);
  };
  const meta = JSON.parse(text(0)) as { docCount: number; fieldTotals: number[]; values: SegmentData['values'] };
  const termText = text(1);
  const idText = text(8);
  const ids: string[] = new Array<string>(meta.docCount);
  for (let i = 0; i < meta.docCount; i++) ids[i] = idText.slice(i * ID_LENGTH, (i + 1) * ID_LENGTH);
  const data = {
    docCount: meta.docCount,
    ids,
    terms: termText === '' ? [] : termText.split('\n'),
    df: view(2, Uint32Array),
    postStart: view(3, Float64Array),
    postings: view(4, Uint8Array),
    posStart: view(5, Float64Array),
    positions: view(6, Uint8Array),
    langMask: view(7, Uint8Array),
    fieldLengths: view(9, Uint32Array),
    fieldTotals: meta.fieldTotals,
    dates: view(10, Int32Array),
    languageIds: view(11, Int32Array),
    sourceIds: view(12, Int32Array),
    authorIds: view(13, Int32Array),
    tagStart: view(14, Uint32Array),
    tagIds: view(15, Int32Array),
    values: meta.values,
    storeStarts: view(16, Float64Array),
  };
  if (data.df.length !== data.terms.length || data.postStart.length !== data.terms.length + 1 || data.storeStarts.length !== meta.docCount + 1) {
    throw new SnapshotUnusableError('the saved index has an unexpected layout');
  }
  return data;
}

function align(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

function bytesOf(section: Section): Uint8Array {
  return new Uint8Array(section.buffer, section.byteOffset, section.byteLength);
}
