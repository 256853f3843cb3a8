/**
 * Whole-design settings: metadata (name, architecture, …) and cooling.
 */
import { collectIds } from '../ids';
import { CoolingSchema, MetaSchema, type Cooling, type Meta } from '../schema';
import { CommandError, defineCommand } from './command';
import { baseDesign, parseParam } from './guards';

/** Changes any metadata fields (name, variant, architecture, system, author, description). */
export const setMeta = defineCommand('setMeta', (draft, params: { changes: Partial<Meta> }) => {
  draft.meta = parseParam(MetaSchema, { ...draft.meta, ...params.changes }, 'meta');
});

/**
 * Changes cooling: ambient °C, exposed-face heat-transfer coefficient W/(m²·K) and/or the
 * heatsink list (each heatsink's componentIds must name existing components).
 */
export const setCooling = defineCommand(
  'setCooling',
  (draft, params: { changes: Partial<Cooling> }) => {
    const base = baseDesign(draft);
    const next = parseParam(CoolingSchema, { ...base.cooling, ...params.changes }, 'cooling');
    const known = new Set(base.components.map((c) => c.id));
    // Heatsink ids are replaced wholesale, so only the other collections' ids are taken.
    const taken = collectIds({ ...base, cooling: { ...base.cooling, heatsinks: [] } });
    const heatsinkIds = new Set<string>();
    for (const heatsink of next.heatsinks) {
      if (taken.has(heatsink.id) || heatsinkIds.has(heatsink.id)) {
        throw new CommandError(`id "${heatsink.id}" is already used in the document`);
      }
      heatsinkIds.add(heatsink.id);
      const unknown = heatsink.componentIds.find((id) => !known.has(id));
      if (unknown !== undefined)
        throw new CommandError(`heatsink "${heatsink.id}" covers unknown component "${unknown}"`);
    }
    draft.cooling = next;
  },
);
