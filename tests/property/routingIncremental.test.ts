/**
 * Incremental analysis equals a full analysis: random boards with chips, blocks, keep-outs
 * and links; one random edit (move, rotate, keep-out moved) analysed with the previous result
 * must give exactly what a fresh analysis of the edited design gives.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeElectrical } from '../../renderer/src/engine/analyze';
import type { Design } from '../../renderer/src/model/schema';
import { carrier, component, design, libraryOf, link, part, port } from '../unit/engine/designKit';

const chip = part('chip', 'xpu', { x: 8, y: 8, z: 1 }, [
  port('e', 'east'),
  port('w', 'west'),
  port('n', 'north'),
  port('s', 'south'),
]);
const block = part('block', 'hbm', { x: 12, y: 6, z: 1 }, []);
const library = libraryOf(chip, block);
const PORTS = ['e', 'w', 'n', 's'] as const;

const place = fc.record({
  x: fc.integer({ min: 10, max: 190 }),
  y: fc.integer({ min: 10, max: 190 }),
  quarter: fc.integer({ min: 0, max: 3 }),
});

const designArb = fc
  .record({
    chips: fc.array(place, { minLength: 2, maxLength: 8 }),
    blocks: fc.array(place, { maxLength: 10 }),
    links: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        pa: fc.constantFrom(...PORTS),
        pb: fc.constantFrom(...PORTS),
      }),
      { minLength: 1, maxLength: 10 },
    ),
    keepOut: fc.option(
      fc.record({ x: fc.integer({ min: 0, max: 180 }), y: fc.integer({ min: 0, max: 180 }) }),
      { nil: undefined },
    ),
  })
  .map(({ chips, blocks, links, keepOut }): Design => {
    const components = [
      ...chips.map((p, i) =>
        component(`c${i}`, 'chip', p.x, p.y, 'pcb', { rotationDeg: 90 * p.quarter }),
      ),
      ...blocks.map((p, i) =>
        component(`b${i}`, 'block', p.x, p.y, 'pcb', { rotationDeg: 90 * p.quarter }),
      ),
    ];
    const linkList = links
      .map((l, i) => ({ ...l, i, a: l.a % chips.length, b: l.b % chips.length }))
      .filter((l) => l.a !== l.b)
      .map((l) => link(`l${l.i}`, [`c${l.a}`, l.pa], [`c${l.b}`, l.pb]));
    const keepOuts = keepOut
      ? [
          {
            id: 'k',
            name: 'k',
            carrierId: 'pcb',
            kind: 'routing' as const,
            rectMm: { x: keepOut.x, y: keepOut.y, width: 15, depth: 15 },
          },
        ]
      : [];
    return design({
      carriers: [carrier('pcb', 'pcb', { x: 0, y: 0, w: 200, d: 200 })],
      components,
      links: linkList,
      keepOuts,
    });
  });

const editArb = fc.record({
  which: fc.nat(),
  dx: fc.integer({ min: -30, max: 30 }),
  dy: fc.integer({ min: -30, max: 30 }),
  kind: fc.constantFrom('move', 'rotate', 'keep-out'),
});

describe('incremental analysis', () => {
  test('equals a full analysis after any one edit', () => {
    fc.assert(
      fc.property(designArb, editArb, (doc, edit) => {
        const first = analyzeElectrical(doc, library);
        const target = doc.components[edit.which % doc.components.length]!;
        let edited: Design;
        if (edit.kind === 'keep-out' && doc.keepOuts.length > 0) {
          edited = {
            ...doc,
            keepOuts: doc.keepOuts.map((k) => ({
              ...k,
              rectMm: { ...k.rectMm, x: k.rectMm.x + edit.dx },
            })),
          };
        } else if (edit.kind === 'rotate') {
          edited = {
            ...doc,
            components: doc.components.map((c) =>
              c === target ? { ...c, rotationDeg: c.rotationDeg + 90 } : c,
            ),
          };
        } else {
          const positionMm = { x: target.positionMm.x + edit.dx, y: target.positionMm.y + edit.dy };
          edited = {
            ...doc,
            components: doc.components.map((c) => (c === target ? { ...c, positionMm } : c)),
          };
        }
        // A structured clone, as the worker receives it: equal values, no shared objects.
        const received = structuredClone(edited);
        expect(analyzeElectrical(received, library, { previous: first })).toEqual(
          analyzeElectrical(edited, library),
        );
      }),
      { numRuns: 200 },
    );
  });
});
