/**
 * Fiber commands (model/commands/fibers.ts): add, change, remove, waypoint edits, and the
 * refusals — a non-optical or unknown port, a radius below the type's minimum, a forced
 * waypoint whose corner does not fit its legs — each naming field, value and range and
 * leaving the document as it was.
 */
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  addFiber,
  commandFromJson,
  CommandError,
  insertFiberWaypoint,
  moveFiberWaypoint,
  removeFiberWaypoint,
  removeFibers,
  runCommand,
  setFiberWaypoints,
  updateFiber,
  type Command,
} from '../../../renderer/src/model/commands';
import type { Design, Fiber } from '../../../renderer/src/model/schema';
import { carrier, design, part } from '../engine/service/designBuilders';

const board = carrier('board', 'pcb', { x: 0, y: 0, w: 200, d: 150 });

function doc(fibers: Fiber[] = []): Design {
  return design(
    'npo',
    [board],
    [part('a', 'oe-800g', 50, 50, 'board'), part('fau', 'fau-mpo', 150, 20, 'board')],
    [],
    { fibers },
  );
}

/** A fiber from a's east fiber port (55, 50, 2.35) to the front edge. */
function fiber(extra: Partial<Fiber> = {}): Fiber {
  return {
    id: 'fiber-1',
    from: { componentId: 'a', port: 'fiber' },
    endMm: { x: 100, y: 0, z: 2.35 },
    fiberType: 'G.657.A2',
    count: 8,
    waypointsMm: [],
    externalLengthM: 0,
    ...extra,
  };
}

function refused<P>(d: Design, command: Command<P>): string {
  const before = JSON.stringify(d);
  try {
    runCommand(d, command);
  } catch (error) {
    expect(error).toBeInstanceOf(CommandError);
    expect(JSON.stringify(d)).toBe(before);
    return (error as Error).message;
  }
  throw new Error(`${command.name} was not refused`);
}

describe('fiber commands', () => {
  it('adds a fiber to a front-panel point, and undo takes it away', () => {
    const before = doc();
    const { doc: after, inversePatches } = runCommand(before, addFiber({ fiber: fiber() }));
    expect(after.fibers).toEqual([fiber()]);
    expect(applyPatches(after, inversePatches)).toEqual(before);
  });

  it('adds a fiber between two optical ports, replayed from JSON', () => {
    const f = fiber({ endMm: undefined, to: { componentId: 'fau', port: 'fiber' } });
    delete (f as { endMm?: unknown }).endMm;
    const after = runCommand(
      doc(),
      commandFromJson({ name: 'addFiber', params: { fiber: f } }),
    ).doc;
    expect(after.fibers[0]?.to).toEqual({ componentId: 'fau', port: 'fiber' });
  });

  it('refuses a port that is not optical, naming the optical ones', () => {
    const f = fiber({ from: { componentId: 'a', port: 'host' } });
    expect(refused(doc(), addFiber({ fiber: f }))).toBe(
      'fiber "fiber-1" from.port "host" is not an optical port of a (oe-800g); its optical ports: fiber',
    );
  });

  it('refuses an unknown component and a fiber with neither a far port nor an end', () => {
    const f = fiber({ from: { componentId: 'nope', port: 'fiber' } });
    expect(refused(doc(), addFiber({ fiber: f }))).toMatch(
      /from.componentId "nope" is not a component/,
    );
    const open = fiber();
    delete (open as { endMm?: unknown }).endMm;
    expect(refused(doc(), addFiber({ fiber: open }))).toMatch(/needs exactly one of "to"/);
  });

  it('refuses a bend radius below the type minimum, naming value and range', () => {
    expect(refused(doc(), addFiber({ fiber: fiber({ bendRadiusMm: 5 }) }))).toBe(
      'fiber "fiber-1" bendRadiusMm 5 mm is below the G.657.A2 minimum: expected ≥ 7.5 mm (ITU-T G.652 / G.657)',
    );
    const d = doc([fiber({ bendRadiusMm: 7.5 })]);
    expect(refused(d, updateFiber({ id: 'fiber-1', changes: { fiberType: 'G.652.D' } }))).toMatch(
      /bendRadiusMm 7.5 mm is below the G.652.D minimum: expected ≥ 30 mm/,
    );
  });

  it('refuses a forced waypoint whose corner the legs cannot hold at the radius', () => {
    // Straight out of the port to (80, 50), then 5 mm to the end: a 90° corner needs 10 mm.
    const tight = fiber({
      bendRadiusMm: 10,
      waypointsMm: [{ x: 80, y: 50, z: 2.35 }],
      endMm: { x: 80, y: 45, z: 2.35 },
    });
    expect(refused(doc(), addFiber({ fiber: tight }))).toBe(
      'fiber "fiber-1" waypointsMm[0] (80, 50, 2.35): a 10 mm bend turning 90° needs 10 mm of straight fiber each side; the legs leave 5 mm (allowed: a corner that fits its legs)',
    );
    const roomy = {
      ...tight,
      waypointsMm: [{ x: 100, y: 50, z: 2.35 }],
      endMm: { x: 100, y: 20, z: 2.35 },
    };
    expect(runCommand(doc(), addFiber({ fiber: roomy })).doc.fibers).toHaveLength(1);
  });

  it('changes type, count, bundle, radius and external length; null clears', () => {
    const d = doc([fiber({ bendRadiusMm: 10 })]);
    const changed = runCommand(
      d,
      updateFiber({
        id: 'fiber-1',
        changes: { count: 16, bundle: 'east', bendRadiusMm: null, externalLengthM: 1.5 },
      }),
    ).doc.fibers[0]!;
    expect(changed).toMatchObject({ count: 16, bundle: 'east', externalLengthM: 1.5 });
    expect(changed.bendRadiusMm).toBeUndefined();
    expect(refused(d, updateFiber({ id: 'fiber-1', changes: { count: 0 } }))).toMatch(
      /fiber.count/,
    );
    expect(refused(d, updateFiber({ id: 'x', changes: { count: 2 } }))).toBe(
      'fiber "x" does not exist',
    );
  });

  it('sets, moves, inserts and removes waypoints, refusing indices out of range', () => {
    // Waypoints on the line out of the port to the end: no corners to bend.
    const d = doc([fiber({ endMm: { x: 180, y: 50, z: 2.35 } })]);
    const w = (x: number) => ({ x, y: 50, z: 2.35 });
    let next = runCommand(d, setFiberWaypoints({ id: 'fiber-1', waypointsMm: [w(90)] })).doc;
    next = runCommand(next, insertFiberWaypoint({ id: 'fiber-1', index: 0, pointMm: w(80) })).doc;
    expect(next.fibers[0]!.waypointsMm).toEqual([w(80), w(90)]);
    next = runCommand(next, moveFiberWaypoint({ id: 'fiber-1', index: 1, pointMm: w(95) })).doc;
    expect(next.fibers[0]!.waypointsMm).toEqual([w(80), w(95)]);
    expect(refused(next, moveFiberWaypoint({ id: 'fiber-1', index: 2, pointMm: w(1) }))).toBe(
      'fiber "fiber-1" waypoint index 2 is out of range: expected an integer 0…1',
    );
    next = runCommand(next, removeFiberWaypoint({ id: 'fiber-1', index: 0 })).doc;
    expect(next.fibers[0]!.waypointsMm).toEqual([w(95)]);
  });

  it('removes fibers by id, refusing an unknown one', () => {
    const d = doc([fiber(), fiber({ id: 'fiber-2' })]);
    expect(runCommand(d, removeFibers({ ids: ['fiber-1'] })).doc.fibers.map((f) => f.id)).toEqual([
      'fiber-2',
    ]);
    expect(refused(d, removeFibers({ ids: ['fiber-9'] }))).toBe('fiber "fiber-9" does not exist');
  });
});
