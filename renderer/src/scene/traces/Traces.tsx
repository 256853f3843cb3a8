/**
 * Each link's electrical route drawn in the viewport as lines at its carriers' top faces,
 * coloured by channel margin (marginClass.ts). All links form one LineSegments with vertex
 * colours: one draw call for 64 or 4,000 links. Figures for an older revision than the
 * document stay on screen, faded, until the new ones arrive; so do all traces while a drag
 * has not yet handed its parts to the document.
 *
 * For tests, the canvas carries `data-trace-revision` (revision of the drawn result) and
 * `data-trace-segments` (segments drawn).
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, LineBasicMaterial } from 'three';
import { isResultStale } from '../../store/analysisStore';
import { useAnalysisState } from '../../ui/studioContext';
import { useDocState, useViewState } from '../../ui/studioContext';
import { useSceneModel } from '../useSceneModel';
import { buildTraceBuffers } from './traceGeometry';

/** Opacity of traces computed for an older revision. */
const STALE_OPACITY = 0.35;

/** The margin-coloured traces of the latest electrical result. */
export function Traces() {
  const analysis = useAnalysisState((s) => s.result);
  const resultRevision = useAnalysisState((s) => s.resultRevision);
  const docRevision = useDocState((s) => s.revision);
  const isResultOld = useAnalysisState((s) => isResultStale(s, docRevision));
  // Parts dragged but not yet handed to the document: their traces are behind too.
  const isDragging = useViewState((s) => s.dragPreview !== null);
  const isStale = isResultOld || isDragging;
  const { zScale } = useSceneModel();
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);

  const built = useMemo(() => {
    if (!analysis?.traces || !analysis.electrical) return null;
    const buffers = buildTraceBuffers(analysis.traces, analysis.electrical.links, zScale);
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(buffers.positions, 3));
    geometry.setAttribute('color', new BufferAttribute(buffers.colours, 3));
    return { geometry, segmentCount: buffers.segmentCount };
  }, [analysis, zScale]);
  const material = useMemo(
    () => new LineBasicMaterial({ vertexColors: true, transparent: true, depthTest: false }),
    [],
  );

  useEffect(() => () => built?.geometry.dispose(), [built]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => {
    material.opacity = isStale ? STALE_OPACITY : 1;
    canvas.dataset.traceRevision = String(resultRevision ?? '');
    canvas.dataset.traceSegments = String(built?.segmentCount ?? 0);
    invalidate();
  }, [built, isStale, material, resultRevision, canvas, invalidate]);

  if (!built) return null;
  return <lineSegments geometry={built.geometry} material={material} renderOrder={10} />;
}
