/**
 * Power maps placed on their component (engine/thermal/powerBlocks.ts): blocks are clipped to
 * the part's outline and a block wholly outside is dropped, the others carrying the power.
 * Found by the loader fuzz: a block at x = 38 300 mm (the loader warns and keeps it) stretched
 * the thermal mesh to 38 m and the solve returned no temperature at all.
 */
import { describe, expect, test } from 'vitest';
import { powerBlocksMm } from '../../../../renderer/src/engine/thermal/powerBlocks';
import { component, part } from '../designKit';

const die = (blocks: { x: number; width: number; powerW: number }[]) =>
  part('die', 'die', { x: 10, y: 10, z: 0.5 }, [], {
    powerMap: {
      kind: 'blocks',
      blocks: blocks.map((b, i) => ({
        name: `b${i}`,
        rectMm: { x: b.x, y: 0, width: b.width, depth: 10 },
        powerW: b.powerW,
      })),
    },
  });
const at = component('d', 'die', 100, 50, 'board');

describe('powerBlocksMm', () => {
  test('blocks inside the outline are placed about the component centre, scaled to its power', () => {
    const blocks = powerBlocksMm(
      at,
      die([
        { x: 0, width: 5, powerW: 15 },
        { x: 5, width: 5, powerW: 5 },
      ]),
      40,
    )!;
    expect(blocks.map((b) => [b.minX, b.maxX, b.powerW])).toEqual([
      [95, 100, 30],
      [100, 105, 10],
    ]);
  });

  test('a block reaching outside is clipped; one wholly outside is dropped', () => {
    const blocks = powerBlocksMm(
      at,
      die([
        { x: 38300, width: 5, powerW: 15 },
        { x: 5, width: 20, powerW: 5 },
      ]),
      20,
    )!;
    expect(blocks).toHaveLength(1);
    expect([blocks[0]!.minX, blocks[0]!.maxX, blocks[0]!.powerW]).toEqual([100, 105, 20]);
  });

  test('no block inside: no map (the power spreads over the heat-source layer)', () => {
    expect(powerBlocksMm(at, die([{ x: 38300, width: 5, powerW: 15 }]), 20)).toBeUndefined();
  });
});
