/**
 * The plan (x, y) path of one fiber leg among walls: the straight line when no wall is in
 * the way; otherwise the shortest rectilinear path on the Hanan grid of the walls
 * (hananGrid.ts, gridSearch.ts, as the link router), searched in a window around the ends
 * and the walls the straight line hits (doubled up to four times when no path is found
 * there), then pulled tight: from each corner the path jumps to the farthest later corner
 * it can see, so it runs diagonally where the walls allow and keeps few, gentle corners.
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

/** `points` with every corner dropped that a straight line past it can skip. */
export function pullTight(points: readonly PointMm[], walls: readonly RectMm[]): PointMm[] {
  if (points.length < 3) return [...points];
  const out: PointMm[] = [points[0]!];
  let i = 0;
  while (i < points.length - 1) {
    let j = points.length - 1;
    while (j > i + 1 && entersAny(points[i]!, points[j]!, walls)) j--;
    out.push(points[j]!);
    i = j;
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
    if (found) return { points: pullTight(found.points, inside), isBlocked: false };
  }
  return { points: straight, isBlocked: true };
}
