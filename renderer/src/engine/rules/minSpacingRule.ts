/**
 * Rule "min-spacing": two components on the same carrier and side are closer than the
 * clearance they need. The gap is the shortest distance between their footprints (0 when
 * they abut); overlapping pairs are the overlap rule's. Required gap: the design's
 * `minSpacingMm`, else on a PCB the larger clearance of the two parts (Eurocircuits),
 * else the package default (rulesData.ts). Stacked parts and a pluggable part in its cage
 * are exempt.
 */
import type { PlacedComponent } from '../geometry/layout';
import { rectsOverlap } from '../geometry/rect';
import { EPS_MM, isPluggedInCage, mm } from './bodies';
import { PACKAGE_SPACING_MM, PCB_CLEARANCE_MM } from './rulesData';
import type { Finding, RuleContext } from './ruleTypes';

function requiredGapMm(ctx: RuleContext, a: PlacedComponent, b: PlacedComponent): number {
  if (ctx.config.minSpacingMm !== undefined) return ctx.config.minSpacingMm;
  const kind = ctx.layout.carriers.get(a.component.mount.carrierId)?.carrier.kind ?? 'pcb';
  if (kind !== 'pcb') return PACKAGE_SPACING_MM[kind];
  return Math.max(PCB_CLEARANCE_MM[a.part.category], PCB_CLEARANCE_MM[b.part.category]);
}

function gapMm(a: PlacedComponent, b: PlacedComponent): number {
  const [ra, rb] = [a.footprint, b.footprint];
  const dx = Math.max(0, rb.minX - ra.maxX, ra.minX - rb.maxX);
  const dy = Math.max(0, rb.minY - ra.maxY, ra.minY - rb.maxY);
  return Math.hypot(dx, dy);
}

/** Finds neighbouring components closer than their required clearance. */
export function minSpacingRule(ctx: RuleContext): Finding[] {
  const flat = [...ctx.layout.components.values()]
    .filter((p) => p.component.mount.onComponentId === undefined)
    .sort(
      (p, q) => p.footprint.minX - q.footprint.minX || (p.component.id < q.component.id ? -1 : 1),
    );
  const reach = Math.max(
    ctx.config.minSpacingMm ?? 0,
    ...Object.values(PCB_CLEARANCE_MM),
    ...Object.values(PACKAGE_SPACING_MM),
  );
  const findings: Finding[] = [];
  for (let i = 0; i < flat.length; i++) {
    const a = flat[i]!;
    for (let j = i + 1; j < flat.length; j++) {
      const b = flat[j]!;
      if (b.footprint.minX > a.footprint.maxX + reach) break;
      const [ma, mb] = [a.component.mount, b.component.mount];
      if (ma.carrierId !== mb.carrierId || ma.side !== mb.side) continue;
      if (rectsOverlap(a.footprint, b.footprint) || isPluggedInCage(a, b)) continue;
      const gap = gapMm(a, b);
      const need = requiredGapMm(ctx, a, b);
      if (gap >= need - EPS_MM) continue;
      const ids = [a.component.id, b.component.id].sort();
      const carrier = ctx.layout.carriers.get(ma.carrierId);
      const zMm = ma.side === 'bottom' ? (carrier?.z.bottomMm ?? 0) : (carrier?.z.topMm ?? 0);
      findings.push({
        rule: 'min-spacing',
        severity: 'warning',
        message: `${ids[0]} and ${ids[1]} are ${mm(gap)} mm apart; they need ${mm(need)} mm`,
        components: ids,
        location: {
          x:
            (Math.max(a.footprint.minX, b.footprint.minX) +
              Math.min(a.footprint.maxX, b.footprint.maxX)) /
            2,
          y:
            (Math.max(a.footprint.minY, b.footprint.minY) +
              Math.min(a.footprint.maxY, b.footprint.maxY)) /
            2,
          z: zMm,
        },
      });
    }
  }
  return findings;
}
