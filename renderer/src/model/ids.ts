/**
 * Deterministic, collision-free ids for new document objects. An id is `${prefix}${n}`
 * where n is one more than the largest number already used with that prefix, and the
 * result is checked against every id in the document (all collections share one id space).
 * No randomness and no clock: the same document always yields the same new ids, so a
 * command replayed from the CLI or a test produces the same result.
 */
import type { Design } from './schema';

/** Suggested prefixes, one per collection. */
export const ID_PREFIX = {
  carrier: 'carrier-',
  component: 'cmp-',
  link: 'link-',
  fiber: 'fiber-',
  keepOut: 'keepout-',
  boundary: 'cool-',
  region: 'region-',
  comment: 'comment-',
  scenario: 'scenario-',
} as const;

/** Every id used anywhere in the document (carriers, components, links, …). */
export function collectIds(doc: Design): Set<string> {
  const ids = new Set<string>();
  for (const list of [
    doc.carriers,
    doc.components,
    doc.links,
    doc.fibers,
    doc.keepOuts,
    doc.cooling.boundaries,
    doc.comments,
    doc.scenarios,
  ]) {
    for (const item of list) ids.add(item.id);
  }
  for (const carrier of doc.carriers) {
    for (const layer of carrier.layers) for (const r of layer.regions ?? []) ids.add(r.id);
  }
  return ids;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Returns `count` new ids with the given prefix that collide with nothing in `taken`,
 * numbered upwards from one past the highest `${prefix}${n}` already present.
 */
export function nextIdsFrom(taken: ReadonlySet<string>, prefix: string, count: number): string[] {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}(\\d+)$`);
  let highest = 0;
  for (const id of taken) {
    const match = pattern.exec(id);
    if (match?.[1] !== undefined) highest = Math.max(highest, Number(match[1]));
  }
  const out: string[] = [];
  let n = highest + 1;
  while (out.length < count) {
    const candidate = `${prefix}${n}`;
    if (!taken.has(candidate)) out.push(candidate);
    n += 1;
  }
  return out;
}

/** Returns `count` new ids with `prefix` that are unused in `doc`. */
export function nextIds(doc: Design, prefix: string, count: number): string[] {
  return nextIdsFrom(collectIds(doc), prefix, count);
}

/** Returns one new id with `prefix` that is unused in `doc`, e.g. `nextId(doc, 'cmp-')`. */
export function nextId(doc: Design, prefix: string): string {
  return nextIds(doc, prefix, 1)[0] as string;
}
