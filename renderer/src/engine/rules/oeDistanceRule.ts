/**
 * Rule "oe-distance": an optical engine sits farther from the xPU it serves than the way it
 * is joined to that xPU allows (or than the design's `rules.oeMaxDistanceMm`). The join is
 * read from the mounts, never from the design's architecture label:
 * - stacked in the same 3D stack as the xPU (`mount.onComponentId` chains) → the CPO Type C
 *   reach; the distance is the vertical gap between the two bodies (vertical interconnect);
 * - else by the lowest carrier both sit on: an interposer (2.5D or 3D) → the CPO Type B
 *   reach; a package substrate → the CPO Type A reach; the board (or no common carrier) →
 *   the NPO reach. The reaches are rulesData.ts OE_MAX_DISTANCE_MM, published per architecture.
 * The distance is the routed electrical length when electrical results are given, else the
 * rectilinear port-to-port distance plus the height difference (a lower bound of any route).
 */
import type { Layout, PlacedComponent } from '../geometry/layout';
import type { Architecture, CarrierKind } from '../../model/schema';
import { mm } from './bodies';
import { portLocation, rectilinear3dMm } from './portLocation';
import { OE_MAX_DISTANCE_MM } from './rulesData';
import type { Finding, RuleContext } from './ruleTypes';

/** How an engine is joined to its xPU: stacked on it, or the kind of carrier they share. */
export type EngineJoin = 'stack' | CarrierKind;

/** The architecture whose published reach applies to each join, and how a message says it. */
const REACH_OF_JOIN: Readonly<Record<EngineJoin, { reach: Architecture; words: string }>> = {
  stack: { reach: 'cpo-c', words: 'stacked with its xPU (CPO Type C reach)' },
  'interposer-3d': { reach: 'cpo-b', words: 'on an interposer with its xPU (CPO Type B reach)' },
  'interposer-2.5d': { reach: 'cpo-b', words: 'on an interposer with its xPU (CPO Type B reach)' },
  substrate: { reach: 'cpo-a', words: 'on a package substrate with its xPU (CPO Type A reach)' },
  pcb: { reach: 'npo', words: 'on the board beside its xPU (NPO reach)' },
};

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

/** How `oe` is joined to `xpu`, from their stacking and the carriers they sit on. */
export function engineJoin(layout: Layout, xpu: PlacedComponent, oe: PlacedComponent): EngineJoin {
  if (stackRoot(layout, xpu) === stackRoot(layout, oe)) return 'stack';
  const xpuChain = layout.carriers.get(xpu.component.mount.carrierId)?.chain ?? [];
  const oeChain = layout.carriers.get(oe.component.mount.carrierId)?.chain ?? [];
  const shared = oeChain.find((id) => xpuChain.includes(id));
  return (shared === undefined ? undefined : layout.carriers.get(shared)?.carrier.kind) ?? 'pcb';
}

/** Vertical gap between two bodies, mm (0 when their height ranges touch or overlap). */
function verticalGapMm(a: PlacedComponent, b: PlacedComponent): number {
  return Math.max(0, a.z.bottomMm - b.z.topMm, b.z.bottomMm - a.z.topMm);
}

/** Finds xPU-to-engine links longer than their join's reach. */
export function oeDistanceRule(ctx: RuleContext): Finding[] {
  const routed = new Map((ctx.electrical?.links ?? []).map((l) => [l.id, l.lengthMm]));
  const findings: Finding[] = [];
  for (const link of ctx.doc.links) {
    const from = ctx.layout.components.get(link.from.componentId);
    const to = ctx.layout.components.get(link.to.componentId);
    if (!from || !to) continue;
    const pair =
      from.part.category === 'xpu' && to.part.category === 'optical-engine'
        ? { xpu: link.from, oe: link.to, xpuBody: from, oeBody: to }
        : to.part.category === 'xpu' && from.part.category === 'optical-engine'
          ? { xpu: link.to, oe: link.from, xpuBody: to, oeBody: from }
          : undefined;
    if (!pair) continue;
    const join = REACH_OF_JOIN[engineJoin(ctx.layout, pair.xpuBody, pair.oeBody)];
    const limit = ctx.config.oeMaxDistanceMm ?? OE_MAX_DISTANCE_MM[join.reach];
    if (limit === undefined) continue;
    const a = portLocation(ctx.layout, pair.xpu);
    const b = portLocation(ctx.layout, pair.oe);
    if (!a || !b) continue;
    const routedMm = routed.get(link.id);
    const isRouted = typeof routedMm === 'number' && Number.isFinite(routedMm);
    const isStacked = join.reach === 'cpo-c';
    const how = isRouted ? 'routed' : isStacked ? 'vertical' : 'port to port';
    const distance = isRouted
      ? routedMm
      : isStacked
        ? verticalGapMm(from, to)
        : rectilinear3dMm(a, b);
    if (distance <= limit) continue;
    const allowed =
      ctx.config.oeMaxDistanceMm === undefined
        ? `an engine ${join.words} is allowed ${mm(limit)} mm`
        : `the design's rules allow ${mm(limit)} mm`;
    findings.push({
      rule: 'oe-distance',
      severity: 'warning',
      message:
        `optical engine ${pair.oe.componentId} is ${mm(distance)} mm ` +
        `(${how}) from xPU ${pair.xpu.componentId}; ${allowed}`,
      components: [pair.oe.componentId, pair.xpu.componentId].sort(),
      location: b,
    });
  }
  return findings;
}
