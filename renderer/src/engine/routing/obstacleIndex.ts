/**
 * Spatial hash of the obstacles on one carrier: a uniform grid of buckets over the
 * carrier, so a route only looks at the obstacles near it. Built once per carrier per
 * analysis in O(n); a query costs the buckets it covers plus the obstacles it finds.
 */
import { rectsTouch, type RectMm } from '../geometry/rect';

/** Something a trace may not cross: a component footprint, a child carrier or a keep-out. */
export interface Obstacle {
  /** Id of the component, carrier or keep-out the rectangle belongs to. */
  readonly ownerId: string;
  readonly rect: RectMm;
}

/** Upper bound of buckets per side; keeps the index small for huge carriers. */
const MAX_BUCKETS_PER_SIDE = 128;

/** Uniform-grid spatial hash of a carrier's obstacles. */
export class ObstacleIndex {
  readonly obstacles: readonly Obstacle[];
  private readonly bounds: RectMm;
  private readonly cols: number;
  private readonly rows: number;
  private readonly cellW: number;
  private readonly cellH: number;
  private readonly buckets: number[][];
  private readonly stamp: Uint32Array;
  private stampValue = 0;

  constructor(obstacles: readonly Obstacle[], bounds: RectMm) {
    this.obstacles = obstacles;
    this.bounds = bounds;
    const side = Math.min(
      MAX_BUCKETS_PER_SIDE,
      Math.max(1, Math.ceil(Math.sqrt(obstacles.length))),
    );
    this.cols = side;
    this.rows = side;
    this.cellW = Math.max(bounds.maxX - bounds.minX, 1e-9) / side;
    this.cellH = Math.max(bounds.maxY - bounds.minY, 1e-9) / side;
    this.buckets = Array.from({ length: side * side }, () => []);
    this.stamp = new Uint32Array(obstacles.length);
    obstacles.forEach((o, index) =>
      this.forEachBucket(o.rect, (b) => this.buckets[b]?.push(index)),
    );
  }

  private col(x: number): number {
    const c = Math.floor((x - this.bounds.minX) / this.cellW);
    return c < 0 ? 0 : c >= this.cols ? this.cols - 1 : c;
  }

  private row(y: number): number {
    const r = Math.floor((y - this.bounds.minY) / this.cellH);
    return r < 0 ? 0 : r >= this.rows ? this.rows - 1 : r;
  }

  private forEachBucket(rect: RectMm, visit: (bucket: number) => void): void {
    const c1 = this.col(rect.maxX);
    const r1 = this.row(rect.maxY);
    for (let r = this.row(rect.minY); r <= r1; r++) {
      for (let c = this.col(rect.minX); c <= c1; c++) visit(r * this.cols + c);
    }
  }

  /** Indices of the obstacles whose closed rectangle touches `region`, ascending. */
  query(region: RectMm): number[] {
    this.stampValue = (this.stampValue + 1) >>> 0;
    if (this.stampValue === 0) {
      this.stamp.fill(0);
      this.stampValue = 1;
    }
    const found: number[] = [];
    this.forEachBucket(region, (b) => {
      for (const index of this.buckets[b] ?? []) {
        if (this.stamp[index] === this.stampValue) continue;
        this.stamp[index] = this.stampValue;
        const o = this.obstacles[index];
        if (o && rectsTouch(o.rect, region)) found.push(index);
      }
    });
    return found.sort((a, b) => a - b);
  }
}
