/**
 * Rule "off-carrier": a component's footprint, or a mounted carrier's outline, reaches past
 * the carrier it is mounted on. Reports the largest overhang.
 */
import type { RectMm } from '../geometry/rect';
import { EPS_MM, mm, rectCentre } from './bodies';
import type { Finding, RuleContext } from './ruleTypes';

/** How far `inner` reaches past `outer` on its worst side, mm (≤ 0 when inside). */
export function overhangMm(inner: RectMm, outer: RectMm): number {
  return Math.max(
    outer.minX - inner.minX,
    outer.minY - inner.minY,
    inner.maxX - outer.maxX,
    inner.maxY - outer.maxY,
  );
}

function finding(id: string, carrierId: string, over: number, rect: RectMm, zMm: number): Finding {
  return {
    rule: 'off-carrier',
    severity: 'error',
    message: `${id} reaches ${mm(over)} mm past the edge of carrier ${carrierId}`,
    components: [id],
    location: rectCentre(rect, zMm),
  };
}

/** Finds bodies that do not lie wholly on their carrier. */
export function offCarrierRule(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const placed of ctx.layout.components.values()) {
    const carrierId = placed.component.mount.carrierId;
    const carrier = ctx.layout.carriers.get(carrierId);
    if (!carrier) continue;
    const over = overhangMm(placed.footprint, carrier.rect);
    if (over > EPS_MM) {
      const zMid = (placed.z.bottomMm + placed.z.topMm) / 2;
      findings.push(finding(placed.component.id, carrierId, over, placed.footprint, zMid));
    }
  }
  for (const placed of ctx.layout.carriers.values()) {
    const parentId = placed.carrier.onCarrierId;
    const parent = parentId === undefined ? undefined : ctx.layout.carriers.get(parentId);
    if (parentId === undefined || !parent) continue;
    const over = overhangMm(placed.rect, parent.rect);
    if (over > EPS_MM) {
      findings.push(finding(placed.carrier.id, parentId, over, placed.rect, placed.z.topMm));
    }
  }
  return findings;
}
