/**
 * Pieces every architecture shares: the xPU placement, its links, the board keep-outs, the
 * cold plate, the reach figures quoted in the descriptions and the power-stage comment.
 */
import type { Component, Design, KeepOut, Link, SerdesClass } from '../schema';
import { portPoint } from './fiberRibbon';
import { place } from './placement';
import { COLD_PLATE_K_PER_W, COOLANT_C, XPU_CENTRE } from './templateConstants';
import type { TemplateContext } from './templateContext';

/** The xPU component on `carrierId`, centred at `centre`. */
export function xpuComponent(
  ctx: TemplateContext,
  carrierId: string,
  centre: { x: number; y: number } = XPU_CENTRE,
): Component {
  const name =
    ctx.params.xpu.kind === 'switch' ? `U1 ${ctx.params.capacityTbps}T switch` : 'U1 GPU';
  return place('sw', ctx.xpu.id, name, centre.x, centre.y, 0, carrierId);
}

/** A host link from xPU port `portId` to `toPort` of `toComponentId`. */
export function xpuLink(
  ctx: TemplateContext,
  portId: string,
  toComponentId: string,
  toPort: string,
  serdesClass: SerdesClass,
): Link {
  return {
    id: `link-${portId}`,
    from: { componentId: 'sw', port: portId },
    to: { componentId: toComponentId, port: toPort },
    lanes: ctx.params.lanesPerPort,
    laneRateGbps: ctx.params.laneRateGbps,
    modulation: 'PAM4',
    serdesClass,
  };
}

/**
 * Board keep-outs: the xPU's power stage behind the package, `vrmOffsetMm` from its centre
 * (no parts, no traces), and four placement keep-outs for the cold-plate retention posts at
 * `postOffsetMm` from the centre `c`.
 */
export function boardKeepOuts(
  postOffsetMm: number,
  vrmOffsetMm: number,
  c: { x: number; y: number } = XPU_CENTRE,
): KeepOut[] {
  const posts: KeepOut[] = [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([sx, sy], i) => ({
    id: `ko-post-${i + 1}`,
    name: `Cold-plate retention post ${i + 1}`,
    carrierId: 'board',
    kind: 'placement',
    rectMm: {
      x: c.x + sx! * postOffsetMm - 3,
      y: c.y + sy! * postOffsetMm - 3,
      width: 6,
      depth: 6,
    },
  }));
  return [
    {
      id: 'ko-vrm',
      name: 'Core power stage (VRM) behind the switch',
      carrierId: 'board',
      kind: 'both',
      rectMm: { x: c.x - 60, y: c.y + vrmOffsetMm, width: 120, depth: 50 },
    },
    ...posts,
  ];
}

/** A liquid cold plate over `ids` (the xPU, and on-package engines for CPO). */
export function coldPlate(ids: readonly string[]): Design['cooling']['boundaries'][number] {
  return {
    id: 'cold-plate',
    name: 'Cold plate',
    kind: 'cold-plate',
    target: { kind: 'components', componentIds: [...ids] },
    rating: { kind: 'resistance', kPerW: COLD_PLATE_K_PER_W },
    coolantC: COOLANT_C,
  };
}

/**
 * Smallest and largest port-to-port Manhattan distance over the links, mm: in plan (x, y),
 * plus the height difference when `withRise` (3D stacks). A lower bound of routed length.
 */
export function manhattanRangeMm(
  ctx: TemplateContext,
  doc: Design,
  withRise = false,
): [number, number] {
  let min = Infinity;
  let max = 0;
  for (const link of doc.links) {
    const a = portPoint(ctx, doc, link.from);
    const b = portPoint(ctx, doc, link.to);
    const d = Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + (withRise ? Math.abs(a.z - b.z) : 0);
    min = Math.min(min, d);
    max = Math.max(max, d);
  }
  return [Math.round(min), Math.round(max)];
}

/** Total lanes over the links. */
export function laneTotal(doc: Design): number {
  return doc.links.reduce((sum, l) => sum + l.lanes, 0);
}

/** The resolved review note on the power-stage keep-out, pinned to its centre. */
export function vrmComment(doc: Design, createdAt: string): Design['comments'][number] {
  const vrm = doc.keepOuts.find((k) => k.id === 'ko-vrm');
  if (!vrm) throw new Error('the VRM keep-out is missing');
  const r = vrm.rectMm;
  return {
    id: 'c-vrm',
    author: 'Power integrity',
    createdAt,
    text: 'Power-stage keep-out behind the switch agreed with the PI team; no signal routing there.',
    status: 'resolved',
    anchor: { pointMm: { x: r.x + r.width / 2, y: r.y + r.depth / 2, z: 3.2 } },
  };
}
