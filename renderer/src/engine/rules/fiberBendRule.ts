/**
 * Rule "fiber-bend": a fiber is bent tighter than its type allows. The design gives each
 * fiber's bend radius (`bendRadiusMm`, used at every corner of its route); the minimum per
 * type is from ITU-T G.652 / G.657 (model/data/fiber.ts). A radius the type allows but a
 * corner of the route cannot hold (fiberCorners.ts) is a warning: the fiber would bend
 * tighter. A corner at a part's in-package light turn takes the part's stated radius
 * (`lightTurnRadiusMm`), which the type minimum does not apply to. A route that found no
 * way round a wall is a warning too.
 */
import { minBendRadiusMm } from '../../model/data/fiber';
import { fiberRoute } from '../routing/fiberRoute';
import { mm } from './bodies';
import { tightOf } from './fiberCorners';
import { portLocation } from './portLocation';
import type { Finding, RuleContext } from './ruleTypes';

/** Finds fibers bent below their type's minimum radius. */
export function fiberBendRule(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const fiber of ctx.doc.fibers) {
    const minimum = minBendRadiusMm(fiber.fiberType);
    const route = fiberRoute(ctx.doc, fiber, ctx.layout);
    const { pathMm, bendRadiusMm } = route;
    const ends = [
      ...new Set([fiber.from.componentId, ...(fiber.to ? [fiber.to.componentId] : [])]),
    ].sort();
    const location = (pathMm.length > 2 ? pathMm[1] : undefined) ??
      pathMm[0] ??
      portLocation(ctx.layout, fiber.from) ?? { x: 0, y: 0, z: 0 };
    if (bendRadiusMm < minimum) {
      findings.push({
        rule: 'fiber-bend',
        severity: 'error',
        message:
          `fiber ${fiber.id} (${fiber.fiberType}) is bent at ${mm(bendRadiusMm)} mm radius; ` +
          `its type needs at least ${mm(minimum)} mm`,
        components: ends,
        location: { x: location.x, y: location.y, z: location.z },
      });
      continue;
    }
    for (const corner of tightOf(route.corners)) {
      findings.push({
        rule: 'fiber-bend',
        severity: 'warning',
        message:
          `fiber ${fiber.id}: a ${mm(corner.radiusMm)} mm bend turning ` +
          `${mm(corner.turnDeg)}° needs ${mm(corner.neededMm)} mm of straight path each side; ` +
          `the path leaves ${mm(corner.availableMm)} mm`,
        components: ends,
        location: { ...corner.at },
      });
    }
    if (route.isBlocked) {
      findings.push({
        rule: 'fiber-bend',
        severity: 'warning',
        message: `fiber ${fiber.id}: no route round the walls in its way (keep-outs, cooled or tall parts); it is drawn crossing them`,
        components: ends,
        location: { x: location.x, y: location.y, z: location.z },
      });
    }
  }
  return findings;
}
