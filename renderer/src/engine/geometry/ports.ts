/**
 * Where a component's port is, in global mm.
 *
 * Convention (part-local, before rotation; x = part width `sizeMm.x`, y = depth `sizeMm.y`):
 * `north` is the +y edge, `south` −y, `east` +x, `west` −x; `offsetMm` runs along the edge
 * from its midpoint, towards +x on north/south edges and towards +y on east/west edges.
 * `top` and `bottom` ports sit on the face at local (offsetMm, 0). Side ports sit at the
 * component's mid height; top/bottom ports at its top/bottom face.
 */
import type { Component } from '../../model/schema';
import type { Part, Port } from '../../model/partSchema';
import { rotateOffset } from './footprint';
import type { Point3Mm, PointMm } from './rect';
import type { ZSpanMm } from './stack';

/** Local (unrotated) offset of a port from the component centre, mm. */
export function portLocalOffset(part: Part, port: Port): PointMm {
  const halfX = part.sizeMm.x / 2;
  const halfY = part.sizeMm.y / 2;
  switch (port.edge) {
    case 'north':
      return { x: port.offsetMm, y: halfY };
    case 'south':
      return { x: port.offsetMm, y: -halfY };
    case 'east':
      return { x: halfX, y: port.offsetMm };
    case 'west':
      return { x: -halfX, y: port.offsetMm };
    default:
      return { x: port.offsetMm, y: 0 };
  }
}

/** Global position of a port of a placed component, mm. */
export function portPosition(component: Component, part: Part, port: Port, z: ZSpanMm): Point3Mm {
  const local = portLocalOffset(part, port);
  const turned = rotateOffset(local, component.rotationDeg);
  const zMm =
    port.edge === 'top'
      ? z.topMm
      : port.edge === 'bottom'
        ? z.bottomMm
        : (z.bottomMm + z.topMm) / 2;
  return { x: component.positionMm.x + turned.x, y: component.positionMm.y + turned.y, z: zMm };
}
