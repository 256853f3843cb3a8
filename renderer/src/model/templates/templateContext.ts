/**
 * What every step of the generator reads: the checked parameters, the parts (library and the
 * design's own), and the figures that follow from them (lanes, ports, the xPU's carrier).
 */
import { designParts } from '../designParts';
import type { Part, PartLibrary } from '../partSchema';
import type { CarrierKind } from '../schema';
import { payloadGbps } from './laneRates';
import { CARRIER_KINDS } from './paramChecks';
import { templateParts } from './templateParts';
import type { TemplateParams } from './templateParams';

/** The generator's inputs, resolved once. */
export interface TemplateContext {
  readonly params: TemplateParams;
  /** The machine's part library. */
  readonly library: PartLibrary;
  /** The design's own parts (the array `doc.parts` holds). */
  readonly own: Part[];
  /** Library and own parts together. */
  readonly parts: PartLibrary;
  readonly xpu: Part;
  readonly engine: Part;
  readonly module: Part;
  readonly totalLanes: number;
  readonly portCount: number;
  /** Payload of one port, Gb/s (800 for 8 × 106.25 Gb/s). */
  readonly portGbps: number;
  /** The carrier the xPU sits on. */
  readonly carrierKind: CarrierKind;
}

/** Resolves `params` (already checked by TemplateParamsSchema) against `library`. */
export function templateContext(params: TemplateParams, library: PartLibrary): TemplateContext {
  const totalLanes = Math.round((params.capacityTbps * 1000) / payloadGbps(params.laneRateGbps));
  const resolved = templateParts(params, library, totalLanes);
  const own = [...resolved.own];
  return {
    params,
    library,
    own,
    parts: designParts({ parts: own }, library),
    xpu: resolved.xpu,
    engine: resolved.engine,
    module: resolved.module,
    totalLanes,
    portCount: totalLanes / params.lanesPerPort,
    portGbps: params.lanesPerPort * payloadGbps(params.laneRateGbps),
    carrierKind: params.carrierKind ?? CARRIER_KINDS[params.architecture][0]!,
  };
}

/** The part with `id` (own parts first), or a thrown error naming it. */
export function partOf(ctx: TemplateContext, id: string): Part {
  const p = ctx.parts.get(id);
  if (!p) throw new Error(`part ${id} is not in the part library`);
  return p;
}

/** Half the xPU's footprint, mm. */
export function xpuHalf(ctx: TemplateContext): { x: number; y: number } {
  return { x: ctx.xpu.sizeMm.x / 2, y: ctx.xpu.sizeMm.y / 2 };
}
