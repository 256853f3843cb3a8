/**
 * Small designs for the cooling-boundary tests: every body spans one footprint (or a region
 * of it), so the heat flow is one-dimensional and the series-resistance sum is exact. Built
 * from the schema (design-own parts, carriers, layers, regions) and checked by DesignSchema.
 */
import { newDocument } from '../../../../renderer/src/model/newDocument';
import { PartSchema, type Part } from '../../../../renderer/src/model/partSchema';
import {
  DesignSchema,
  type Carrier,
  type Component,
  type CoolingBoundary,
  type Design,
  type ExposedFaces,
} from '../../../../renderer/src/model/schema';

/** A layer of a stack: name, material key, thickness (mm), dissipating or not. */
export interface StackLayer {
  name: string;
  material: string;
  t: number;
  isHeatSource?: boolean;
}

/** A design part of one footprint with these layers (bottom to top). */
export function stackPart(
  id: string,
  category: Part['category'],
  sizeMm: { x: number; y: number },
  layers: StackLayer[],
  powerW = 0,
): Part {
  return PartSchema.parse({
    id,
    name: id,
    category,
    sizeMm: { ...sizeMm, z: layers.reduce((s, l) => s + l.t, 0) },
    powerW,
    tempLimitC: 105,
    ports: [],
    fruClass: 'co-packaged',
    failureRateFit: 0,
    costUsd: 0,
    layers: layers.map((l) => ({
      name: l.name,
      material: l.material,
      thicknessMm: l.t,
      isHeatSource: l.isHeatSource ?? false,
    })),
    sources: {},
  });
}

/** A carrier at the origin with these layers. */
export function carrier(id: string, sizeMm: number, layers: Carrier['layers']): Carrier {
  return {
    id,
    name: id,
    kind: 'substrate',
    originMm: { x: 0, y: 0 },
    widthMm: sizeMm,
    depthMm: sizeMm,
    standoffMm: 0,
    layers,
  };
}

/** A component of `part` centred on a square carrier of `sizeMm`. */
export function centred(
  id: string,
  part: Part,
  sizeMm: number,
  mount: Component['mount'],
): Component {
  return {
    id,
    partId: part.id,
    name: id,
    positionMm: { x: sizeMm / 2, y: sizeMm / 2 },
    rotationDeg: 0,
    mount,
  };
}

/** A design of these bodies and cooling, validated against the document schema. */
export function designOf(body: {
  carriers: Carrier[];
  parts: Part[];
  components: Component[];
  exposed: ExposedFaces;
  boundaries: CoolingBoundary[];
  ambientC?: number;
}): Design {
  const base = newDocument({ name: 'cooling test' });
  return DesignSchema.parse({
    ...base,
    carriers: body.carriers,
    parts: body.parts,
    components: body.components,
    cooling: { ambientC: body.ambientC ?? 25, exposed: body.exposed, boundaries: body.boundaries },
  });
}

/** Every exposed face adiabatic. */
export const ADIABATIC: ExposedFaces = { topHtcWm2K: 0, bottomHtcWm2K: 0, sidesHtcWm2K: 0 };

/** Σ t/(k·A) of the layers, K/W (t in mm, k in W/(m·K), A in mm²). */
export function seriesKPerW(layers: { t: number; k: number }[], areaMm2: number): number {
  return layers.reduce((s, l) => s + (l.t * 1e-3) / (l.k * areaMm2 * 1e-6), 0);
}

/** Conduction resistance from height z (mm) up to the top of a stack of slabs, K/W. */
export function resistanceAboveKPerW(
  slabs: { z0: number; z1: number; k: number }[],
  z: number,
  areaMm2: number,
): number {
  const parts = slabs.map((s) => ({ t: Math.max(0, s.z1 - Math.max(s.z0, z)), k: s.k }));
  return seriesKPerW(
    parts.filter((p) => p.t > 0),
    areaMm2,
  );
}

/** Layers stacked from `z0` upwards as slabs with their conductivity. */
export function slabsFrom(z0: number, layers: { t: number; k: number }[]) {
  let z = z0;
  return layers.map((l) => {
    const slab = { z0: z, z1: z + l.t, k: l.k };
    z += l.t;
    return slab;
  });
}
