/**
 * The plan (x, y) path of one fiber leg among walls: the straight line when no wall is in
 * the way; otherwise the shortest rectilinear path on the Hanan grid of the walls
 * (hananGrid.ts, gridSearch.ts, as the link router), searched in a window around the ends
 * and the walls the straight line hits (doubled up to four times when no path is found
 * there), then pulled tight: from each corner (and each wall corner it runs through) the
 * path jumps to the farthest later such point it can see, so it runs diagonally where the walls allow and keeps few, gentle corners.
 * Walls are rectangles already grown by the clearance; a path may touch them, never enter.
 * Deterministic: the grid search breaks ties by state id, the pull takes corners in order.
 */
import type { PointMm, RectMm } from '../geometry/rect';
import { segmentEntersRect } from './chamfer';
import { searchGrid } from './gridSearch';
import { buildHananGrid } from './hananGrid';

/** A plan path and whether it had to cross a wall (no way round was found). */
export interface PlanPath {
  readonly points: PointMm[];
  readonly isBlocked: boolean;
}

/** Window growths tried before giving up. */
const TRIES = 4;

function entersAny(a: PointMm, b: PointMm, walls: readonly RectMm[]): boolean {
  for (const w of walls) if (segmentEntersRect(a, b, w)) return true;
  return false;
}

/**
 * The shortest path through a subsequence of `points` (first and last kept) whose every
 * step stays out of the walls: a corner is dropped wherever a straight line past it can
 * skip it. Shortest, not greedy: jumping to the farthest visible point can skip the wall
 * corner a later diagonal needs. Ties keep fewer corners, then the earlier jump.
 */
export function pullTight(points: readonly PointMm[], walls: readonly RectMm[]): PointMm[] {
  const n = points.length;
  if (n < 3) return [...points];
  const best: { length: number; corners: number; from: number }[] = [
    { length: 0, corners: 0, from: -1 },
  ];
  for (let j = 1; j < n; j++) {
    let pick = { length: Infinity, corners: Infinity, from: j - 1 };
    for (let i = 0; i < j; i++) {
      const b = best[i]!;
      if (i < j - 1 && entersAny(points[i]!, points[j]!, walls)) continue;
      const [p, q] = [points[i]!, points[j]!];
      const length = b.length + Math.hypot(q.x - p.x, q.y - p.y);
      const corners = b.corners + (i > 0 ? 1 : 0);
      if (length < pick.length - 1e-9 || (length < pick.length + 1e-9 && corners < pick.corners)) {
        pick = { length, corners, from: i };
      }
    }
    best.push(pick);
  }
  const out: PointMm[] = [];
  for (let k = n - 1; k >= 0; k = best[k]!.from) out.push(points[k]!);
  return out.reverse();
}

/**
 * `points` with every wall corner they pass through added in order: a grid path hugging a
 * wall runs through its corners without turning there, and the pull can only cut from a
 * point it holds (a path round a wall's end then runs on a diagonal from its corner instead
 * of a short jog at the far end).
 */
export function withWallCorners(points: readonly PointMm[], walls: readonly RectMm[]): PointMm[] {
  const out: PointMm[] = [];
  for (let k = 0; k < points.length; k++) {
    const a = points[k]!;
    out.push(a);
    const b = points[k + 1];
    if (!b) break;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len === 0) continue;
    const on: { p: PointMm; u: number }[] = [];
    for (const w of walls) {
      for (const c of [
        { x: w.minX, y: w.minY },
        { x: w.maxX, y: w.minY },
        { x: w.minX, y: w.maxY },
        { x: w.maxX, y: w.maxY },
      ]) {
        const u = ((c.x - a.x) * (b.x - a.x) + (c.y - a.y) * (b.y - a.y)) / (len * len);
        if (u <= 0 || u >= 1) continue;
        const off = Math.abs((c.x - a.x) * (b.y - a.y) - (c.y - a.y) * (b.x - a.x)) / len;
        if (off < 1e-9) on.push({ p: c, u });
      }
    }
    on.sort((p, q) => p.u - q.u).forEach(({ p }) => out.push(p));
  }
  return out;
}

function grow(r: RectMm, by: number): RectMm {
  return { minX: r.minX - by, minY: r.minY - by, maxX: r.maxX + by, maxY: r.maxY + by };
}

function union(a: RectMm, b: RectMm): RectMm {
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

/**
 * Plan path from `a` to `b` among the walls `wallsIn` finds in a region; `onWindow` hears each search window (the region
 * the result depends on). Without a way round, the straight line, marked blocked.
 */
export function planPath(
  a: PointMm,
  b: PointMm,
  wallsIn: (region: RectMm) => readonly RectMm[],
  onWindow?: (window: RectMm) => void,
): PlanPath {
  const straight = [a, b];
  let window: RectMm = {
    minX: Math.min(a.x, b.x),
    minY: Math.min(a.y, b.y),
    maxX: Math.max(a.x, b.x),
    maxY: Math.max(a.y, b.y),
  };
  const hit = wallsIn(window).filter((w) => segmentEntersRect(a, b, w));
  if (hit.length === 0) return { points: straight, isBlocked: false };
  for (const w of hit) window = union(window, w);
  let margin = Math.max(10, 0.25 * Math.max(window.maxX - window.minX, window.maxY - window.minY));
  for (let attempt = 0; attempt < TRIES; attempt++, margin *= 2) {
    const region = grow(window, margin);
    onWindow?.(region);
    const inside = wallsIn(region);
    const grid = buildHananGrid(region, a, b, inside);
    const found = searchGrid(grid, region, a, b);
    if (found) {
      return { points: pullTight(withWallCorners(found.points, inside), inside), isBlocked: false };
    }
  }
  return { points: straight, isBlocked: true };
}
