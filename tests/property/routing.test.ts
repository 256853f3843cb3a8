/**
 * Properties of leg routing on random boards with random rectangular obstacles:
 * connected rectilinear polylines from start to goal that never enter an obstacle, never
 * shorter than the Manhattan distance, deterministic, and exactly as short as a
 * breadth-first search on the unit lattice finds (all coordinates are integers, so the
 * lattice contains the Hanan grid).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PointMm, RectMm } from '../../renderer/src/engine/geometry/rect';
import { ObstacleIndex } from '../../renderer/src/engine/routing/obstacleIndex';
import { chamferCorners, polylineLengthMm } from '../../renderer/src/engine/routing/chamfer';
import { routeLeg } from '../../renderer/src/engine/routing/routeLeg';

const SIZE = 24;
const board: RectMm = { minX: 0, minY: 0, maxX: SIZE, maxY: SIZE };

const rectArb = fc
  .record({
    x: fc.integer({ min: 0, max: SIZE - 2 }),
    y: fc.integer({ min: 0, max: SIZE - 2 }),
    w: fc.integer({ min: 1, max: 8 }),
    d: fc.integer({ min: 1, max: 8 }),
  })
  .map(({ x, y, w, d }) => ({
    minX: x,
    minY: y,
    maxX: Math.min(SIZE, x + w),
    maxY: Math.min(SIZE, y + d),
  }));
const pointArb = fc.record({
  x: fc.integer({ min: 0, max: SIZE }),
  y: fc.integer({ min: 0, max: SIZE }),
});

/** Obstacles at least 1 mm apart, with the two ends outside every one of them. */
const caseArb = fc
  .record({ rects: fc.array(rectArb, { maxLength: 8 }), a: pointArb, b: pointArb })
  .map(({ rects, a, b }) => {
    const kept: RectMm[] = [];
    const grown = (r: RectMm): RectMm => ({
      minX: r.minX - 1,
      minY: r.minY - 1,
      maxX: r.maxX + 1,
      maxY: r.maxY + 1,
    });
    const touches = (r: RectMm, p: PointMm) =>
      p.x >= r.minX && p.x <= r.maxX && p.y >= r.minY && p.y <= r.maxY;
    for (const r of rects) {
      if (touches(r, a) || touches(r, b)) continue;
      if (
        kept.some(
          (k) =>
            grown(k).minX < r.maxX &&
            r.minX < grown(k).maxX &&
            grown(k).minY < r.maxY &&
            r.minY < grown(k).maxY,
        )
      )
        continue;
      kept.push(r);
    }
    return { rects: kept, a, b };
  });

function route(rects: RectMm[], a: PointMm, b: PointMm) {
  const index = new ObstacleIndex(
    rects.map((rect, i) => ({ ownerId: `o${i}`, rect })),
    board,
  );
  return routeLeg({ start: a, goal: b, index, excludedOwners: [], carrierRect: board });
}

function insideOpen(r: RectMm, x: number, y: number): boolean {
  return x > r.minX && x < r.maxX && y > r.minY && y < r.maxY;
}

/** Shortest lattice path length (unit steps, edge blocked when its midpoint is inside). */
function latticeDistance(rects: RectMm[], a: PointMm, b: PointMm): number | undefined {
  const n = SIZE + 1;
  const dist = new Int32Array(n * n).fill(-1);
  const queue = [a.y * n + a.x];
  dist[a.y * n + a.x] = 0;
  for (let q = 0; q < queue.length; q++) {
    const cur = queue[q]!;
    const x = cur % n;
    const y = (cur - x) / n;
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx < 0 || ny < 0 || nx > SIZE || ny > SIZE || dist[ny * n + nx] !== -1) continue;
      if (rects.some((r) => insideOpen(r, x + dx / 2, y + dy / 2))) continue;
      dist[ny * n + nx] = dist[cur]! + 1;
      queue.push(ny * n + nx);
    }
  }
  const d = dist[b.y * n + b.x]!;
  return d < 0 ? undefined : d;
}

describe('routing properties', () => {
  test('routes are connected, rectilinear, avoid obstacles, ≥ Manhattan, shortest and deterministic', () => {
    fc.assert(
      fc.property(caseArb, ({ rects, a, b }) => {
        const r = route(rects, a, b);
        const expected = latticeDistance(rects, a, b);
        if (expected === undefined) {
          expect(r).toBeUndefined();
          return;
        }
        expect(r).toBeDefined();
        if (!r) return;
        expect(r.points[0]).toEqual(a);
        expect(r.points[r.points.length - 1]).toEqual(b);
        let sum = 0;
        for (let k = 1; k < r.points.length; k++) {
          const p = r.points[k - 1]!;
          const q = r.points[k]!;
          expect(p.x === q.x || p.y === q.y).toBe(true);
          sum += Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
          // Sample the segment finely: no sample may lie inside an obstacle.
          for (let t = 0; t <= 1; t += 1 / 64) {
            const x = p.x + (q.x - p.x) * t;
            const y = p.y + (q.y - p.y) * t;
            for (const o of rects) expect(insideOpen(o, x, y)).toBe(false);
          }
        }
        expect(r.lengthMm).toBeCloseTo(sum, 9);
        expect(r.lengthMm).toBeGreaterThanOrEqual(Math.abs(a.x - b.x) + Math.abs(a.y - b.y));
        expect(r.lengthMm).toBe(expected);
        expect(route(rects, a, b)).toEqual(r);
      }),
      { numRuns: 400 },
    );
  });

  test('45° mitring keeps routes clear of obstacles, between octilinear and rectilinear length', () => {
    fc.assert(
      fc.property(caseArb, ({ rects, a, b }) => {
        const r = route(rects, a, b);
        if (!r) return;
        const points = chamferCorners(r.points, rects);
        expect(points[0]).toEqual(a);
        expect(points[points.length - 1]).toEqual(b);
        for (let k = 1; k < points.length; k++) {
          const p = points[k - 1]!;
          const q = points[k]!;
          // Every segment is horizontal, vertical or at 45°.
          const dx = Math.abs(q.x - p.x);
          const dy = Math.abs(q.y - p.y);
          expect(dx === 0 || dy === 0 || Math.abs(dx - dy) < 1e-9).toBe(true);
          for (let t = 0; t <= 1; t += 1 / 64) {
            for (const o of rects)
              expect(insideOpen(o, p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t)).toBe(false);
          }
        }
        const lengthMm = polylineLengthMm(points);
        const dx = Math.abs(a.x - b.x);
        const dy = Math.abs(a.y - b.y);
        const octilinear = Math.max(dx, dy) + (Math.SQRT2 - 1) * Math.min(dx, dy);
        expect(lengthMm).toBeGreaterThanOrEqual(octilinear - 1e-9);
        expect(lengthMm).toBeLessThanOrEqual(r.lengthMm + 1e-9);
      }),
      { numRuns: 400 },
    );
  });
});
