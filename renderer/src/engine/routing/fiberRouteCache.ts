/**
 * Fiber routes cached per revision. Within one layout (one analysis) each fiber is routed
 * once, whichever consumer asks first (lengths, rules, bundles). Across revisions a route is
 * reused when the fiber is the same object (immer keeps unchanged fibers), its ends are
 * where they were, and every obstacle touching the region the route depended on (its path
 * and every search window, grown by a margin) is unchanged — so moving a part elsewhere
 * re-routes only the fibers near it, and the result equals routing afresh.
 */
import type { Design, Fiber } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { RectMm } from '../geometry/rect';
import { fiberEnvironment, obstacleKey, type FiberEnvironment } from './fiberEnvironment';
import { fiberEnds } from './fiberEnds';
import type { buildFiberRoute, FiberRoute } from './fiberRoute';
import { FIBER_CLEARANCE_MM } from './fiberRoutingData';

/** A route with what it was computed from. */
interface KeptRoute {
  readonly fiber: Fiber;
  readonly endsKey: string;
  readonly region: RectMm;
  readonly obstaclesKey: string;
  readonly route: FiberRoute;
}

/** One layout's environment and routes. */
interface LayoutRoutes {
  readonly keepOuts: Design['keepOuts'];
  readonly cooling: Design['cooling'];
  readonly env: FiberEnvironment;
  readonly routes: WeakMap<Fiber, FiberRoute>;
}

const byLayout = new WeakMap<Layout, LayoutRoutes>();
/** The latest route of each fiber id, for the next revision. */
const kept = new Map<string, KeptRoute>();
/** Largest number of fiber ids kept across revisions. */
const MAX_KEPT = 20_000;

function layoutRoutes(doc: Design, layout: Layout): LayoutRoutes {
  const known = byLayout.get(layout);
  if (known && known.keepOuts === doc.keepOuts && known.cooling === doc.cooling) return known;
  const fresh = {
    keepOuts: doc.keepOuts,
    cooling: doc.cooling,
    env: fiberEnvironment(doc, layout),
    routes: new WeakMap<Fiber, FiberRoute>(),
  };
  byLayout.set(layout, fresh);
  return fresh;
}

function endsKey(fiber: Fiber, layout: Layout): string {
  return JSON.stringify(fiberEnds(fiber, layout));
}

function union(a: RectMm | undefined, b: RectMm): RectMm {
  if (!a) return b;
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

/**
 * The route of `fiber` in `doc` laid out as `layout`, from the cache when still valid, else
 * made by `build` (fiberRoute.ts passes its `buildFiberRoute`; taken as an argument so the
 * cache does not import the router that imports it).
 */
export function cachedFiberRoute(
  doc: Design,
  fiber: Fiber,
  layout: Layout,
  build: typeof buildFiberRoute,
): FiberRoute {
  const own = layoutRoutes(doc, layout);
  const memo = own.routes.get(fiber);
  if (memo) return memo;
  const key = endsKey(fiber, layout);
  const before = kept.get(fiber.id);
  if (
    before &&
    before.fiber === fiber &&
    before.endsKey === key &&
    obstacleKey(own.env, before.region) === before.obstaclesKey
  ) {
    own.routes.set(fiber, before.route);
    return before.route;
  }
  let region: RectMm | undefined;
  const route = build(fiber, layout, own.env, (w) => (region = union(region, w)));
  for (const p of route.pathMm) {
    const m = FIBER_CLEARANCE_MM + route.bendRadiusMm;
    region = union(region, { minX: p.x - m, minY: p.y - m, maxX: p.x + m, maxY: p.y + m });
  }
  region ??= { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  if (kept.size >= MAX_KEPT && !kept.has(fiber.id)) kept.clear();
  kept.set(fiber.id, {
    fiber,
    endsKey: key,
    region,
    obstaclesKey: obstacleKey(own.env, region),
    route,
  });
  own.routes.set(fiber, route);
  return route;
}
