/**
 * Bandwidth a failure takes out of service. A link carries lanes × lane rate (Gb/s). A failed
 * unit takes down every link with an end on one of its members or on a part that depends on
 * it: the cage a hot-pluggable part sits in (stacked on it, or footprints overlapping on the
 * same carrier) and,
 * for an external laser source, the optical engines its fibers feed.
 */
import { componentFootprint } from '../geometry/footprint';
import { rectsOverlap } from '../geometry/rect';
import type { Link } from '../../model/schema';
import type { ServiceIndex } from './classifyFru';

/** Lanes × lane rate of one link, Gb/s. */
export function linkBandwidthGbps(link: Link): number {
  return link.lanes * link.laneRateGbps;
}

/** Σ bandwidth of all links of the design, Gb/s. */
export function totalBandwidthGbps(links: readonly Link[]): number {
  let sum = 0;
  for (const link of links) sum += linkBandwidthGbps(link);
  return sum;
}

/** The unit's members plus the components that stop working with it. */
export function outageSet(index: ServiceIndex, unitIds: readonly string[]): ReadonlySet<string> {
  const { doc, library, componentsById } = index;
  const out = new Set(unitIds);
  for (const id of unitIds) {
    const member = componentsById.get(id);
    const part = member ? library.get(member.partId) : undefined;
    if (!member || !part) continue;
    if (part.fruClass === 'hot-pluggable') {
      const box = componentFootprint(member, part);
      for (const other of doc.components) {
        const otherPart = library.get(other.partId);
        if (otherPart?.category !== 'cage') continue;
        const isUnder = member.mount.onComponentId === other.id;
        const sameCarrier = other.mount.carrierId === member.mount.carrierId;
        if (isUnder || (sameCarrier && rectsOverlap(box, componentFootprint(other, otherPart)))) {
          out.add(other.id);
        }
      }
    }
    if (part.category === 'laser-source') {
      for (const fiber of doc.fibers) {
        if (fiber.from.componentId === id && fiber.to) out.add(fiber.to.componentId);
        if (fiber.to?.componentId === id) out.add(fiber.from.componentId);
      }
    }
  }
  return out;
}

/** Links keyed by the ids of the components at their ends. */
export function linksByComponent(links: readonly Link[]): ReadonlyMap<string, readonly Link[]> {
  const map = new Map<string, Link[]>();
  for (const link of links) {
    for (const id of new Set([link.from.componentId, link.to.componentId])) {
      const list = map.get(id);
      if (list) list.push(link);
      else map.set(id, [link]);
    }
  }
  return map;
}

/** Σ bandwidth of the links with an end in `ids` (each link once), Gb/s. */
export function bandwidthTouchingGbps(
  byComponent: ReadonlyMap<string, readonly Link[]>,
  ids: ReadonlySet<string>,
): number {
  const seen = new Set<Link>();
  let sum = 0;
  for (const id of ids) {
    for (const link of byComponent.get(id) ?? []) {
      if (seen.has(link)) continue;
      seen.add(link);
      sum += linkBandwidthGbps(link);
    }
  }
  return sum;
}
