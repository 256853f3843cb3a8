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

describe('fiber fillets share a run between two corners by what each needs', () => {
  // A 90° corner (needs r = 10) and a 20° corner (needs 10·tan 10° = 1.76) 12 mm apart:
  // halving the run gave the right angle 6 mm and bent it at 6 mm; the arcs fit when
  // their tangent lengths add up to at most the run.
  const path = [
    { x: 0, y: 0, z: 0 },
    { x: 40, y: 0, z: 0 },
    { x: 40, y: 12, z: 0 },
    {
      x: 40 + 30 * Math.sin((20 * Math.PI) / 180),
      y: 12 + 30 * Math.cos((20 * Math.PI) / 180),
      z: 0,
    },
  ];

  it('fits both arcs when t₁ + t₂ ≤ the run', () => {
    const corners = filletCorners(path, () => 10);
    expect(corners).toHaveLength(2);
    expect(corners.every((c) => !c.isTight)).toBe(true);
    expect(corners.map((c) => c.bentRadiusMm)).toEqual([10, 10]);
    // 11.5 mm apart, 11.76 mm of arcs overlap: both tight.
    const shorter = path.map((p, i) => (i >= 2 ? { ...p, y: p.y - 0.5 } : p));
    expect(filletCorners(shorter, () => 10).map((c) => c.isTight)).toEqual([true, true]);
  });

  it('marks both tight, in proportion, when the run is too short', () => {
    const short = [path[0]!, path[1]!, { x: 40, y: 6, z: 0 }, { x: 50, y: 16, z: 0 }];
    const corners = filletCorners(short, () => 10);
    const [t1, t2] = [10, 10 * Math.tan(Math.PI / 8)];
    expect(corners[0]!.isTight).toBe(true);
    expect(corners[0]!.availableMm).toBeCloseTo((6 * t1) / (t1 + t2), 9);
    expect(corners[1]!.availableMm).toBeCloseTo((6 * t2) / (t1 + t2), 9);
  });
});
