/**
 * Incremental routing: routes of the previous analysis are kept under a key made of what a
 * leg's route depends on besides obstacles (carrier, both end points, the owners it may
 * cross). A kept route is reused unless an obstacle on its carrier was added, removed or
 * moved where it touches the region the route depended on (LegRoute.dependsOnMm). Any change
 * to the carriers themselves drops every route.
 */
import { rectsTouch, type RectMm } from '../geometry/rect';
import type { Obstacle } from './obstacleIndex';
import type { LegRoute } from './routeLeg';

/** Rectangles that changed since the previous analysis, by carrier id. */
export type DirtyRects = ReadonlyMap<string, readonly RectMm[]>;

/** Routes kept from one analysis to the next. */
export interface RouteCacheState {
  /** Fingerprint of the carrier stack; a different one invalidates every route. */
  readonly carriersKey: string;
  readonly obstacles: ReadonlyMap<string, readonly Obstacle[]>;
  readonly legs: ReadonlyMap<string, LegRoute>;
}

function sameRect(a: RectMm, b: RectMm): boolean {
  return a.minX === b.minX && a.minY === b.minY && a.maxX === b.maxX && a.maxY === b.maxY;
}

/** Rectangles of obstacles added, removed or moved between two obstacle sets. */
export function diffObstacles(
  before: ReadonlyMap<string, readonly Obstacle[]>,
  after: ReadonlyMap<string, readonly Obstacle[]>,
): Map<string, RectMm[]> {
  const dirty = new Map<string, RectMm[]>();
  const carrierIds = new Set([...before.keys(), ...after.keys()]);
  for (const carrierId of carrierIds) {
    const rects: RectMm[] = [];
    const old = new Map((before.get(carrierId) ?? []).map((o) => [o.ownerId, o.rect]));
    for (const o of after.get(carrierId) ?? []) {
      const was = old.get(o.ownerId);
      if (!was || !sameRect(was, o.rect)) {
        rects.push(o.rect);
        if (was) rects.push(was);
      }
      old.delete(o.ownerId);
    }
    rects.push(...old.values());
    if (rects.length > 0) dirty.set(carrierId, rects);
  }
  return dirty;
}

/** Key of a leg: carrier, end points and the owners it may pass over. */
export function legKey(
  carrierId: string,
  start: { x: number; y: number },
  goal: { x: number; y: number },
  excludedKey: string,
): string {
  return `${carrierId}|${start.x}|${start.y}|${goal.x}|${goal.y}|${excludedKey}`;
}

/** A kept route that is still valid, or undefined. */
export function reusableRoute(
  previous: RouteCacheState | undefined,
  carriersKey: string,
  dirty: DirtyRects,
  carrierId: string,
  key: string,
): LegRoute | undefined {
  if (!previous || previous.carriersKey !== carriersKey) return undefined;
  const route = previous.legs.get(key);
  if (!route) return undefined;
  for (const rect of dirty.get(carrierId) ?? [])
    if (rectsTouch(rect, route.dependsOnMm)) return undefined;
  return route;
}
