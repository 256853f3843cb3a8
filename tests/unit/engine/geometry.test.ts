/** Footprints, port positions and stack heights against hand-computed values. */
import { describe, expect, test } from 'vitest';
import { componentFootprint } from '../../../renderer/src/engine/geometry/footprint';
import { portPosition } from '../../../renderer/src/engine/geometry/ports';
import { computeStackHeights } from '../../../renderer/src/engine/geometry/stack';
import { carrier, component, design, libraryOf, part, port } from './designKit';

const chip = part('chip', 'xpu', { x: 20, y: 10, z: 2 }, [
  port('n', 'north', { offsetMm: 4 }),
  port('e', 'east', { offsetMm: -2 }),
  port('t', 'top'),
]);

describe('geometry', () => {
  test('a quarter turn swaps width and depth exactly', () => {
    const c = component('a', 'chip', 100, 50, 'pcb', { rotationDeg: 90 });
    expect(componentFootprint(c, chip)).toEqual({ minX: 95, minY: 40, maxX: 105, maxY: 60 });
    const back = component('a', 'chip', 100, 50, 'pcb', { rotationDeg: -180 });
    expect(componentFootprint(back, chip)).toEqual({ minX: 90, minY: 45, maxX: 110, maxY: 55 });
  });

  test('other angles give the bounding box of the turned outline', () => {
    const c = component('a', 'chip', 0, 0, 'pcb', { rotationDeg: 45 });
    const half = (20 + 10) / 2 / Math.SQRT2;
    const r = componentFootprint(c, chip);
    expect(r.maxX).toBeCloseTo(half, 12);
    expect(r.minY).toBeCloseTo(-half, 12);
  });

  test('ports turn with their component', () => {
    const z = { bottomMm: 1, topMm: 3 };
    const flat = component('a', 'chip', 100, 50, 'pcb');
    // North edge at y + 5, offset +4 along x.
    expect(portPosition(flat, chip, chip.ports[0]!, z)).toEqual({ x: 104, y: 55, z: 2 });
    // Turned 90° counter-clockwise: local (4, 5) → (−5, 4).
    const turned = component('a', 'chip', 100, 50, 'pcb', { rotationDeg: 90 });
    expect(portPosition(turned, chip, chip.ports[0]!, z)).toEqual({ x: 95, y: 54, z: 2 });
    // East edge at x + 10, offset −2 along y; a top port sits on the top face.
    expect(portPosition(flat, chip, chip.ports[1]!, z)).toEqual({ x: 110, y: 48, z: 2 });
    expect(portPosition(flat, chip, chip.ports[2]!, z)).toEqual({ x: 100, y: 50, z: 3 });
  });

  test('carriers stack on standoffs, components on carriers and on each other', () => {
    const board = carrier('pcb', 'pcb', { x: 0, y: 0, w: 100, d: 100 });
    const pkg = {
      ...carrier('sub', 'substrate', { x: 10, y: 10, w: 50, d: 50 }, 'pcb'),
      standoffMm: 0.5,
    };
    const doc = design({
      carriers: [board, pkg],
      components: [
        component('a', 'chip', 30, 30, 'sub'),
        component('b', 'chip', 30, 30, 'sub', {
          mount: { carrierId: 'sub', side: 'top', onComponentId: 'a' },
        }),
        component('c', 'chip', 80, 80, 'pcb', { mount: { carrierId: 'pcb', side: 'bottom' } }),
      ],
      links: [],
    });
    const h = computeStackHeights(doc, libraryOf(chip));
    // Board 0..1; substrate 1 + 0.5 .. 2.5; a on it 2.5..4.5; b on a 4.5..6.5; c under the board.
    expect(h.carriers.get('sub')).toEqual({ bottomMm: 1.5, topMm: 2.5 });
    expect(h.components.get('a')).toEqual({ bottomMm: 2.5, topMm: 4.5 });
    expect(h.components.get('b')).toEqual({ bottomMm: 4.5, topMm: 6.5 });
    expect(h.components.get('c')).toEqual({ bottomMm: -2, topMm: 0 });
  });
});
