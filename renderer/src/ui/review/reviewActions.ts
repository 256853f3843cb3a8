/**
 * Review and discoverability actions: add a comment (on the selected part, or at a point
 * picked in the viewport), the comments panel, the measure tool, focus on the selection and
 * the command palette. Registered in ui/actions/registry.ts like every other action.
 */
import { reviewModelOf } from '../../scene/comments/reviewModel';
import type { Studio } from '../../store/studio';
import type { Action } from '../actions/types';
import { selectedComponentIds } from '../actions/editActions';
import { requestFocus, startDraft } from '../../store/reviewStore';

const always = () => true;

/** Switches the viewport tool to `tool`, or back to select when it is already on. */
function toggleTool(studio: Studio, tool: 'comment' | 'measure'): void {
  const isOn = studio.view.getState().tool === tool;
  studio.view.setState({ tool: isOn ? 'select' : tool });
  studio.review.setState({ measure: [] });
  if (!isOn && tool === 'comment') {
    studio.view.setState({ notice: 'Click a surface to place the comment (Esc cancels)' });
  }
  if (!isOn && tool === 'measure') {
    studio.view.setState({
      notice: 'Measure: click two points; snaps to part centres, edges and corners (Esc clears)',
    });
  }
}

/** Focuses the view on the bounding box of the selected components. */
export function focusSelection(studio: Studio): void {
  const ids = new Set(selectedComponentIds(studio));
  const doc = studio.docs.store.getState().doc;
  const { boxesById } = reviewModelOf(doc, studio.parts, studio.view.getState().explode);
  const boxes = [...ids].flatMap((id) => boxesById.get(id) ?? []);
  if (boxes.length === 0) return;
  const minX = Math.min(...boxes.map((b) => b.x - b.sizeX / 2));
  const maxX = Math.max(...boxes.map((b) => b.x + b.sizeX / 2));
  const minY = Math.min(...boxes.map((b) => b.y - b.sizeY / 2));
  const maxY = Math.max(...boxes.map((b) => b.y + b.sizeY / 2));
  const minZ = Math.min(...boxes.map((b) => b.z));
  const maxZ = Math.max(...boxes.map((b) => b.z + b.sizeZ));
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, z: (minZ + maxZ) / 2 };
  requestFocus(studio, centre, Math.max(10, Math.hypot(maxX - minX, maxY - minY) / 2));
}

/** The review, measure and palette actions. */
export const REVIEW_ACTIONS: readonly Action[] = [
  {
    id: 'review.addComment',
    label: 'Add comment',
    keys: ['Shift+C'],
    menu: 'edit',
    when: always,
    run: ({ studio }) => {
      const [id, ...rest] = selectedComponentIds(studio);
      if (id && rest.length === 0) startDraft(studio, { componentId: id });
      else toggleTool(studio, 'comment');
    },
  },
  {
    id: 'review.commentAtPoint',
    label: 'Add comment at a point',
    keys: [],
    menu: 'edit',
    when: always,
    run: ({ studio }) => toggleTool(studio, 'comment'),
  },
  {
    id: 'review.panel',
    label: 'Comments panel',
    keys: ['Shift+P'],
    menu: 'view',
    when: always,
    run: ({ studio }) => studio.review.setState((s) => ({ isPanelOpen: !s.isPanelOpen })),
  },
  {
    id: 'measure.toggle',
    label: 'Measure distance',
    keys: ['M'],
    menu: 'view',
    when: always,
    run: ({ studio }) => toggleTool(studio, 'measure'),
  },
  {
    id: 'view.focusSelection',
    label: 'Focus on selection',
    keys: ['Shift+F'],
    menu: 'view',
    when: ({ studio }) => selectedComponentIds(studio).length > 0,
    run: ({ studio }) => focusSelection(studio),
  },
  {
    id: 'palette.open',
    label: 'Command palette…',
    keys: ['Mod+K'],
    menu: 'help',
    when: always,
    run: ({ studio }) => studio.review.setState({ isPaletteOpen: true, contextMenu: null }),
  },
];
