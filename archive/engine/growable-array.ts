/** Growable typed arrays for builders: flat numbers without a JS array's boxing. */
export type TypedArray = Uint8Array | Int32Array | Uint32Array | Float64Array;

/** A typed array that doubles when full: flat numbers without a JS array's boxing. */
export class GrowableArray<T extends TypedArray> {
  data: T;
  length = 0;
  constructor(private readonly Type: { new (length: number): T }) {
    this.data = new Type(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.Type(this.data.length * 2);
      grown.set(this.data as never);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  trimmed(): T {
    return this.data.slice(0, this.length) as T;
  }
}
