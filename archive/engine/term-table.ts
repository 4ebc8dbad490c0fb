/**
 * Interns the words of documents being indexed: a word is looked up by hashing its characters in
 * place in the folded text, so a word already seen (nearly every word of an archive) costs no
 * substring and no Map lookup. Open addressing over a power-of-two table of term ids.
 */
export class TermTable {
  readonly terms: string[] = [];
  private slots = new Int32Array(1 << 16).fill(-1);
  private hashes: Int32Array = new Int32Array(1 << 15);

  get size(): number {
    return this.terms.length;
  }

  /** The id of text[start, end), added if new. */
  idOf(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      // A copy, not a slice: V8 slices of 13+ characters keep the whole document text alive.
      if (id < 0) return this.insert(` ${text.slice(start, end)}`.slice(1), hash, slot);
      if (this.hashes[id] !== hash) continue;
      const term = this.terms[id]!;
      if (term.length !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (term.charCodeAt(i) !== text.charCodeAt(start + i)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  /** The id of a whole word, added if new. */
  id(term: string): number {
    return this.idOf(term, 0, term.length);
  }

  private insert(term: string, hash: number, slot: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id;
    if (this.terms.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}
