/**
 * Incremental routing. A link's routing is kept for the next revision with the values it
 * was computed from (the link, the components at its ends and beneath them, the owners its
 * legs may cross) and, for each leg, the region its route depended on (LegRoute.dependsOnMm). The next revision reuses it
 * when those values are equal and no obstacle on the leg's carrier was added, removed or
 * moved where it touches that region. A link whose ends changed may still reuse single legs
 * (same carrier, end points and crossable owners). Any change to the carriers, or another
 * part library, drops everything.
 */
import type { Component, KeepOut, Link } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import { rectsTouch, type PointMm, type RectMm } from '../geometry/rect';
import { samePlacement, sameLink } from '../sameValues';
import type { LinkRouting } from './linkRouting';
import type { LegRoute } from './routeLeg';

/** Rectangles that changed since the previous analysis, by carrier id. */
export type DirtyRects = ReadonlyMap<string, readonly RectMm[]>;

/** A routed leg as kept: its carrier, end points and route. */
export interface KeptLeg {
  readonly carrierId: string;
  readonly start: PointMm;
  readonly goal: PointMm;
  readonly route: LegRoute;
}

/** A whole link's routing with the values it was computed from. */
export interface LinkRecord {
  readonly link: Link;
  readonly components: readonly Component[];
  readonly routing: LinkRouting;
  /** Owners the legs could pass over (part of what a leg's route depends on). */
  readonly excludedOwners: readonly string[];
  readonly legs: readonly KeptLeg[];
}

/** What one revision's routing leaves for the next. */
export interface RouteCacheState {
  /** Fingerprint of the carrier stack; a different one invalidates every route. */
  readonly carriersKey: string;
  readonly keepOutsKey: string;
  readonly keepOuts: readonly KeepOut[];
  readonly layout: Layout;
  readonly links: ReadonlyMap<string, LinkRecord>;
}

function keepOutRect(k: KeepOut): RectMm {
  const { x, y, width, depth } = k.rectMm;
  return { minX: x, minY: y, maxX: x + width, maxY: y + depth };
}

function add(dirty: Map<string, RectMm[]>, carrierId: string, rect: RectMm): void {
  const list = dirty.get(carrierId);
  if (list) list.push(rect);
  else dirty.set(carrierId, [rect]);
}

/**
 * Rectangles of obstacles added, removed or moved between two revisions: components whose
 * layout entry is not the previous one (buildLayout keeps entries of unmoved components),
 * and every keep-out when the keep-outs changed.
 */
export function dirtyRects(
  before: RouteCacheState,
  layout: Layout,
  keepOuts: readonly KeepOut[],
  keepOutsKey: string,
): Map<string, RectMm[]> {
  const dirty = new Map<string, RectMm[]>();
  for (const [id, placed] of layout.components) {
    const was = before.layout.components.get(id);
    if (was === placed) continue;
    add(dirty, placed.component.mount.carrierId, placed.footprint);
    if (was) add(dirty, was.component.mount.carrierId, was.footprint);
  }
  for (const [id, was] of before.layout.components) {
    if (!layout.components.has(id)) add(dirty, was.component.mount.carrierId, was.footprint);
  }
  if (keepOutsKey !== before.keepOutsKey) {
    for (const k of [...before.keepOuts, ...keepOuts]) add(dirty, k.carrierId, keepOutRect(k));
  }
  return dirty;
}

function untouched(dirty: DirtyRects, carrierId: string, route: LegRoute): boolean {
  for (const rect of dirty.get(carrierId) ?? [])
    if (rectsTouch(rect, route.dependsOnMm)) return false;
  return true;
}

/** The previous record of a link when it is still valid for these end components. */
export function reusableLink(
  record: LinkRecord | undefined,
  link: Link,
  components: readonly Component[],
  dirty: DirtyRects,
): LinkRecord | undefined {
  if (!record || !sameLink(record.link, link) || record.components.length !== components.length)
    return undefined;
  for (let i = 0; i < components.length; i++) {
    const was = record.components[i] as Component;
    const now = components[i] as Component;
    if (was !== now && !samePlacement(was, now)) return undefined;
  }
  for (const leg of record.legs) if (!untouched(dirty, leg.carrierId, leg.route)) return undefined;
  return record;
}

function sameOwners(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A leg of the link's previous record on the same carrier between the same points, with the
 * same crossable owners and untouched surroundings.
 */
export function reusableLeg(
  record: LinkRecord | undefined,
  leg: { carrierId: string; start: PointMm; goal: PointMm },
  excludedOwners: readonly string[],
  dirty: DirtyRects,
): KeptLeg | undefined {
  if (!record || !sameOwners(record.excludedOwners, excludedOwners)) return undefined;
  for (const kept of record.legs) {
    if (
      kept.carrierId === leg.carrierId &&
      kept.start.x === leg.start.x &&
      kept.start.y === leg.start.y &&
      kept.goal.x === leg.goal.x &&
      kept.goal.y === leg.goal.y &&
      untouched(dirty, kept.carrierId, kept.route)
    ) {
      return kept;
    }
  }
  return undefined;
}
