/**
 * Fiber ribbons of the generated designs: out of an optical port, up over the parts, and to
 * another port or the faceplate. Port positions and part heights come from the engine's
 * geometry (engine/geometry), so the waypoints sit where the router will look for them.
 */
import { portPosition } from '../../engine/geometry/ports';
import { computeStackHeights } from '../../engine/geometry/stack';
import type { Design, Fiber, PortRef } from '../schema';
import { FACEPLATE_Y } from './templateConstants';
import type { TemplateContext } from './templateContext';
import { round3 } from './words';

/** Global 3D position of a port of a component in `doc`, mm. */
export function portPoint(
  ctx: TemplateContext,
  doc: Design,
  ref: PortRef,
): { x: number; y: number; z: number } {
  const component = doc.components.find((c) => c.id === ref.componentId);
  const p = component ? ctx.parts.get(component.partId) : undefined;
  const port = p?.ports.find((q) => q.id === ref.port);
  const z = computeStackHeights(doc, ctx.library).components.get(ref.componentId);
  if (!component || !p || !port || !z) throw new Error(`no port ${ref.componentId}.${ref.port}`);
  return portPosition(component, p, port, z);
}

/** Height above which fibers are run: the top of the tallest non-front-panel part + 3 mm. */
export function fiberRouteZ(ctx: TemplateContext, doc: Design): number {
  const heights = computeStackHeights(doc, ctx.library).components;
  let top = 0;
  for (const c of doc.components) {
    const category = ctx.parts.get(c.partId)?.category;
    if (category === 'cage' || category === 'pluggable-module' || category === 'laser-source')
      continue;
    top = Math.max(top, heights.get(c.id)?.topMm ?? 0);
  }
  return round3(top + 3);
}

/** Where a fiber ends: a port (approached from direction `out` of that port) or the faceplate at x. */
export type FiberEnd =
  | { readonly port: PortRef; readonly out: { x: number; y: number } }
  | { readonly faceplateX: number };

/**
 * A fiber ribbon from an optical port: out of the port by 10 mm in direction `out`, up to
 * `zRoute`, over the parts, and down to its end (another port, or the faceplate where it
 * leaves the design).
 */
export function fiber(
  ctx: TemplateContext,
  doc: Design,
  id: string,
  from: PortRef,
  out: { x: number; y: number },
  end: FiberEnd,
  count: number,
  zRoute: number,
): Fiber {
  const p0 = portPoint(ctx, doc, from);
  const points = [p0, { x: p0.x + 10 * out.x, y: p0.y + 10 * out.y, z: zRoute }];
  if ('port' in end) {
    const q = portPoint(ctx, doc, end.port);
    points.push({ x: q.x + 10 * end.out.x, y: q.y + 10 * end.out.y, z: zRoute }, q);
  } else {
    points.push(
      { x: end.faceplateX, y: FACEPLATE_Y + 40, z: zRoute },
      { x: end.faceplateX, y: FACEPLATE_Y, z: zRoute },
    );
  }
  const rounded = points.map((p) => ({ x: round3(p.x), y: round3(p.y), z: round3(p.z) }));
  const base: Fiber = {
    id,
    from,
    fiberType: 'G.657.A2',
    count,
    // Routed automatically (engine/routing/fiberRoute.ts): round cooled and tall parts, over
    // the rest, every corner at the bend radius — cleaner than waypoints drawn by hand.
    waypointsMm: [],
    bendRadiusMm: 7.5,
    externalLengthM: 0,
  };
  return 'port' in end
    ? { ...base, to: end.port }
    : { ...base, endMm: rounded[rounded.length - 1]! };
}
