/**
 * Rule "oe-distance": an optical engine sits farther from the xPU it serves than its
 * architecture allows (rulesData.ts OE_MAX_DISTANCE_MM, or the design's oeMaxDistanceMm).
 * The distance is the routed electrical length when electrical results are given, else the
 * rectilinear port-to-port distance plus the height difference (a lower bound of any route).
 * An engine in the same 3D stack as its xPU (CPO Type C, towers included) connects through
 * vertical interconnect: its distance is the vertical gap between the two bodies.
 */
import type { Layout, PlacedComponent } from '../geometry/layout';
import { mm } from './bodies';
import { portLocation, rectilinear3dMm } from './portLocation';
import { OE_MAX_DISTANCE_MM } from './rulesData';
import type { Finding, RuleContext } from './ruleTypes';

/** The bottom component of the stack `placed` belongs to (itself when not stacked). */
function stackRoot(layout: Layout, placed: PlacedComponent): string {
  let current = placed;
  for (let hops = 0; hops < layout.components.size; hops++) {
    const below = current.component.mount.onComponentId;
    const next = below === undefined ? undefined : layout.components.get(below);
    if (!next) break;
    current = next;
  }
  return current.component.id;
}

/** Vertical gap between two bodies, mm (0 when their height ranges touch or overlap). */
function verticalGapMm(a: PlacedComponent, b: PlacedComponent): number {
  return Math.max(0, a.z.bottomMm - b.z.topMm, b.z.bottomMm - a.z.topMm);
}

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
    const isStacked = stackRoot(ctx.layout, from) === stackRoot(ctx.layout, to);
    const how = isRouted ? 'routed' : isStacked ? 'vertical' : 'port to port';
    const distance = isRouted
      ? routedMm
      : isStacked
        ? verticalGapMm(from, to)
        : rectilinear3dMm(a, b);
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
