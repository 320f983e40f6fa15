/** Bounded best-k selection for the discovery ranking: a pool of 1,000,000 is scanned once. */

/**
 * A bounded min-heap keeping the `k` best (score, index) pairs; ties go to the smaller index.
 * Scores are stored, so a pass can feed several heaps without recomputing.
 */
export class BestK {
  private readonly idx: number[] = [];
  private readonly val: number[] = [];
  constructor(readonly k: number) {}

  /** Score of the worst kept entry, or -∞ while not full: cheaper offers can be skipped. */
  get floor(): number {
    return this.idx.length < this.k ? Number.NEGATIVE_INFINITY : (this.val[0] as number);
  }

  private worse(a: number, b: number): boolean {
    const va = this.val[a] as number;
    const vb = this.val[b] as number;
    return va < vb || (va === vb && (this.idx[a] as number) > (this.idx[b] as number));
  }

  private swap(a: number, b: number): void {
    [this.idx[a], this.idx[b]] = [this.idx[b] as number, this.idx[a] as number];
    [this.val[a], this.val[b]] = [this.val[b] as number, this.val[a] as number];
  }

  offer(index: number, score: number): void {
    if (this.k <= 0) return;
    const n = this.idx.length;
    if (n < this.k) {
      this.idx.push(index);
      this.val.push(score);
      for (let c = n; c > 0; ) {
        const p = (c - 1) >> 1;
        if (!this.worse(c, p)) break;
        this.swap(c, p);
        c = p;
      }
      return;
    }
    const v0 = this.val[0] as number;
    if (score < v0 || (score === v0 && index > (this.idx[0] as number))) return;
    this.idx[0] = index;
    this.val[0] = score;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      let m = i;
      if (l < n && this.worse(l, m)) m = l;
      if (l + 1 < n && this.worse(l + 1, m)) m = l + 1;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  /** The kept indices, best first. */
  indices(): number[] {
    const order = this.idx.map((_, p) => p);
    order.sort(
      (a, b) =>
        (this.val[b] as number) - (this.val[a] as number) ||
        (this.idx[a] as number) - (this.idx[b] as number),
    );
    return order.map((p) => this.idx[p] as number);
  }
}

/**
 * Keeps the k largest `score[i]`; ties go to the smaller index.
 *
 * @example
 * topK(Float64Array.from([0.1, 0.5, 0.9]), () => true, 2); // [2, 1]
 */
export function topK(score: Float64Array, eligible: (i: number) => boolean, k: number): number[] {
  const heap = new BestK(k);
  for (let i = 0; i < score.length; i++) if (eligible(i)) heap.offer(i, score[i] as number);
  return heap.indices();
}
