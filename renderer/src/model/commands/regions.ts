/**
 * Region commands: rectangles of another material inside a carrier layer (a die in mould, a
 * copper coin, a TSV field, a cavity), carrier-local mm. Regions of a layer stay inside the
 * carrier's outline and apart from each other; a region a cooling boundary is on stays.
 */
import type { Draft } from 'immer';
import { collectIds } from '../ids';
import { RegionSchema, type Carrier, type Region } from '../schema';
import { CommandError, defineCommand } from './command';
import { baseDesign, findById, requireFreeId } from './guards';
import { parseField, requireLayerIndex, requireMaterial, requireRegionsFit } from './stackChecks';

/** Fields `updateRegion` may change; the k overrides are cleared by null. */
const REGION_KEYS = [
  'name',
  'kind',
  'material',
  'rectMm',
  'kInPlaneWmK',
  'kThroughPlaneWmK',
] as const;
type RegionKey = (typeof REGION_KEYS)[number];

/** Changes of `updateRegion`: a value sets a field, null clears a k override. */
export type RegionChanges = { [K in RegionKey]?: Region[K] | null };

/** The layer index and position of region `regionId` in `carrier`, or a CommandError. */
function locate(carrier: Draft<Carrier>, regionId: string): { layer: number; at: number } {
  for (let layer = 0; layer < carrier.layers.length; layer++) {
    const at = (carrier.layers[layer]!.regions ?? []).findIndex((r) => r.id === regionId);
    if (at >= 0) return { layer, at };
  }
  throw new CommandError(`region "${regionId}" does not exist in carrier "${carrier.id}"`);
}

/** Adds a region to layer `layerIndex` of a carrier; its id must be new (ids.ts `ID_PREFIX.region`). */
export const addRegion = defineCommand(
  'addRegion',
  (draft, params: { carrierId: string; layerIndex: number; region: Region }) => {
    const base = baseDesign(draft);
    const carrier = findById(draft.carriers, params.carrierId, 'carrier');
    requireLayerIndex(carrier, params.layerIndex, 'layerIndex');
    const region = parseField(RegionSchema, params.region, 'region');
    requireFreeId(collectIds(base), region.id);
    requireMaterial(base, region.material, 'region.material');
    const layer = carrier.layers[params.layerIndex]!;
    const regions = [...(layer.regions ?? []), region] as Region[];
    requireRegionsFit(carrier, layer.name || `layer ${params.layerIndex}`, regions);
    if (layer.regions === undefined) layer.regions = [region];
    else layer.regions.push(region);
  },
);

/** Changes a region's name, kind, material, rectangle or k overrides. */
export const updateRegion = defineCommand(
  'updateRegion',
  (draft, params: { carrierId: string; regionId: string; changes: RegionChanges }) => {
    const base = baseDesign(draft);
    const carrier = findById(draft.carriers, params.carrierId, 'carrier');
    const { layer, at } = locate(carrier, params.regionId);
    const changes = params.changes ?? {};
    const keys = Object.keys(changes) as RegionKey[];
    const unknown = keys.find((k) => !(REGION_KEYS as readonly string[]).includes(k));
    if (unknown !== undefined) {
      throw new CommandError(
        `changes.${unknown}: not a region field; expected ${REGION_KEYS.join(', ')}`,
      );
    }
    const baseLayer = base.carriers.find((c) => c.id === carrier.id)!.layers[layer]!;
    const merged: Record<string, unknown> = { ...baseLayer.regions![at]! };
    for (const key of keys) {
      if (changes[key] == null && key.startsWith('k')) delete merged[key];
      else merged[key] = changes[key];
    }
    const next = parseField(RegionSchema, merged, 'region');
    requireMaterial(base, next.material, 'region.material');
    const regions = baseLayer.regions!.map((r, i) => (i === at ? next : r));
    requireRegionsFit(carrier, baseLayer.name || `layer ${layer}`, regions);
    carrier.layers[layer]!.regions![at] = next;
  },
);

/** Removes a region; refused while a cooling boundary is on it. */
export const removeRegion = defineCommand(
  'removeRegion',
  (draft, params: { carrierId: string; regionId: string }) => {
    const base = baseDesign(draft);
    const carrier = findById(draft.carriers, params.carrierId, 'carrier');
    const { layer, at } = locate(carrier, params.regionId);
    const cooled = base.cooling.boundaries.filter(
      (b) =>
        b.target.kind === 'region' &&
        b.target.carrierId === carrier.id &&
        b.target.regionId === params.regionId,
    );
    if (cooled.length > 0) {
      throw new CommandError(
        `region "${params.regionId}" is cooled by boundaries ${cooled.map((b) => `"${b.id}"`).join(', ')}; remove them first`,
      );
    }
    const regions = carrier.layers[layer]!.regions!;
    regions.splice(at, 1);
    if (regions.length === 0) delete carrier.layers[layer]!.regions;
  },
);
