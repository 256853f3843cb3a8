/**
 * Reading the drag in progress (view state `dragPreview`, scene/useDragParts.ts) where parts
 * are drawn: the dragged components are shown `offsetMm` away from their document position.
 */
import type { DragPreview } from '../store/viewStore';
import { useViewState } from '../ui/studioContext';

const NO_OFFSET = { x: 0, y: 0 } as const;

/**
 * The drag preview when it moves any of `ids`, else null. Null is a stable value, so
 * whatever draws parts that are not being dragged does not re-render as the pointer moves.
 */
export function useDragPreviewOf(ids: ReadonlySet<string>): DragPreview | null {
  return useViewState((s) =>
    s.dragPreview && s.dragPreview.ids.some((id) => ids.has(id)) ? s.dragPreview : null,
  );
}

/** A lookup of the preview offset of each component, mm (zero for those not dragged). */
export function previewOffsets(
  preview: DragPreview | null,
): (id: string) => { readonly x: number; readonly y: number } {
  if (!preview || (preview.offsetMm.x === 0 && preview.offsetMm.y === 0)) return () => NO_OFFSET;
  const moving = new Set(preview.ids);
  return (id) => (moving.has(id) ? preview.offsetMm : NO_OFFSET);
}
