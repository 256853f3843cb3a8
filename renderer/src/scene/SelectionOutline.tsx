/**
 * White edge outlines around the selected components, drawn on top of everything so a
 * selection inside a dense package stays visible. A very large selection (select all on a
 * stress design) is shown by the fill tint alone.
 */
import { memo, useMemo } from 'react';
import { BoxGeometry, EdgesGeometry } from 'three';
import { toScene } from './coords';
import type { ComponentBox } from './layout';
import { previewOffsets, useDragPreviewOf } from './dragPreview';
import { SELECTION_COLOR } from './palette';
import { useViewState } from '../ui/studioContext';

/** Most outlines drawn at once. */
export const MAX_OUTLINES = 100;

/** Props: all component boxes (the selected ones are outlined) and the exaggeration. */
export function SelectionOutline({ boxes, zScale }: { boxes: ComponentBox[]; zScale: number }) {
  const selection = useViewState((s) => s.selection);
  const selected = useMemo(() => {
    if (selection.length > MAX_OUTLINES) return [];
    const ids = new Set(selection);
    return boxes.filter((b) => ids.has(b.id));
  }, [boxes, selection]);
  const ids = useMemo(() => new Set(selected.map((b) => b.id)), [selected]);
  const offsetOf = previewOffsets(useDragPreviewOf(ids));
  return (
    <group renderOrder={10}>
      {selected.map((b) => {
        const d = offsetOf(b.id);
        return <OutlineBox key={b.id} box={b} zScale={zScale} dx={d.x} dy={d.y} />;
      })}
    </group>
  );
}

/** Props: the box, the exaggeration, and the drag preview offset, mm. */
const OutlineBox = memo(function OutlineBox({
  box,
  zScale,
  dx,
  dy,
}: {
  box: ComponentBox;
  zScale: number;
  dx: number;
  dy: number;
}) {
  const pad = 0.6;
  const edges = useMemo(
    () =>
      new EdgesGeometry(
        new BoxGeometry(box.sizeX + pad, box.sizeZ * zScale + pad, box.sizeY + pad),
      ),
    [box.sizeX, box.sizeY, box.sizeZ, zScale],
  );
  return (
    <lineSegments
      geometry={edges}
      position={toScene(box.x + dx, box.y + dy, box.z + box.sizeZ / 2, zScale)}
      rotation={[0, (box.rotationDeg * Math.PI) / 180, 0]}
      raycast={() => null}
    >
      <lineBasicMaterial color={SELECTION_COLOR} depthTest={false} transparent />
    </lineSegments>
  );
});
