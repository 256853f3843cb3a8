/**
 * Rule "shoreline": the lanes leaving one edge of an xPU need more edge ("beachfront") than
 * the edge has. Used length = Σ lanes of the links on that edge's ports × lane pitch, the
 * pitch set by the carrier the xPU sits on (rulesData.ts LANE_PITCH_MM) or the design's
 * lanePitchMm; available = the edge's length in the part's own frame. Top and bottom ports
 * (area I/O) and links to a part stacked on or under the xPU (vertical interconnect, CPO
 * Type C) use no shoreline.
 */
import { rotateOffset } from '../geometry/footprint';
import type { PlacedComponent } from '../geometry/layout';
import type { Point3Mm } from '../geometry/rect';
import { EPS_MM, mm } from './bodies';
import { LANE_PITCH_MM } from './rulesData';
import type { Finding, RuleContext } from './ruleTypes';

type Edge = 'north' | 'south' | 'east' | 'west';
const EDGES: readonly Edge[] = ['north', 'east', 'south', 'west'];

function edgeGeometry(xpu: PlacedComponent, edge: Edge): { lengthMm: number; mid: Point3Mm } {
  const { x: w, y: d } = xpu.part.sizeMm;
  const local = {
    north: { x: 0, y: d / 2 },
    south: { x: 0, y: -d / 2 },
    east: { x: w / 2, y: 0 },
    west: { x: -w / 2, y: 0 },
  }[edge];
  const turned = rotateOffset(local, xpu.component.rotationDeg);
  const { x, y } = xpu.component.positionMm;
  return {
    lengthMm: edge === 'north' || edge === 'south' ? w : d,
    mid: { x: x + turned.x, y: y + turned.y, z: (xpu.z.bottomMm + xpu.z.topMm) / 2 },
  };
}

function isStackPartner(ctx: RuleContext, xpuId: string, otherId: string): boolean {
  const other = ctx.layout.components.get(otherId)?.component;
  const xpu = ctx.layout.components.get(xpuId)?.component;
  return other?.mount.onComponentId === xpuId || xpu?.mount.onComponentId === otherId;
}

/** Finds xPU edges whose lanes need more shoreline than the edge is long. */
export function shorelineRule(ctx: RuleContext): Finding[] {
  const lanesByEdge = new Map<string, Map<Edge, number>>();
  for (const link of ctx.doc.links) {
    for (const [end, other] of [
      [link.from, link.to],
      [link.to, link.from],
    ] as const) {
      const placed = ctx.layout.components.get(end.componentId);
      if (
        placed?.part.category !== 'xpu' ||
        isStackPartner(ctx, end.componentId, other.componentId)
      )
        continue;
      const edge = placed.part.ports.find((p) => p.id === end.port)?.edge;
      if (edge === undefined || edge === 'top' || edge === 'bottom') continue;
      const perEdge = lanesByEdge.get(end.componentId) ?? new Map<Edge, number>();
      perEdge.set(edge, (perEdge.get(edge) ?? 0) + link.lanes);
      lanesByEdge.set(end.componentId, perEdge);
    }
  }
  const findings: Finding[] = [];
  for (const [xpuId, perEdge] of [...lanesByEdge].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const xpu = ctx.layout.components.get(xpuId)!;
    const kind = ctx.layout.carriers.get(xpu.component.mount.carrierId)?.carrier.kind ?? 'pcb';
    const pitch = ctx.config.lanePitchMm ?? LANE_PITCH_MM[kind];
    for (const edge of EDGES) {
      const lanes = perEdge.get(edge) ?? 0;
      const { lengthMm, mid } = edgeGeometry(xpu, edge);
      const usedMm = lanes * pitch;
      if (usedMm <= lengthMm + EPS_MM) continue;
      findings.push({
        rule: 'shoreline',
        severity: 'error',
        message:
          `${edge} edge of ${xpuId}: ${lanes} lanes × ${mm(pitch)} mm = ${mm(usedMm)} mm ` +
          `of shoreline on a ${mm(lengthMm)} mm edge`,
        components: [xpuId],
        location: mid,
      });
    }
  }
  return findings;
}
