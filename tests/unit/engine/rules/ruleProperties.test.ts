/**
 * Invariants of the checker: moving a whole design moves its markers and nothing else, and
 * the findings do not depend on the order of the document's arrays.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../../renderer/src/engine/rules/checkRules';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { DesignSchema, type Design } from '../../../../renderer/src/model/schema';

const library = defaultPartLibrary();
const DIR = 'tests/fixtures/rules';
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.lightpath.json'))
  .sort()
  .map((f) => DesignSchema.parse(JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8'))));

function translate(doc: Design, dx: number, dy: number): Design {
  const p = <T extends { x: number; y: number }>(v: T): T => ({ ...v, x: v.x + dx, y: v.y + dy });
  return {
    ...doc,
    carriers: doc.carriers.map((c) => ({ ...c, originMm: p(c.originMm) })),
    components: doc.components.map((c) => ({ ...c, positionMm: p(c.positionMm) })),
    keepOuts: doc.keepOuts.map((k) => ({ ...k, rectMm: p(k.rectMm) })),
    fibers: doc.fibers.map((f) => ({
      ...f,
      waypointsMm: f.waypointsMm.map(p),
      ...(f.endMm ? { endMm: p(f.endMm) } : {}),
    })),
  };
}

describe('design rules: invariants', () => {
  it('a translated design has the same findings at translated locations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: fixtures.length - 1 }),
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: -500, max: 500 }),
        (which, dx, dy) => {
          const doc = fixtures[which]!;
          const before = checkRules(doc, library);
          const after = checkRules(translate(doc, dx, dy), library);
          expect(after.map((f) => [f.rule, f.severity, f.message, f.components])).toEqual(
            before.map((f) => [f.rule, f.severity, f.message, f.components]),
          );
          after.forEach((f, i) => {
            expect(f.location.x).toBeCloseTo(before[i]!.location.x + dx, 6);
            expect(f.location.y).toBeCloseTo(before[i]!.location.y + dy, 6);
            expect(f.location.z).toBeCloseTo(before[i]!.location.z, 6);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('findings do not depend on the order of components, links, fibers or keep-outs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: fixtures.length - 1 }), fc.integer(), (which, seed) => {
        const doc = fixtures[which]!;
        const shuffle = <T>(xs: readonly T[]): T[] =>
          xs
            .map((x, i) => ({ x, k: Math.sin(seed + i * 12.9898) }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
        const shuffled: Design = {
          ...doc,
          carriers: shuffle(doc.carriers),
          components: shuffle(doc.components),
          links: shuffle(doc.links),
          fibers: shuffle(doc.fibers),
          keepOuts: shuffle(doc.keepOuts),
        };
        expect(checkRules(shuffled, library)).toEqual(checkRules(doc, library));
      }),
      { numRuns: 100 },
    );
  });
});
