/**
 * Everything review mode and the measure tool add inside the 3D canvas: comment pins, the
 * measure line, the camera focus and the pointer handling of both tools and the context
 * menu. Mounted as a child of <Viewport>.
 */
import { useMemo } from 'react';
import { useSceneModel } from '../useSceneModel';
import { MeasureOverlay } from '../measure/MeasureOverlay';
import { CommentPins } from './CommentPins';
import { FocusRig } from './FocusRig';
import { ViewportPointer } from './ViewportPointer';

/** The review and measure overlays of the viewport. */
export function ReviewScene() {
  const { boxes, zScale } = useSceneModel();
  const boxesById = useMemo(() => new Map(boxes.map((b) => [b.id, b])), [boxes]);
  return (
    <>
      <CommentPins boxesById={boxesById} zScale={zScale} />
      <MeasureOverlay zScale={zScale} />
      <FocusRig zScale={zScale} />
      <ViewportPointer boxesById={boxesById} zScale={zScale} />
    </>
  );
}
