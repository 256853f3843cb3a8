import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { newDocument } from '../../../renderer/src/model/newDocument';
import type { Part } from '../../../renderer/src/model/partSchema';
import type { Carrier, Component, Design } from '../../../renderer/src/model/schema';
import { chooseZScale, fromScene, toScene } from '../../../renderer/src/scene/coords';
import { fitDistance } from '../../../renderer/src/scene/fitCamera';
import {
  carrierTopsMm,
  componentBoxes,
  layerSlabs,
  UNKNOWN_PART_SIZE_MM,
} from '../../../renderer/src/scene/layout';

const layer = (thicknessMm: number) => ({
  name: 'l',
  material: 'abf',
  thicknessMm,
  kInPlaneWmK: 1,
  kThroughPlaneWmK: 1,
});

function stackedDesign(): Design {
  const doc = newDocument();
  const board: Carrier = { ...doc.carriers[0]!, layers: [layer(1), layer(0.6)] };
  const substrate: Carrier = {
    id: 'pkg',
    name: 'substrate',
    kind: 'substrate',
    onCarrierId: 'board',
    originMm: { x: 50, y: 40 },
    widthMm: 60,
    depthMm: 50,
    standoffMm: 0.4,
    layers: [layer(1.2)],
  };
  const comp = (id: string, partId: string, mount: Component['mount']): Component => ({
    id,
    partId,
    name: id,
    positionMm: { x: 80, y: 65 },
    rotationDeg: 30,
    mount,
  });
  return {
    ...doc,
    carriers: [substrate, board],
    components: [
      comp('die', 'die-part', { carrierId: 'pkg', side: 'top' }),
      comp('oe', 'die-part', { carrierId: 'pkg', side: 'top', onComponentId: 'die' }),
      comp('under', 'mystery', { carrierId: 'board', side: 'bottom' }),
    ],
  };
}

const library = new Map<string, Part>([
  ['die-part', { id: 'die-part', category: 'xpu', sizeMm: { x: 20, y: 10, z: 0.8 } } as Part],
]);

describe('scene layout', () => {
  it('stacks carriers on their parent with the standoff, whatever their order', () => {
    const tops = carrierTopsMm(stackedDesign().carriers);
    expect(tops.get('board')).toBeCloseTo(1.6, 12);
    expect(tops.get('pkg')).toBeCloseTo(1.6 + 0.4 + 1.2, 12);
  });

  it('draws one slab per layer, bottom to top, centred on the carrier', () => {
    const slabs = layerSlabs(stackedDesign()).filter((s) => s.carrierId === 'board');
    expect(slabs.map((s) => [s.z, s.sizeZ])).toEqual([
      [0, 1],
      [1, 0.6],
    ]);
    expect(slabs[0]).toMatchObject({ x: 125, y: 100, sizeX: 250, sizeY: 200 });
  });

  it('puts parts on their carrier, on another part, or under the board', () => {
    const boxes = new Map(componentBoxes(stackedDesign(), library).map((b) => [b.id, b]));
    expect(boxes.get('die')?.z).toBeCloseTo(3.2, 12);
    expect(boxes.get('oe')?.z).toBeCloseTo(3.2 + 0.8, 12);
    expect(boxes.get('die')).toMatchObject({
      category: 'xpu',
      sizeX: 20,
      sizeY: 10,
      rotationDeg: 30,
    });
    const under = boxes.get('under');
    expect(under).toMatchObject({ category: 'unknown', sizeZ: UNKNOWN_PART_SIZE_MM.z });
    expect(under?.z).toBeCloseTo(-UNKNOWN_PART_SIZE_MM.z, 12);
  });
});

describe('scene coordinates and camera', () => {
  it('maps model (x, y, z) to three.js (x, z·s, −y) and back', () => {
    expect(toScene(3, 4, 5, 2)).toEqual([3, 10, -4]);
    expect(fromScene({ x: 3, z: -4 })).toEqual({ x: 3, y: 4 });
  });

  it('exaggerates thin stacks but never makes the tallest part dominate', () => {
    expect(chooseZScale(1.6, 5, 250)).toBe(5);
    expect(chooseZScale(10, 13, 250)).toBe(1);
    expect(chooseZScale(0.2, 40, 250)).toBe(1);
  });

  it('frames a box so every corner is inside the view', () => {
    const min = new Vector3(-100, 0, -50);
    const max = new Vector3(100, 10, 50);
    const dir = new Vector3(0.7, 1, 1).normalize();
    const fov = 40;
    const aspect = 1.5;
    const d = fitDistance(min, max, dir, fov, aspect);
    const eye = dir.clone().multiplyScalar(d).add(min.clone().add(max).multiplyScalar(0.5));
    const forward = dir.clone().negate();
    const right = new Vector3().crossVectors(forward, new Vector3(0, 1, 0)).normalize();
    const up = new Vector3().crossVectors(right, forward);
    const tanV = Math.tan((fov * Math.PI) / 360);
    let worst = 0;
    for (let i = 0; i < 8; i++) {
      const c = new Vector3(
        i & 1 ? max.x : min.x,
        i & 2 ? max.y : min.y,
        i & 4 ? max.z : min.z,
      ).sub(eye);
      const depth = c.dot(forward);
      worst = Math.max(
        worst,
        Math.abs(c.dot(right)) / (depth * tanV * aspect),
        Math.abs(c.dot(up)) / (depth * tanV),
      );
    }
    expect(worst).toBeLessThanOrEqual(1);
    expect(worst).toBeGreaterThan(0.8);
  });
});
