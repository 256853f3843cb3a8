/**
 * Rule "oe-distance": an optical engine sits farther from the xPU it serves than its
 * architecture allows (rulesData.ts OE_MAX_DISTANCE_MM, or the design's oeMaxDistanceMm).
 * The distance is the routed electrical length when electrical results are given, else the
 * rectilinear port-to-port distance plus the height difference (a lower bound of any route).
 * An engine stacked on its xPU, or under it (CPO Type C), connects through vertical
 * interconnect: its distance is the height difference of the two ports only.
 */
import { mm } from './bodies';
import { portLocation, rectilinear3dMm } from './portLocation';
import { OE_MAX_DISTANCE_MM } from './rulesData';
import type { Finding, RuleContext } from './ruleTypes';

/** Finds xPU-to-engine links longer than the architecture's reach. */
export function oeDistanceRule(ctx: RuleContext): Finding[] {
  const architecture = ctx.doc.meta.architecture;
  const limit = ctx.config.oeMaxDistanceMm ?? OE_MAX_DISTANCE_MM[architecture];
  if (limit === undefined) return [];
  const routed = new Map((ctx.electrical?.links ?? []).map((l) => [l.id, l.lengthMm]));
  const findings: Finding[] = [];
  for (const link of ctx.doc.links) {
    const from = ctx.layout.components.get(link.from.componentId);
    const to = ctx.layout.components.get(link.to.componentId);
    if (!from || !to) continue;
    const pair =
      from.part.category === 'xpu' && to.part.category === 'optical-engine'
        ? { xpu: link.from, oe: link.to }
        : to.part.category === 'xpu' && from.part.category === 'optical-engine'
          ? { xpu: link.to, oe: link.from }
          : undefined;
    if (!pair) continue;
    const a = portLocation(ctx.layout, pair.xpu);
    const b = portLocation(ctx.layout, pair.oe);
    if (!a || !b) continue;
    const routedMm = routed.get(link.id);
    const isRouted = typeof routedMm === 'number' && Number.isFinite(routedMm);
    const isStacked =
      from.component.mount.onComponentId === to.component.id ||
      to.component.mount.onComponentId === from.component.id;
    const how = isRouted ? 'routed' : isStacked ? 'vertical' : 'port to port';
    const distance = isRouted ? routedMm : isStacked ? Math.abs(a.z - b.z) : rectilinear3dMm(a, b);
    if (distance <= limit) continue;
    findings.push({
      rule: 'oe-distance',
      severity: 'warning',
      message:
        `optical engine ${pair.oe.componentId} is ${mm(distance)} mm ` +
        `(${how}) from xPU ${pair.xpu.componentId}; ` +
        `${architecture} allows ${mm(limit)} mm`,
      components: [pair.oe.componentId, pair.xpu.componentId].sort(),
      location: b,
    });
  }
  return findings;
}
