import { describe, expect, test } from 'vitest';
import { buildLayout } from '../../../renderer/src/engine/geometry/layout';
import { LinkRouter } from '../../../renderer/src/engine/routing/linkRouter';
import { ObstacleIndex } from '../../../renderer/src/engine/routing/obstacleIndex';
import { routeLeg } from '../../../renderer/src/engine/routing/routeLeg';
import { carrier, component, design, libraryOf, link, part, port } from './designKit';

const board = { minX: 0, minY: 0, maxX: 100, maxY: 100 };
const pitch = () => 1;

describe('routeLeg', () => {
  test('a straight run with nothing in the way is the Manhattan distance', () => {
    const index = new ObstacleIndex([], board);
    const r = routeLeg({
      start: { x: 10, y: 50 },
      goal: { x: 90, y: 70 },
      index,
      excludedOwners: [],
      carrierRect: board,
    });
    expect(r?.lengthMm).toBe(100);
    expect(r?.points).toEqual([
      { x: 10, y: 50 },
      { x: 90, y: 50 },
      { x: 90, y: 70 },
    ]);
  });

  test('a route around one obstacle goes round its nearer end: 80 + 2 × 20 = 120 mm', () => {
    // Obstacle spans y 30..80 across the straight line y = 50: the detour via y = 30 costs 2 × 20.
    const index = new ObstacleIndex(
      [{ ownerId: 'o', rect: { minX: 40, minY: 30, maxX: 60, maxY: 80 } }],
      board,
    );
    const r = routeLeg({
      start: { x: 10, y: 50 },
      goal: { x: 90, y: 50 },
      index,
      excludedOwners: [],
      carrierRect: board,
    });
    expect(r?.lengthMm).toBe(120);
    expect(r?.points).toEqual([
      { x: 10, y: 50 },
      { x: 10, y: 30 },
      { x: 90, y: 30 },
      { x: 90, y: 50 },
    ]);
  });

  test('an excluded owner is not an obstacle', () => {
    const index = new ObstacleIndex(
      [{ ownerId: 'self', rect: { minX: 40, minY: 30, maxX: 60, maxY: 80 } }],
      board,
    );
    const r = routeLeg({
      start: { x: 10, y: 50 },
      goal: { x: 90, y: 50 },
      index,
      excludedOwners: ['self'],
      carrierRect: board,
    });
    expect(r?.lengthMm).toBe(80);
  });

  test('a goal walled in has no route', () => {
    const walls = [
      { minX: 60, minY: 40, maxX: 80, maxY: 42 },
      { minX: 60, minY: 58, maxX: 80, maxY: 60 },
      { minX: 60, minY: 42, maxX: 62, maxY: 58 },
      { minX: 78, minY: 42, maxX: 80, maxY: 58 },
    ].map((rect, i) => ({ ownerId: `w${i}`, rect }));
    const index = new ObstacleIndex(walls, board);
    const r = routeLeg({
      start: { x: 10, y: 50 },
      goal: { x: 70, y: 50 },
      index,
      excludedOwners: [],
      carrierRect: board,
    });
    expect(r).toBeUndefined();
  });

  test('a detour longer than the first search region still finds the shortest path', () => {
    // A long wall forces a detour far outside the initial region (half the distance).
    const index = new ObstacleIndex(
      [{ ownerId: 'wall', rect: { minX: 49, minY: 5, maxX: 51, maxY: 120 } }],
      board,
    );
    const r = routeLeg({
      start: { x: 45, y: 90 },
      goal: { x: 55, y: 90 },
      index,
      excludedOwners: [],
      carrierRect: board,
    });
    expect(r?.lengthMm).toBe(10 + 2 * 85);
  });
});

describe('LinkRouter', () => {
  const chip = part('chip', 'xpu', { x: 10, y: 10, z: 1 }, [port('e', 'east'), port('w', 'west')]);
  const block = part('block', 'hbm', { x: 10, y: 50, z: 1 }, []);

  test('a board link detours around a component between its ends', () => {
    const doc = design({
      carriers: [carrier('pcb', 'pcb', { x: 0, y: 0, w: 100, d: 100 })],
      components: [
        component('a', 'chip', 20, 50, 'pcb'),
        component('b', 'chip', 80, 50, 'pcb'),
        component('c', 'block', 50, 55, 'pcb'),
      ],
      links: [link('l', ['a', 'e'], ['b', 'w'])],
    });
    const layout = buildLayout(doc, libraryOf(chip, block));
    const r = new LinkRouter(doc, layout, pitch).route(doc.links[0]!);
    // Ports at x 25 and 75 on y 50; the block spans y 30..80, so the detour is 50 + 2 × 20.
    expect(r.ok && r.lengthMm).toBe(90);
    expect(r.ok && r.segments.map((s) => s.medium)).toEqual(['pcb']);
    expect(r.ok && r.crossings).toEqual(['bga-ball', 'bga-ball']);
    // The detour turns left twice (a U): lanes on the inside lose 2·d per corner, so the
    // skew is 2 × (8 − 1) × pitch 1 mm × 2 turns.
    expect(r.ok && r.skewMm).toBe(28);
  });

  test('a die on a package escapes through the substrate, package via and BGA to the board', () => {
    const doc = design({
      carriers: [
        carrier('pcb', 'pcb', { x: 0, y: 0, w: 200, d: 100 }),
        carrier('sub', 'substrate', { x: 10, y: 30, w: 40, d: 40 }, 'pcb'),
      ],
      components: [component('a', 'chip', 30, 50, 'sub'), component('b', 'chip', 150, 50, 'pcb')],
      links: [link('l', ['a', 'e'], ['b', 'w'])],
    });
    const r = new LinkRouter(doc, buildLayout(doc, libraryOf(chip)), pitch).route(doc.links[0]!);
    // Port at (35, 50); the substrate's edge at x 50 is 15 mm away; the board run is 50 → 145.
    expect(r.ok && r.segments.map((s) => [s.medium, s.lengthMm])).toEqual([
      ['substrate', 15],
      ['pcb', 95],
    ]);
    expect(r.ok && r.crossings).toEqual(['c4-bump', 'package-via', 'bga-ball', 'bga-ball']);
  });

  test('an optical engine stacked on its die connects through the vertical interconnect only', () => {
    const oe = part('oe', 'optical-engine', { x: 4, y: 4, z: 0.5 }, [port('host', 'bottom')]);
    const die = part('die', 'xpu', { x: 20, y: 20, z: 0.8 }, [
      port('top0', 'top', { offsetMm: 3 }),
    ]);
    const doc = design({
      carriers: [carrier('int', 'interposer-3d', { x: 0, y: 0, w: 50, d: 50 })],
      components: [
        component('d', 'die', 25, 25, 'int'),
        component('o', 'oe', 28, 25, 'int', {
          mount: { carrierId: 'int', side: 'top', onComponentId: 'd' },
        }),
      ],
      links: [link('l', ['d', 'top0'], ['o', 'host'])],
    });
    const r = new LinkRouter(doc, buildLayout(doc, libraryOf(oe, die)), pitch).route(doc.links[0]!);
    // Die top at 1 + 0.8 = 1.8 mm, the OE's bottom port on it: zero height, zero lateral offset.
    expect(r.ok && r.segments).toEqual([
      { medium: 'vertical', lengthMm: 0, points: expect.any(Array) },
    ]);
    expect(r.ok && r.crossings).toEqual(['hybrid-bond']);
  });

  test('a port that does not exist is reported, not routed', () => {
    const doc = design({
      carriers: [carrier('pcb', 'pcb', { x: 0, y: 0, w: 100, d: 100 })],
      components: [component('a', 'chip', 20, 50, 'pcb')],
      links: [link('l', ['a', 'e'], ['a', 'nope'])],
    });
    const r = new LinkRouter(doc, buildLayout(doc, libraryOf(chip)), pitch).route(doc.links[0]!);
    expect(r).toMatchObject({ ok: false, kind: 'bad-port' });
  });

  test('lane skew of an L-shaped bundle is 2 × (N − 1) × pitch', () => {
    const north = part('n', 'xpu', { x: 10, y: 10, z: 1 }, [port('p', 'north'), port('e', 'east')]);
    const doc = design({
      carriers: [carrier('pcb', 'pcb', { x: 0, y: 0, w: 100, d: 100 })],
      components: [component('a', 'n', 20, 20, 'pcb'), component('b', 'n', 60, 60, 'pcb')],
      links: [link('l', ['a', 'e'], ['b', 'p'], { lanes: 4 })],
    });
    const r = new LinkRouter(doc, buildLayout(doc, libraryOf(north)), () => 0.5).route(
      doc.links[0]!,
    );
    expect(r.ok && r.lengthMm).toBe(35 + 45);
    expect(r.ok && r.skewMm).toBe(2 * 3 * 0.5);
    expect(r.ok && r.laneLengthsMm).toEqual([81.5, 80.5, 79.5, 78.5]);
  });
});
