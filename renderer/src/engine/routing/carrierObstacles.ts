/**
 * What blocks a trace on a carrier: the footprints of the components on its top side, the
 * outlines of carriers mounted on it (a package on a board, an interposer on a substrate)
 * and its routing keep-outs (`routing` or `both`). Obstacles carry their owner's id so a
 * link can pass over its own ends.
 */
import type { Design } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { Obstacle } from './obstacleIndex';

/** Obstacles of every carrier, by carrier id, each list in document order: components, child carriers, keep-outs. */
export function allCarrierObstacles(doc: Design, layout: Layout): Map<string, Obstacle[]> {
  const byCarrier = new Map<string, Obstacle[]>();
  for (const id of layout.carriers.keys()) byCarrier.set(id, []);
  for (const placed of layout.components.values()) {
    const { mount, id } = placed.component;
    if (mount.side === 'top')
      byCarrier.get(mount.carrierId)?.push({ ownerId: id, rect: placed.footprint });
  }
  for (const placed of layout.carriers.values()) {
    const parent = placed.carrier.onCarrierId;
    if (parent !== undefined)
      byCarrier.get(parent)?.push({ ownerId: placed.carrier.id, rect: placed.rect });
  }
  for (const k of doc.keepOuts) {
    if (k.kind === 'placement') continue;
    const { x, y, width, depth } = k.rectMm;
    byCarrier
      .get(k.carrierId)
      ?.push({ ownerId: k.id, rect: { minX: x, minY: y, maxX: x + width, maxY: y + depth } });
  }
  return byCarrier;
}
