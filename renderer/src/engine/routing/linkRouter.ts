/**
 * Routes the links of one design revision: plans each link's path (linkPlan), routes every
 * leg on its carrier (routeLeg) and cuts its corners at 45° where the medium allows
 * (chamfer), and derives the lane bundle's lengths and skew. With the
 * previous revision's state it reuses whole links and single legs whose inputs and
 * surroundings did not change (routeCache). Obstacles are gathered, and indexed per carrier,
 * only once a leg has to be routed.
 */
import type { Component, Design, Link } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { RectMm } from '../geometry/rect';
import { allCarrierObstacles } from './carrierObstacles';
import type { Obstacle } from './obstacleIndex';
import { laneLengths, netTurns, type BundleLeg } from './laneBundle';
import { planLink, type LinkPlan } from './linkPlan';
import type { LinkRouting, RouteSegment } from './linkRouting';
import type { Medium } from './media';
import { ObstacleIndex } from './obstacleIndex';
import {
  dirtyRects,
  reusableLeg,
  reusableLink,
  type DirtyRects,
  type KeptLeg,
  type LinkRecord,
  type RouteCacheState,
} from './routeCache';
import { allows45 } from '../../model/data/routingAngles';
import { chamferCorners, polylineLengthMm } from './chamfer';
import { relevantObstacles, routeLeg, type LegRoute } from './routeLeg';

export type { LinkRouting, RouteSegment } from './linkRouting';

/** The route with its corners cut at 45° where the obstacles leave room (chamfer.ts). */
function mitred(square: LegRoute, obstacles: readonly RectMm[]): LegRoute {
  const points = chamferCorners(square.points, obstacles);
  return {
    ...square,
    points,
    lengthMm: polylineLengthMm(points),
    bends: Math.max(0, points.length - 2),
  };
}

/** Routes links of one revision; keeps what the next revision may reuse. */
export class LinkRouter {
  private readonly doc: Design;
  private readonly layout: Layout;
  private readonly indices = new Map<string, ObstacleIndex>();
  private readonly dirty: DirtyRects;
  private readonly previous: RouteCacheState | undefined;
  private readonly carriersKey: string;
  private readonly keepOutsKey: string;
  private readonly lanePitchMm: (medium: Medium) => number;
  private readonly keptLinks = new Map<string, LinkRecord>();
  private obstacles: Map<string, Obstacle[]> | undefined;

  constructor(
    doc: Design,
    layout: Layout,
    lanePitchMm: (medium: Medium) => number,
    previous?: RouteCacheState,
  ) {
    this.doc = doc;
    this.layout = layout;
    this.lanePitchMm = lanePitchMm;
    this.carriersKey = JSON.stringify(doc.carriers);
    this.keepOutsKey = JSON.stringify(doc.keepOuts);
    this.previous = previous?.carriersKey === this.carriersKey ? previous : undefined;
    this.dirty = this.previous
      ? dirtyRects(this.previous, layout, doc.keepOuts, this.keepOutsKey)
      : new Map();
  }

  /** What the next revision's router may reuse. */
  cacheState(): RouteCacheState {
    return {
      carriersKey: this.carriersKey,
      keepOutsKey: this.keepOutsKey,
      keepOuts: this.doc.keepOuts,
      layout: this.layout,
      links: this.keptLinks,
    };
  }

  private index(carrierId: string): ObstacleIndex | undefined {
    let index = this.indices.get(carrierId);
    const carrier = this.layout.carriers.get(carrierId);
    if (!index && carrier) {
      this.obstacles ??= allCarrierObstacles(this.doc, this.layout);
      index = new ObstacleIndex(this.obstacles.get(carrierId) ?? [], carrier.rect);
      this.indices.set(carrierId, index);
    }
    return index;
  }

  /** The components a link's plan depends on: its ends and what they are stacked on. */
  private endComponents(link: Link): Component[] {
    const out: Component[] = [];
    for (const id of [link.from.componentId, link.to.componentId]) {
      let placed = this.layout.components.get(id);
      for (let depth = 0; placed && depth <= this.layout.components.size; depth++) {
        out.push(placed.component);
        const below = placed.component.mount.onComponentId;
        placed = below === undefined ? undefined : this.layout.components.get(below);
      }
    }
    return out;
  }

  private routeOneLeg(
    plan: LinkPlan,
    leg: LinkPlan['legs'][number],
    before?: LinkRecord,
  ): KeptLeg | undefined {
    const kept = reusableLeg(before, leg, plan.excludedOwners, this.dirty);
    if (kept) return kept;
    const index = this.index(leg.carrierId);
    const carrier = this.layout.carriers.get(leg.carrierId);
    if (!index || !carrier) return undefined;
    const request = {
      start: leg.start,
      goal: leg.goal,
      index,
      excludedOwners: plan.excludedOwners,
      carrierRect: carrier.rect,
    };
    const square = routeLeg(request);
    if (!square) return undefined;
    const route = allows45(leg.medium)
      ? mitred(square, relevantObstacles(request, square.dependsOnMm))
      : square;
    return { carrierId: leg.carrierId, start: leg.start, goal: leg.goal, route };
  }

  /** Routes one link. */
  route(link: Link): LinkRouting {
    const components = this.endComponents(link);
    const before = this.previous?.links.get(link.id);
    const reused = reusableLink(before, link, components, this.dirty);
    if (reused) {
      this.keptLinks.set(link.id, reused);
      return reused.routing;
    }
    const plan = planLink(link, this.layout);
    if ('kind' in plan) return { ok: false, kind: plan.kind, message: plan.message };
    const segments: RouteSegment[] = [];
    const bundle: BundleLeg[] = [];
    const legs: KeptLeg[] = [];
    for (const leg of plan.legs) {
      const kept = this.routeOneLeg(plan, leg, before);
      if (!kept) {
        const message = `link ${link.id}: no route on carrier ${leg.carrierId} from (${leg.start.x}, ${leg.start.y}) to (${leg.goal.x}, ${leg.goal.y}) mm`;
        return { ok: false, kind: 'no-route', message, plan };
      }
      legs.push(kept);
      const route = kept.route;
      if (route.lengthMm === 0) continue;
      const points = route.points.map((p) => ({ x: p.x, y: p.y, z: leg.zMm }));
      segments.push({ medium: leg.medium, lengthMm: route.lengthMm, points });
      bundle.push({
        lengthMm: route.lengthMm,
        pitchMm: this.lanePitchMm(leg.medium),
        netTurns: netTurns(route.points),
      });
    }
    for (const f of plan.fixed) {
      segments.push({ medium: f.medium, lengthMm: f.lengthMm, points: f.points });
      bundle.push({ lengthMm: f.lengthMm, pitchMm: 0, netTurns: 0 });
    }
    const lanes = laneLengths(link.lanes, bundle);
    let lengthMm = 0;
    for (const s of segments) lengthMm += s.lengthMm;
    const routing: LinkRouting = {
      ok: true,
      plan,
      segments,
      crossings: plan.crossings,
      lengthMm,
      laneLengthsMm: lanes.lanesMm,
      skewMm: lanes.skewMm,
    };
    this.keptLinks.set(link.id, {
      link,
      components,
      routing,
      excludedOwners: plan.excludedOwners,
      legs,
    });
    return routing;
  }
}
