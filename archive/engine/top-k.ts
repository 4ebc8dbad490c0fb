/**
 * The best k of many candidates with a binary min-heap: O(n log k) and no array of every match,
 * which is what keeps a query over a million articles from sorting a million scores.
 */
export class TopK<T> {
  private readonly heap: T[] = [];

  /** `better(a, b)` is true when a ranks before b. */
  constructor(
    private readonly k: number,
    private readonly better: (a: T, b: T) => boolean,
  ) {}

  /** Would this candidate make it in? Lets callers skip building candidates that cannot. */
  wouldAccept(candidate: T): boolean {
    return this.k > 0 && (this.heap.length < this.k || this.better(candidate, this.heap[0]!));
  }

  /** The candidate a newcomer must beat, once k are kept. */
  threshold(): T | undefined {
    return this.heap.length >= this.k ? this.heap[0] : undefined;
  }

  push(candidate: T): void {
    if (this.k <= 0) return;
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push(candidate);
      this.up(heap.length - 1);
    } else if (this.better(candidate, heap[0]!)) {
      heap[0] = candidate;
      this.down(0);
    }
  }

  /** Best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
  }

  // The root is the worst kept candidate.
  private up(index: number): void {
    const heap = this.heap;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(heap[parent]!, heap[i]!)) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  }

  private down(index: number): void {
    const heap = this.heap;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && this.better(heap[worst]!, heap[left]!)) worst = left;
      if (right < heap.length && this.better(heap[worst]!, heap[right]!)) worst = right;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
      i = worst;
    }
  }
}
