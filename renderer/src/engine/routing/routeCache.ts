/**
 * Incremental routing. A link's routing is kept for the next revision with the values it
 * was computed from (the link, the components at its ends and beneath them) and, for each
 * leg, the region its route depended on (LegRoute.dependsOnMm). The next revision reuses it
 * when those values are equal and no obstacle on the leg's carrier was added, removed or
 * moved where it touches that region. A link whose ends changed may still reuse single legs
 * (same carrier, end points and crossable owners). Any change to the carriers, or another
 * part library, drops everything.
 */
import type { Component, KeepOut, Link } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import { rectsTouch, type RectMm } from '../geometry/rect';
import { samePlacement, sameLink } from '../sameValues';
import type { LinkRouting } from './linkRouting';
import type { LegRoute } from './routeLeg';

/** Rectangles that changed since the previous analysis, by carrier id. */
export type DirtyRects = ReadonlyMap<string, readonly RectMm[]>;

/** A routed leg as kept: its key, carrier and route. */
export type KeptLeg = readonly [key: string, carrierId: string, route: LegRoute];

/** A whole link's routing with the values it was computed from. */
export interface LinkRecord {
  readonly link: Link;
  readonly components: readonly Component[];
  readonly routing: LinkRouting;
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

/** Key of a leg: carrier, end points and the owners it may pass over. */
export function legKey(
  carrierId: string,
  start: { x: number; y: number },
  goal: { x: number; y: number },
  excludedKey: string,
): string {
  return `${carrierId}|${start.x}|${start.y}|${goal.x}|${goal.y}|${excludedKey}`;
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
  for (const [, carrierId, route] of record.legs)
    if (!untouched(dirty, carrierId, route)) return undefined;
  return record;
}

/** A leg of the link's previous record with the same key and untouched surroundings. */
export function reusableLeg(
  record: LinkRecord | undefined,
  key: string,
  dirty: DirtyRects,
): KeptLeg | undefined {
  for (const leg of record?.legs ?? [])
    if (leg[0] === key && untouched(dirty, leg[1], leg[2])) return leg;
  return undefined;
}
