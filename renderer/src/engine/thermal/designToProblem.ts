import { materialByKey } from '../../model/materials';
import type { Part, PartLibrary, PartLayer } from '../../model/partSchema';
import type { Carrier, Component, Design } from '../../model/schema';
import { componentFootprint } from '../geometry/footprint';
import { computeStackHeights } from '../geometry/stack';
import type { ConductivityWmK, FaceSink, ThermalBox, ThermalProblem } from './types';

/**
 * The joint under a mounted carrier (BGA balls, C4 bumps) is modelled as a layer of
 * underfill over the carrier's footprint, ignoring the solder (conservative); the part
 * library models bump layers the same way. Source: model/materials.ts "underfill".
 */
const STANDOFF_MATERIAL = 'underfill';
/** A part with no thermal build-up is one block of epoxy mould compound (the encapsulant of most packages). */
const NO_BUILD_UP_MATERIAL = 'mould-compound';

function isoMaterial(key: string): ConductivityWmK {
  const m = materialByKey(key);
  if (!m) throw new Error(`material "${key}" is missing from model/materials.ts`);
  return { x: m.inPlaneWmK, y: m.inPlaneWmK, z: m.throughPlaneWmK };
}

function carrierBoxes(
  carrier: Carrier,
  bottomMm: number,
  parentTopMm: number | undefined,
): ThermalBox[] {
  const min = { x: carrier.originMm.x, y: carrier.originMm.y };
  const max = { x: min.x + carrier.widthMm, y: min.y + carrier.depthMm };
  const boxes: ThermalBox[] = [];
  if (parentTopMm !== undefined && bottomMm > parentTopMm) {
    boxes.push({
      name: `${carrier.name} / standoff`,
      owner: { kind: 'standoff', carrierId: carrier.id },
      minMm: { ...min, z: parentTopMm },
      maxMm: { ...max, z: bottomMm },
      kWmK: isoMaterial(STANDOFF_MATERIAL),
      powerW: 0,
      isHeatSource: false,
    });
  }
  let z = bottomMm;
  carrier.layers.forEach((layer, layerIndex) => {
    boxes.push({
      name: `${carrier.name} / ${layer.name}`,
      owner: { kind: 'carrier', carrierId: carrier.id, layerIndex },
      minMm: { ...min, z },
      maxMm: { ...max, z: z + layer.thicknessMm },
      kWmK: { x: layer.kInPlaneWmK, y: layer.kInPlaneWmK, z: layer.kThroughPlaneWmK },
      powerW: 0,
      isHeatSource: false,
    });
    z += layer.thicknessMm;
  });
  return boxes;
}

function buildUp(part: Part): PartLayer[] {
  if (part.layers.length > 0) return part.layers;
  const m = materialByKey(NO_BUILD_UP_MATERIAL)!;
  return [
    {
      name: part.name,
      material: m.key,
      thicknessMm: part.sizeMm.z,
      kWmK: m.throughPlaneWmK,
      isHeatSource: true,
    },
  ];
}

/**
 * The part's layers as boxes over its footprint, scaled to the part's height; a bottom-side
 * part stacks its layers downwards from the carrier. The power goes to the heat-source
 * layers in proportion to their thickness (all layers when none is marked).
 */
function componentBoxes(
  component: Component,
  part: Part,
  bottomMm: number,
  topMm: number,
): ThermalBox[] {
  const layers = buildUp(part);
  const fp = componentFootprint(component, part);
  const total = layers.reduce((s, l) => s + l.thicknessMm, 0);
  const scale = (topMm - bottomMm) / total;
  const sources = layers.some((l) => l.isHeatSource)
    ? layers.filter((l) => l.isHeatSource)
    : layers;
  const sourceMm = sources.reduce((s, l) => s + l.thicknessMm, 0);
  const powerW = component.overrides?.powerW ?? part.powerW;
  const downward = component.mount.side === 'bottom' && component.mount.onComponentId === undefined;
  let z = downward ? topMm : bottomMm;
  return layers.map((layer, layerIndex) => {
    const t = layer.thicknessMm * scale;
    const [z0, z1] = downward ? [z - t, z] : [z, z + t];
    z = downward ? z0 : z1;
    const isSource = sources.includes(layer);
    return {
      name: `${component.name} / ${layer.name}`,
      owner: { kind: 'component', componentId: component.id, layerIndex },
      minMm: { x: fp.minX, y: fp.minY, z: z0 },
      maxMm: { x: fp.maxX, y: fp.maxY, z: z1 },
      kWmK: { x: layer.kWmK, y: layer.kWmK, z: layer.kWmK },
      powerW: isSource ? (powerW * layer.thicknessMm) / sourceMm : 0,
      isHeatSource: isSource,
    };
  });
}

/**
 * The thermal problem of a design: carrier layers (bottom carriers first), standoff
 * joints, then components from the lowest up (so a stacked die paints over nothing it
 * sits on), each layer a box with its conductivity; heatsinks as top-face sinks of their
 * components; exposed faces convect to ambient. Components whose part is unknown are
 * skipped and named in `skipped`.
 */
export function designToProblem(
  design: Design,
  library: PartLibrary,
): { problem: ThermalProblem; skipped: string[] } {
  const heights = computeStackHeights(design, library);
  const carriersById = new Map(design.carriers.map((c) => [c.id, c]));
  const carriers = [...design.carriers].sort(
    (a, b) => heights.carriers.get(a.id)!.bottomMm - heights.carriers.get(b.id)!.bottomMm,
  );
  const boxes: ThermalBox[] = [];
  for (const c of carriers) {
    const parent = c.onCarrierId !== undefined ? carriersById.get(c.onCarrierId) : undefined;
    const parentTop = parent ? heights.carriers.get(parent.id)!.topMm : undefined;
    boxes.push(...carrierBoxes(c, heights.carriers.get(c.id)!.bottomMm, parentTop));
  }
  const skipped: string[] = [];
  const placed = design.components
    .filter((c) => library.has(c.partId) || (skipped.push(c.id), false))
    .sort(
      (a, b) => heights.components.get(a.id)!.bottomMm - heights.components.get(b.id)!.bottomMm,
    );
  const boxesOf = new Map<string, number[]>();
  for (const c of placed) {
    const span = heights.components.get(c.id)!;
    const own = componentBoxes(c, library.get(c.partId)!, span.bottomMm, span.topMm);
    boxesOf.set(
      c.id,
      own.map((_, i) => boxes.length + i),
    );
    boxes.push(...own);
  }
  const sinks: FaceSink[] = design.cooling.heatsinks.map((h) => ({
    id: h.id,
    boxIndices: h.componentIds.flatMap((id) => boxesOf.get(id) ?? []),
    face: 'top',
    resistanceKPerW: h.resistanceKPerW,
    coolantC: h.coolantC,
  }));
  const problem = {
    boxes,
    ambientC: design.cooling.ambientC,
    exposedHtcWm2K: design.cooling.exposedHtcWm2K,
    sinks,
  };
  return { problem, skipped };
}
