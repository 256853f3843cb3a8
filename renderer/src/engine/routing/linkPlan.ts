/**
 * Which carriers a link's electrical path crosses, before any route is searched.
 *
 * Both ends stacked on one another (CPO Type C): the path is the vertical interconnect
 * (|Δz| between the ports) plus, when the ports are not above one another, a lateral run in
 * the lower die's redistribution layers (`interposer` medium), with one hybrid bond.
 *
 * Otherwise the lowest carrier both ends sit on (their common carrier) holds the main leg.
 * Each end first escapes its own carriers below that one: a leg on each to the point of its
 * outline nearest the other end's port, then that carrier's down-crossings (TSV and C4,
 * package via and BGA). Each end adds the crossings of its own mount (microbump, C4, BGA or
 * host connector). So a switch on a substrate on a board linked to a front-panel cage gets a
 * substrate escape leg, package via + BGA, and a board leg.
 */
import type { Link } from '../../model/schema';
import type { Part, Port } from '../../model/partSchema';
import type { Layout, PlacedComponent } from '../geometry/layout';
import { portPosition } from '../geometry/ports';
import { clampToRect, type Point3Mm, type PointMm } from '../geometry/rect';
import {
  carrierDownCrossings,
  mediumOfCarrier,
  mountCrossings,
  type Crossing,
  type Medium,
} from './media';

/** A trace to route on one carrier. */
export interface LegPlan {
  readonly carrierId: string;
  readonly medium: Medium;
  readonly start: PointMm;
  readonly goal: PointMm;
  /** z of the carrier's top face, mm (where the trace is drawn). */
  readonly zMm: number;
}

/** A segment whose length is fixed by geometry, not searched. */
export interface FixedSegment {
  readonly medium: Medium;
  readonly lengthMm: number;
  readonly points: Point3Mm[];
}

/** One resolved end of a link. */
export interface LinkEnd {
  readonly placed: PlacedComponent;
  readonly port: Port;
  readonly positionMm: Point3Mm;
}

/** The plan of a link's electrical path. */
export interface LinkPlan {
  readonly from: LinkEnd;
  readonly to: LinkEnd;
  readonly legs: LegPlan[];
  readonly fixed: FixedSegment[];
  readonly crossings: Crossing[];
  /** Components and carriers the legs may pass over (the link's own ends and packages). */
  readonly excludedOwners: string[];
}

/** Why a link could not be planned. */
export interface PlanProblem {
  readonly kind: 'bad-port' | 'no-common-carrier';
  readonly message: string;
}

const portMaps = new WeakMap<Part, Map<string, Port>>();

/** A part's ports by id (memoised per part object). */
function portsOf(part: Part): Map<string, Port> {
  let map = portMaps.get(part);
  if (!map) {
    map = new Map(part.ports.map((p) => [p.id, p]));
    portMaps.set(part, map);
  }
  return map;
}

function resolveEnd(layout: Layout, ref: Link['from']): LinkEnd | PlanProblem {
  const placed = layout.components.get(ref.componentId);
  const port = placed ? portsOf(placed.part).get(ref.port) : undefined;
  if (!placed || !port) {
    return { kind: 'bad-port', message: `port ${ref.componentId}.${ref.port} does not exist` };
  }
  return { placed, port, positionMm: portPosition(placed.component, placed.part, port, placed.z) };
}

function isStackedOn(layout: Layout, upper: PlacedComponent, lowerId: string): boolean {
  let current: PlacedComponent | undefined = upper;
  for (let depth = 0; current && depth < layout.components.size; depth++) {
    const below: string | undefined = current.component.mount.onComponentId;
    if (below === undefined) return false;
    if (below === lowerId) return true;
    current = layout.components.get(below);
  }
  return false;
}

function stackedPlan(from: LinkEnd, to: LinkEnd, lower: LinkEnd): LinkPlan {
  const a = from.positionMm;
  const b = to.positionMm;
  const lateralMm = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  const zTop = lower.placed.z.topMm;
  const fixed: FixedSegment[] = [
    { medium: 'vertical', lengthMm: Math.abs(a.z - b.z), points: [a, { x: a.x, y: a.y, z: b.z }] },
  ];
  if (lateralMm > 0) {
    const points = [
      { x: a.x, y: a.y, z: zTop },
      { x: b.x, y: a.y, z: zTop },
      { x: b.x, y: b.y, z: zTop },
    ];
    fixed.push({ medium: 'interposer', lengthMm: lateralMm, points });
  }
  return { from, to, legs: [], fixed, crossings: ['hybrid-bond'], excludedOwners: [] };
}

/** Plans the electrical path of a link, or says why it cannot. */
export function planLink(link: Link, layout: Layout): LinkPlan | PlanProblem {
  const from = resolveEnd(layout, link.from);
  if ('kind' in from) return from;
  const to = resolveEnd(layout, link.to);
  if ('kind' in to) return to;
  if (isStackedOn(layout, from.placed, to.placed.component.id)) return stackedPlan(from, to, to);
  if (isStackedOn(layout, to.placed, from.placed.component.id)) return stackedPlan(from, to, from);
  const chainA = layout.carriers.get(from.placed.component.mount.carrierId)?.chain ?? [];
  const chainB = layout.carriers.get(to.placed.component.mount.carrierId)?.chain ?? [];
  const common = chainA.find((id) => chainB.includes(id));
  if (common === undefined) {
    return { kind: 'no-common-carrier', message: `link ${link.id}: its ends share no carrier` };
  }
  const crossings: Crossing[] = [];
  const escape = (
    end: LinkEnd,
    chain: readonly string[],
    target: PointMm,
  ): [LegPlan[], PointMm] => {
    const legs: LegPlan[] = [];
    let current: PointMm = end.positionMm;
    const mountKind = layout.carriers.get(chain[0] ?? '')?.carrier.kind ?? 'pcb';
    crossings.push(...mountCrossings(mountKind, end.placed.part));
    for (const id of chain) {
      if (id === common) break;
      const placed = layout.carriers.get(id);
      if (!placed) break;
      const exit = clampToRect(placed.rect, target);
      const medium = mediumOfCarrier(placed.carrier);
      legs.push({ carrierId: id, medium, start: current, goal: exit, zMm: placed.z.topMm });
      crossings.push(...carrierDownCrossings(placed.carrier.kind));
      current = exit;
    }
    return [legs, current];
  };
  const [legsA, endA] = escape(from, chainA, to.positionMm);
  const [legsB, endB] = escape(to, chainB, from.positionMm);
  const main = layout.carriers.get(common);
  const mainLeg: LegPlan = {
    carrierId: common,
    medium: main ? mediumOfCarrier(main.carrier) : 'pcb',
    start: endA,
    goal: endB,
    zMm: main?.z.topMm ?? 0,
  };
  const reversedB = legsB.reverse().map((l) => ({ ...l, start: l.goal, goal: l.start }));
  const excludedOwners = [
    ...new Set([from.placed.component.id, to.placed.component.id, ...chainA, ...chainB]),
  ];
  return {
    from,
    to,
    legs: [...legsA, mainLeg, ...reversedB],
    fixed: [],
    crossings,
    excludedOwners,
  };
}
