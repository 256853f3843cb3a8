/**
 * Whole-design settings: metadata (name, architecture, …) and cooling.
 */
import { collectIds } from '../ids';
import { CoolingSchema, MetaSchema, type Cooling, type Meta } from '../schema';
import { CommandError, defineCommand } from './command';
import { checkBoundaryTarget } from './coolingChecks';
import { baseDesign, parseParam } from './guards';

/** Changes any metadata fields (name, variant, architecture, system, author, description). */
export const setMeta = defineCommand('setMeta', (draft, params: { changes: Partial<Meta> }) => {
  draft.meta = parseParam(MetaSchema, { ...draft.meta, ...params.changes }, 'meta');
});

/**
 * Changes cooling: ambient °C, the exposed faces' coefficients W/(m²·K) and/or the whole
 * boundary list (each boundary's target must name existing components, carriers, regions).
 */
export const setCooling = defineCommand(
  'setCooling',
  (draft, params: { changes: Partial<Cooling> }) => {
    const base = baseDesign(draft);
    const next = parseParam(CoolingSchema, { ...base.cooling, ...params.changes }, 'cooling');
    // Boundary ids are replaced wholesale, so only the other collections' ids are taken.
    const taken = collectIds({ ...base, cooling: { ...base.cooling, boundaries: [] } });
    const boundaryIds = new Set<string>();
    for (const boundary of next.boundaries) {
      if (taken.has(boundary.id) || boundaryIds.has(boundary.id)) {
        throw new CommandError(`id "${boundary.id}" is already used in the document`);
      }
      boundaryIds.add(boundary.id);
      checkBoundaryTarget(base, boundary);
    }
    draft.cooling = next;
  },
);
