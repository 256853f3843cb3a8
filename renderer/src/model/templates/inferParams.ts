/**
 * Template parameters read back from an open design, for re-laying it as another
 * architecture: the xPU (the first component whose part is an xPU: its kind, power and
 * size), the capacity (the xPU's electrical lanes), the lane rate and lanes per port (its
 * ports), the optical engine (a library engine, its socketed twin, or the design's own part
 * with the count placed) and the xPU's carrier kind when the target allows it.
 */
import { designParts } from '../designParts';
import type { Part, PartLibrary } from '../partSchema';
import type { Architecture, Design } from '../schema';
import { LANE_RATES_GBPS, payloadGbps, type LaneRateGbps } from './laneRates';
import { CARRIER_KINDS } from './paramChecks';
import { LIBRARY_ENGINES, type EngineParams, type TemplateParams } from './templateParams';

/** What the design lacks for a template, in words (null when it has it all). */
export type Inferred = { ok: true; params: TemplateParams } | { ok: false; reason: string };

function engineParams(doc: Design, parts: PartLibrary, rate: LaneRateGbps): EngineParams {
  const engines = doc.components.filter((c) => parts.get(c.partId)?.category === 'optical-engine');
  const first = engines[0] === undefined ? undefined : parts.get(engines[0].partId);
  const fallback: EngineParams = {
    kind: 'library',
    partId: rate === 106.25 ? 'oe-800g' : 'oe-1t6',
  };
  if (first === undefined) return fallback;
  const libraryId = LIBRARY_ENGINES.find((id) => id === first.id.replace(/-socketed$/, ''));
  if (libraryId !== undefined && !doc.parts.some((p) => p.id === libraryId)) {
    return { kind: 'library', partId: libraryId };
  }
  const { x, y } = first.sizeMm;
  return { kind: 'own', count: engines.length, sizeMm: { x, y }, powerW: first.powerW };
}

function xpuKind(part: Part): 'switch' | 'gpu' {
  return /gpu/i.test(`${part.id} ${part.name}`) ? 'gpu' : 'switch';
}

/** Infers the parameters that re-lay `doc` as `architecture`. */
export function inferTemplateParams(
  doc: Design,
  library: PartLibrary,
  architecture: Architecture,
): Inferred {
  const parts = designParts(doc, library);
  const xpuComponent = doc.components.find((c) => parts.get(c.partId)?.category === 'xpu');
  const xpu = xpuComponent === undefined ? undefined : parts.get(xpuComponent.partId);
  if (!xpuComponent || !xpu)
    return { ok: false, reason: 'the design has no xPU to lay out around' };
  const ports = xpu.ports.filter((p) => p.kind === 'electrical');
  const rate = LANE_RATES_GBPS.find((r) => r === ports[0]?.laneRateGbps);
  if (ports.length === 0 || rate === undefined) {
    return {
      ok: false,
      reason: `the xPU ${xpu.id} has no electrical ports at 106.25 or 212.5 Gb/s`,
    };
  }
  const lanes = ports.reduce((sum, p) => sum + p.lanes, 0);
  const carrier = doc.carriers.find((c) => c.id === xpuComponent.mount.carrierId)?.kind;
  const allowed = CARRIER_KINDS[architecture];
  const params: TemplateParams = {
    architecture,
    xpu: {
      kind: xpuKind(xpu),
      powerW: xpuComponent.overrides?.powerW ?? xpu.powerW,
      sizeMm: { x: xpu.sizeMm.x, y: xpu.sizeMm.y },
    },
    capacityTbps: Math.round(lanes * payloadGbps(rate) * 1e3) / 1e6,
    laneRateGbps: rate,
    lanesPerPort: ports[0]!.lanes,
    opticalEngine: engineParams(doc, parts, rate),
    ...(carrier !== undefined && carrier !== allowed[0] && allowed.includes(carrier)
      ? { carrierKind: carrier }
      : {}),
  };
  return { ok: true, params };
}
