/**
 * Growable byte buffers and LEB128 variable-length integers: postings and positions are mostly
 * small gaps, so most numbers take one byte instead of four.
 */
export class ByteSink {
  private buffer: Uint8Array;
  length = 0;

  constructor(initialCapacity = 16) {
    this.buffer = new Uint8Array(initialCapacity);
  }

  writeVarint(value: number): void {
    if (this.length + 5 > this.buffer.length) this.grow(5);
    let rest = value;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest & 0x7f) | 0x80;
      rest = Math.floor(rest / 128);
    }
    this.buffer[this.length++] = rest;
  }

  writeByte(value: number): void {
    if (this.length + 1 > this.buffer.length) this.grow(1);
    this.buffer[this.length++] = value;
  }

  writeBytes(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.buffer.length) this.grow(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private grow(needed: number): void {
    const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + needed));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
}

/** A read cursor over varint-encoded bytes. */
export class VarintReader {
  constructor(
    readonly bytes: Uint8Array,
    public offset: number,
  ) {}

  next(): number {
    const bytes = this.bytes;
    let byte = bytes[this.offset++]!;
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let scale = 128;
    do {
      byte = bytes[this.offset++]!;
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte >= 0x80);
    return value;
  }
}

/** How many bytes `writeVarint` takes for `value`. */
export function varintSize(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 128)) size++;
  return size;
}
