/**
 * Everything review mode and the measure tool add inside the 3D canvas: comment pins, the
 * measure line, the camera focus and the pointer handling of both tools and the context
 * menu. Mounted as a child of <Viewport>. The scene's boxes and exaggeration are read on
 * demand (reviewModel.ts), so none of this costs anything per revision while unused.
 */
import { useCallback } from 'react';
import { useStudio } from '../../ui/studioContext';
import { MeasureOverlay } from '../measure/MeasureOverlay';
import { CommentPins } from './CommentPins';
import { FocusRig } from './FocusRig';
import { reviewModelOf, type ReviewModel } from './reviewModel';
import { ViewportPointer } from './ViewportPointer';

/** Reads the review model of the document as it is now. */
export type ReviewModelGetter = () => ReviewModel;

/** The review and measure overlays of the viewport. */
export function ReviewScene() {
  const studio = useStudio();
  const getModel = useCallback<ReviewModelGetter>(
    () =>
      reviewModelOf(studio.docs.store.getState().doc, studio.parts, studio.view.getState().explode),
    [studio],
  );
  return (
    <>
      <CommentPins />
      <MeasureOverlay />
      <FocusRig getModel={getModel} />
      <ViewportPointer getModel={getModel} />
    </>
  );
}
