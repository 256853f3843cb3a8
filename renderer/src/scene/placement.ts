/**
 * A new component for a part dropped from the palette: next free `cmp-N` id, a reference
 * designator from the part's category (U, HBM, OE, …) numbered after those in use, mounted
 * on the top of the carrier it was dropped on. Pure.
 */
import { ID_PREFIX, nextId } from '../model/ids';
import { normalizeNumber } from '../model/numbers';
import type { Part, PartCategory } from '../model/partSchema';
import type { Component, Design } from '../model/schema';

/** Reference designator prefix by category (IPC-style letters where one exists). */
export const DESIGNATOR_PREFIX: Record<PartCategory, string> = {
  xpu: 'U',
  hbm: 'HBM',
  'optical-engine': 'OE',
  'laser-source': 'ELS',
  'fiber-interface': 'FA',
  cage: 'J',
  'pluggable-module': 'M',
  retimer: 'RT',
  die: 'D',
  passive: 'C',
  stiffener: 'STF',
  lid: 'LID',
  mechanical: 'MH',
};

/** The next free designator with that prefix, e.g. "OE5" when OE1…OE4 exist. */
export function nextDesignator(doc: Design, prefix: string): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let highest = 0;
  for (const c of doc.components) {
    const m = pattern.exec(c.name);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `${prefix}${highest + 1}`;
}

/** The component to add for `part` centred at `atMm` (global mm) on carrier `carrierId`. */
export function newComponentFor(
  doc: Design,
  part: Part,
  carrierId: string,
  atMm: { x: number; y: number },
): Component {
  return {
    id: nextId(doc, ID_PREFIX.component),
    partId: part.id,
    name: nextDesignator(doc, DESIGNATOR_PREFIX[part.category]),
    positionMm: { x: normalizeNumber(atMm.x), y: normalizeNumber(atMm.y) },
    rotationDeg: 0,
    mount: { carrierId, side: 'top' },
  };
}
