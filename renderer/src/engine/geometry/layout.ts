/**
 * The placed geometry of a design, computed once per analysis: every component with its
 * part, footprint and heights, every carrier with its outline, heights and the chain of
 * carriers beneath it down to the base.
 */
import { designParts } from '../../model/designParts';
import type { Carrier, Component, Design } from '../../model/schema';
import type { Part, PartLibrary } from '../../model/partSchema';
import { samePlacement } from '../sameValues';
import { componentFootprint } from './footprint';
import type { RectMm } from './rect';
import { computeStackHeights, type ZSpanMm } from './stack';

/** A component with what the engine needs to know about its placement. */
export interface PlacedComponent {
  readonly component: Component;
  readonly part: Part;
  readonly footprint: RectMm;
  readonly z: ZSpanMm;
}

/** A carrier with its outline and the chain of carrier ids from it down to the base. */
export interface PlacedCarrier {
  readonly carrier: Carrier;
  readonly rect: RectMm;
  readonly z: ZSpanMm;
  /** This carrier's id first, then its parent's, … down to the base carrier. */
  readonly chain: readonly string[];
}

/** Placed geometry of a design. Components whose part is unknown are left out. */
export interface Layout {
  readonly components: ReadonlyMap<string, PlacedComponent>;
  readonly carriers: ReadonlyMap<string, PlacedCarrier>;
}

function carrierChain(byId: ReadonlyMap<string, Carrier>, start: Carrier): string[] {
  const chain = [start.id];
  let current: Carrier | undefined = start;
  while (current?.onCarrierId !== undefined && chain.length <= byId.size) {
    const parentId: string = current.onCarrierId;
    if (chain.includes(parentId)) break;
    chain.push(parentId);
    current = byId.get(parentId);
  }
  return chain;
}

/**
 * Builds the layout of a design against a part library. With the previous revision's layout
 * (same carriers, same library), a component placed exactly as before keeps its previous
 * entry, so an edit of one component costs one footprint, not thousands.
 */
export function buildLayout(doc: Design, partLibrary: PartLibrary, previous?: Layout): Layout {
  const library = designParts(doc, partLibrary);
  const heights = computeStackHeights(doc, library);
  const carrierById = new Map(doc.carriers.map((c) => [c.id, c]));
  const carriers = new Map<string, PlacedCarrier>();
  for (const carrier of doc.carriers) {
    const { x, y } = carrier.originMm;
    carriers.set(carrier.id, {
      carrier,
      rect: { minX: x, minY: y, maxX: x + carrier.widthMm, maxY: y + carrier.depthMm },
      z: heights.carriers.get(carrier.id) ?? { bottomMm: 0, topMm: 0 },
      chain: carrierChain(carrierById, carrier),
    });
  }
  const components = new Map<string, PlacedComponent>();
  for (const component of doc.components) {
    const part = library.get(component.partId);
    if (!part) continue;
    const z = heights.components.get(component.id) ?? { bottomMm: 0, topMm: 0 };
    const before = previous?.components.get(component.id);
    if (
      before &&
      before.part === part &&
      before.z.bottomMm === z.bottomMm &&
      before.z.topMm === z.topMm &&
      samePlacement(before.component, component)
    ) {
      components.set(component.id, before);
      continue;
    }
    components.set(component.id, {
      component,
      part,
      footprint: componentFootprint(component, part),
      z,
    });
  }
  return { components, carriers };
}
