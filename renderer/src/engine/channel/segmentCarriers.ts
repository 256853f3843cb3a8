/**
 * The carrier each routed segment runs on. The router emits one segment per routed leg of
 * the plan, in leg order, skipping legs of zero length, then the plan's fixed segments
 * (vertical path and lateral run of a 3D stack). A segment belongs to the next leg of its
 * medium whose trace height (zMm) it carries; a fixed segment is given the carrier the link's
 * first end is mounted on (segmentLines uses it only when that carrier's medium is the
 * segment's).
 */
import type { LinkPlan } from '../routing/linkPlan';
import type { RouteSegment } from '../routing/linkRouting';

/** Carrier id of each segment, undefined without a plan. */
export function segmentCarrierIds(
  plan: LinkPlan | undefined,
  segments: readonly RouteSegment[],
): (string | undefined)[] {
  const legs = plan?.legs ?? [];
  let next = 0;
  return segments.map((s) => {
    const z = s.points[0]?.z;
    for (let i = next; i < legs.length; i++) {
      const leg = legs[i]!;
      if (leg.medium === s.medium && leg.zMm === z) {
        next = i + 1;
        return leg.carrierId;
      }
    }
    return plan?.from.placed.component.mount.carrierId;
  });
}
