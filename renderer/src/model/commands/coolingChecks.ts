/**
 * Checks that a cooling boundary's target exists in the document: its components, its
 * carrier, its region. Throws a CommandError naming the missing id.
 */
import type { CoolingBoundary, Design } from '../schema';
import { CommandError } from './command';

/** Throws unless every id `boundary.target` names exists in `doc`. */
export function checkBoundaryTarget(doc: Design, boundary: CoolingBoundary): void {
  const target = boundary.target;
  if (target.kind === 'components') {
    const known = new Set(doc.components.map((c) => c.id));
    const unknown = target.componentIds.find((id) => !known.has(id));
    if (unknown !== undefined) {
      throw new CommandError(
        `cooling boundary "${boundary.id}" covers unknown component "${unknown}"`,
      );
    }
    return;
  }
  const carrier = doc.carriers.find((c) => c.id === target.carrierId);
  if (carrier === undefined) {
    throw new CommandError(
      `cooling boundary "${boundary.id}" is on unknown carrier "${target.carrierId}"`,
    );
  }
  if (target.kind !== 'region') return;
  const found = carrier.layers.some((l) => (l.regions ?? []).some((r) => r.id === target.regionId));
  if (!found) {
    throw new CommandError(
      `cooling boundary "${boundary.id}" is on unknown region "${target.regionId}" of carrier "${carrier.id}"`,
    );
  }
}
