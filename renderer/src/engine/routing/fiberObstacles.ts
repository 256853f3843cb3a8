/**
 * What a fiber must keep clear of, in plan with a height: every component and mounted
 * carrier (passed over, at its top plus the clearance), and walls (gone round in plan):
 * routing keep-outs, the bodies of cold plates and air heatsinks over the components or
 * carrier tops they cover (their height is not modelled, so they cannot be passed over),
 * and any part rising more than FIBER_WALL_HEIGHT_MM above the base carrier. Lower parts —
 * lids, cages, mechanical parts and the rest — are passed over.
 */
import type { Design } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { RectMm } from '../geometry/rect';
import { FIBER_WALL_HEIGHT_MM } from './fiberRoutingData';

/** One obstacle of the fiber router. */
export interface FiberObstacle {
  /** Id of the component, carrier, keep-out or cooling boundary it comes from. */
  readonly ownerId: string;
  /** For a cooling body: the component it covers (a fiber ending there passes under it). */
  readonly coversId?: string;
  /** Of a merged wall (fiberEnvironment.ts): the owner and covered ids of all its members. */
  readonly memberIds?: readonly string[];
  readonly rect: RectMm;
  /** Top of the obstacle, global mm; Infinity for a wall. */
  readonly topMm: number;
  readonly isWall: boolean;
}

function keepOutRect(r: { x: number; y: number; width: number; depth: number }): RectMm {
  return { minX: r.x, minY: r.y, maxX: r.x + r.width, maxY: r.y + r.depth };
}

/** The base carrier's top, global mm (0 without carriers). */
export function floorMm(layout: Layout): number {
  for (const placed of layout.carriers.values())
    if (placed.carrier.onCarrierId === undefined) return placed.z.topMm;
  return 0;
}

/** Obstacles of a design in document order: components, carriers, keep-outs, cooling bodies. */
export function fiberObstacles(doc: Design, layout: Layout): FiberObstacle[] {
  const out: FiberObstacle[] = [];
  const wallAbove = floorMm(layout) + FIBER_WALL_HEIGHT_MM;
  for (const placed of layout.components.values()) {
    const isWall = placed.z.topMm > wallAbove;
    out.push({
      ownerId: placed.component.id,
      rect: placed.footprint,
      topMm: isWall ? Infinity : placed.z.topMm,
      isWall,
    });
  }
  for (const placed of layout.carriers.values()) {
    if (placed.carrier.onCarrierId === undefined) continue;
    out.push({
      ownerId: placed.carrier.id,
      rect: placed.rect,
      topMm: placed.z.topMm,
      isWall: false,
    });
  }
  for (const k of doc.keepOuts) {
    if (k.kind === 'placement') continue;
    out.push({ ownerId: k.id, rect: keepOutRect(k.rectMm), topMm: Infinity, isWall: true });
  }
  for (const b of doc.cooling.boundaries) {
    if (b.kind !== 'cold-plate' && b.kind !== 'air-heatsink') continue;
    const t = b.target;
    if (t.kind === 'components') {
      for (const id of t.componentIds) {
        const placed = layout.components.get(id);
        if (placed)
          out.push({
            ownerId: b.id,
            coversId: id,
            rect: placed.footprint,
            topMm: Infinity,
            isWall: true,
          });
      }
    } else if (t.kind === 'carrier' && t.face === 'top') {
      const placed = layout.carriers.get(t.carrierId);
      if (placed) out.push({ ownerId: b.id, rect: placed.rect, topMm: Infinity, isWall: true });
    }
  }
  return out;
}
