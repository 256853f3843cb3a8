/**
 * The part being edited: a Part-shaped value the editor's fields change, plus the pure
 * helpers the editor needs (a blank part, a copy of a library part with a fresh id, the
 * definition Save hands to the command). No React here.
 */
import type { Part, PartLayer, PowerBlock, Port } from '../model/partSchema';

/** What the editor edits (numbers may be NaN while a field holds no number). */
export type PartDraft = Part;

/** Source recorded for a number the user typed. */
export const USER_SOURCE = 'user';

/** Source keys of the numbers in tables (one per column, as the library's parts use them). */
export const TABLE_SOURCE_KEYS = {
  layers: ['layers.thicknessMm', 'layers.kInPlaneWmK', 'layers.kThroughPlaneWmK'],
  powerMap: ['powerMap'],
  ports: ['ports.lanes', 'ports.laneRateGbps', 'ports.offsetMm'],
} as const;

/** A 10 × 10 × 0.8 mm silicon die dissipating nothing yet, every number from the user. */
export function blankPart(id: string): PartDraft {
  return {
    id,
    name: 'New part',
    category: 'die',
    description: '',
    sizeMm: { x: 10, y: 10, z: 0.8 },
    powerW: 0,
    tempLimitC: 105,
    ports: [],
    fruClass: 'co-packaged',
    failureRateFit: 0,
    costUsd: 0,
    energy: {},
    latencyNs: 0,
    layers: [{ name: 'die', material: 'silicon', thicknessMm: 0.8, isHeatSource: true }],
    sources: {},
  };
}

/** `base`, or `base-2`, `base-3`… : the first id none of `taken` has. */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** A copy of `part` to edit as a new design part, with a new id such as `gpu-700w-copy`. */
export function duplicatePart(part: Part, taken: (id: string) => boolean): PartDraft {
  const copy = structuredClone(part) as PartDraft;
  return { ...copy, id: freeId(`${part.id}-copy`, taken), name: `${part.name} (copy)` };
}

/** A new layer for the build-up table. */
export function newLayer(n: number): PartLayer {
  return { name: `layer ${n}`, material: 'silicon', thicknessMm: 0.1, isHeatSource: false };
}

/** A new power-map block covering the lower-left quarter of the part. */
export function newBlock(part: PartDraft, n: number): PowerBlock {
  const rectMm = { x: 0, y: 0, width: part.sizeMm.x / 2, depth: part.sizeMm.y / 2 };
  return { name: `block ${n}`, rectMm, powerW: 0 };
}

/** A new electrical port on the east edge. */
export function newPort(taken: readonly Port[]): Port {
  const id = freeId('p1', (id) => taken.some((p) => p.id === id));
  return {
    id,
    kind: 'electrical',
    lanes: 8,
    laneRateGbps: 106.25,
    modulation: 'PAM4',
    serdesClass: 'XSR',
    edge: 'east',
    offsetMm: 0,
  };
}

/** Source keys of every number the draft holds. */
function numberKeys(draft: PartDraft): string[] {
  const keys = ['sizeMm', 'powerW', 'tempLimitC', 'failureRateFit', 'costUsd'];
  if (draft.layers.length > 0) keys.push('layers.thicknessMm');
  if (draft.layers.some((l) => l.kInPlaneWmK !== undefined)) keys.push('layers.kInPlaneWmK');
  if (draft.layers.some((l) => l.kThroughPlaneWmK !== undefined))
    keys.push('layers.kThroughPlaneWmK');
  if (draft.powerMap !== undefined) keys.push('powerMap');
  if (draft.ports.length > 0) keys.push(...TABLE_SOURCE_KEYS.ports);
  return keys;
}

/** The definition Save stores: every number with a source ("user" where none was given). */
export function finishedPart(draft: PartDraft): Part {
  const sources = { ...draft.sources };
  for (const key of numberKeys(draft)) {
    if ((sources[key] ?? '').trim() === '') sources[key] = USER_SOURCE;
  }
  return { ...draft, sources };
}

/** Total thickness of the build-up, mm. */
export function buildUpMm(draft: PartDraft): number {
  return draft.layers.reduce((s, l) => s + l.thicknessMm, 0);
}
