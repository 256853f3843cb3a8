/**
 * Align and distribute commands for a multi-selection. Edges need each component's
 * footprint, which depends on the part library (not a command input), so the caller passes
 * each component's half extents in x and y as drawn (after rotation), mm. All positions are
 * global mm of the components' centres.
 */
import { z } from 'zod';
import { normalizeNumber } from '../numbers';
import type { Component } from '../schema';
import { CommandError, defineCommand } from './command';
import { indicesOf, parseParam, requireAll } from './guards';

/** Which line the components are aligned on ("top" is +y, into the board). */
export type AlignEdge = 'left' | 'right' | 'top' | 'bottom' | 'centerX' | 'centerY';

/** Axis along which components are spread evenly. */
export type DistributeAxis = 'horizontal' | 'vertical';

/** Half of a component's footprint along x and y, mm (after rotation). */
export interface HalfExtentMm {
  readonly x: number;
  readonly y: number;
}

const HalfSchema = z.object({ x: z.number().nonnegative(), y: z.number().nonnegative() });
const EdgeSchema = z.enum(['left', 'right', 'top', 'bottom', 'centerX', 'centerY']);
const AxisSchema = z.enum(['horizontal', 'vertical']);

function chosen(draft: { components: Component[] }, ids: readonly string[]): Component[] {
  requireAll(draft.components, ids, 'component');
  if (new Set(ids).size < 2)
    throw new CommandError('align and distribute need two or more components');
  return indicesOf(draft.components, new Set(ids)).map((i) => draft.components[i] as Component);
}

function halfOf(halves: Readonly<Record<string, HalfExtentMm>>, id: string): HalfExtentMm {
  return parseParam(HalfSchema, halves[id], `halfExtentsMm.${id}`);
}

/**
 * Aligns components on the outermost edge of the group (left: smallest left edge, right:
 * largest right edge, bottom/top likewise in y) or on the mean of their centres (centerX
 * lines up x, centerY lines up y). Components not moved keep their history untouched.
 */
export const alignComponents = defineCommand(
  'alignComponents',
  (
    draft,
    params: {
      ids: readonly string[];
      edge: AlignEdge;
      halfExtentsMm: Readonly<Record<string, HalfExtentMm>>;
    },
  ) => {
    const edge = parseParam(EdgeSchema, params.edge, 'edge');
    const list = chosen(draft, params.ids);
    const items = list.map((c) => ({ c, h: halfOf(params.halfExtentsMm, c.id) }));
    const axis: 'x' | 'y' = edge === 'left' || edge === 'right' || edge === 'centerX' ? 'x' : 'y';
    const sign =
      edge === 'left' || edge === 'bottom' ? -1 : edge === 'centerX' || edge === 'centerY' ? 0 : 1;
    const lines = items.map(({ c, h }) => c.positionMm[axis] + sign * h[axis]);
    const target =
      sign < 0
        ? Math.min(...lines)
        : sign > 0
          ? Math.max(...lines)
          : lines.reduce((s, v) => s + v, 0) / lines.length;
    for (const { c, h } of items) {
      const next = normalizeNumber(target - sign * h[axis]);
      if (c.positionMm[axis] !== next) c.positionMm[axis] = next;
    }
  },
);

/**
 * Spreads three or more components so the gaps between neighbouring footprints along the
 * axis are equal; the two outermost components stay where they are.
 */
export const distributeComponents = defineCommand(
  'distributeComponents',
  (
    draft,
    params: {
      ids: readonly string[];
      axis: DistributeAxis;
      halfExtentsMm: Readonly<Record<string, HalfExtentMm>>;
    },
  ) => {
    const axisName = parseParam(AxisSchema, params.axis, 'axis');
    const list = chosen(draft, params.ids);
    if (list.length < 3) throw new CommandError('distribute needs three or more components');
    const axis: 'x' | 'y' = axisName === 'horizontal' ? 'x' : 'y';
    const items = list
      .map((c) => ({ c, h: halfOf(params.halfExtentsMm, c.id)[axis] }))
      .sort((a, b) => a.c.positionMm[axis] - b.c.positionMm[axis]);
    const first = items[0] as (typeof items)[number];
    const last = items[items.length - 1] as (typeof items)[number];
    const span = last.c.positionMm[axis] + last.h - (first.c.positionMm[axis] - first.h);
    const occupied = items.reduce((s, it) => s + 2 * it.h, 0);
    const gap = (span - occupied) / (items.length - 1);
    let edge = first.c.positionMm[axis] - first.h;
    for (const it of items) {
      const next = normalizeNumber(edge + it.h);
      if (it !== first && it !== last && it.c.positionMm[axis] !== next)
        it.c.positionMm[axis] = next;
      edge += 2 * it.h + gap;
    }
  },
);
