import { describe, expect, it } from 'vitest';
import { pullTight, withWallCorners } from '../../../../renderer/src/engine/routing/fiberPlanPath';

describe('pulling a grid path tight', () => {
  // A wall x 10…20, y 0…50. The grid path hugs its west edge from (10, 60) down to y = -10,
  // then jogs east to (14, -10). The taut path leaves the wall at its corner (10, 0) on a
  // diagonal; the greedy pull jumped straight to (10, -10) and kept a 4 mm jog no fiber of
  // 7.5 mm radius can bend (shipped NPO 224G example, fib-oe-eth0).
  const wall = { minX: 10, minY: 0, maxX: 20, maxY: 50 };
  const grid = [
    { x: 10, y: 60 },
    { x: 10, y: -10 },
    { x: 14, y: -10 },
  ];

  it('adds the wall corners the path runs through', () => {
    expect(withWallCorners(grid, [wall])).toEqual([
      { x: 10, y: 60 },
      { x: 10, y: 50 },
      { x: 10, y: 0 },
      { x: 10, y: -10 },
      { x: 14, y: -10 },
    ]);
  });

  it('takes the shortest subsequence that stays out of the walls', () => {
    const taut = pullTight(withWallCorners(grid, [wall]), [wall]);
    expect(taut).toEqual([
      { x: 10, y: 60 },
      { x: 10, y: 0 },
      { x: 14, y: -10 },
    ]);
    // Without the corner the shortest is the path itself.
    expect(pullTight(grid, [wall])).toEqual(grid);
  });
});
