/**
 * Fiber actions: the "Add fiber" tool (click an optical port, then a far optical port or a
 * point on the board's front edge; scene/fibers/FiberTool.tsx) and deleting the picked
 * waypoint or the selected fibers (run by Edit → Delete, see fiberDelete.ts).
 */
import type { Action } from '../actions/types';

/** The fiber actions. */
export const FIBER_ACTIONS: readonly Action[] = [
  {
    id: 'fiber.add',
    label: 'Add fiber',
    keys: ['B'],
    menu: 'edit',
    when: () => true,
    run: ({ studio }) =>
      studio.view.setState((s) => ({
        tool: s.tool === 'fiber' ? 'select' : 'fiber',
        connectFrom: null,
      })),
  },
];
