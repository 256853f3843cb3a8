/**
 * Rule "keep-out": a component, or a carrier mounted there, occupies a placement keep-out
 * (kind "placement" or "both") of the carrier it sits on. Routing keep-outs are the
 * router's concern.
 */
import { rectIntersection, rectsOverlap, type RectMm } from '../geometry/rect';
import { mm, rectCentre } from './bodies';
import type { Finding, RuleContext } from './ruleTypes';

/** Finds bodies placed in placement keep-outs. */
export function keepOutRule(ctx: RuleContext): Finding[] {
  const occupants: { id: string; carrierId: string; rect: RectMm }[] = [];
  for (const p of ctx.layout.components.values()) {
    occupants.push({
      id: p.component.id,
      carrierId: p.component.mount.carrierId,
      rect: p.footprint,
    });
  }
  for (const c of ctx.layout.carriers.values()) {
    if (c.carrier.onCarrierId !== undefined) {
      occupants.push({ id: c.carrier.id, carrierId: c.carrier.onCarrierId, rect: c.rect });
    }
  }
  const findings: Finding[] = [];
  for (const keepOut of ctx.doc.keepOuts) {
    if (keepOut.kind === 'routing') continue;
    const { x, y, width, depth } = keepOut.rectMm;
    const zone: RectMm = { minX: x, minY: y, maxX: x + width, maxY: y + depth };
    const zMm = ctx.layout.carriers.get(keepOut.carrierId)?.z.topMm ?? 0;
    for (const o of occupants) {
      if (o.carrierId !== keepOut.carrierId || !rectsOverlap(o.rect, zone)) continue;
      const cut = rectIntersection(o.rect, zone) ?? zone;
      findings.push({
        rule: 'keep-out',
        severity: 'error',
        message:
          `${o.id} intrudes ${mm(cut.maxX - cut.minX)} × ${mm(cut.maxY - cut.minY)} mm ` +
          `into keep-out "${keepOut.name}" (${keepOut.id})`,
        components: [o.id],
        location: rectCentre(cut, zMm),
      });
    }
  }
  return findings;
}
