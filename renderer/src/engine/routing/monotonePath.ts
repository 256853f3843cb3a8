/**
 * Shortest paths that need no detour: a staircase (monotone in x and in y) from start to
 * goal inside their bounding box has exactly the Manhattan length, the lower bound of any
 * rectilinear path, so when one exists it is optimal. Dynamic programming over the Hanan
 * grid of the box finds the staircase with the fewest bends in one pass, with no priority
 * queue; A* (gridSearch) is only needed when every staircase is blocked. Ties prefer the
 * path arriving along x, so the answer is deterministic.
 */
import type { PointMm } from '../geometry/rect';
import { lineIndex, type HananGrid } from './hananGrid';
import { edgeBlocked, type GridPath } from './gridSearch';

const UNREACHED = 1 << 30;
let bends = new Int32Array(0);

function compress(nodes: PointMm[]): PointMm[] {
  const points: PointMm[] = [];
  for (const p of nodes) {
    const last = points[points.length - 1];
    const prev = points[points.length - 2];
    if (
      last &&
      prev &&
      ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))
    ) {
      points[points.length - 1] = p;
    } else points.push(p);
  }
  return points;
}

/** The staircase from `a` to `b` with the fewest bends, or undefined when none is free. */
export function monotonePath(grid: HananGrid, a: PointMm, b: PointMm): GridPath | undefined {
  const { xs, ys } = grid;
  const ia = lineIndex(xs, a.x);
  const ja = lineIndex(ys, a.y);
  const ib = lineIndex(xs, b.x);
  const jb = lineIndex(ys, b.y);
  const si = Math.sign(ib - ia);
  const sj = Math.sign(jb - ja);
  const dirX = si > 0 ? 0 : 1;
  const dirY = sj > 0 ? 2 : 3;
  const ni = Math.abs(ib - ia) + 1;
  const nj = Math.abs(jb - ja) + 1;
  if (bends.length < ni * nj * 2) bends = new Int32Array(Math.max(ni * nj * 2, bends.length * 2));
  bends.fill(UNREACHED, 0, ni * nj * 2);
  bends[0] = 0;
  bends[1] = 0;
  for (let v = 0; v < nj; v++) {
    for (let u = 0; u < ni; u++) {
      if (u === 0 && v === 0) continue;
      const k = (v * ni + u) * 2;
      if (u > 0 && !edgeBlocked(grid, ia + (u - 1) * si, ja + v * sj, dirX)) {
        const p = (v * ni + u - 1) * 2;
        bends[k] = Math.min(bends[p] ?? UNREACHED, (bends[p + 1] ?? UNREACHED) + 1);
      }
      if (v > 0 && !edgeBlocked(grid, ia + u * si, ja + (v - 1) * sj, dirY)) {
        const p = ((v - 1) * ni + u) * 2;
        bends[k + 1] = Math.min(bends[p + 1] ?? UNREACHED, (bends[p] ?? UNREACHED) + 1);
      }
    }
  }
  const end = (nj * ni - 1) * 2;
  const endX = bends[end] ?? UNREACHED;
  const endY = bends[end + 1] ?? UNREACHED;
  if (Math.min(endX, endY) >= UNREACHED) return undefined;
  const nodes: PointMm[] = [];
  let u = ni - 1;
  let v = nj - 1;
  let d = endX <= endY ? 0 : 1;
  for (;;) {
    nodes.push({ x: xs[ia + u * si] ?? 0, y: ys[ja + v * sj] ?? 0 });
    if (u === 0 && v === 0) break;
    const k = (v * ni + u) * 2 + d;
    const here = bends[k] ?? UNREACHED;
    if (d === 0) u -= 1;
    else v -= 1;
    const p = (v * ni + u) * 2;
    // Keep the direction when that explains the count; otherwise the bend came from the other.
    d = (bends[p + d] ?? UNREACHED) === here ? d : 1 - d;
  }
  nodes.reverse();
  const points = compress(nodes);
  return {
    points,
    lengthMm: Math.abs(a.x - b.x) + Math.abs(a.y - b.y),
    bends: Math.max(0, points.length - 2),
  };
}
