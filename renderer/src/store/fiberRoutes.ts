/**
 * The fiber routes of a document revision as the viewport draws them: the engine's own
 * routes (engine/routing/fiberRoute.ts) over the engine's layout of that revision, so what
 * the scene draws is what the analysis and the rules measured. The layout is made once per
 * (document, parts) pair and shared by every caller, so the engine's per-layout route cache
 * serves them all. Also the arc geometry of a route's corners (engine/routing/fiberFillet.ts),
 * which the scene samples to draw each bend: a facade, since drawing must bend exactly where
 * the engine's length and bend rules do (decision 004).
 */
import { buildLayout, type Layout } from '../engine/geometry/layout';
import { fiberRoute, fiberRoutes, type FiberRoute } from '../engine/routing/fiberRoute';
import type { PartLibrary } from '../model/partSchema';
import type { Design, Fiber } from '../model/schema';

export { arcPoint, filletCorners } from '../engine/routing/fiberFillet';

const layouts = new WeakMap<Design, WeakMap<PartLibrary, Layout>>();

/** The engine's layout of `doc` drawn with `parts` (one per pair, kept while both live). */
function layoutOf(doc: Design, parts: PartLibrary): Layout {
  let byParts = layouts.get(doc);
  if (!byParts) layouts.set(doc, (byParts = new WeakMap()));
  let layout = byParts.get(parts);
  if (!layout) byParts.set(parts, (layout = buildLayout(doc, parts)));
  return layout;
}

/** The route of `fiber` (a fiber of `doc`, or an edited copy of one) in `doc`. */
export function designFiberRoute(doc: Design, fiber: Fiber, parts: PartLibrary): FiberRoute {
  return fiberRoute(doc, fiber, layoutOf(doc, parts));
}

/** The routes of every fiber of `doc`, in document order (none without fibers). */
export function designFiberRoutes(doc: Design, parts: PartLibrary): FiberRoute[] {
  return doc.fibers.length === 0 ? [] : fiberRoutes(doc, layoutOf(doc, parts));
}
