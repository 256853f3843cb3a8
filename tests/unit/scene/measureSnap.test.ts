import { describe, expect, it } from 'vitest';
import {
  boxKeyPoints,
  measureDelta,
  snapMeasurePoint,
  SNAP_RADIUS_PX,
  type Mm3,
} from '../../../renderer/src/scene/measure/measureSnap';

/** Top view, 4 px per mm, model +y up the screen. */
const project = (p: Mm3) => ({ x: p.x * 4, y: -p.y * 4 });
const box = { x: 10, y: 20, z: 1, sizeX: 10, sizeY: 6, sizeZ: 2, rotationDeg: 0 };

describe('measure snapping', () => {
  it('gives the top-face centre and the 8 corners, rotated about z', () => {
    const { centre, corners } = boxKeyPoints(box);
    expect(centre).toEqual({ x: 10, y: 20, z: 3 });
    expect(corners).toHaveLength(8);
    expect(corners[2]).toEqual({ x: 15, y: 23, z: 1 });
    const turned = boxKeyPoints({ ...box, rotationDeg: 90 }).corners[2]!;
    expect(turned.x).toBeCloseTo(7);
    expect(turned.y).toBeCloseTo(25);
  });

  it('snaps to the centre or a corner within the radius', () => {
    const surface = { x: 10.5, y: 20.5, z: 3 };
    const near = { x: 10.5 * 4, y: -20.5 * 4 };
    expect(snapMeasurePoint(surface, box, project, near)).toEqual({
      x: 10,
      y: 20,
      z: 3,
      snap: 'centre',
    });
    const cornerCursor = { x: 14.6 * 4, y: -22.7 * 4 };
    expect(snapMeasurePoint(surface, box, project, cornerCursor).snap).toBe('corner');
  });

  it('snaps to the nearest edge, else keeps the surface point', () => {
    const big = { x: 0, y: 0, z: 1, sizeX: 40, sizeY: 30, sizeZ: 2, rotationDeg: 0 };
    // 1 mm (4 px) below the top edge y = 15, far from every corner and the centre.
    const onEdge = snapMeasurePoint(
      { x: 8, y: 14, z: 3 },
      big,
      project,
      project({ x: 8, y: 14, z: 3 }),
    );
    expect(onEdge.snap).toBe('edge');
    expect(onEdge.x).toBeCloseTo(8);
    expect(onEdge.y).toBeCloseTo(15);
    // 10 mm (40 px) from the nearest edge: beyond SNAP_RADIUS_PX, stays where it was picked.
    expect(10 * 4).toBeGreaterThan(SNAP_RADIUS_PX);
    const inside = { x: 8, y: 5, z: 3 };
    expect(snapMeasurePoint(inside, big, project, project(inside))).toEqual({
      ...inside,
      snap: 'surface',
    });
    expect(snapMeasurePoint(inside, undefined, project, project(inside)).snap).toBe('surface');
  });

  it('measures dx, dy, dz and the straight distance', () => {
    expect(measureDelta({ x: 170, y: 100, z: 3 }, { x: 120, y: 40, z: 3 })).toEqual({
      dxMm: -50,
      dyMm: -60,
      dzMm: 0,
      distanceMm: Math.hypot(50, 60),
    });
    expect(measureDelta({ x: 0, y: 0, z: 0 }, { x: 2, y: 3, z: 6 }).distanceMm).toBe(7);
  });
});
