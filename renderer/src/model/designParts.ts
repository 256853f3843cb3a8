/**
 * The parts a design sees: its own `parts` first, then the part library. Memoised by the
 * identity of the design's parts array and of the library, so an edit that leaves the parts
 * alone keeps the same map (and every cache keyed on it). A design without parts of its
 * own sees the library object itself.
 */
import type { Part, PartLibrary } from './partSchema';
import type { Design } from './schema';

const merged = new WeakMap<readonly Part[], WeakMap<PartLibrary, PartLibrary>>();
/** Each merged map → the library and parts it was made from, so merging again is free. */
const origins = new WeakMap<PartLibrary, { base: PartLibrary; parts: readonly Part[] }>();

/** The parts `doc` resolves component part ids against (see the file comment). */
export function designParts(doc: Pick<Design, 'parts'>, library: PartLibrary): PartLibrary {
  const parts = doc.parts;
  const origin = origins.get(library);
  const base = origin?.base ?? library;
  if (origin !== undefined && origin.parts === parts) return library;
  if (parts.length === 0) return base;
  let byBase = merged.get(parts);
  if (byBase === undefined) merged.set(parts, (byBase = new WeakMap()));
  const cached = byBase.get(base);
  if (cached !== undefined) return cached;
  const map = new Map<string, Part>(base);
  for (const part of parts) map.set(part.id, part);
  byBase.set(base, map);
  origins.set(map, { base, parts });
  return map;
}

/** The library a merged map was made from (the library itself when it is not merged). */
export function baseLibrary(library: PartLibrary): PartLibrary {
  return origins.get(library)?.base ?? library;
}
