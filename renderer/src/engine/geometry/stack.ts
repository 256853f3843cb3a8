/**
 * Heights of the stack: where each carrier and each component sits in z.
 *
 * Model: the base carrier (no `onCarrierId`) starts at z = 0. A carrier mounted on another
 * starts at its parent's top plus its own `standoffMm` (the BGA or C4 joint height).
 * A carrier's thickness is the sum of its layers. A component on the top side of its carrier
 * starts at the carrier's top; on the bottom side it hangs below the carrier's bottom. A
 * component stacked on another (`mount.onComponentId`, CPO Type C) starts at that
 * component's top. A component embedded in a layer (`mount.inLayer`, a die in mould) starts
 * at that layer's bottom face. A component's height is its part's `sizeMm.z`.
 */
import { designParts } from '../../model/designParts';
import type { Carrier, Design } from '../../model/schema';
import type { PartLibrary } from '../../model/partSchema';

/** Bottom and top of a body, global mm. */
export interface ZSpanMm {
  readonly bottomMm: number;
  readonly topMm: number;
}

/** Heights of every carrier and component, keyed by id. */
export interface StackHeights {
  readonly carriers: ReadonlyMap<string, ZSpanMm>;
  readonly components: ReadonlyMap<string, ZSpanMm>;
}

function carrierThicknessMm(carrier: Carrier): number {
  let sum = 0;
  for (const layer of carrier.layers) sum += layer.thicknessMm;
  return sum;
}

/** Thickness of the layers below layer `index` of `carrier`, mm. */
export function layersBelowMm(carrier: Carrier | undefined, index: number): number {
  let sum = 0;
  const layers = carrier?.layers ?? [];
  for (let i = 0; i < Math.min(index, layers.length); i++) sum += layers[i]!.thicknessMm;
  return sum;
}

/**
 * Computes the z span of every carrier and component. Cycles and dangling references (which
 * the loader refuses) are tolerated: the body is then placed as if on the base (z = 0).
 */
export function computeStackHeights(doc: Design, partLibrary: PartLibrary): StackHeights {
  const library = designParts(doc, partLibrary);
  const carriersById = new Map(doc.carriers.map((c) => [c.id, c]));
  const carriers = new Map<string, ZSpanMm>();
  const carrierSpan = (id: string, depth: number): ZSpanMm => {
    const known = carriers.get(id);
    if (known) return known;
    const carrier = carriersById.get(id);
    if (!carrier) return { bottomMm: 0, topMm: 0 };
    const parent =
      carrier.onCarrierId !== undefined && depth < carriersById.size
        ? carrierSpan(carrier.onCarrierId, depth + 1)
        : undefined;
    const bottomMm = parent ? parent.topMm + carrier.standoffMm : 0;
    const span = { bottomMm, topMm: bottomMm + carrierThicknessMm(carrier) };
    carriers.set(id, span);
    return span;
  };
  for (const carrier of doc.carriers) carrierSpan(carrier.id, 0);

  const componentsById = new Map(doc.components.map((c) => [c.id, c]));
  const components = new Map<string, ZSpanMm>();
  const componentSpan = (id: string, depth: number): ZSpanMm => {
    const known = components.get(id);
    if (known) return known;
    const component = componentsById.get(id);
    if (!component) return { bottomMm: 0, topMm: 0 };
    const heightMm = library.get(component.partId)?.sizeMm.z ?? 0;
    const { carrierId, side, onComponentId, inLayer } = component.mount;
    const carrier = carrierSpan(carrierId, 0);
    let bottomMm: number;
    if (onComponentId !== undefined && depth < componentsById.size) {
      bottomMm = componentSpan(onComponentId, depth + 1).topMm;
    } else if (inLayer !== undefined && side !== 'bottom') {
      bottomMm = carrier.bottomMm + layersBelowMm(carriersById.get(carrierId), inLayer);
    } else {
      bottomMm = side === 'bottom' ? carrier.bottomMm - heightMm : carrier.topMm;
    }
    const span = { bottomMm, topMm: bottomMm + heightMm };
    components.set(id, span);
    return span;
  };
  for (const component of doc.components) componentSpan(component.id, 0);
  return { carriers, components };
}
