/**
 * Checks of a fiber before a command writes it: its ends name known components and, where
 * the part is known (the design's own parts over the bundled library), optical ports; it
 * ends at a port or at `endMm`, not both; its bend radius is at least its type's minimum
 * (model/data/fiber.ts, ITU-T G.652 / G.657); and the route (engine/routing/fiberRoute.ts)
 * can bend every forced waypoint's corner at that radius within the legs either side
 * (the geometry of engine/rules/fiberCorners.ts). Each refusal names the field, the value
 * and the allowed range.
 */
import { buildLayout } from '../../engine/geometry/layout';
import { fiberEnvironment } from '../../engine/routing/fiberEnvironment';
import { buildFiberRoute } from '../../engine/routing/fiberRoute';
import { FIBER_MIN_BEND_RADIUS_MM } from '../data/fiber';
import { designParts } from '../designParts';
import { MAX_COORDINATE_MM } from '../limits';
import { defaultPartLibrary } from '../partLibrary';
import type { Design, Fiber, PortRef } from '../schema';
import { CommandError } from './command';

const fmt = (v: number) => String(Math.round(v * 100) / 100);

function checkPort(doc: Design, fiber: Fiber, ref: PortRef, field: string): void {
  const component = doc.components.find((c) => c.id === ref.componentId);
  if (!component) {
    throw new CommandError(
      `fiber "${fiber.id}" ${field}.componentId "${ref.componentId}" is not a component of the design`,
    );
  }
  const part = designParts(doc, defaultPartLibrary()).get(component.partId);
  if (!part) return; // a part the library does not hold: the loader's semantic checks report it
  const port = part.ports.find((p) => p.id === ref.port);
  const optical = part.ports.filter((p) => p.kind === 'optical').map((p) => p.id);
  if (!port || port.kind !== 'optical') {
    throw new CommandError(
      `fiber "${fiber.id}" ${field}.port "${ref.port}" is not an optical port of ${component.id} (${part.id}); ` +
        `its optical ports: ${optical.length > 0 ? optical.join(', ') : 'none'}`,
    );
  }
}

/** Throws unless `fiber` may be written into `doc` (see the file comment). */
export function checkFiber(doc: Design, fiber: Fiber): void {
  checkPort(doc, fiber, fiber.from, 'from');
  if (fiber.to) checkPort(doc, fiber, fiber.to, 'to');
  if ((fiber.to === undefined) === (fiber.endMm === undefined)) {
    throw new CommandError(
      `fiber "${fiber.id}" needs exactly one of "to" (a far port) and "endMm" (where it leaves the design)`,
    );
  }
  for (const p of [...fiber.waypointsMm, ...(fiber.endMm ? [fiber.endMm] : [])]) {
    if ([p.x, p.y, p.z].some((v) => Math.abs(v) > MAX_COORDINATE_MM)) {
      throw new CommandError(
        `fiber "${fiber.id}" point (${fmt(p.x)}, ${fmt(p.y)}, ${fmt(p.z)}) reaches beyond ±${MAX_COORDINATE_MM} mm`,
      );
    }
  }
  const minimum = FIBER_MIN_BEND_RADIUS_MM[fiber.fiberType].minBendRadiusMm;
  if (fiber.bendRadiusMm !== undefined && fiber.bendRadiusMm < minimum) {
    throw new CommandError(
      `fiber "${fiber.id}" bendRadiusMm ${fmt(fiber.bendRadiusMm)} mm is below the ${fiber.fiberType} minimum: ` +
        `expected ≥ ${fmt(minimum)} mm (ITU-T G.652 / G.657)`,
    );
  }
  if (fiber.waypointsMm.length === 0) return;
  const layout = buildLayout(doc, defaultPartLibrary());
  const route = buildFiberRoute(fiber, layout, fiberEnvironment(doc, layout));
  route.waypointIndices.forEach((index, k) => {
    const corner = route.corners.find((c) => c.index === index);
    if (!corner?.isTight) return;
    const p = corner.at;
    throw new CommandError(
      `fiber "${fiber.id}" waypointsMm[${k}] (${fmt(p.x)}, ${fmt(p.y)}, ${fmt(p.z)}): a ${fmt(corner.radiusMm)} mm bend ` +
        `turning ${fmt((corner.turnRad * 180) / Math.PI)}° needs ${fmt(corner.neededMm)} mm of straight fiber each side; ` +
        `the legs leave ${fmt(corner.availableMm)} mm (allowed: a corner that fits its legs)`,
    );
  });
}
