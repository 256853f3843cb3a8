/**
 * Tells tests (and anyone listening) that a frame for a document revision is on the
 * canvas: after drawing, the canvas dispatches `lightpath:frame` with { revision }.
 * It also asks for a frame whenever the revision or selection changes (frameloop "demand").
 * The canvas's `data-revision` and `data-frame` (a frame counter) attributes say the same.
 * It also feeds frameStats (input-to-frame time, draw calls) for the viewport benchmark.
 */
import { addAfterEffect, addEffect, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { noteFrameDrawn, noteFrameStart, noteInput, notePrograms } from './frameStats';
import { useDocState, useViewState } from '../ui/studioContext';

/** Name of the DOM event dispatched on the canvas after a frame is drawn. */
export const FRAME_EVENT = 'lightpath:frame';

/** Invisible: reports drawn frames; renders nothing. */
export function FrameReporter() {
  const revision = useDocState((s) => s.revision);
  const selection = useViewState((s) => s.selection);
  const canvas = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const drawnRevision = useRef(revision);
  const frameCount = useRef(0);
  drawnRevision.current = revision;

  useEffect(() => {
    invalidate();
  }, [revision, selection, invalidate]);

  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const onInput = () => noteInput(performance.now());
    window.addEventListener('pointermove', onInput, { capture: true });
    const unsubscribeStart = addEffect(() => noteFrameStart(performance.now()));
    const unsubscribe = addAfterEffect(() => {
      noteFrameDrawn(performance.now(), gl.info.render.calls, gl.info.render.triangles);
      notePrograms(performance.now(), gl.info.programs as { name?: string }[] | null);
    });
    return () => {
      window.removeEventListener('pointermove', onInput, { capture: true });
      unsubscribe();
      unsubscribeStart();
    };
  }, [gl]);

  useFrame(() => {
    const rev = drawnRevision.current;
    const frame = ++frameCount.current;
    // useFrame runs just before the renderer draws in the same task; the microtask runs after.
    queueMicrotask(() => {
      canvas.dispatchEvent(new CustomEvent(FRAME_EVENT, { detail: { revision: rev } }));
      canvas.dataset.revision = String(rev);
      canvas.dataset.frame = String(frame);
    });
  });
  return null;
}
