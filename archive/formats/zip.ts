/**
 * ZIP files of articles. Entries are read as streams into memory and handed back to the format
 * registry (`context.readNested`); nothing is ever written to disk, so an entry's name is only a label
 * and is shown in a safe form (zip-slip names such as "../../x" or "C:\x" cannot point anywhere).
 * Limits on entry count, sizes and compression ratio stop zip bombs; a ZIP inside a ZIP is read when
 * the registry still offers `readNested` (it allows one level). A damaged ZIP yields what was read
 * before the damage, plus one problem.
 */
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { reasonOf } from '../model/file-problem';
import { salvageZip, startsLikeZip } from './zip-salvage';
import { UnreadableFileError, type FormatReader, type ReadArticle, type ReadContext, type ReadResult } from './reader';

type Problem = ReadResult['problems'][number];

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
  readonly maxEntryBytes: number;
  /** Uncompressed ÷ compressed size above which an entry is a suspected bomb… */
  readonly maxRatio: number;
  /** …once it is larger than this (small text compresses very well, legitimately). */
  readonly ratioFloorBytes: number;
}

const MB = 1024 * 1024;
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 50_000,
  maxTotalBytes: 2048 * MB,
  maxEntryBytes: 200 * MB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MB,
};

const TOO_DEEP = reasonOf({ kind: 'nested-too-deep' });

/** Folders and files that operating systems add to archives; never articles. */
const JUNK = /(?:^|\/)(?:__MACOSX\/|\._[^/]*$|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;
/** The assets of a page saved "complete" (page_files/…): never articles, and not worth a problem each. */
const ASSET = /\.(?:png|jpe?g|gif|webp|avif|bmp|ico|svg|css|js|mjs|map|woff2?|ttf|otf|eot|mp3|mp4|m4a|webm|ogg|wav|avi|mov)$/i;

/**
 * A display label for an entry name: `/` separators, no drive letter, no leading slash, no `.` or `..`
 * segments, no control characters. Labels only; nothing is ever resolved against a folder.
 */
export function safeEntryName(raw: string): string {
  const segments = raw
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/\\/g, '/')
    .replace(/^[a-z]:/i, '')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
  return segments.length > 0 ? segments.join('/') : '(unnamed entry)';
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function label(outer: string, inner: string | undefined): string {
  return inner ? `${outer} › ${inner}` : outer;
}

/** Collects what the registry makes of each entry, and applies the limits. */
class Collector {
  readonly articles: ReadArticle[] = [];
  readonly problems: Problem[] = [];
  private total = 0;

  constructor(
    private readonly context: ReadContext,
    private readonly limits: ZipLimits,
  ) {}

  /** 'skip' passes over this entry, 'stop' ends the whole archive. */
  admit(name: string, compressed: number, uncompressed: number): 'read' | 'skip' | 'stop' {
    const { limits } = this;
    if (uncompressed > limits.maxEntryBytes) {
      this.problems.push({ entry: name, reason: `zip bomb suspected: the entry expands to ${megabytes(uncompressed)} (limit ${megabytes(limits.maxEntryBytes)})` });
      return 'skip';
    }
    if (uncompressed > limits.ratioFloorBytes && uncompressed / Math.max(compressed, 1) > limits.maxRatio) {
      const ratio = Math.round(uncompressed / Math.max(compressed, 1));
      this.problems.push({ entry: name, reason: `zip bomb suspected: the entry expands ${ratio}:1 (limit ${limits.maxRatio}:1)` });
      return 'skip';
    }
    if (this.total + uncompressed > limits.maxTotalBytes) {
      this.problems.push({ reason: `zip bomb suspected: the entries expand to more than ${megabytes(limits.maxTotalBytes)}; the rest was not read` });
      return 'stop';
    }
    this.total += uncompressed;
    return 'read';
  }

  async deliver(name: string, bytes: Uint8Array): Promise<void> {
    const readNested = this.context.readNested;
    if (!readNested) {
      this.problems.push({ entry: name, ...TOO_DEEP });
      return;
    }
    try {
      const result = await readNested(`${this.context.path}/${name}`, bytes);
      for (const read of result.articles) this.articles.push({ ...read, entry: label(name, read.entry) });
      for (const problem of result.problems) this.problems.push({ ...problem, entry: label(name, problem.entry) });
    } catch (error) {
      this.problems.push({ entry: name, reason: describe(error) });
    }
  }

  result(): ReadResult {
    return { articles: this.articles, problems: this.problems };
  }
}

function isReadable(rawName: string, name: string): boolean {
  return !/[/\\]$/.test(rawName) && !JUNK.test(name) && !ASSET.test(name);
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
    };
    const onEntry = (entry: Entry): void => (cleanup(), resolve(entry));
    const onEnd = (): void => (cleanup(), resolve(null));
    const onError = (error: Error): void => (cleanup(), reject(error));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

/** The entry's bytes, refusing more than `maxBytes` whatever its header claimed, and checking its CRC. */
async function readEntry(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      stream.destroy();
      throw new RangeError(`zip bomb suspected: the entry holds more than ${megabytes(maxBytes)}`);
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks, size);
  if (crc32(bytes) !== entry.crc32) throw new Error('the ZIP file is damaged: the entry fails its checksum');
  return bytes;
}

function entryProblem(error: unknown): string {
  const message = describe(error);
  if (/^zip bomb suspected|^the ZIP file is damaged/.test(message)) return message;
  if (/too many bytes in the stream/.test(message)) return 'zip bomb suspected: the entry holds more data than its header declares';
  return `the ZIP file is damaged: ${message}`;
}

async function readIntact(zip: ZipFile, collector: Collector, limits: ZipLimits): Promise<void> {
  if (zip.entryCount > limits.maxEntries) {
    collector.problems.push({ reason: `zip bomb suspected: ${zip.entryCount} entries (limit ${limits.maxEntries}); only the first ${limits.maxEntries} were read` });
  }
  for (let seen = 0; seen < limits.maxEntries; seen++) {
    let entry: Entry | null;
    try {
      entry = await nextEntry(zip);
    } catch (error) {
      collector.problems.push({ reason: `the ZIP file is damaged: ${describe(error)}` });
      return;
    }
    if (entry === null) return;
    const rawName = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
    const name = safeEntryName(rawName);
    if (!isReadable(rawName, name)) continue;
    if (entry.isEncrypted()) {
      collector.problems.push({ entry: name, ...reasonOf({ kind: 'encrypted-entry' }) });
      continue;
    }
    const verdict = collector.admit(name, entry.compressedSize, entry.uncompressedSize);
    if (verdict === 'stop') return;
    if (verdict === 'skip') continue;
    let bytes: Buffer;
    try {
      bytes = await readEntry(zip, entry, limits.maxEntryBytes);
    } catch (error) {
      collector.problems.push({ entry: name, reason: entryProblem(error) });
      continue;
    }
    await collector.deliver(name, bytes);
  }
}

async function readSalvaged(bytes: Uint8Array, collector: Collector, limits: ZipLimits, cause: string): Promise<void> {
  const { entries, damage } = salvageZip(bytes, limits);
  for (const entry of entries) {
    const name = safeEntryName(entry.name);
    if (!isReadable(entry.name, name)) continue;
    if (entry.kind === 'refused') {
      collector.problems.push({ entry: name, reason: entry.reason });
      continue;
    }
    const verdict = collector.admit(name, entry.compressedSize, entry.bytes.length);
    if (verdict === 'stop') break;
    if (verdict === 'read') await collector.deliver(name, entry.bytes);
  }
  const recovered = entries.length === 0 ? 'no entry could be recovered' : `the entries before the damage were read`;
  collector.problems.push({ reason: `the ZIP file is damaged: ${damage ?? cause}; ${recovered}` });
}

export async function readZip(bytes: Uint8Array, context: ReadContext, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ReadResult> {
  // The registry withholds readNested beyond the nesting it allows: say so once, for the whole ZIP.
  if (!context.readNested) return { articles: [], problems: [TOO_DEEP] };
  const collector = new Collector(context, limits);
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
      decodeStrings: false, // names are decoded and made safe here; yauzl would reject the whole ZIP for one bad name
      strictFileNames: false,
      autoClose: true,
    });
  } catch (error) {
    if (!startsLikeZip(bytes)) throw new UnreadableFileError(`not a readable ZIP file (${describe(error)})`);
    await readSalvaged(bytes, collector, limits, describe(error));
    return collector.result();
  }
  // yauzl may report a late error with no reader waiting; it must never become an uncaught exception.
  zip.on('error', () => undefined);
  try {
    await readIntact(zip, collector, limits);
  } finally {
    zip.close();
  }
  return collector.result();
}

export const zipReader: FormatReader = {
  // A ZIP holds articles of other formats; each article keeps the format of the reader that read it.
  format: 'zip',
  extensions: ['zip'],
  sniff: (head) => head.startsWith('PK\u0003\u0004'),
  read: (bytes, context) => readZip(bytes, context),
};
