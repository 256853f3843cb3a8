/**
 * Words for a cooling boundary: what it covers ("top of U1, U2", "bottom of carrier PCB",
 * "top of region Copper coin") and how strongly it cools ("0.04 K/W", "5000 W/(m²·K)").
 * Pure; the panel, the inspector and the viewport labels share it.
 */
import type { BoundaryRating, BoundaryTarget, Design } from '../../model/schema';

const MAX_NAMES = 3;

/** The covered faces, in the document's names. */
export function describeTarget(doc: Design, target: BoundaryTarget): string {
  if (target.kind === 'components') {
    const parts = target.componentIds.map((id) => doc.components.find((c) => c.id === id));
    const names = parts.map((c, i) => c?.name || target.componentIds[i]!);
    const shown = names.slice(0, MAX_NAMES).join(', ');
    const more = names.length > MAX_NAMES ? ` +${names.length - MAX_NAMES}` : '';
    // A part hanging below its carrier is cooled on its bottom (engine/thermal/designToProblem).
    const below = parts.filter((c) => c?.mount.side === 'bottom' && !c.mount.onComponentId);
    const face =
      below.length === 0 ? 'top' : below.length === parts.length ? 'bottom' : 'outer faces';
    return `${face} of ${shown}${more}`;
  }
  const carrier = doc.carriers.find((c) => c.id === target.carrierId);
  const carrierName = carrier?.name || target.carrierId;
  if (target.kind === 'carrier') return `${target.face} of carrier ${carrierName}`;
  const region = carrier?.layers
    .flatMap((l) => l.regions ?? [])
    .find((r) => r.id === target.regionId);
  return `${target.face} of region ${region?.name || target.regionId} (${carrierName})`;
}

/** The rating with its unit. */
export function describeRating(rating: BoundaryRating): string {
  return rating.kind === 'resistance' ? `${rating.kPerW} K/W` : `${rating.wPerM2K} W/(m²·K)`;
}

/** Ids of the boundaries that cover component `id` (its top), in list order. */
export function boundariesOnComponent(doc: Design, id: string) {
  return doc.cooling.boundaries.filter(
    (b) => b.target.kind === 'components' && b.target.componentIds.includes(id),
  );
}
