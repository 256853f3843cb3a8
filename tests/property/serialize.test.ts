/**
 * Properties of the deterministic serialisation over designs with random numbers and
 * shuffled key order: the text does not depend on key order, re-serialising a reloaded
 * design gives the same text, and a design whose numbers sit on the 1e-9 grid reloads equal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeNumber } from '../../renderer/src/model/numbers';
import { DesignSchema, type Design } from '../../renderer/src/model/schema';
import { serializeDesign } from '../../renderer/src/model/serialize';
import { sampleDesign } from '../unit/model/sampleDesign';

type Path = (string | number)[];

function numberPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'number') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => numberPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) numberPaths(v, [...path, k], out);
  }
  return out;
}

function setAt(root: unknown, path: Path, value: unknown) {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}

/** A copy with every object's keys in an order given by `seed`. */
function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => shuffleKeys(v, seed + i));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const order = keys.map((k, i) => [((i + 1) * 2654435761 * (seed + 1)) % 4294967296, k] as const);
  order.sort((a, b) => a[0] - b[0]);
  return Object.fromEntries(
    order.map(([, k]) => [k, shuffleKeys((value as Record<string, unknown>)[k], seed + 7)]),
  );
}

const BASE = sampleDesign();
const PATHS = numberPaths(BASE);

const randomDesign = (numbers: fc.Arbitrary<number>) =>
  fc.array(fc.tuple(fc.nat(), numbers), { minLength: 1, maxLength: 12 }).map((edits) => {
    const doc = structuredClone(BASE) as Design;
    for (const [pick, value] of edits) setAt(doc, PATHS[pick % PATHS.length] as Path, value);
    return doc;
  });

describe('serializeDesign properties', () => {
  it('is independent of key order and idempotent through a reload', () => {
    const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    fc.assert(
      fc.property(randomDesign(anyNumber), fc.nat(), (doc, seed) => {
        const text = serializeDesign(doc);
        expect(serializeDesign(shuffleKeys(doc, seed) as Design)).toBe(text);
        const parsed = DesignSchema.safeParse(JSON.parse(text));
        if (parsed.success) expect(serializeDesign(parsed.data)).toBe(text);
        for (const path of PATHS) {
          let a: unknown = doc;
          let b: unknown = JSON.parse(text);
          for (const key of path) {
            a = (a as Record<string | number, unknown>)[key];
            b = (b as Record<string | number, unknown>)[key];
          }
          expect(b).toBe(normalizeNumber(a as number));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reloads a design with numbers on the 1e-9 grid deep-equal', () => {
    const gridNumber = fc.integer({ min: -1e12, max: 1e12 }).map((n) => normalizeNumber(n / 1e9));
    fc.assert(
      fc.property(randomDesign(gridNumber), (doc) => {
        expect(JSON.parse(serializeDesign(doc))).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  });
});
