/**
 * Whole-design settings: metadata (name, architecture, …) and cooling.
 */
import { CoolingSchema, MetaSchema, type Cooling, type Meta } from '../schema';
import { CommandError, defineCommand } from './command';
import { parseParam } from './guards';

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
    const current = JSON.parse(JSON.stringify(draft.cooling)) as Cooling;
    const next = parseParam(CoolingSchema, { ...current, ...params.changes }, 'cooling');
    const known = new Set(draft.components.map((c) => c.id));
    const taken = new Set(
      [
        ...draft.carriers,
        ...draft.components,
        ...draft.links,
        ...draft.fibers,
        ...draft.keepOuts,
        ...draft.comments,
        ...draft.scenarios,
      ].map((item) => item.id),
    );
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
