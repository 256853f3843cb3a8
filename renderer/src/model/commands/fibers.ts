/**
 * Fiber commands: add, change and remove fibers, and edit the waypoints their route passes
 * through (engine/routing/fiberRoute.ts routes between them). Every written fiber passes
 * the schema and fiberChecks.ts; a refused edit leaves the document unchanged.
 */
import type { Draft } from 'immer';
import { collectIds } from '../ids';
import { FiberSchema, type Design, type Fiber } from '../schema';
import { CommandError, defineCommand } from './command';
import { checkFiber } from './fiberChecks';
import { baseDesign, findById, parseParam, requireAll, requireFreeId } from './guards';

type PointMm = Fiber['waypointsMm'][number];

/** Fields `updateFiber` changes; `null` clears an optional one. */
export interface FiberChanges {
  readonly fiberType?: Fiber['fiberType'];
  readonly count?: number;
  readonly bundle?: string | null;
  readonly bendRadiusMm?: number | null;
  readonly externalLengthM?: number;
}

/** Parses `next`, checks it against the document and writes it at `index`. */
function write(draft: Draft<Design>, index: number, next: unknown): void {
  const fiber = parseParam(FiberSchema, next, 'fiber');
  checkFiber(baseDesign(draft), fiber);
  draft.fibers[index] = fiber;
}

function current(draft: Draft<Design>, id: string): { index: number; fiber: Fiber } {
  const found = findById(draft.fibers, id, 'fiber');
  const index = draft.fibers.indexOf(found);
  return { index, fiber: JSON.parse(JSON.stringify(found)) as Fiber };
}

function checkIndex(fiber: Fiber, index: number, what: string, top: number): void {
  if (!Number.isInteger(index) || index < 0 || index > top) {
    throw new CommandError(
      `fiber "${fiber.id}" ${what} ${index} is out of range: expected an integer 0…${top}`,
    );
  }
}

/** Adds a fiber from an optical port to another optical port or to `endMm`; its id must be new. */
export const addFiber = defineCommand('addFiber', (draft, params: { fiber: Fiber }) => {
  const fiber = parseParam(FiberSchema, params.fiber, 'fiber');
  requireFreeId(collectIds(baseDesign(draft)), fiber.id);
  checkFiber(baseDesign(draft), fiber);
  draft.fibers.push(fiber);
});

/** Changes a fiber's type, count, bundle, bend radius or external length. */
export const updateFiber = defineCommand(
  'updateFiber',
  (draft, params: { id: string; changes: FiberChanges }) => {
    const { index, fiber } = current(draft, params.id);
    const next: Record<string, unknown> = { ...fiber };
    for (const [key, value] of Object.entries(params.changes ?? {})) {
      if (!['fiberType', 'count', 'bundle', 'bendRadiusMm', 'externalLengthM'].includes(key)) {
        throw new CommandError(
          `updateFiber cannot change "${key}" (type, count, bundle, bendRadiusMm, externalLengthM)`,
        );
      }
      if (value === null) delete next[key];
      else next[key] = value;
    }
    write(draft, index, next);
  },
);

/** Removes the fibers with the given ids. */
export const removeFibers = defineCommand(
  'removeFibers',
  (draft, params: { ids: readonly string[] }) => {
    requireAll(draft.fibers, params.ids, 'fiber');
    const gone = new Set(params.ids);
    draft.fibers = draft.fibers.filter((f) => !gone.has(f.id));
  },
);

/** Replaces a fiber's waypoints (empty: routed automatically end to end). */
export const setFiberWaypoints = defineCommand(
  'setFiberWaypoints',
  (draft, params: { id: string; waypointsMm: readonly PointMm[] }) => {
    const { index, fiber } = current(draft, params.id);
    write(draft, index, { ...fiber, waypointsMm: params.waypointsMm });
  },
);

/** Moves waypoint `index` of a fiber to `pointMm`. */
export const moveFiberWaypoint = defineCommand(
  'moveFiberWaypoint',
  (draft, params: { id: string; index: number; pointMm: PointMm }) => {
    const { index, fiber } = current(draft, params.id);
    checkIndex(fiber, params.index, 'waypoint index', fiber.waypointsMm.length - 1);
    const waypointsMm = fiber.waypointsMm.map((p, k) => (k === params.index ? params.pointMm : p));
    write(draft, index, { ...fiber, waypointsMm });
  },
);

/** Inserts `pointMm` as waypoint `index` of a fiber (0 = first; the length = last). */
export const insertFiberWaypoint = defineCommand(
  'insertFiberWaypoint',
  (draft, params: { id: string; index: number; pointMm: PointMm }) => {
    const { index, fiber } = current(draft, params.id);
    checkIndex(fiber, params.index, 'insert index', fiber.waypointsMm.length);
    const waypointsMm = [...fiber.waypointsMm];
    waypointsMm.splice(params.index, 0, params.pointMm);
    write(draft, index, { ...fiber, waypointsMm });
  },
);

/** Removes waypoint `index` of a fiber. */
export const removeFiberWaypoint = defineCommand(
  'removeFiberWaypoint',
  (draft, params: { id: string; index: number }) => {
    const { index, fiber } = current(draft, params.id);
    checkIndex(fiber, params.index, 'waypoint index', fiber.waypointsMm.length - 1);
    write(draft, index, {
      ...fiber,
      waypointsMm: fiber.waypointsMm.filter((_, k) => k !== params.index),
    });
  },
);
