/**
 * Rule "overlap": two solid boxes share volume. Components and mounted carriers are boxes
 * (bodies.ts); touching faces do not count. Not flagged: a body and the carrier it is
 * mounted on (its bottom-side parts sit in the joint gap), a component and the one it is
 * stacked on (they touch by construction), and a pluggable part in its cage.
 * Sweep-and-prune along x keeps it near-linear for sparse layouts.
 */
import { EPS_MM, isPluggedInCage, layoutBodies, mm, type Body } from './bodies';
import type { Finding, RuleContext } from './ruleTypes';

function exempt(ctx: RuleContext, a: Body, b: Body): boolean {
  if (a.isCarrier && b.onCarrierId === a.id) return true;
  if (b.isCarrier && a.onCarrierId === b.id) return true;
  if (a.isCarrier || b.isCarrier) return false;
  const pa = ctx.layout.components.get(a.id);
  const pb = ctx.layout.components.get(b.id);
  if (!pa || !pb) return true;
  if (pa.component.mount.onComponentId === b.id || pb.component.mount.onComponentId === a.id) {
    return true;
  }
  return isPluggedInCage(pa, pb);
}

/** Finds pairs of bodies that overlap in 3D. */
export function overlapRule(ctx: RuleContext): Finding[] {
  const bodies = layoutBodies(ctx.layout).sort(
    (p, q) => p.rect.minX - q.rect.minX || (p.id < q.id ? -1 : 1),
  );
  const findings: Finding[] = [];
  for (let i = 0; i < bodies.length; i++) {
    const a = bodies[i]!;
    for (let j = i + 1; j < bodies.length; j++) {
      const b = bodies[j]!;
      if (b.rect.minX >= a.rect.maxX - EPS_MM) break;
      const dx = Math.min(a.rect.maxX, b.rect.maxX) - b.rect.minX;
      const dy = Math.min(a.rect.maxY, b.rect.maxY) - Math.max(a.rect.minY, b.rect.minY);
      const dz = Math.min(a.z.topMm, b.z.topMm) - Math.max(a.z.bottomMm, b.z.bottomMm);
      if (dx <= EPS_MM || dy <= EPS_MM || dz <= EPS_MM || exempt(ctx, a, b)) continue;
      const ids = [a.id, b.id].sort();
      findings.push({
        rule: 'overlap',
        severity: 'error',
        message: `${ids[0]} and ${ids[1]} overlap by ${mm(dx)} × ${mm(dy)} × ${mm(dz)} mm`,
        components: ids,
        location: {
          x: b.rect.minX + dx / 2,
          y: Math.max(a.rect.minY, b.rect.minY) + dy / 2,
          z: Math.max(a.z.bottomMm, b.z.bottomMm) + dz / 2,
        },
      });
    }
  }
  return findings;
}
