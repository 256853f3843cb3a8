/**
 * Where the ports of the drawn components are, for the connect tool's markers, and the link
 * a pair of ports makes (lanes and rate prefilled from the ports). Pure; no three.js.
 */
import type { PartLibrary, Port } from '../model/partSchema';
import type { Link } from '../model/schema';
import { rotatedPortOffsetMm } from '../store/footprintGeometry';
import type { ComponentBox } from './layout';

/** One port of one component, at a global position in mm. */
export interface PortMarker {
  readonly componentId: string;
  readonly port: Port;
  readonly xMm: number;
  readonly yMm: number;
  readonly zMm: number;
}

/** The ports of every box with a library part (side ports at mid height, top/bottom on faces). */
export function portMarkers(boxes: readonly ComponentBox[], parts: PartLibrary): PortMarker[] {
  return boxes.flatMap((box) => {
    const part = parts.get(box.partId);
    if (!part) return [];
    return part.ports.map((port): PortMarker => {
      const at = rotatedPortOffsetMm(part, port, box.rotationDeg);
      const zMm =
        port.edge === 'top'
          ? box.z + box.sizeZ
          : port.edge === 'bottom'
            ? box.z
            : box.z + box.sizeZ / 2;
      return { componentId: box.id, port, xMm: box.x + at.x, yMm: box.y + at.y, zMm };
    });
  });
}

/**
 * The link between two ports, without its id: the lanes and lane rate both ends support
 * (the smaller of each), the modulation and SerDes class of the electrical end (the first
 * end when both or neither are electrical; class VSR when neither port names one).
 */
export function linkBetween(
  a: { componentId: string; port: Port },
  b: { componentId: string; port: Port },
): Omit<Link, 'id'> {
  const electrical = a.port.kind === 'electrical' || b.port.kind !== 'electrical' ? a : b;
  return {
    from: { componentId: a.componentId, port: a.port.id },
    to: { componentId: b.componentId, port: b.port.id },
    lanes: Math.min(a.port.lanes, b.port.lanes),
    laneRateGbps: Math.min(a.port.laneRateGbps, b.port.laneRateGbps),
    modulation: electrical.port.modulation,
    serdesClass: electrical.port.serdesClass ?? b.port.serdesClass ?? a.port.serdesClass ?? 'VSR',
  };
}
