/**
 * Editing a component's non-geometric properties: name, per-instance overrides, mount.
 */
import { z } from 'zod';
import { MountSchema, OverridesSchema, type Mount, type Overrides } from '../schema';
import { defineCommand } from './command';
import { findById, parseParam } from './guards';
import { checkMount } from './mountChecks';

/** The properties setPartProperty may change; absent members are left as they are. */
export interface PartPropertyChanges {
  readonly name?: string;
  /** Replaces all overrides; `null` removes them (the library defaults apply again). */
  readonly overrides?: Overrides | null;
  readonly mount?: Mount;
}

const NameSchema = z.string().max(200);

/** Sets a component's name, overrides (or clears them with null) and/or mount. */
export const setPartProperty = defineCommand(
  'setPartProperty',
  (draft, params: { id: string; changes: PartPropertyChanges }) => {
    const component = findById(draft.components, params.id, 'component');
    const { name, overrides, mount } = params.changes;
    if (name !== undefined) component.name = parseParam(NameSchema, name, 'name');
    if (overrides === null) delete component.overrides;
    else if (overrides !== undefined) {
      component.overrides = parseParam(OverridesSchema, overrides, 'overrides');
    }
    if (mount !== undefined) {
      const parsed = parseParam(MountSchema, mount, 'mount');
      checkMount(draft, component.id, parsed);
      component.mount = parsed;
    }
  },
);
