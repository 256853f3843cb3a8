/**
 * What blocks a trace on a carrier: the footprints of the components on its top side, the
 * outlines of carriers mounted on it (a package on a board, an interposer on a substrate)
 * and its routing keep-outs (`routing` or `both`). Obstacles carry their owner's id so a
 * link can pass over its own ends.
 */
import type { Design } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { Obstacle } from './obstacleIndex';

/** Obstacles on one carrier, in document order: components, child carriers, keep-outs. */
export function carrierObstacles(doc: Design, layout: Layout, carrierId: string): Obstacle[] {
  const list: Obstacle[] = [];
  for (const placed of layout.components.values()) {
    const { mount, id } = placed.component;
    if (mount.side === 'top' && mount.carrierId === carrierId)
      list.push({ ownerId: id, rect: placed.footprint });
  }
  for (const placed of layout.carriers.values()) {
    if (placed.carrier.onCarrierId === carrierId)
      list.push({ ownerId: placed.carrier.id, rect: placed.rect });
  }
  for (const k of doc.keepOuts) {
    if (k.kind === 'placement' || k.carrierId !== carrierId) continue;
    const { x, y, width, depth } = k.rectMm;
    list.push({ ownerId: k.id, rect: { minX: x, minY: y, maxX: x + width, maxY: y + depth } });
  }
  return list;
}
