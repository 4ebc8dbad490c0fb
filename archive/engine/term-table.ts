/**
 * Interns the words of documents being indexed: a word is looked up by hashing its characters in
 * place in the folded text, so a word already seen (nearly every word of an archive) costs no
 * substring and no Map lookup. Open addressing over a power-of-two table whose 32-byte slots hold
 * the hash, the term id, where the term's characters are in one flat character pool, and the
 * builder's per-term state: with a large vocabulary nothing fits in the CPU cache, and a lookup
 * then brings everything the builder needs about the word from one place instead of one per array.
 */
import { GrowableArray } from './growable-array';
import { sortByWord, type WordPool } from './sort-by-word';

/** Where the caller's per-term ints start in a slot (after hash, id, pool offset, length). */
export const STATE = 4;
const STATE_INTS = 4; // of which the builder uses three
const SLOT = STATE + STATE_INTS;

const utf16 = new TextDecoder('utf-16le');

export class TermTable {
  /** Where each term's characters start in the pool, by id: terms are added to the pool in id order. */
  private readonly starts = new GrowableArray(Int32Array);
  /** The slots; a term's state is `slots[at + STATE + k]`, `at` being what `find` returned. */
  slots = new Int32Array(SLOT << 16).fill(-1);
  private pool = new Uint16Array(1 << 18);
  private poolLength = 0;

  get size(): number {
    return this.starts.length;
  }

  /**
   * The words of `ids`, in that order: one string of the whole pool, sliced, which takes half the
   * time of decoding each word. (The pool holds no lone surrogate, which the decoder would replace:
   * words come from UTF-8 text, which has none.)
   */
  wordsOf(ids: Int32Array): string[] {
    const all = utf16.decode(this.pool.subarray(0, this.poolLength));
    const { starts } = this.wordPool();
    return Array.from(ids, (id) => all.slice(starts[id]!, starts[id + 1]!));
  }

  /** Sorts term ids by their words, in the order `<` gives their strings, reading the pool. */
  sortByWord(ids: Int32Array): void {
    sortByWord(ids, this.wordPool());
  }

  /** The pool, and where each word starts in it with where the last one ends. */
  private wordPool(): WordPool {
    const starts = new Int32Array(this.size + 1);
    starts.set(this.starts.data.subarray(0, this.size));
    starts[this.size] = this.poolLength;
    return { pool: this.pool, starts };
  }

  /**
   * Reads the slot where each of `count` hashes starts probing, and the first character of the term
   * there, in one tight loop: with a large vocabulary most are cache misses, which the processor
   * then waits for together instead of one word at a time in `find`. Returns a sum only so that
   * the reads are not optimised away.
   */
  touch(hashes: Int32Array, count: number): number {
    const slots = this.slots;
    const pool = this.pool;
    const mask = slots.length / SLOT - 1;
    let sum = 0;
    for (let word = 0; word < count; word++) {
      const from = slots[(hashes[word]! & mask) * SLOT + 2]!;
      sum += pool[from < 0 ? 0 : from]!;
    }
    return sum;
  }

  /**
   * The slot of the word codes[start, end) (`hash` being its FNV-1a, as hashWord computes it),
   * added if new with its state ints at -1; `slots[at + 1]` is its id. Valid until the next call:
   * a new term can move every slot.
   */
  find(codes: Uint16Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      if (slots[at + 1]! < 0) return this.insert(codes, start, end, hash, at);
      if (slots[at] !== hash || slots[at + 3] !== length) continue;
      const from = slots[at + 2]!;
      const pool = this.pool;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (pool[from + i] !== codes[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return at;
    }
  }

  private insert(codes: Uint16Array, start: number, end: number, hash: number, at: number): number {
    const id = this.size;
    this.starts.push(this.poolLength);
    const length = end - start;
    if (this.poolLength + length > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + length));
      grown.set(this.pool);
      this.pool = grown;
    }
    for (let i = 0; i < length; i++) this.pool[this.poolLength + i] = codes[start + i]!;
    this.slots[at] = hash;
    this.slots[at + 1] = id;
    this.slots[at + 2] = this.poolLength;
    this.slots[at + 3] = length;
    this.poolLength += length;
    if (this.size * 2 <= this.slots.length / SLOT) return at;
    this.rehash();
    return this.find(codes, start, end, hash);
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(-1);
    const mask = slots.length / SLOT - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 1]! < 0) continue;
      let slot = old[from]! & mask;
      while (slots[slot * SLOT + 1]! >= 0) slot = (slot + 1) & mask;
      // Int by int: a subarray per slot would be an object per term for the collector.
      for (let i = 0; i < SLOT; i++) slots[slot * SLOT + i] = old[from + i]!;
    }
    this.slots = slots;
  }
}
