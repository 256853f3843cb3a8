/**
 * Routes one leg (a trace on one carrier) between two points, avoiding the carrier's
 * obstacles except the ones the leg's own ends belong to.
 *
 * 1. Fast path: when one of the two L-shaped paths (x first, then y first) touches no
 *    obstacle, it is returned: its length is the Manhattan distance, a lower bound, so it is
 *    optimal. (When only a staircase is free, A* below finds it at once: its f stays at D.)
 * 2. Otherwise A* on the Hanan grid of a search region: the ends' bounding box grown by a
 *    quarter of the Manhattan distance, 4× wider each time no path is found. A path of length L found there is globally shortest when the
 *    bounding box grown by (L − D)/2 (every point of any path of length ≤ L lies in it) is
 *    inside the region; if not, the region grows to that box and the search repeats. With no
 *    path even over the whole carrier, the leg has no route.
 * The region the answer depends on is returned, so a cache knows when to re-route.
 */
import {
  boundsOfPoints,
  manhattanMm,
  rectContains,
  rectInside,
  rectsTouch,
  type PointMm,
  type RectMm,
} from '../geometry/rect';
import { searchGrid } from './gridSearch';
import { buildHananGrid } from './hananGrid';
import type { ObstacleIndex } from './obstacleIndex';

/** What a leg needs to be routed. */
export interface LegRequest {
  readonly start: PointMm;
  readonly goal: PointMm;
  readonly index: ObstacleIndex;
  /** Owners (components, carriers) the leg's ends belong to: not obstacles for this leg. */
  readonly excludedOwners: readonly string[];
  /** The carrier's outline: the leg stays on it (or in the ends' bounding box). */
  readonly carrierRect: RectMm;
}

/** A routed leg. */
export interface LegRoute {
  readonly points: PointMm[];
  readonly lengthMm: number;
  readonly bends: number;
  /** Obstacle changes outside this rectangle cannot change the route. */
  readonly dependsOnMm: RectMm;
}

/** Obstacles a leg must avoid inside a region: not its own, not those holding an end. */
export function relevantObstacles(req: LegRequest, region: RectMm): RectMm[] {
  const rects: RectMm[] = [];
  for (const i of req.index.query(region)) {
    const o = req.index.obstacles[i];
    if (!o || req.excludedOwners.includes(o.ownerId)) continue;
    // An obstacle holding an end (a module in its cage, a die on its package) cannot block it.
    if (rectContains(o.rect, req.start) || rectContains(o.rect, req.goal)) continue;
    rects.push(o.rect);
  }
  return rects;
}

function pathClear(points: readonly PointMm[], obstacles: readonly RectMm[]): boolean {
  for (let k = 1; k < points.length; k++) {
    const seg = boundsOfPoints(points[k - 1] as PointMm, points[k] as PointMm, 0);
    for (const o of obstacles) if (rectsTouch(seg, o)) return false;
  }
  return true;
}

function bounding(a: RectMm, b: RectMm): RectMm {
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

function clip(r: RectMm, to: RectMm): RectMm {
  return {
    minX: Math.max(r.minX, to.minX),
    minY: Math.max(r.minY, to.minY),
    maxX: Math.min(r.maxX, to.maxX),
    maxY: Math.min(r.maxY, to.maxY),
  };
}

/** The two L-shaped paths, when one is free: both have the Manhattan length. */
function tryLShapes(req: LegRequest, distanceMm: number): LegRoute | undefined {
  const { start: a, goal: b } = req;
  const box = boundsOfPoints(a, b, 0);
  const obstacles = relevantObstacles(req, box);
  const candidates: PointMm[][] =
    a.x === b.x || a.y === b.y
      ? [[a, b]]
      : [
          [a, { x: b.x, y: a.y }, b],
          [a, { x: a.x, y: b.y }, b],
        ];
  for (const points of candidates) {
    if (pathClear(points, obstacles)) {
      return { points, lengthMm: distanceMm, bends: points.length - 2, dependsOnMm: box };
    }
  }
  return undefined;
}

/** Routes a leg; undefined when no path exists on the carrier. */
export function routeLeg(req: LegRequest): LegRoute | undefined {
  const { start: a, goal: b } = req;
  const distanceMm = manhattanMm(a, b);
  if (distanceMm === 0)
    return { points: [a], lengthMm: 0, bends: 0, dependsOnMm: boundsOfPoints(a, b, 0) };
  const quick = tryLShapes(req, distanceMm);
  if (quick) return quick;
  const maxRegion = bounding(req.carrierRect, boundsOfPoints(a, b, 0));
  // Start close (most detours go round one or two parts), widen 4× while nothing is found.
  let marginMm = distanceMm / 4;
  let region = clip(boundsOfPoints(a, b, marginMm), maxRegion);
  for (;;) {
    const grid = buildHananGrid(region, a, b, relevantObstacles(req, region));
    const path = searchGrid(grid, region, a, b);
    const isWhole = rectInside(maxRegion, region);
    if (!path) {
      if (isWhole) return undefined;
      marginMm *= 4;
      region = clip(boundsOfPoints(a, b, marginMm), maxRegion);
      continue;
    }
    const needed = clip(boundsOfPoints(a, b, (path.lengthMm - distanceMm) / 2), maxRegion);
    if (isWhole || rectInside(needed, region)) return { ...path, dependsOnMm: region };
    region = bounding(region, needed);
  }
}
