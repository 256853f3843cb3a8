/**
 * Routes the links of one design revision: plans each link's path (linkPlan), routes every
 * leg on its carrier (routeLeg) reusing the previous revision's routes where nothing they
 * depend on changed (routeCache), and derives the lane bundle's lengths and skew.
 */
import type { Design, Link } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { Point3Mm } from '../geometry/rect';
import { collectObstacles, indexObstacles } from './carrierObstacles';
import { laneLengths, netTurns, type BundleLeg } from './laneBundle';
import { planLink, type LinkPlan } from './linkPlan';
import type { Crossing, Medium } from './media';
import type { Obstacle, ObstacleIndex } from './obstacleIndex';
import {
  diffObstacles,
  legKey,
  reusableRoute,
  type DirtyRects,
  type RouteCacheState,
} from './routeCache';
import { routeLeg, type LegRoute } from './routeLeg';

/** One segment of a routed link on one medium. */
export interface RouteSegment {
  readonly medium: Medium;
  readonly lengthMm: number;
  /** Polyline of the segment's centreline, global mm. */
  readonly points: Point3Mm[];
}

/** The routing of one link, or the reason it has none. */
export type LinkRouting =
  | {
      readonly ok: true;
      readonly plan: LinkPlan;
      readonly segments: RouteSegment[];
      readonly crossings: Crossing[];
      readonly lengthMm: number;
      readonly laneLengthsMm: number[];
      readonly skewMm: number;
    }
  | {
      readonly ok: false;
      readonly kind: 'no-route' | 'bad-port' | 'no-common-carrier';
      readonly message: string;
      /** The plan, when the ends resolved but a leg found no route. */
      readonly plan?: LinkPlan;
    };

/** Routes links of one revision; keeps what the next revision may reuse. */
export class LinkRouter {
  private readonly layout: Layout;
  private readonly indices: Map<string, ObstacleIndex>;
  private readonly dirty: DirtyRects;
  private readonly previous: RouteCacheState | undefined;
  private readonly carriersKey: string;
  private readonly lanePitchMm: (medium: Medium) => number;
  private readonly kept = new Map<string, LegRoute>();
  private readonly obstacles: Map<string, Obstacle[]>;

  constructor(
    doc: Design,
    layout: Layout,
    lanePitchMm: (medium: Medium) => number,
    previous?: RouteCacheState,
  ) {
    this.layout = layout;
    this.lanePitchMm = lanePitchMm;
    this.obstacles = collectObstacles(doc, layout);
    this.indices = indexObstacles(this.obstacles, layout);
    this.carriersKey = JSON.stringify(doc.carriers);
    this.previous = previous?.carriersKey === this.carriersKey ? previous : undefined;
    this.dirty = this.previous ? diffObstacles(this.previous.obstacles, this.obstacles) : new Map();
  }

  /** What the next revision's router may reuse. */
  cacheState(): RouteCacheState {
    return { carriersKey: this.carriersKey, obstacles: this.obstacles, legs: this.kept };
  }

  private routeLegCached(
    plan: LinkPlan,
    leg: LinkPlan['legs'][number],
    excludedKey: string,
  ): LegRoute | undefined {
    const key = legKey(leg.carrierId, leg.start, leg.goal, excludedKey);
    const already = this.kept.get(key);
    if (already) return already;
    const reused = reusableRoute(this.previous, this.carriersKey, this.dirty, leg.carrierId, key);
    const index = this.indices.get(leg.carrierId);
    const carrier = this.layout.carriers.get(leg.carrierId);
    const route =
      reused ??
      (index && carrier
        ? routeLeg({
            start: leg.start,
            goal: leg.goal,
            index,
            excludedOwners: plan.excludedOwners,
            carrierRect: carrier.rect,
          })
        : undefined);
    if (route) this.kept.set(key, route);
    return route;
  }

  /** Routes one link. */
  route(link: Link): LinkRouting {
    const plan = planLink(link, this.layout);
    if ('kind' in plan) return { ok: false, kind: plan.kind, message: plan.message };
    const segments: RouteSegment[] = [];
    const bundle: BundleLeg[] = [];
    const excludedKey = plan.excludedOwners.join(',');
    for (const leg of plan.legs) {
      const route = this.routeLegCached(plan, leg, excludedKey);
      if (!route) {
        const message = `link ${link.id}: no route on carrier ${leg.carrierId} from (${leg.start.x}, ${leg.start.y}) to (${leg.goal.x}, ${leg.goal.y}) mm`;
        return { ok: false, kind: 'no-route', message, plan };
      }
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
    return {
      ok: true,
      plan,
      segments,
      crossings: plan.crossings,
      lengthMm,
      laneLengthsMm: lanes.lanesMm,
      skewMm: lanes.skewMm,
    };
  }
}
