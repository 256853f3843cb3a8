/**
 * Component lifecycle commands: add, delete (with everything that pointed at the deleted
 * components) and duplicate (with fresh ids and the links among the copies).
 */
import { z } from 'zod';
import { ID_PREFIX, collectIds, nextIdsFrom } from '../ids';
import { MAX_COORDINATE_MM } from '../limits';
import { normalizeNumber } from '../numbers';
import {
  ComponentSchema,
  type Component,
  type CoolingBoundary,
  type Mount,
  type ReviewComment,
} from '../schema';
import { CommandError, defineCommand } from './command';
import { baseDesign, parseParam, requireAll, requireFreeId } from './guards';
import { checkMount } from './mountChecks';

const OffsetSchema = z.object({ x: z.number(), y: z.number() });

function checkPosition(component: Component) {
  const { x, y } = component.positionMm;
  if (Math.abs(x) > MAX_COORDINATE_MM || Math.abs(y) > MAX_COORDINATE_MM) {
    throw new CommandError(`component "${component.id}" lies beyond ±${MAX_COORDINATE_MM} mm`);
  }
}

/**
 * Adds a component. Its id must be new (see ids.ts `nextId(doc, ID_PREFIX.component)`),
 * its carrier must exist; the part id is not checked here (the library is not a command input).
 */
export const addComponent = defineCommand(
  'addComponent',
  (draft, params: { component: Component }) => {
    const component = parseParam(ComponentSchema, params.component, 'component');
    requireFreeId(collectIds(baseDesign(draft)), component.id);
    checkPosition(component);
    checkMount(draft, component.id, component.mount);
    draft.components.push(component);
  },
);

/**
 * Deletes components and repairs everything that referred to them:
 * - links and fibers with an end on a deleted component are deleted;
 * - comments anchored to a deleted component keep their text and are re-anchored to the
 *   point where the component's centre was (z = 0);
 * - cooling boundaries on components drop the deleted ids, and one left covering nothing is
 *   deleted;
 * - components stacked on a deleted component stay, mounted on their carrier instead.
 */
export const deleteComponents = defineCommand(
  'deleteComponents',
  (draft, params: { ids: readonly string[] }) => {
    requireAll(draft.components, params.ids, 'component');
    // Read the base document and write whole new arrays (of base elements) only where
    // something changed: reading the drafts would make a proxy per element.
    const base = baseDesign(draft);
    const gone = new Set(params.ids);
    const hits = (id: string | undefined) => id !== undefined && gone.has(id);
    draft.components = base.components
      .filter((c) => !gone.has(c.id))
      .map((c) => (hits(c.mount.onComponentId) ? { ...c, mount: unstacked(c.mount) } : c));
    const links = base.links.filter((l) => !hits(l.from.componentId) && !hits(l.to.componentId));
    if (links.length !== base.links.length) draft.links = links;
    const fibers = base.fibers.filter((f) => !hits(f.from.componentId) && !hits(f.to?.componentId));
    if (fibers.length !== base.fibers.length) draft.fibers = fibers;
    base.comments.forEach((comment, index) => {
      if (!('componentId' in comment.anchor) || !hits(comment.anchor.componentId)) return;
      const target = base.components.find(
        (c) => c.id === (comment.anchor as { componentId: string }).componentId,
      );
      const pointMm = { x: target?.positionMm.x ?? 0, y: target?.positionMm.y ?? 0, z: 0 };
      (draft.comments[index] as ReviewComment).anchor = { pointMm };
    });
    const covers = (h: CoolingBoundary) =>
      h.target.kind === 'components' && h.target.componentIds.some(hits);
    if (base.cooling.boundaries.some(covers)) {
      draft.cooling.boundaries = base.cooling.boundaries
        .map((h) =>
          h.target.kind === 'components'
            ? {
                ...h,
                target: {
                  ...h.target,
                  componentIds: h.target.componentIds.filter((id) => !gone.has(id)),
                },
              }
            : h,
        )
        .filter((h) => h.target.kind !== 'components' || h.target.componentIds.length > 0);
    }
  },
);

function unstacked(mount: Mount): Mount {
  const { onComponentId: _dropped, ...rest } = mount;
  return rest;
}

/** Parameters of duplicateComponents. */
export interface DuplicateParams {
  readonly ids: readonly string[];
  /** Offset of each copy from its original, mm. */
  readonly offsetMm: { x: number; y: number };
  /** Ids for the copies, in the order of `ids`; default: the next free `cmp-N` ids. */
  readonly newIds?: readonly string[];
}

/**
 * Copies components, offset by `offsetMm`, with new ids; links whose both ends are among the
 * copied components are copied too (new `link-N` ids), and a copy stacked on a copied
 * component sits on that component's copy.
 */
export const duplicateComponents = defineCommand(
  'duplicateComponents',
  (draft, params: DuplicateParams) => {
    requireAll(draft.components, params.ids, 'component');
    const offset = parseParam(OffsetSchema, params.offsetMm, 'offsetMm');
    const base = baseDesign(draft);
    const taken = collectIds(base);
    const newIds = params.newIds ?? nextIdsFrom(taken, ID_PREFIX.component, params.ids.length);
    const distinct = (list: readonly string[]) => new Set(list).size === list.length;
    if (newIds.length !== params.ids.length || !distinct(newIds) || !distinct(params.ids)) {
      throw new CommandError(
        'duplicateComponents needs distinct component ids and one distinct new id for each',
      );
    }
    newIds.forEach((id) => requireFreeId(taken, id));
    const copyOf = new Map(params.ids.map((id, i) => [id, newIds[i] as string]));
    const byId = new Map(base.components.map((c) => [c.id, c]));
    for (const [oldId, newId] of copyOf) {
      const original = byId.get(oldId) as Component;
      const copy: Component = JSON.parse(JSON.stringify(original)) as Component;
      copy.id = newId;
      copy.positionMm = {
        x: normalizeNumber(original.positionMm.x + offset.x),
        y: normalizeNumber(original.positionMm.y + offset.y),
      };
      const parent = copy.mount.onComponentId;
      if (parent !== undefined && copyOf.has(parent)) copy.mount.onComponentId = copyOf.get(parent);
      checkPosition(parseParam(ComponentSchema, copy, 'copied component'));
      draft.components.push(copy);
    }
    const inner = base.links.filter(
      (l) => copyOf.has(l.from.componentId) && copyOf.has(l.to.componentId),
    );
    const linkIds = nextIdsFrom(new Set([...taken, ...newIds]), ID_PREFIX.link, inner.length);
    inner.forEach((link, i) => {
      draft.links.push({
        ...JSON.parse(JSON.stringify(link)),
        id: linkIds[i] as string,
        from: { componentId: copyOf.get(link.from.componentId) as string, port: link.from.port },
        to: { componentId: copyOf.get(link.to.componentId) as string, port: link.to.port },
      });
    });
  },
);
