/**
 * Binary min-heap of search states keyed lexicographically by (cost, bends, state id), on
 * typed arrays that grow and are reused between searches. The last key makes the order
 * total, so searches are deterministic.
 */

/** Costs closer than this (mm) count as equal, so float noise never decides a tie. */
const COST_EPSILON_MM = 1e-9;

/** A reusable min-heap of (costMm, bends, state). */
export class StateHeap {
  private cost = new Float64Array(1024);
  private bends = new Int32Array(1024);
  private states = new Int32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  private less(i: number, j: number): boolean {
    const dc = (this.cost[i] ?? 0) - (this.cost[j] ?? 0);
    if (dc < -COST_EPSILON_MM) return true;
    if (dc > COST_EPSILON_MM) return false;
    const db = (this.bends[i] ?? 0) - (this.bends[j] ?? 0);
    if (db !== 0) return db < 0;
    return (this.states[i] ?? 0) < (this.states[j] ?? 0);
  }

  private swap(i: number, j: number): void {
    const c = this.cost[i] ?? 0;
    this.cost[i] = this.cost[j] ?? 0;
    this.cost[j] = c;
    const b = this.bends[i] ?? 0;
    this.bends[i] = this.bends[j] ?? 0;
    this.bends[j] = b;
    const s = this.states[i] ?? 0;
    this.states[i] = this.states[j] ?? 0;
    this.states[j] = s;
  }

  private grow(): void {
    const n = this.cost.length * 2;
    const cost = new Float64Array(n);
    cost.set(this.cost);
    const bends = new Int32Array(n);
    bends.set(this.bends);
    const states = new Int32Array(n);
    states.set(this.states);
    this.cost = cost;
    this.bends = bends;
    this.states = states;
  }

  push(costMm: number, bends: number, state: number): void {
    if (this.size === this.cost.length) this.grow();
    let i = this.size++;
    this.cost[i] = costMm;
    this.bends[i] = bends;
    this.states[i] = state;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the smallest entry and returns its state id (heap must not be empty). */
  pop(): number {
    const top = this.states[0] ?? -1;
    const last = --this.size;
    if (last > 0) {
      this.swap(0, last);
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < last && this.less(l, m)) m = l;
        if (r < last && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}
