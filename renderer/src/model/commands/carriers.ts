/**
 * Carrier commands: add a carrier mounted on another, remove one (refused while anything sits
 * on it unless cascading), move one with everything on it, resize one, and change its name,
 * kind or stand-off. Carrier origins are global mm; regions are carrier-local, so they follow.
 */
import { z } from 'zod';
import { collectIds } from '../ids';
import { MAX_COORDINATE_MM, MAX_SIZE_MM } from '../limits';
import { normalizeNumber } from '../numbers';
import { CarrierSchema, type Carrier, type Design } from '../schema';
import { CommandError, defineCommand } from './command';
import { deleteComponents } from './components';
import { baseDesign, findById, requireFreeId } from './guards';
import {
  carrierRect,
  carrierSubtree,
  checkLayer,
  describeRect,
  isInside,
  parseField,
  requireOnCarrier,
} from './stackChecks';

const PointSchema = z.object({
  x: z.number().min(-MAX_COORDINATE_MM).max(MAX_COORDINATE_MM),
  y: z.number().min(-MAX_COORDINATE_MM).max(MAX_COORDINATE_MM),
});
const SizeSchema = z.object({
  widthMm: z.number().positive().max(MAX_SIZE_MM),
  depthMm: z.number().positive().max(MAX_SIZE_MM),
});
const PROPERTY_KEYS = ['name', 'kind', 'standoffMm'] as const;

function requireInParent(doc: Design, carrier: Carrier) {
  if (carrier.onCarrierId === undefined) return;
  const parent = doc.carriers.find((c) => c.id === carrier.onCarrierId);
  if (parent === undefined) {
    throw new CommandError(`carrier.onCarrierId: carrier "${carrier.onCarrierId}" does not exist`);
  }
  if (!isInside(carrierRect(carrier), carrierRect(parent))) {
    throw new CommandError(
      `carrier "${carrier.id}" (${describeRect(carrierRect(carrier))}) lies outside its parent ` +
        `carrier "${parent.id}"; expected within ${describeRect(carrierRect(parent))}`,
    );
  }
}

/**
 * Adds a carrier of any kind mounted on an existing carrier (`onCarrierId`, with `standoffMm`
 * for the joint); its outline must lie inside the parent's, its layers' materials must be
 * known and their regions must fit. Its id and region ids must be new.
 */
export const addCarrier = defineCommand('addCarrier', (draft, params: { carrier: Carrier }) => {
  const carrier = parseField(CarrierSchema, params.carrier, 'carrier');
  const base = baseDesign(draft);
  const taken = collectIds(base);
  requireFreeId(taken, carrier.id);
  taken.add(carrier.id);
  for (const region of carrier.layers.flatMap((l) => l.regions ?? [])) {
    requireFreeId(taken, region.id);
    taken.add(region.id);
  }
  if (carrier.onCarrierId === undefined) {
    throw new CommandError(
      'carrier.onCarrierId: required; the design already has its base carrier',
    );
  }
  parseField(PointSchema, carrier.originMm, 'carrier.originMm');
  requireInParent(base, carrier);
  carrier.layers.forEach((layer, i) => checkLayer(base, carrier, layer, `carrier.layers[${i}]`));
  draft.carriers.push(carrier);
});

function names(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => `"${id}"`);
  return ids.length > 5 ? `${shown.join(', ')} and ${ids.length - 5} more` : shown.join(', ');
}

/**
 * Removes a carrier. Refused, naming them, while components, keep-outs, cooling boundaries or
 * carriers sit on it, unless `cascade` is set: then the carriers mounted on it go too, with
 * every component (repaired as deleteComponents does), keep-out and boundary on any of them.
 * The base carrier cannot be removed.
 */
export const removeCarrier = defineCommand(
  'removeCarrier',
  (draft, params: { id: string; cascade?: boolean }) => {
    const base = baseDesign(draft);
    const carrier = findById(draft.carriers, params.id, 'carrier');
    if (carrier.onCarrierId === undefined) {
      throw new CommandError(`carrier "${carrier.id}" is the base carrier; it cannot be removed`);
    }
    const tree = carrierSubtree(base, carrier.id);
    const components = base.components.filter((c) => tree.has(c.mount.carrierId)).map((c) => c.id);
    const keepOuts = base.keepOuts.filter((k) => tree.has(k.carrierId)).map((k) => k.id);
    const onTree = (b: Design['cooling']['boundaries'][number]) =>
      b.target.kind !== 'components' && tree.has(b.target.carrierId);
    const boundaries = base.cooling.boundaries.filter(onTree).map((b) => b.id);
    const carriers = base.carriers.filter((c) => c.id !== carrier.id && tree.has(c.id));
    if (params.cascade !== true) {
      const held = [
        components.length ? `components ${names(components)}` : '',
        keepOuts.length ? `keep-outs ${names(keepOuts)}` : '',
        boundaries.length ? `cooling boundaries ${names(boundaries)}` : '',
        carriers.length ? `carriers ${names(carriers.map((c) => c.id))}` : '',
      ].filter(Boolean);
      if (held.length > 0) {
        throw new CommandError(
          `carrier "${carrier.id}" still holds ${held.join('; ')}: move or delete them first, or remove with cascade`,
        );
      }
    }
    if (components.length > 0)
      deleteComponents({ ids: components }).recipe(draft, { ids: components });
    if (keepOuts.length > 0) draft.keepOuts = draft.keepOuts.filter((k) => !tree.has(k.carrierId));
    if (boundaries.length > 0)
      draft.cooling.boundaries = draft.cooling.boundaries.filter((b) => !onTree(b));
    draft.carriers = draft.carriers.filter((c) => !tree.has(c.id));
  },
);

/**
 * Moves a carrier's lower-left corner to `originMm` (global mm), with the carriers mounted
 * on it, their components and their keep-outs, all by the same offset. Refused when the
 * carrier would leave its parent.
 */
export const moveCarrier = defineCommand(
  'moveCarrier',
  (draft, params: { id: string; originMm: { x: number; y: number } }) => {
    const originMm = parseField(PointSchema, params.originMm, 'originMm');
    const base = baseDesign(draft);
    const carrier = findById(base.carriers, params.id, 'carrier');
    requireInParent(base, { ...carrier, originMm });
    const dx = originMm.x - carrier.originMm.x;
    const dy = originMm.y - carrier.originMm.y;
    const shift = (p: { x: number; y: number }) => ({
      x: normalizeNumber(p.x + dx),
      y: normalizeNumber(p.y + dy),
    });
    const tree = carrierSubtree(base, carrier.id);
    draft.carriers.forEach((c) => {
      if (tree.has(c.id)) c.originMm = shift(c.originMm);
    });
    base.components.forEach((c, i) => {
      if (!tree.has(c.mount.carrierId)) return;
      const next = shift(c.positionMm);
      if (Math.abs(next.x) > MAX_COORDINATE_MM || Math.abs(next.y) > MAX_COORDINATE_MM) {
        throw new CommandError(`component "${c.id}" would lie beyond ±${MAX_COORDINATE_MM} mm`);
      }
      draft.components[i]!.positionMm = next;
    });
    base.keepOuts.forEach((k, i) => {
      if (tree.has(k.carrierId)) draft.keepOuts[i]!.rectMm = { ...k.rectMm, ...shift(k.rectMm) };
    });
  },
);

/**
 * Resizes a carrier (its lower-left corner stays). Refused, naming it, when a component, a
 * region, a keep-out or a mounted carrier would fall outside, or the carrier outside its parent.
 */
export const resizeCarrier = defineCommand(
  'resizeCarrier',
  (draft, params: { id: string; widthMm: number; depthMm: number }) => {
    const size = parseField(
      SizeSchema,
      { widthMm: params.widthMm, depthMm: params.depthMm },
      'size',
    );
    const base = baseDesign(draft);
    const carrier = findById(draft.carriers, params.id, 'carrier');
    const next = { ...(base.carriers.find((c) => c.id === params.id) as Carrier), ...size };
    requireInParent(base, next);
    requireOnCarrier(base, next);
    carrier.widthMm = size.widthMm;
    carrier.depthMm = size.depthMm;
  },
);

/** Changes a carrier's name, kind and/or stand-off (mm, ≥ 0). */
export const setCarrierProperties = defineCommand(
  'setCarrierProperties',
  (
    draft,
    params: { id: string; changes: Partial<Pick<Carrier, 'name' | 'kind' | 'standoffMm'>> },
  ) => {
    const carrier = findById(draft.carriers, params.id, 'carrier');
    const unknown = Object.keys(params.changes ?? {}).find(
      (k) => !(PROPERTY_KEYS as readonly string[]).includes(k),
    );
    if (unknown !== undefined) {
      throw new CommandError(
        `changes.${unknown}: not a carrier property; expected ${PROPERTY_KEYS.join(', ')}`,
      );
    }
    const current = { name: carrier.name, kind: carrier.kind, standoffMm: carrier.standoffMm };
    const shape = CarrierSchema.pick({ name: true, kind: true, standoffMm: true });
    const next = parseField(shape, { ...current, ...params.changes }, 'carrier');
    carrier.name = next.name;
    carrier.kind = next.kind;
    carrier.standoffMm = next.standoffMm;
  },
);
