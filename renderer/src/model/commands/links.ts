/**
 * Electrical link commands. Both ends must name existing components; whether the port
 * names exist on the parts is a library question, checked by the loader's semantic checks.
 */
import type { Draft } from 'immer';
import { collectIds } from '../ids';
import {
  LinkSchema,
  MeasuredLossSchema,
  type Design,
  type Link,
  type MeasuredLoss,
} from '../schema';
import { CommandError, defineCommand } from './command';
import { baseDesign, findById, parseParam, requireAll, requireFreeId } from './guards';

function checkEnds(draft: Draft<Design>, link: Link) {
  for (const end of [link.from, link.to]) {
    if (!baseDesign(draft).components.some((c) => c.id === end.componentId)) {
      throw new CommandError(`link "${link.id}" ends on unknown component "${end.componentId}"`);
    }
  }
}

/** Adds a link; its id must be new (ids.ts `nextId(doc, ID_PREFIX.link)`). */
export const addLink = defineCommand('addLink', (draft, params: { link: Link }) => {
  const link = parseParam(LinkSchema, params.link, 'link');
  requireFreeId(collectIds(baseDesign(draft)), link.id);
  checkEnds(draft, link);
  draft.links.push(link);
});

/** Deletes the links with the given ids. */
export const deleteLinks = defineCommand(
  'deleteLinks',
  (draft, params: { ids: readonly string[] }) => {
    requireAll(draft.links, params.ids, 'link');
    const gone = new Set(params.ids);
    draft.links = draft.links.filter((link) => !gone.has(link.id));
  },
);

/** Changes any of a link's fields except its id (ends, lanes, lane rate, modulation, class). */
export const updateLink = defineCommand(
  'updateLink',
  (draft, params: { id: string; changes: Partial<Omit<Link, 'id'>> }) => {
    const index = draft.links.indexOf(findById(draft.links, params.id, 'link'));
    const current = JSON.parse(JSON.stringify(draft.links[index])) as Link;
    const next = parseParam(LinkSchema, { ...current, ...params.changes, id: params.id }, 'link');
    checkEnds(draft, next);
    draft.links[index] = next;
  },
);

/**
 * Sets a link's measured insertion loss (an imported Touchstone through path), or removes it
 * with `measuredLoss: null` so the stack-up estimate applies again.
 */
export const setLinkMeasuredLoss = defineCommand(
  'setLinkMeasuredLoss',
  (draft, params: { id: string; measuredLoss: MeasuredLoss | null }) => {
    const link = findById(draft.links, params.id, 'link');
    if (params.measuredLoss === null) {
      delete link.measuredLoss;
      return;
    }
    link.measuredLoss = parseParam(MeasuredLossSchema, params.measuredLoss, 'measuredLoss');
  },
);
