/**
 * Checks that a component's mount points at things that exist and that stacking
 * (`mount.onComponentId`, CPO Type C) forms no loop.
 */
import type { Draft } from 'immer';
import type { Design, Mount } from '../schema';
import { CommandError } from './command';
import { baseDesign } from './guards';

/** Throws a CommandError unless `mount` is valid for the component `componentId` in `draft`. */
export function checkMount(draft: Draft<Design>, componentId: string, mount: Mount) {
  if (!draft.carriers.some((carrier) => carrier.id === mount.carrierId)) {
    throw new CommandError(`carrier "${mount.carrierId}" does not exist`);
  }
  if (mount.onComponentId === undefined) return;
  const parentOf = new Map(baseDesign(draft).components.map((c) => [c.id, c.mount.onComponentId]));
  parentOf.set(componentId, mount.onComponentId);
  if (!parentOf.has(mount.onComponentId)) {
    throw new CommandError(`component "${mount.onComponentId}" does not exist`);
  }
  const seen = new Set<string>([componentId]);
  let next: string | undefined = mount.onComponentId;
  while (next !== undefined) {
    if (seen.has(next)) {
      throw new CommandError(`stacking "${componentId}" on "${mount.onComponentId}" makes a loop`);
    }
    seen.add(next);
    next = parentOf.get(next);
  }
}
