/**
 * Layer commands of a carrier's stack-up (layers bottom to top, index 0 = bottom): add,
 * remove, reorder and edit one. Components embedded in a layer (`mount.inLayer`) keep
 * pointing at the same layer when layers below them are added, removed or reordered.
 */
import type { Draft } from 'immer';
import type { Design, Layer } from '../schema';
import { CommandError, defineCommand } from './command';
import { baseDesign, findById } from './guards';
import { checkLayer, requireLayerIndex } from './stackChecks';

/** Fields `setLayer` may change; the optional ones are cleared by null (or undefined). */
const LAYER_KEYS = [
  'name',
  'material',
  'thicknessMm',
  'copper',
  'kInPlaneWmK',
  'kThroughPlaneWmK',
  'dk',
  'df',
  'roughnessUm',
] as const;
type LayerKey = (typeof LAYER_KEYS)[number];
const CLEARABLE = new Set<LayerKey>([
  'copper',
  'kInPlaneWmK',
  'kThroughPlaneWmK',
  'dk',
  'df',
  'roughnessUm',
]);

/** Changes of `setLayer`: a value sets a field, null clears an optional one. */
export type LayerChanges = { [K in LayerKey]?: Layer[K] | null };

/** Rewrites `mount.inLayer` of the components on `carrierId` through `remap` (old → new index). */
function remapEmbedded(draft: Draft<Design>, carrierId: string, remap: (index: number) => number) {
  baseDesign(draft).components.forEach((c, i) => {
    if (c.mount.carrierId !== carrierId || c.mount.inLayer === undefined) return;
    const next = remap(c.mount.inLayer);
    if (next !== c.mount.inLayer) draft.components[i]!.mount.inLayer = next;
  });
}

/** Inserts `layer` at `index` (0 … layer count; the count puts it on top). */
export const addLayer = defineCommand(
  'addLayer',
  (draft, params: { carrierId: string; index: number; layer: Layer }) => {
    const base = baseDesign(draft);
    const carrier = findById(draft.carriers, params.carrierId, 'carrier');
    const count = carrier.layers.length;
    if (!Number.isInteger(params.index) || params.index < 0 || params.index > count) {
      throw new CommandError(
        `index ${params.index} is not a place for a layer; expected 0…${count}`,
      );
    }
    const layer = checkLayer(base, carrier, params.layer, 'layer');
    if ((layer.regions ?? []).length > 0) {
      throw new CommandError('layer.regions: add regions with addRegion once the layer exists');
    }
    carrier.layers.splice(params.index, 0, layer);
    remapEmbedded(draft, carrier.id, (i) => (i >= params.index ? i + 1 : i));
  },
);

/**
 * Removes layer `index` (with its regions). A carrier keeps at least one layer; refused while
 * a component is embedded in the layer or a cooling boundary is on one of its regions.
 */
export const removeLayer = defineCommand(
  'removeLayer',
  (draft, params: { carrierId: string; index: number }) => {
    const base = baseDesign(draft);
    const carrier = findById(draft.carriers, params.carrierId, 'carrier');
    requireLayerIndex(carrier, params.index);
    if (carrier.layers.length === 1) {
      throw new CommandError(`carrier "${carrier.id}" must keep at least 1 layer`);
    }
    const embedded = base.components.filter(
      (c) => c.mount.carrierId === carrier.id && c.mount.inLayer === params.index,
    );
    if (embedded.length > 0) {
      throw new CommandError(
        `layer ${params.index} of carrier "${carrier.id}" holds embedded components ${embedded.map((c) => `"${c.id}"`).join(', ')}`,
      );
    }
    const regionIds = new Set((carrier.layers[params.index]!.regions ?? []).map((r) => r.id));
    const cooled = base.cooling.boundaries.filter(
      (b) =>
        b.target.kind === 'region' &&
        b.target.carrierId === carrier.id &&
        regionIds.has(b.target.regionId),
    );
    if (cooled.length > 0) {
      throw new CommandError(
        `layer ${params.index} of carrier "${carrier.id}" has regions cooled by boundaries ${cooled.map((b) => `"${b.id}"`).join(', ')}`,
      );
    }
    carrier.layers.splice(params.index, 1);
    remapEmbedded(draft, carrier.id, (i) => (i > params.index ? i - 1 : i));
  },
);

/** Moves layer `from` to position `to` (both 0 = bottom); embedded components follow their layer. */
export const moveLayer = defineCommand(
  'moveLayer',
  (draft, params: { carrierId: string; from: number; to: number }) => {
    const carrier = findById(draft.carriers, params.carrierId, 'carrier');
    requireLayerIndex(carrier, params.from, 'from');
    requireLayerIndex(carrier, params.to, 'to');
    const { from, to } = params;
    if (from === to) return;
    const [layer] = carrier.layers.splice(from, 1);
    carrier.layers.splice(to, 0, layer!);
    remapEmbedded(draft, carrier.id, (i) => {
      if (i === from) return to;
      if (from < to && i > from && i <= to) return i - 1;
      if (from > to && i >= to && i < from) return i + 1;
      return i;
    });
  },
);

/**
 * Changes fields of layer `index`: name, material, thicknessMm (> 0), copper, the k
 * overrides (> 0; null clears one, so k comes from the material again), dk, df, roughnessUm.
 */
export const setLayer = defineCommand(
  'setLayer',
  (draft, params: { carrierId: string; index: number; changes: LayerChanges }) => {
    const base = baseDesign(draft);
    const carrier = findById(draft.carriers, params.carrierId, 'carrier');
    requireLayerIndex(carrier, params.index);
    const changes = params.changes ?? {};
    const keys = Object.keys(changes) as LayerKey[];
    const unknown = keys.find((k) => !(LAYER_KEYS as readonly string[]).includes(k));
    if (unknown !== undefined) {
      throw new CommandError(
        `changes.${unknown}: not a layer field; expected ${LAYER_KEYS.join(', ')}`,
      );
    }
    const current = base.carriers.find((c) => c.id === carrier.id)!.layers[params.index]!;
    const merged: Record<string, unknown> = { ...current };
    for (const key of keys) {
      const value = changes[key];
      if (value == null && CLEARABLE.has(key)) delete merged[key];
      else merged[key] = value;
    }
    const next = checkLayer(base, carrier, merged, `layers[${params.index}]`);
    const layer = carrier.layers[params.index]! as Record<string, unknown>;
    for (const key of keys) {
      if (next[key] === undefined) delete layer[key];
      else layer[key] = next[key];
    }
  },
);
