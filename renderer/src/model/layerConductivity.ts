/**
 * The conductivity a layer, a region or a part layer actually has: its material's (the
 * built-in table or one of the design's own materials), mixed with the copper it holds,
 * then any explicit override. One function, so the solver, the panels and the report can
 * never show two values for one layer. Units: W/(m·K).
 */
import { copperVolumeFraction, laminateConductivity, materialByKey } from './materials';
import type { CustomMaterial, Design, Layer } from './schema';

/** Conductivity along (in-plane) and across (through-plane) a layer, W/(m·K). */
export interface LayerK {
  readonly inPlaneWmK: number;
  readonly throughPlaneWmK: number;
}

/** What a conductivity is computed from. */
interface KSource {
  readonly material: string;
  readonly thicknessMm?: number;
  readonly copper?: Layer['copper'];
  readonly kInPlaneWmK?: number;
  readonly kThroughPlaneWmK?: number;
}

/** The design's own materials, or none. */
export type MaterialSet = readonly CustomMaterial[] | undefined;

/** The material with `key`: the design's own first, then the built-in table. */
export function findMaterial(
  key: string,
  own: MaterialSet,
): { inPlaneWmK: number; throughPlaneWmK: number; name: string } | undefined {
  return own?.find((m) => m.key === key) ?? materialByKey(key);
}

/**
 * The effective conductivity of a layer (or region, or part layer): material, then copper
 * (parallel/series mixing, materials.ts `laminateConductivity`), then overrides. Throws a
 * RangeError for an unknown material (semantic checks report it before analysis).
 */
export function layerConductivity(layer: KSource, own: MaterialSet): LayerK {
  const material = findMaterial(layer.material, own);
  if (material === undefined) throw new RangeError(`unknown material "${layer.material}"`);
  let k: LayerK = material;
  if (layer.copper !== undefined && layer.copper.length > 0 && layer.thicknessMm !== undefined) {
    const copper = findMaterial('copper', own);
    k = laminateConductivity(
      material,
      copperVolumeFraction(layer.copper, layer.thicknessMm),
      copper?.inPlaneWmK,
    );
  }
  return {
    inPlaneWmK: layer.kInPlaneWmK ?? k.inPlaneWmK,
    throughPlaneWmK: layer.kThroughPlaneWmK ?? k.throughPlaneWmK,
  };
}

/** `layerConductivity` for a layer of `doc`. */
export function designLayerK(doc: Pick<Design, 'materials'>, layer: KSource): LayerK {
  return layerConductivity(layer, doc.materials);
}
