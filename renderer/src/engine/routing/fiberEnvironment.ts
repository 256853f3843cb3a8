/**
 * The obstacles of one design revision as the fiber router queries them: walls and parts to
 * pass over, each grown by the clearance, in two spatial indices (obstacleIndex.ts), and a
 * fiber's view of them with its own end components left out. Built once per layout.
 * Walls that touch once grown are merged into their bounding box, again until none touch:
 * a gap narrower than twice the clearance is no way through, and a row of cold-plated
 * engines becomes one wall, which keeps the search grid small (a conservative
 * simplification: the merged box may close a notch an L-shaped group would leave open).
 */
import type { Design } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { PointMm, RectMm } from '../geometry/rect';
import type { LegObstacles } from './fiberLeg';
import { fiberObstacles, type FiberObstacle } from './fiberObstacles';
import { FIBER_CLEARANCE_MM } from './fiberRoutingData';
import { ObstacleIndex } from './obstacleIndex';

/** Indexed obstacles of one revision. */
export interface FiberEnvironment {
  readonly walls: readonly FiberObstacle[];
  readonly overpasses: readonly FiberObstacle[];
  readonly wallIndex: ObstacleIndex;
  readonly overpassIndex: ObstacleIndex;
}

function grown(o: FiberObstacle): FiberObstacle {
  const c = FIBER_CLEARANCE_MM;
  const r = o.rect;
  return { ...o, rect: { minX: r.minX - c, minY: r.minY - c, maxX: r.maxX + c, maxY: r.maxY + c } };
}

function bounds(list: readonly FiberObstacle[]): RectMm {
  let b = { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  list.forEach((o, i) => {
    const r = o.rect;
    b =
      i === 0
        ? { ...r }
        : {
            minX: Math.min(b.minX, r.minX),
            minY: Math.min(b.minY, r.minY),
            maxX: Math.max(b.maxX, r.maxX),
            maxY: Math.max(b.maxY, r.maxY),
          };
  });
  return b;
}

function index(list: readonly FiberObstacle[]): ObstacleIndex {
  return new ObstacleIndex(
    list.map((o) => ({ ownerId: o.ownerId, rect: o.rect })),
    bounds(list),
  );
}

function touches(a: RectMm, b: RectMm): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** Walls merged while any two touch; the first wall of a group names it. */
export function mergeWalls(walls: readonly FiberObstacle[]): FiberObstacle[] {
  const out = walls.map((w) => ({ ...w, members: [w] }));
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const [a, b] = [out[i]!, out[j]!];
        if (!touches(a.rect, b.rect)) continue;
        a.rect = {
          minX: Math.min(a.rect.minX, b.rect.minX),
          minY: Math.min(a.rect.minY, b.rect.minY),
          maxX: Math.max(a.rect.maxX, b.rect.maxX),
          maxY: Math.max(a.rect.maxY, b.rect.maxY),
        };
        a.members.push(...b.members);
        out.splice(j, 1);
        changed = true;
        j = i;
      }
    }
  }
  return out.map(({ members, ...w }) => ({
    ...w,
    memberIds: members.flatMap((m) => [
      m.ownerId,
      ...(m.coversId === undefined ? [] : [m.coversId]),
    ]),
  }));
}

/** The indexed obstacles of a design revision. */
export function fiberEnvironment(doc: Design, layout: Layout): FiberEnvironment {
  const all = fiberObstacles(doc, layout).map(grown);
  const walls = mergeWalls(all.filter((o) => o.isWall));
  const overpasses = all.filter((o) => !o.isWall);
  return { walls, overpasses, wallIndex: index(walls), overpassIndex: index(overpasses) };
}

function strictlyInside(r: RectMm, p: PointMm): boolean {
  return p.x > r.minX && p.x < r.maxX && p.y > r.minY && p.y < r.maxY;
}

/**
 * The obstacles one fiber leg from `a` to `b` sees: none of the fiber's end components
 * (`ownIds`) or the cooling bodies over them, and no wall that holds `a` or `b` (a fiber
 * that starts or ends under a wall leaves it at its own height).
 */
export function legObstacles(
  env: FiberEnvironment,
  ownIds: ReadonlySet<string>,
  a: PointMm,
  b: PointMm,
): LegObstacles {
  const isOwn = (o: FiberObstacle) =>
    (o.memberIds ?? []).some((id) => ownIds.has(id)) ||
    ownIds.has(o.ownerId) ||
    (o.coversId !== undefined && ownIds.has(o.coversId));
  return {
    wallsIn(region) {
      const out: RectMm[] = [];
      for (const i of env.wallIndex.query(region)) {
        const o = env.walls[i]!;
        if (!isOwn(o) && !strictlyInside(o.rect, a) && !strictlyInside(o.rect, b)) out.push(o.rect);
      }
      return out;
    },
    overpassesIn(region) {
      const out: FiberObstacle[] = [];
      for (const i of env.overpassIndex.query(region)) {
        const o = env.overpasses[i]!;
        if (!isOwn(o)) out.push(o);
      }
      return out;
    },
  };
}

/** Every obstacle touching `region`, as a string that changes when any of them does. */
export function obstacleKey(env: FiberEnvironment, region: RectMm): string {
  const parts: string[] = [];
  for (const [list, idx] of [
    [env.walls, env.wallIndex],
    [env.overpasses, env.overpassIndex],
  ] as const) {
    for (const i of idx.query(region)) {
      const o = list[i]!;
      const r = o.rect;
      parts.push(
        `${o.ownerId}:${o.coversId ?? ''}:${r.minX},${r.minY},${r.maxX},${r.maxY},${o.topMm}`,
      );
    }
    parts.push('|');
  }
  return parts.join(';');
}
