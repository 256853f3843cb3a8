/**
 * Arrange actions for a multi-selection: align edges or centres, distribute evenly. The
 * footprints' half extents (after rotation) come from the part library, as drawn.
 */
import {
  alignComponents,
  distributeComponents,
  type AlignEdge,
  type DistributeAxis,
  type HalfExtentMm,
} from '../../model/commands';
import { UNKNOWN_PART_SIZE_MM } from '../../scene/layout';
import { rotatedHalfExtentsMm } from '../../store/footprintGeometry';
import type { Studio } from '../../store/studio';
import { selectedComponentIds } from './editActions';
import type { Action } from './types';

/** Half extents of the selected components' footprints, mm, keyed by id. */
export function selectedHalfExtents(studio: Studio): Record<string, HalfExtentMm> {
  const ids = new Set(selectedComponentIds(studio));
  const halves: Record<string, HalfExtentMm> = {};
  for (const c of studio.docs.store.getState().doc.components) {
    if (!ids.has(c.id)) continue;
    const size = studio.parts.get(c.partId)?.sizeMm ?? UNKNOWN_PART_SIZE_MM;
    halves[c.id] = rotatedHalfExtentsMm(size.x, size.y, c.rotationDeg);
  }
  return halves;
}

const ALIGN: ReadonlyArray<[AlignEdge, string, string]> = [
  ['left', 'left', 'Align left edges'],
  ['right', 'right', 'Align right edges'],
  ['top', 'top', 'Align top edges'],
  ['bottom', 'bottom', 'Align bottom edges'],
  ['centerX', 'centerX', 'Align centres horizontally (same x)'],
  ['centerY', 'centerY', 'Align centres vertically (same y)'],
];

const DISTRIBUTE: ReadonlyArray<[DistributeAxis, string]> = [
  ['horizontal', 'Distribute horizontally'],
  ['vertical', 'Distribute vertically'],
];

/** Align and distribute, in the Edit menu. */
export const ARRANGE_ACTIONS: readonly Action[] = [
  ...ALIGN.map(([edge, id, label]): Action => ({
    id: `arrange.align.${id}`,
    label,
    keys: [],
    menu: 'edit',
    when: ({ studio }) => selectedComponentIds(studio).length >= 2,
    run: ({ studio }) => {
      studio.docs.runCommand(
        alignComponents({
          ids: selectedComponentIds(studio),
          edge,
          halfExtentsMm: selectedHalfExtents(studio),
        }),
      );
    },
  })),
  ...DISTRIBUTE.map(([axis, label]): Action => ({
    id: `arrange.distribute.${axis}`,
    label,
    keys: [],
    menu: 'edit',
    when: ({ studio }) => selectedComponentIds(studio).length >= 3,
    run: ({ studio }) => {
      studio.docs.runCommand(
        distributeComponents({
          ids: selectedComponentIds(studio),
          axis,
          halfExtentsMm: selectedHalfExtents(studio),
        }),
      );
    },
  })),
];
