import { describe, expect, it } from 'vitest';
import { filletCorners } from '../../../../renderer/src/engine/routing/fiberFillet';
import { bendPath } from '../../../../renderer/src/scene/fiberGeometry';

describe('fiber fillets', () => {
  it('skips a straight-on point and leaves no NaN in the bent path', () => {
    // Path of the shipped NPO (224G) laser fiber fib-els-05-oe-eth5: point 1 lies on the
    // first leg; acos of its rounded dot product gave a 1e-8 rad "turn" with no normal.
    const path = [
      { x: 307.5, y: 107.8, z: 9.7 },
      { x: 307.5, y: 117.175, z: 9.7 },
      { x: 307.5, y: 316.375, z: 9.7 },
      { x: 277.5, y: 316.375, z: 9.7 },
      { x: 258.75, y: 316.375, z: 3.95 },
    ];
    const corners = filletCorners(path, () => 7.5);
    expect(corners.map((c) => c.index)).toEqual([2, 3]);
    const { points } = bendPath(path, 7.5);
    expect(points.every((p) => Number.isFinite(p.x + p.y + p.z))).toBe(true);
  });

  it('bends a right angle at the asked radius: arc starts r before the corner', () => {
    const path = [
      { x: 0, y: 0, z: 0 },
      { x: 50, y: 0, z: 0 },
      { x: 50, y: 50, z: 0 },
    ];
    const [corner] = filletCorners(path, () => 10);
    expect(corner!.turnRad).toBeCloseTo(Math.PI / 2, 12);
    expect(corner!.start.x).toBeCloseTo(40, 12);
    expect(corner!.centre).toEqual({ x: 40, y: 10, z: 0 });
    expect(corner!.isTight).toBe(false);
  });
});
