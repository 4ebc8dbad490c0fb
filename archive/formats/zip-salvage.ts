/**
 * Entries of a ZIP whose table of contents (the central directory, at the very end) is missing — the
 * usual state of a truncated download. We walk the local file headers from the start, the way the
 * entries were written, and stop at the first damage. Every read is bounds-checked; sizes and ratios
 * are limited as for an intact ZIP (see zip.ts).
 */
import { crc32, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const LOCAL_HEADER_SIZE = 30;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
const STORED = 0;
const DEFLATED = 8;

export type SalvagedEntry =
  | { readonly kind: 'file'; readonly name: string; readonly compressedSize: number; readonly bytes: Uint8Array }
  | { readonly kind: 'refused'; readonly name: string; readonly reason: string };

export interface SalvageLimits {
  /** Largest entry we inflate, in bytes; larger output is refused as a suspected bomb. */
  readonly maxEntryBytes: number;
  readonly maxEntries: number;
}

export interface SalvageResult {
  readonly entries: readonly SalvagedEntry[];
  /** Why the walk stopped early, or null when it reached the end of the entries. */
  readonly damage: string | null;
}

export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32LE(0) === LOCAL_HEADER;
}

function entryName(flags: number, name: Buffer, extra: Buffer): string {
  try {
    return yauzl.getFileNameLowLevel(flags, name, yauzl.parseExtraFields(extra), false);
  } catch {
    return name.toString('utf8');
  }
}

/** Inflates one entry; with a data descriptor the compressed size is only known once the stream ends. */
function inflate(data: Buffer, maxBytes: number): { readonly bytes: Buffer; readonly consumed: number } {
  const { buffer, engine } = inflateRawSync(data, { info: true, maxOutputLength: Math.max(1, maxBytes) }) as unknown as {
    buffer: Buffer;
    engine: { bytesWritten: number };
  };
  return { bytes: buffer, consumed: engine.bytesWritten };
}

export function salvageZip(input: Uint8Array, limits: SalvageLimits): SalvageResult {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const entries: SalvagedEntry[] = [];
  let offset = 0;
  const stop = (damage: string | null): SalvageResult => ({ entries, damage });

  while (offset + 4 <= bytes.length && bytes.readUInt32LE(offset) === LOCAL_HEADER) {
    if (entries.length >= limits.maxEntries) return stop(null);
    if (offset + LOCAL_HEADER_SIZE > bytes.length) return stop(`the file ends inside entry ${entries.length + 1}`);
    const flags = bytes.readUInt16LE(offset + 6);
    const method = bytes.readUInt16LE(offset + 8);
    let crc = bytes.readUInt32LE(offset + 14);
    let compressedSize = bytes.readUInt32LE(offset + 18);
    const nameLength = bytes.readUInt16LE(offset + 26);
    const extraLength = bytes.readUInt16LE(offset + 28);
    const nameStart = offset + LOCAL_HEADER_SIZE;
    const dataStart = nameStart + nameLength + extraLength;
    if (dataStart > bytes.length) return stop(`the file ends inside entry ${entries.length + 1}`);
    const name = entryName(flags, bytes.subarray(nameStart, nameStart + nameLength), bytes.subarray(nameStart + nameLength, dataStart));
    const deferred = (flags & FLAG_DATA_DESCRIPTOR) !== 0 && compressedSize === 0;

    if (compressedSize === 0xffffffff) return stop(`entry "${name}" uses ZIP64 sizes, which cannot be recovered without the table of contents`);
    if ((flags & FLAG_ENCRYPTED) !== 0 || (method !== STORED && method !== DEFLATED) || (deferred && method === STORED)) {
      if (deferred) return stop(`entry "${name}" cannot be recovered without the table of contents`);
      entries.push({ kind: 'refused', name, reason: (flags & FLAG_ENCRYPTED) !== 0 ? 'the entry is encrypted' : `unsupported compression method ${method}` });
      offset = dataStart + compressedSize;
      continue;
    }
    if (!deferred && dataStart + compressedSize > bytes.length) return stop(`the file ends inside entry "${name}"`);

    let content: Buffer;
    try {
      const data = bytes.subarray(dataStart, deferred ? bytes.length : dataStart + compressedSize);
      if (method === STORED) {
        if (compressedSize > limits.maxEntryBytes) throw new RangeError('too large');
        content = data;
      } else {
        const inflated = inflate(data, limits.maxEntryBytes);
        content = inflated.bytes;
        if (deferred) compressedSize = inflated.consumed;
      }
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        entries.push({ kind: 'refused', name, reason: `zip bomb suspected: "${name}" expands beyond ${limits.maxEntryBytes} bytes` });
        return stop(null);
      }
      const message = error instanceof Error ? error.message : String(error);
      return stop(/unexpected end of file/i.test(message) ? `the file ends inside entry "${name}"` : `entry "${name}" is damaged (${message})`);
    }

    offset = dataStart + compressedSize;
    if (deferred) {
      if (offset + 4 <= bytes.length && bytes.readUInt32LE(offset) === DATA_DESCRIPTOR) offset += 4;
      if (offset + 12 > bytes.length) return stop(`the file ends inside entry "${name}"`);
      crc = bytes.readUInt32LE(offset);
      offset += 12;
    }
    if (crc32(content) !== crc) return stop(`entry "${name}" fails its checksum`);
    entries.push({ kind: 'file', name, compressedSize, bytes: content });
  }
  return stop(null);
}
