/**
 * Checks the carrier, layer and region commands share: field values parsed against the
 * schema with the offending value named, known materials, rectangles inside their outline
 * and regions of one layer apart. Each throws a CommandError that names the field, the
 * value found and what is allowed.
 */
import type { z } from 'zod';
import { MATERIALS } from '../materials';
import { LayerSchema, type Carrier, type Design, type Layer, type Region } from '../schema';
import { footprintRect } from '../load/semantic/geometry';
import { CommandError } from './command';
import { parseParam } from './guards';

/** Edges closer than this count as touching, not overlapping, mm. */
const EPSILON_MM = 1e-6;

/** An axis-aligned rectangle, mm: lower-left corner and size. */
export interface RectMm {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly depth: number;
}

/** `rect` as text for a message: "x 0…10, y 0…5 mm". */
export function describeRect(rect: RectMm): string {
  return `x ${rect.x}…${rect.x + rect.width}, y ${rect.y}…${rect.y + rect.depth} mm`;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = value;
  for (const key of path) at = (at as Record<PropertyKey, unknown> | undefined)?.[key];
  return at;
}

/** `parseParam`, with the value that failed appended to the message ("…, found -1"). */
export function parseField<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  try {
    return parseParam(schema, value, what);
  } catch (error) {
    const issue = schema.safeParse(value).error?.issues[0];
    if (!(error instanceof CommandError) || issue === undefined) throw error;
    const found = valueAt(value, issue.path);
    throw new CommandError(`${error.message}, found ${JSON.stringify(found) ?? 'nothing'}`);
  }
}

/** Throws unless `key` is a built-in material or one of the design's own materials. */
export function requireMaterial(doc: Pick<Design, 'materials'>, key: string, field: string) {
  if (MATERIALS.has(key) || doc.materials.some((m) => m.key === key)) return;
  const known = [...MATERIALS.keys(), ...doc.materials.map((m) => m.key)];
  throw new CommandError(
    `${field}: unknown material ${JSON.stringify(key)}; expected one of ${known.join(', ')}`,
  );
}

/** True when `inner` lies inside `outer` (touching edges allowed). */
export function isInside(inner: RectMm, outer: RectMm): boolean {
  return (
    inner.x >= outer.x - EPSILON_MM &&
    inner.y >= outer.y - EPSILON_MM &&
    inner.x + inner.width <= outer.x + outer.width + EPSILON_MM &&
    inner.y + inner.depth <= outer.y + outer.depth + EPSILON_MM
  );
}

/** True when the interiors of `a` and `b` overlap (shared edges do not count). */
export function overlaps(a: RectMm, b: RectMm): boolean {
  return (
    a.x < b.x + b.width - EPSILON_MM &&
    b.x < a.x + a.width - EPSILON_MM &&
    a.y < b.y + b.depth - EPSILON_MM &&
    b.y < a.y + a.depth - EPSILON_MM
  );
}

/** A carrier's outline in global mm. */
export function carrierRect(carrier: Pick<Carrier, 'originMm' | 'widthMm' | 'depthMm'>): RectMm {
  return {
    x: carrier.originMm.x,
    y: carrier.originMm.y,
    width: carrier.widthMm,
    depth: carrier.depthMm,
  };
}

/** A carrier's outline in its own frame (where regions live), mm. */
export function layerOutline(carrier: Pick<Carrier, 'widthMm' | 'depthMm'>): RectMm {
  return { x: 0, y: 0, width: carrier.widthMm, depth: carrier.depthMm };
}

/** Throws unless `index` names a layer of `carrier` (0 = bottom). */
export function requireLayerIndex(carrier: Carrier, index: number, field = 'layer index') {
  const last = carrier.layers.length - 1;
  if (!Number.isInteger(index) || index < 0 || index > last) {
    throw new CommandError(
      `${field} ${index} is not a layer of carrier "${carrier.id}"; expected 0…${last}`,
    );
  }
}

/**
 * Throws unless every region of `regions` lies inside the carrier's outline and no two
 * overlap. `layerName` names the layer in the message.
 */
export function requireRegionsFit(
  carrier: Pick<Carrier, 'id' | 'widthMm' | 'depthMm'>,
  layerName: string,
  regions: readonly Region[],
) {
  const outline = layerOutline(carrier);
  regions.forEach((region, i) => {
    if (!isInside(region.rectMm, outline)) {
      throw new CommandError(
        `region "${region.id}" rectMm ${describeRect(region.rectMm)} lies outside layer ` +
          `"${layerName}" of carrier "${carrier.id}"; expected within ${describeRect(outline)}`,
      );
    }
    const other = regions.slice(0, i).find((r) => overlaps(r.rectMm, region.rectMm));
    if (other !== undefined) {
      throw new CommandError(
        `region "${region.id}" rectMm ${describeRect(region.rectMm)} overlaps region ` +
          `"${other.id}" (${describeRect(other.rectMm)}) in layer "${layerName}"; regions of a layer must not overlap`,
      );
    }
  });
}

/** Ids of `carrierId` and every carrier mounted on it, directly or not. */
export function carrierSubtree(doc: Design, carrierId: string): Set<string> {
  const ids = new Set([carrierId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of doc.carriers) {
      if (c.onCarrierId !== undefined && ids.has(c.onCarrierId) && !ids.has(c.id)) {
        ids.add(c.id);
        grew = true;
      }
    }
  }
  return ids;
}

/**
 * Parses a layer (`what` names it in messages) and checks its material, its regions'
 * materials and that its regions fit the carrier's outline without overlapping.
 */
export function checkLayer(
  doc: Pick<Design, 'materials'>,
  carrier: Pick<Carrier, 'id' | 'widthMm' | 'depthMm'>,
  value: unknown,
  what: string,
): Layer {
  const layer = parseField(LayerSchema, value, what);
  requireMaterial(doc, layer.material, `${what}.material`);
  const regions = layer.regions ?? [];
  regions.forEach((r, i) => requireMaterial(doc, r.material, `${what}.regions[${i}].material`));
  requireRegionsFit(carrier, layer.name || what, regions);
  return layer;
}

/**
 * Throws, naming the first, when something on `carrier` would lie outside its outline:
 * a region of a layer, a component (its footprint when the part is one of the design's own,
 * else its centre: library sizes are not a command input), a keep-out, a mounted carrier.
 */
export function requireOnCarrier(doc: Design, carrier: Carrier) {
  const outline = carrierRect(carrier);
  const outside = (what: string, rect: RectMm) =>
    new CommandError(
      `${what} (${describeRect(rect)}) would fall outside carrier "${carrier.id}" ` +
        `(${describeRect(outline)})`,
    );
  carrier.layers.forEach((layer, i) => {
    for (const r of layer.regions ?? []) {
      if (!isInside(r.rectMm, layerOutline(carrier)))
        throw outside(`region "${r.id}" of layer ${i} (carrier-local)`, r.rectMm);
    }
  });
  for (const c of doc.components) {
    if (c.mount.carrierId !== carrier.id) continue;
    const size = doc.parts.find((p) => p.id === c.partId)?.sizeMm ?? { x: 0, y: 0 };
    const f = footprintRect(c.positionMm.x, c.positionMm.y, size.x, size.y, c.rotationDeg);
    const rect = { x: f.x0, y: f.y0, width: f.x1 - f.x0, depth: f.y1 - f.y0 };
    if (!isInside(rect, outline)) throw outside(`component "${c.id}"`, rect);
  }
  for (const k of doc.keepOuts) {
    if (k.carrierId === carrier.id && !isInside(k.rectMm, outline))
      throw outside(`keep-out "${k.id}"`, k.rectMm);
  }
  for (const c of doc.carriers) {
    if (c.onCarrierId === carrier.id && !isInside(carrierRect(c), outline))
      throw outside(`carrier "${c.id}"`, carrierRect(c));
  }
}
