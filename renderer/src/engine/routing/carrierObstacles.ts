/**
 * What blocks a trace on each carrier: the footprints of the components on its top side,
 * the outlines of carriers mounted on it (a package on a board, an interposer on a
 * substrate) and its routing keep-outs (`routing` or `both`). Obstacles carry their owner's
 * id so a link can pass over its own ends.
 */
import type { Design } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import { ObstacleIndex, type Obstacle } from './obstacleIndex';

/** Obstacle list of every carrier, by carrier id, in document order. */
export function collectObstacles(doc: Design, layout: Layout): Map<string, Obstacle[]> {
  const byCarrier = new Map<string, Obstacle[]>();
  for (const id of layout.carriers.keys()) byCarrier.set(id, []);
  for (const placed of layout.components.values()) {
    const { mount, id } = placed.component;
    if (mount.side !== 'top') continue;
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
    byCarrier.get(k.carrierId)?.push({
      ownerId: k.id,
      rect: { minX: x, minY: y, maxX: x + width, maxY: y + depth },
    });
  }
  return byCarrier;
}

/** A spatial index per carrier over its obstacles. */
export function indexObstacles(
  obstacles: ReadonlyMap<string, Obstacle[]>,
  layout: Layout,
): Map<string, ObstacleIndex> {
  const indices = new Map<string, ObstacleIndex>();
  for (const [carrierId, list] of obstacles) {
    const carrier = layout.carriers.get(carrierId);
    if (carrier) indices.set(carrierId, new ObstacleIndex(list, carrier.rect));
  }
  return indices;
}
