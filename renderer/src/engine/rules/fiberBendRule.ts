/**
 * Rule "fiber-bend": a fiber is bent tighter than its type allows. The design gives each
 * fiber's bend radius (`bendRadiusMm`, used at every corner of its path); the minimum per
 * type is from ITU-T G.652 / G.657 (model/data/fiber.ts). A radius the type allows but the
 * path's corners cannot hold (fiberCorners.ts) is a warning: the fiber would bend tighter.
 */
import { minBendRadiusMm } from '../../model/data/fiber';
import { fiberRoute } from '../routing/fiberRoute';
import { mm } from './bodies';
import { tightCorners } from './fiberCorners';
import { portLocation } from './portLocation';
import type { Finding, RuleContext } from './ruleTypes';

/** Finds fibers bent below their type's minimum radius. */
export function fiberBendRule(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const fiber of ctx.doc.fibers) {
    const minimum = minBendRadiusMm(fiber.fiberType);
    const { pathMm, bendRadiusMm } = fiberRoute(fiber, ctx.layout);
    const ends = [
      ...new Set([fiber.from.componentId, ...(fiber.to ? [fiber.to.componentId] : [])]),
    ].sort();
    if (bendRadiusMm >= minimum) {
      for (const corner of tightCorners(pathMm, bendRadiusMm)) {
        findings.push({
          rule: 'fiber-bend',
          severity: 'warning',
          message:
            `fiber ${fiber.id}: a ${mm(bendRadiusMm)} mm bend turning ` +
            `${mm(corner.turnDeg)}° needs ${mm(corner.neededMm)} mm of straight path each side; ` +
            `the path leaves ${mm(corner.availableMm)} mm`,
          components: ends,
          location: { ...corner.at },
        });
      }
      continue;
    }
    const corner = pathMm.length > 2 ? pathMm[1] : undefined;
    const location = corner ??
      pathMm[0] ??
      portLocation(ctx.layout, fiber.from) ?? { x: 0, y: 0, z: 0 };
    findings.push({
      rule: 'fiber-bend',
      severity: 'error',
      message:
        `fiber ${fiber.id} (${fiber.fiberType}) is bent at ${mm(bendRadiusMm)} mm radius; ` +
        `its type needs at least ${mm(minimum)} mm`,
      components: ends,
      location: { x: location.x, y: location.y, z: location.z },
    });
  }
  return findings;
}
