/**
 * What routing yields for one link: its segments by medium, its discrete crossings, its
 * length and its lane bundle; or why it has no route.
 */
import type { Point3Mm } from '../geometry/rect';
import type { LinkPlan } from './linkPlan';
import type { Crossing, Medium } from './media';

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
