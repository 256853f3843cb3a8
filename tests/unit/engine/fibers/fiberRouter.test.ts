/**
 * The automatic fiber router (engine/routing/fiber*.ts) against known answers: a straight run,
 * a rise over a lid, a detour round a keep-out and round a cold-plated part, the radius at
 * every corner, the light-turn radius at a port, determinism and the per-revision cache.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../../../renderer/src/engine/geometry/layout';
import { segmentEntersRect } from '../../../../renderer/src/engine/routing/chamfer';
import { fiberEnvironment } from '../../../../renderer/src/engine/routing/fiberEnvironment';
import {
  buildFiberRoute,
  fiberRoute,
  fiberRoutes,
} from '../../../../renderer/src/engine/routing/fiberRoute';
import { FIBER_CLEARANCE_MM } from '../../../../renderer/src/engine/routing/fiberRoutingData';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import type { Part } from '../../../../renderer/src/model/partSchema';
import type { Design, Fiber, KeepOut } from '../../../../renderer/src/model/schema';
import { carrier, design, part } from '../service/designBuilders';

const library = defaultPartLibrary();
const board = carrier('board', 'pcb', { x: 0, y: 0, w: 300, d: 200 });
/** oe-800g at (50, 100): 10 × 14 × 1.5 mm, fiber port on its east edge at (55, 100, 2.35). */
const PORT = { x: 55, y: 100, z: 1.6 + 0.75 };
const R = 7.5;

function fiber(extra: Partial<Fiber> = {}): Fiber {
  return {
    id: 'f',
    from: { componentId: 'a', port: 'fiber' },
    fiberType: 'G.657.A2',
    count: 8,
    waypointsMm: [],
    endMm: { x: 250, y: 100, z: PORT.z },
    externalLengthM: 0,
    ...extra,
  };
}

const LID: Part = {
  ...library.get('oe-800g')!,
  id: 'test-lid',
  name: 'Test lid',
  category: 'lid',
  sizeMm: { x: 40, y: 40, z: 3 },
  ports: [],
};

function doc(more: Partial<Design> = {}, extraParts: Design['components'] = []): Design {
  return design('cpo-a', [board], [part('a', 'oe-800g', 50, 100, 'board'), ...extraParts], [], {
    fibers: [fiber()],
    parts: [LID],
    ...more,
  });
}

function route(d: Design) {
  const layout = buildLayout(d, library);
  return buildFiberRoute(d.fibers[0]!, layout, fiberEnvironment(d, layout));
}

const keepOut = (rect: KeepOut['rectMm']): KeepOut => ({
  id: 'k',
  name: 'wall',
  carrierId: 'board',
  kind: 'routing',
  rectMm: rect,
});

/** Length a corner of turn θ saves by its arc of radius r: 2·r·tan(θ/2) − r·θ. */
const arcSaving = (r: number, theta: number) => 2 * r * Math.tan(theta / 2) - r * theta;

describe('fiber router', () => {
  it('runs straight from the port to a free end: 195 mm, no corners', () => {
    const r = route(doc());
    expect(r.pathMm[0]).toEqual(PORT);
    expect(r.pathMm.at(-1)).toEqual({ x: 250, y: 100, z: PORT.z });
    expect(r.corners).toEqual([]);
    expect(r.lengthMm).toBeCloseTo(195, 9);
    expect(r.isBlocked).toBe(false);
  });

  it('rises over a lid to its top plus the clearance, with ramps of 2.5 r and arcs at three corners', () => {
    const r = route(doc({}, [part('lid', 'test-lid', 150, 100, 'board')]));
    const top = 1.6 + 3 + FIBER_CLEARANCE_MM;
    expect(Math.max(...r.pathMm.map((p) => p.z))).toBeCloseTo(top, 9);
    // Over the lid (x 130…170) the fiber is at the routing height, and it never leaves y = 100.
    for (const p of r.pathMm) {
      expect(p.y).toBeCloseTo(100, 9);
      if (p.x >= 128 && p.x <= 172) expect(p.z).toBeCloseTo(top, 9);
    }
    const rise = top - PORT.z;
    const run = 2.5 * R; // max(10, 2.5·7.5, √(2·7.5·4.25))
    const theta = Math.atan(rise / run);
    const straight = 195 - 2 * run + 2 * Math.hypot(run, rise);
    // Corners at the foot of the rise (the port's exit), its top and the top of the fall.
    expect(r.corners).toHaveLength(3);
    expect(r.lengthMm).toBeCloseTo(straight - 3 * arcSaving(R, theta), 9);
  });

  it('goes round a routing keep-out in plan, never entering it, at the port height', () => {
    const wall = { x: 140, y: 60, width: 20, depth: 80 };
    const r = route(doc({ keepOuts: [keepOut(wall)] }));
    const rect = { minX: 140, minY: 60, maxX: 160, maxY: 140 };
    for (let k = 1; k < r.pathMm.length; k++)
      expect(segmentEntersRect(r.pathMm[k - 1]!, r.pathMm[k]!, rect)).toBe(false);
    for (const p of r.pathMm) expect(p.z).toBeCloseTo(PORT.z, 9);
    // Round a corner of the wall grown by the clearance: longer than straight, shorter than square.
    expect(r.lengthMm).toBeGreaterThan(195 + 1);
    expect(r.lengthMm).toBeLessThan(195 + 2 * (40 + FIBER_CLEARANCE_MM));
    expect(r.corners.every((c) => !c.isTight && c.bentRadiusMm >= R - 1e-9)).toBe(true);
  });

  it('goes round a cold-plated part instead of over it', () => {
    const d = doc(
      {
        cooling: {
          ambientC: 35,
          exposed: { topHtcWm2K: 10, bottomHtcWm2K: 10, sidesHtcWm2K: 10 },
          boundaries: [
            {
              id: 'cp',
              name: 'plate',
              kind: 'cold-plate',
              target: { kind: 'components', componentIds: ['lid'] },
              rating: { kind: 'resistance', kPerW: 0.05 },
              coolantC: 30,
            },
          ],
        },
      },
      [part('lid', 'test-lid', 150, 100, 'board')],
    );
    const r = route(d);
    const rect = { minX: 130, minY: 80, maxX: 170, maxY: 120 };
    for (let k = 1; k < r.pathMm.length; k++)
      expect(segmentEntersRect(r.pathMm[k - 1]!, r.pathMm[k]!, rect)).toBe(false);
    for (const p of r.pathMm) expect(p.z).toBeCloseTo(PORT.z, 9);
  });

  it('bends every corner of every shipped example at no less than its radius, as shipped and with waypoints dropped', () => {
    // Before the router tried other side steps and ramps, spaced arcs by need and pulled
    // plan paths through wall corners, switch-npo-224g had 13 of 64 fibers bent tighter
    // than 7.5 mm (one corner at 3.75 mm), switch-cpo-a-224g 2 (0.88 mm) and switch-npo 1.
    const names = readdirSync('assets/examples').filter((f) => f.endsWith('.lightpath.json'));
    let withFibers = 0;
    for (const name of names) {
      const raw = JSON.parse(readFileSync(`assets/examples/${name}`, 'utf8')) as Design;
      if (raw.fibers.length === 0) continue;
      withFibers++;
      const bare = { ...raw, fibers: raw.fibers.map((f) => ({ ...f, waypointsMm: [] })) };
      for (const d of [raw, bare]) {
        const routes = fiberRoutes(d, buildLayout(d, library));
        const corners = routes.flatMap((r) => r.corners);
        expect(corners.length, name).toBeGreaterThan(50);
        for (const c of corners) {
          expect(c.isTight, `${name} corner at ${JSON.stringify(c.at)}`).toBe(false);
          expect(c.bentRadiusMm).toBeGreaterThanOrEqual(c.radiusMm - 1e-9);
        }
        expect(
          routes.filter((r) => r.isBlocked).map((r) => r.fiberId),
          name,
        ).toEqual([]);
        for (const r of routes) expect(r.bendRadiusMm, r.fiberId).toBeGreaterThanOrEqual(R);
      }
    }
    expect(withFibers).toBeGreaterThanOrEqual(8);
  });

  it("bends the corner at a top port at the part's light-turn radius", () => {
    const turning: Part = {
      ...library.get('oe-800g')!,
      id: 'oe-turn',
      lightTurnRadiusMm: 2,
      ports: library
        .get('oe-800g')!
        .ports.map((p) => (p.kind === 'optical' ? { ...p, edge: 'top' as const } : p)),
    };
    const d = design('cpo-a', [board], [part('a', 'oe-turn', 50, 100, 'board')], [], {
      parts: [turning],
      fibers: [fiber({ endMm: { x: 250, y: 100, z: 5 } })],
    });
    const r = route(d);
    expect(r.pathMm[0]).toEqual({ x: 50, y: 100, z: 3.1 });
    expect(r.pathMm[1]).toEqual({ x: 50, y: 100, z: 3.1 + 2.5 });
    expect(r.cornerRadiiMm[1]).toBe(2);
    expect(r.corners[0]?.radiusMm).toBe(2);
  });

  it('is deterministic: the same route whatever the document order or copy', () => {
    const d = doc({ keepOuts: [keepOut({ x: 140, y: 60, width: 20, depth: 80 })] }, [
      part('lid', 'test-lid', 100, 100, 'board'),
      part('b', 'oe-800g', 200, 110, 'board'),
    ]);
    const once = route(d);
    expect(route(JSON.parse(JSON.stringify(d)) as Design)).toEqual(once);
    expect(route({ ...d, components: [...d.components].reverse() })).toEqual(once);
  });

  it('keeps a route across revisions until an obstacle near it changes', () => {
    const d = doc({}, [part('far', 'oe-800g', 150, 20, 'board')]);
    const first = fiberRoute(d, d.fibers[0]!, buildLayout(d, library));
    const moved = {
      ...d,
      components: d.components.map((c) =>
        c.id === 'far' ? { ...c, positionMm: { x: 160, y: 20 } } : c,
      ),
    };
    expect(fiberRoute(moved, d.fibers[0]!, buildLayout(moved, library))).toBe(first);
    const walled = { ...d, keepOuts: [keepOut({ x: 140, y: 60, width: 20, depth: 80 })] };
    const rerouted = fiberRoute(walled, d.fibers[0]!, buildLayout(walled, library));
    expect(rerouted).not.toBe(first);
    expect(rerouted).toEqual(route(walled));
  });
});
