import { describe, expect, test } from 'vitest';
import { buildLayout } from '../../../renderer/src/engine/geometry/layout';
import { laneLengths, netTurns } from '../../../renderer/src/engine/routing/laneBundle';
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
    // Ports at x 25 and 75 on y 50; the block spans x 45..55, y 30..80, so the square detour
    // runs (25,50)→(25,30)→(75,30)→(75,50), 90 mm. The board allows 45°: each corner is cut by
    // 20 mm (the whole end segment; the diagonals just touch the block's corners), leaving
    // (25,50)→(45,30)→(55,30)→(75,50): 2 × 20·√2 + 10 mm.
    expect(r.ok && r.lengthMm).toBeCloseTo(40 * Math.SQRT2 + 10, 12);
    expect(r.ok && r.segments[0]!.points.map((p) => [p.x, p.y])).toEqual([
      [25, 50],
      [45, 30],
      [55, 30],
      [75, 50],
    ]);
    expect(r.ok && r.segments.map((s) => s.medium)).toEqual(['pcb']);
    expect(r.ok && r.crossings).toEqual(['bga-ball', 'bga-ball']);
    // Two left turns of 45°: lanes on the inside lose 2·d·tan(22.5°) at each, so the skew is
    // 2 × (8 − 1) × pitch 1 mm × 2·tan(22.5°) = 28·(√2 − 1).
    expect(r.ok && r.skewMm).toBeCloseTo(28 * (Math.SQRT2 - 1), 12);
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

  test('an L-shaped bundle, mitred at 45°: length 35·√2 + 10 and skew 2 × (N − 1) × pitch × tan 22.5°', () => {
    const north = part('n', 'xpu', { x: 10, y: 10, z: 1 }, [port('p', 'north'), port('e', 'east')]);
    const doc = design({
      carriers: [carrier('pcb', 'pcb', { x: 0, y: 0, w: 100, d: 100 })],
      components: [component('a', 'n', 20, 20, 'pcb'), component('b', 'n', 60, 60, 'pcb')],
      links: [link('l', ['a', 'e'], ['b', 'p'], { lanes: 4 })],
    });
    const r = new LinkRouter(doc, buildLayout(doc, libraryOf(north)), () => 0.5).route(
      doc.links[0]!,
    );
    // Square route (25,20)→(60,20)→(60,65); its corner is cut by the whole 35 mm first segment.
    expect(r.ok && r.lengthMm).toBeCloseTo(35 * Math.SQRT2 + 10, 12);
    const t = Math.SQRT2 - 1;
    expect(r.ok && r.skewMm).toBeCloseTo(2 * 3 * 0.5 * t, 12);
    const centre = 35 * Math.SQRT2 + 10;
    const lanes = r.ok ? r.laneLengthsMm : [];
    [1.5, 0.5, -0.5, -1.5].forEach((k, i) =>
      expect(lanes[i]).toBeCloseTo(centre + 2 * k * 0.5 * t, 12),
    );
  });
});

describe('lane bundle at square corners', () => {
  test('an L with one 90° left turn: skew 2 × (N − 1) × pitch, inner lanes shorter', () => {
    const turns = netTurns([
      { x: 0, y: 0 },
      { x: 35, y: 0 },
      { x: 35, y: 45 },
    ]);
    expect(turns).toBeCloseTo(1, 12);
    const { lanesMm, skewMm } = laneLengths(4, [{ lengthMm: 80, pitchMm: 0.5, netTurns: turns }]);
    expect(skewMm).toBeCloseTo(2 * 3 * 0.5, 12);
    lanesMm.forEach((l, i) => expect(l).toBeCloseTo([81.5, 80.5, 79.5, 78.5][i]!, 12));
  });
});
