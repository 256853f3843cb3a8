/**
 * A* over a Hanan grid: the shortest rectilinear path, and among equally short ones the
 * one with the fewest bends (lexicographic cost; the Manhattan heuristic is admissible and
 * consistent for it). A path may run along an obstacle's edge but never through its
 * interior, nor between two obstacles that touch. Ties are broken by state id, so the
 * result is deterministic. Scratch arrays are module-level and reused between searches.
 */
import type { PointMm, RectMm } from '../geometry/rect';
import { lineIndex, type HananGrid } from './hananGrid';
import { StateHeap } from './minHeap';

/** A rectilinear path found on the grid. */
export interface GridPath {
  /** Corner points from start to goal (collinear points removed), global mm. */
  readonly points: PointMm[];
  readonly lengthMm: number;
  readonly bends: number;
}

const heap = new StateHeap();
let gCost = new Float64Array(0);
let gBends = new Int32Array(0);
let parent = new Int32Array(0);
let closed = new Uint8Array(0);

function ensureScratch(states: number): void {
  if (gCost.length < states) {
    const n = Math.max(states, gCost.length * 2);
    gCost = new Float64Array(n);
    gBends = new Int32Array(n);
    parent = new Int32Array(n);
    closed = new Uint8Array(n);
  }
  gCost.fill(Infinity, 0, states);
  parent.fill(-1, 0, states);
  closed.fill(0, 0, states);
}

/** Direction d: 0 = +x, 1 = −x, 2 = +y, 3 = −y. Opposite of d is d ^ 1. */
const DX = [1, -1, 0, 0];
const DY = [0, 0, 1, -1];

/** True when the grid edge leaving node (i, j) in direction d runs through an obstacle. */
export function edgeBlocked(grid: HananGrid, i: number, j: number, d: number): boolean {
  const cellsX = grid.xs.length - 1;
  const b = grid.blocked;
  // Cells on either side of the edge; an edge is blocked only when both are inside obstacles.
  if (d === 0) return b[(j - 1) * cellsX + i] === 1 && b[j * cellsX + i] === 1;
  if (d === 1) return b[(j - 1) * cellsX + i - 1] === 1 && b[j * cellsX + i - 1] === 1;
  if (d === 2) return b[j * cellsX + i - 1] === 1 && b[j * cellsX + i] === 1;
  return b[(j - 1) * cellsX + i - 1] === 1 && b[(j - 1) * cellsX + i] === 1;
}

function tracePath(grid: HananGrid, goalState: number): GridPath {
  const nx = grid.xs.length;
  const nodes: PointMm[] = [];
  for (let s = goalState; s >= 0; s = parent[s] ?? -1) {
    const node = s >> 2;
    nodes.push({ x: grid.xs[node % nx] ?? 0, y: grid.ys[Math.floor(node / nx)] ?? 0 });
  }
  nodes.reverse();
  const points: PointMm[] = [];
  for (const p of nodes) {
    const last = points[points.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = points[points.length - 2];
    if (
      last &&
      prev &&
      ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))
    ) {
      points[points.length - 1] = p;
    } else points.push(p);
  }
  let lengthMm = 0;
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1] as PointMm;
    const b = points[k] as PointMm;
    lengthMm += Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
  }
  return { points, lengthMm, bends: Math.max(0, points.length - 2) };
}

/** Finds the best path from `a` to `b` inside `region` on the grid, or undefined if none. */
export function searchGrid(
  grid: HananGrid,
  region: RectMm,
  a: PointMm,
  b: PointMm,
): GridPath | undefined {
  const { xs, ys } = grid;
  const nx = xs.length;
  const states = nx * ys.length * 4;
  ensureScratch(states);
  heap.clear();
  const gi = lineIndex(xs, b.x);
  const gj = lineIndex(ys, b.y);
  const start = (lineIndex(ys, a.y) * nx + lineIndex(xs, a.x)) * 4;
  const h = (i: number, j: number): number =>
    Math.abs((xs[i] ?? 0) - b.x) + Math.abs((ys[j] ?? 0) - b.y);
  for (let d = 0; d < 4; d++) {
    gCost[start + d] = 0;
    gBends[start + d] = 0;
    heap.push(h(lineIndex(xs, a.x), lineIndex(ys, a.y)), 0, start + d);
  }
  while (heap.size > 0) {
    const s = heap.pop();
    if (closed[s] === 1) continue;
    closed[s] = 1;
    const node = s >> 2;
    const d = s & 3;
    const i = node % nx;
    const j = (node - i) / nx;
    if (i === gi && j === gj) return tracePath(grid, s);
    const g = gCost[s] ?? Infinity;
    const bends = gBends[s] ?? 0;
    for (let d2 = 0; d2 < 4; d2++) {
      if (d2 === (d ^ 1) && s !== start + d) continue;
      const i2 = i + (DX[d2] ?? 0);
      const j2 = j + (DY[d2] ?? 0);
      const x2 = xs[i2];
      const y2 = ys[j2];
      if (x2 === undefined || y2 === undefined) continue;
      if (x2 < region.minX || x2 > region.maxX || y2 < region.minY || y2 > region.maxY) continue;
      if (edgeBlocked(grid, i, j, d2)) continue;
      const s2 = ((j2 * nx + i2) << 2) | d2;
      const g2 = g + Math.abs(x2 - (xs[i] ?? 0)) + Math.abs(y2 - (ys[j] ?? 0));
      const b2 = bends + (d2 === d || (s === start + d && g === 0) ? 0 : 1);
      const old = gCost[s2] ?? Infinity;
      if (g2 < old - 1e-9 || (Math.abs(g2 - old) <= 1e-9 && b2 < (gBends[s2] ?? 0))) {
        gCost[s2] = g2;
        gBends[s2] = b2;
        parent[s2] = s;
        heap.push(g2 + h(i2, j2), b2, s2);
      }
    }
  }
  return undefined;
}
