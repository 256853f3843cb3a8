/**
 * Geometry checks: coordinates and sizes within MAX_COORDINATE_MM / MAX_SIZE_MM (errors),
 * and footprints, keep-outs and stacked carriers inside their carrier (warnings: a design
 * being edited may be off its carrier for a while; the design rules report it too).
 * A footprint is the part's x × y size rotated by the component's rotation (its
 * axis-aligned bounding box).
 */
import { MAX_COORDINATE_MM, MAX_SIZE_MM } from '../../limits';
import type { PartLibrary } from '../../partSchema';
import type { Carrier, Design } from '../../schema';
import type { Reporter } from './reporter';

interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const EPSILON_MM = 1e-6;

function carrierRect(carrier: Carrier): Rect {
  return {
    x0: carrier.originMm.x,
    y0: carrier.originMm.y,
    x1: carrier.originMm.x + carrier.widthMm,
    y1: carrier.originMm.y + carrier.depthMm,
  };
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x0 >= outer.x0 - EPSILON_MM &&
    inner.y0 >= outer.y0 - EPSILON_MM &&
    inner.x1 <= outer.x1 + EPSILON_MM &&
    inner.y1 <= outer.y1 + EPSILON_MM
  );
}

function describeRect(rect: Rect): string {
  return `x ${rect.x0}…${rect.x1} mm, y ${rect.y0}…${rect.y1} mm`;
}

/** Returns the axis-aligned footprint of a part of size `sizeX × sizeY` centred at (x, y) rotated by `rotationDeg`. */
export function footprintRect(
  x: number,
  y: number,
  sizeX: number,
  sizeY: number,
  rotationDeg: number,
): Rect {
  const radians = (rotationDeg * Math.PI) / 180;
  const cos = Math.abs(Math.cos(radians));
  const sin = Math.abs(Math.sin(radians));
  const halfX = (sizeX * cos + sizeY * sin) / 2;
  const halfY = (sizeX * sin + sizeY * cos) / 2;
  return { x0: x - halfX, y0: y - halfY, x1: x + halfX, y1: y + halfY };
}

function checkRange(
  report: Reporter,
  path: string,
  values: readonly number[],
  limit: number,
  what: string,
) {
  const bad = values.find((v) => Math.abs(v) > limit);
  if (bad !== undefined)
    report.error({ path, expected: `${what} within ±${limit} mm`, found: String(bad) });
}

/** Runs the range and containment checks; `library` (optional) gives part footprints. */
export function checkGeometry(
  doc: Design,
  library: PartLibrary | undefined,
  report: Reporter,
): void {
  const carriers = new Map(doc.carriers.map((c) => [c.id, c]));
  doc.carriers.forEach((carrier, i) => {
    checkRange(
      report,
      `carriers[${i}].originMm`,
      [carrier.originMm.x, carrier.originMm.y],
      MAX_COORDINATE_MM,
      'coordinates',
    );
    checkRange(
      report,
      `carriers[${i}]`,
      [carrier.widthMm, carrier.depthMm],
      MAX_SIZE_MM,
      'a width and depth',
    );
    const parent =
      carrier.onCarrierId === undefined ? undefined : carriers.get(carrier.onCarrierId);
    if (parent && !inside(carrierRect(carrier), carrierRect(parent))) {
      report.warn({
        path: `carriers[${i}].originMm`,
        expected: `an outline inside carrier ${JSON.stringify(parent.id)} (${describeRect(carrierRect(parent))})`,
        found: describeRect(carrierRect(carrier)),
      });
    }
  });
  doc.components.forEach((component, i) => {
    const { x, y } = component.positionMm;
    checkRange(report, `components[${i}].positionMm`, [x, y], MAX_COORDINATE_MM, 'coordinates');
    const part = library?.get(component.partId);
    const carrier = carriers.get(component.mount.carrierId);
    if (part === undefined || carrier === undefined) return;
    const footprint = footprintRect(x, y, part.sizeMm.x, part.sizeMm.y, component.rotationDeg);
    if (!inside(footprint, carrierRect(carrier))) {
      report.warn({
        path: `components[${i}].positionMm`,
        expected: `a footprint inside carrier ${JSON.stringify(carrier.id)} (${describeRect(carrierRect(carrier))})`,
        found: describeRect(footprint),
      });
    }
  });
  doc.keepOuts.forEach((keepOut, i) => {
    const r = keepOut.rectMm;
    checkRange(
      report,
      `keepOuts[${i}].rectMm`,
      [r.x, r.y, r.x + r.width, r.y + r.depth],
      MAX_COORDINATE_MM,
      'coordinates',
    );
    const carrier = carriers.get(keepOut.carrierId);
    const rect = { x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.depth };
    if (carrier && !inside(rect, carrierRect(carrier))) {
      report.warn({
        path: `keepOuts[${i}].rectMm`,
        expected: `a rectangle inside carrier ${JSON.stringify(carrier.id)} (${describeRect(carrierRect(carrier))})`,
        found: describeRect(rect),
      });
    }
  });
  doc.fibers.forEach((fiber, i) =>
    [...fiber.waypointsMm, ...(fiber.endMm ? [fiber.endMm] : [])].forEach((p, j) =>
      checkRange(
        report,
        j < fiber.waypointsMm.length ? `fibers[${i}].waypointsMm[${j}]` : `fibers[${i}].endMm`,
        [p.x, p.y, p.z],
        MAX_COORDINATE_MM,
        'coordinates',
      ),
    ),
  );
  doc.comments.forEach((comment, i) => {
    if ('pointMm' in comment.anchor) {
      const p = comment.anchor.pointMm;
      checkRange(
        report,
        `comments[${i}].anchor.pointMm`,
        [p.x, p.y, p.z],
        MAX_COORDINATE_MM,
        'coordinates',
      );
    }
  });
}
