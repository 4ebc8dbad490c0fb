/**
 * Walking the records a segment builder writes (head: see segment.ts; positions: one varint per
 * occurrence) without decoding what is not needed: sealing copies them byte for byte.
 */
import { FIELD_COUNT } from './fields';

/** Where the last head read ends and the sum of its term frequencies (scratch, reused: no object per record). */
export interface HeadScan {
  end: number;
  tfSum: number;
}

/** Reads one record's head starting at `at` into `scan`. */
export function scanHead(bytes: Uint8Array, at: number, bodyOnly: boolean, scan: HeadScan): void {
  let offset = at;
  let fields = 1;
  if (!bodyOnly) {
    const mask = bytes[offset++]!;
    fields = 0;
    for (let field = 0; field < FIELD_COUNT; field++) if (mask & (1 << field)) fields++;
  }
  let sum = 0;
  for (let i = 0; i < fields; i++) {
    let value = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = bytes[offset++]!;
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte >= 0x80);
    sum += value;
  }
  scan.end = offset;
  scan.tfSum = sum;
}

/** The offset just after `count` varints starting at `at`. */
export function skipVarints(bytes: Uint8Array, at: number, count: number): number {
  let offset = at;
  for (let left = count; left > 0; offset++) if (bytes[offset]! < 0x80) left--;
  return offset;
}

export function varintSize(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 128)) size++;
  return size;
}
