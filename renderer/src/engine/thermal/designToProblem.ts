import { layerConductivity, type MaterialSet } from '../../model/layerConductivity';
import { materialByKey } from '../../model/materials';
import { designParts } from '../../model/designParts';
import type { Part, PartLibrary, PartLayer } from '../../model/partSchema';
import type { Carrier, Component, CoolingBoundary, Design } from '../../model/schema';
import { componentFootprint } from '../geometry/footprint';
import { computeStackHeights } from '../geometry/stack';
import { powerBlocksMm } from './powerBlocks';
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

function kOf(source: Parameters<typeof layerConductivity>[0], own: MaterialSet): ConductivityWmK {
  const k = layerConductivity(source, own);
  return { x: k.inPlaneWmK, y: k.inPlaneWmK, z: k.throughPlaneWmK };
}

/**
 * The carrier's standoff joint, then each layer as a box over the carrier's outline with the
 * layer's regions painted over it (same z span, their own material).
 */
function carrierBoxes(
  carrier: Carrier,
  bottomMm: number,
  parentTopMm: number | undefined,
  own: MaterialSet,
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
    const top = z + layer.thicknessMm;
    boxes.push({
      name: `${carrier.name} / ${layer.name}`,
      owner: { kind: 'carrier', carrierId: carrier.id, layerIndex },
      minMm: { ...min, z },
      maxMm: { ...max, z: top },
      kWmK: kOf(layer, own),
      powerW: 0,
      isHeatSource: false,
    });
    for (const region of layer.regions ?? []) {
      const x0 = min.x + region.rectMm.x;
      const y0 = min.y + region.rectMm.y;
      boxes.push({
        name: `${carrier.name} / ${layer.name} / ${region.name || region.id}`,
        owner: { kind: 'carrier', carrierId: carrier.id, layerIndex, regionId: region.id },
        minMm: { x: x0, y: y0, z },
        maxMm: { x: x0 + region.rectMm.width, y: y0 + region.rectMm.depth, z: top },
        kWmK: kOf(region, own),
        powerW: 0,
        isHeatSource: false,
      });
    }
    z = top;
  });
  return boxes;
}

function buildUp(part: Part): PartLayer[] {
  if (part.layers.length > 0) return part.layers;
  return [
    {
      name: part.name,
      material: NO_BUILD_UP_MATERIAL,
      thicknessMm: part.sizeMm.z,
      kInPlaneWmK: isoMaterial(NO_BUILD_UP_MATERIAL).z,
      isHeatSource: true,
    },
  ];
}

/**
 * The part's layers as boxes over its footprint, scaled to the part's height; a bottom-side
 * part stacks its layers downwards from the carrier. The power goes to the heat-source
 * layers in proportion to their thickness (all layers when none is marked); a part with a
 * power map dissipates it in blocks painted over its heat-source layers.
 */
function componentBoxes(
  component: Component,
  part: Part,
  span: { bottomMm: number; topMm: number },
  own: MaterialSet,
  powerOverrideW: number | undefined,
): ThermalBox[] {
  const layers = buildUp(part);
  const fp = componentFootprint(component, part);
  const total = layers.reduce((s, l) => s + l.thicknessMm, 0);
  const scale = (span.topMm - span.bottomMm) / total;
  const sources = layers.some((l) => l.isHeatSource)
    ? layers.filter((l) => l.isHeatSource)
    : layers;
  const sourceMm = sources.reduce((s, l) => s + l.thicknessMm, 0);
  const powerW = powerOverrideW ?? component.overrides?.powerW ?? part.powerW;
  const blocks = powerBlocksMm(component, part, powerW);
  const downward = component.mount.side === 'bottom' && component.mount.onComponentId === undefined;
  let z = downward ? span.topMm : span.bottomMm;
  const boxes: ThermalBox[] = [];
  layers.forEach((layer, layerIndex) => {
    const t = layer.thicknessMm * scale;
    const [z0, z1] = downward ? [z - t, z] : [z, z + t];
    z = downward ? z0 : z1;
    const isSource = sources.includes(layer);
    const kWmK = kOf(layer, own);
    const share = layer.thicknessMm / sourceMm;
    boxes.push({
      name: `${component.name} / ${layer.name}`,
      owner: { kind: 'component', componentId: component.id, layerIndex },
      minMm: { x: fp.minX, y: fp.minY, z: z0 },
      maxMm: { x: fp.maxX, y: fp.maxY, z: z1 },
      kWmK,
      powerW: isSource && blocks === undefined ? powerW * share : 0,
      isHeatSource: isSource,
    });
    if (!isSource || blocks === undefined) return;
    for (const block of blocks) {
      boxes.push({
        name: `${component.name} / ${layer.name} / ${block.name}`,
        owner: { kind: 'component', componentId: component.id, layerIndex },
        minMm: { x: block.minX, y: block.minY, z: z0 },
        maxMm: { x: block.maxX, y: block.maxY, z: z1 },
        kWmK,
        powerW: block.powerW * share,
        isHeatSource: true,
      });
    }
  });
  return boxes;
}

/** Options of designToProblem. */
export interface DesignToProblemOptions {
  /**
   * Dissipated power by component id, W (the coupled power engine's); replaces the part's
   * powerW and any override for the components it lists, scaling a power map alike.
   */
  readonly powerW?: ReadonlyMap<string, number>;
}

/** Where the boxes of each carrier and region sit in the box list. */
interface BoxIndex {
  readonly byComponent: ReadonlyMap<string, number[]>;
  readonly byCarrier: ReadonlyMap<string, number[]>;
  readonly byRegion: ReadonlyMap<string, number[]>;
}

function indexBoxes(boxes: readonly ThermalBox[]): BoxIndex {
  const byComponent = new Map<string, number[]>();
  const byCarrier = new Map<string, number[]>();
  const byRegion = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  boxes.forEach((b, i) => {
    const o = b.owner;
    if (o.kind === 'component') push(byComponent, o.componentId, i);
    else if (o.kind === 'carrier') {
      push(byCarrier, o.carrierId, i);
      if (o.regionId !== undefined) push(byRegion, `${o.carrierId}\u0000${o.regionId}`, i);
    }
  });
  return { byComponent, byCarrier, byRegion };
}

/**
 * A cooling boundary as face sinks on the boxes it covers. A part's outer face is its top,
 * or its bottom when it hangs below its carrier; a boundary on parts of both sides becomes
 * one sink per face, the resistance split so each side takes its footprint's share of 1/R
 * (R·A_total/A_side), which keeps the equal conductance per area over both.
 */
function boundarySinks(
  boundary: CoolingBoundary,
  index: BoxIndex,
  boxes: readonly ThermalBox[],
  downward: ReadonlySet<string>,
): FaceSink[] {
  const { target, rating } = boundary;
  const sink = (boxIndices: number[], face: 'top' | 'bottom', share = 1): FaceSink => {
    const strength =
      rating.kind === 'resistance'
        ? { resistanceKPerW: rating.kPerW / share }
        : { htcWm2K: rating.wPerM2K };
    return { id: boundary.id, boxIndices, face, ...strength, coolantC: boundary.coolantC };
  };
  if (target.kind === 'carrier')
    return [sink(index.byCarrier.get(target.carrierId) ?? [], target.face)];
  if (target.kind === 'region') {
    const key = `${target.carrierId}\u0000${target.regionId}`;
    return [sink(index.byRegion.get(key) ?? [], target.face)];
  }
  const [upIds, downIds] = [
    target.componentIds.filter((id) => !downward.has(id)),
    target.componentIds.filter((id) => downward.has(id)),
  ];
  const boxesOf = (ids: string[]) => ids.flatMap((id) => index.byComponent.get(id) ?? []);
  if (downIds.length === 0) return [sink(boxesOf(upIds), 'top')];
  if (upIds.length === 0) return [sink(boxesOf(downIds), 'bottom')];
  // A side's footprint: the outline of each component's first box (its full footprint).
  const footprintMm2 = (ids: string[]) =>
    ids.reduce((sum, id) => {
      const b = boxes[index.byComponent.get(id)?.[0] ?? -1];
      return b ? sum + (b.maxMm.x - b.minMm.x) * (b.maxMm.y - b.minMm.y) : sum;
    }, 0);
  const [aUp, aDown] = [footprintMm2(upIds), footprintMm2(downIds)];
  return [
    sink(boxesOf(upIds), 'top', aUp / (aUp + aDown)),
    sink(boxesOf(downIds), 'bottom', aDown / (aUp + aDown)),
  ];
}

/**
 * The thermal problem of a design: carrier layers (bottom carriers first) with their regions,
 * standoff joints, then components from the lowest up (so a stacked die paints over nothing
 * it sits on, and a die embedded in a layer paints over the layer), each layer a box with its
 * conductivity (model/layerConductivity.ts); cooling boundaries as face sinks; faces no
 * boundary covers convect to ambient by orientation. Components whose part is unknown are
 * skipped and named in `skipped`.
 */
export function designToProblem(
  design: Design,
  partLibrary: PartLibrary,
  options: DesignToProblemOptions = {},
): { problem: ThermalProblem; skipped: string[] } {
  const library = designParts(design, partLibrary);
  const own = design.materials;
  const heights = computeStackHeights(design, library);
  const carriersById = new Map(design.carriers.map((c) => [c.id, c]));
  const carriers = [...design.carriers].sort(
    (a, b) => heights.carriers.get(a.id)!.bottomMm - heights.carriers.get(b.id)!.bottomMm,
  );
  const boxes: ThermalBox[] = [];
  for (const c of carriers) {
    const parent = c.onCarrierId !== undefined ? carriersById.get(c.onCarrierId) : undefined;
    const parentTop = parent ? heights.carriers.get(parent.id)!.topMm : undefined;
    boxes.push(...carrierBoxes(c, heights.carriers.get(c.id)!.bottomMm, parentTop, own));
  }
  const skipped: string[] = [];
  const placed = design.components
    .filter((c) => library.has(c.partId) || (skipped.push(c.id), false))
    .sort(
      (a, b) => heights.components.get(a.id)!.bottomMm - heights.components.get(b.id)!.bottomMm,
    );
  for (const c of placed) {
    const part = library.get(c.partId)!;
    const span = heights.components.get(c.id)!;
    boxes.push(...componentBoxes(c, part, span, own, options.powerW?.get(c.id)));
  }
  const index = indexBoxes(boxes);
  const downward = new Set(
    placed
      .filter((c) => c.mount.side === 'bottom' && c.mount.onComponentId === undefined)
      .map((c) => c.id),
  );
  const sinks = design.cooling.boundaries.flatMap((b) => boundarySinks(b, index, boxes, downward));
  const { topHtcWm2K, bottomHtcWm2K, sidesHtcWm2K } = design.cooling.exposed;
  const problem: ThermalProblem = {
    boxes,
    ambientC: design.cooling.ambientC,
    exposedHtcWm2K: { top: topHtcWm2K, bottom: bottomHtcWm2K, sides: sidesHtcWm2K },
    sinks,
  };
  return { problem, skipped };
}
