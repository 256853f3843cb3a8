/**
 * The heat-map overlay: the chosen layer's temperature cut (worker/heatSlices.ts) drawn as
 * one mesh of per-cell coloured quads, unlit and without tone mapping so the colours are the
 * legend's. The top surface drapes over the parts (depth-tested, just above their faces); a
 * cut inside the stack is drawn at its height over everything else (no depth test), so the
 * whole layer reads at once. Hotspots are marked. Shown while the view
 * store's `heatmap.isVisible` is set (action "view.heatmap", key H). Not pickable.
 *
 * A field of an older revision than the document is drawn faded (the legend says "stale")
 * until the new solve arrives, so it is never taken for the current one.
 *
 * For tests the canvas carries `data-heatmap-layer`, `data-heatmap-cells`,
 * `data-heatmap-revision` (revision of the drawn thermal part; empty when hidden) and
 * `data-heatmap-stale`.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide, MeshBasicMaterial } from 'three';
import { useAnalysisState, useDocState, useViewState } from '../../ui/studioContext';
import { useSceneModel } from '../useSceneModel';
import { heatmapBuffers, pickSlice } from './heatmapGeometry';
import { Hotspots } from './Hotspots';

/** Lift of the draped top surface above the faces it covers, model mm (no z-fighting). */
const DRAPE_LIFT_MM = 0.02;

/** Opacity of a field that belongs to an older revision. */
const STALE_HEAT_OPACITY = 0.45;

/** Drawn after the parts and traces. */
const HEATMAP_RENDER_ORDER = 20;

const noRaycast = () => null;

/** The heat map of the latest thermal result, when switched on. */
export function HeatMap() {
  const heatmap = useViewState((s) => s.heatmap);
  const thermal = useAnalysisState((s) => s.result?.thermal ?? null);
  const thermalRevision = useAnalysisState((s) => s.partRevisions.thermal ?? null);
  const docRevision = useDocState((s) => s.revision);
  const isStale = thermalRevision === null || thermalRevision < docRevision;
  const { zScale } = useSceneModel();
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  const slice = heatmap.isVisible && thermal ? pickSlice(thermal.slices, heatmap.layer) : null;

  const geometry = useMemo(() => {
    if (!slice) return null;
    const buffers = heatmapBuffers(slice, zScale, slice.topZMm ? DRAPE_LIFT_MM : 0);
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(buffers.positions, 3));
    g.setAttribute('color', new BufferAttribute(buffers.colours, 3));
    return g;
  }, [slice, zScale]);
  const isDraped = slice?.topZMm !== undefined;
  const material = useMemo(
    () =>
      new MeshBasicMaterial({
        vertexColors: true,
        side: DoubleSide,
        toneMapped: false,
        depthTest: isDraped,
        depthWrite: isDraped,
        polygonOffset: isDraped,
        polygonOffsetFactor: -2,
        polygonOffsetUnits: -2,
      }),
    [isDraped],
  );

  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => {
    material.transparent = isStale;
    material.opacity = isStale ? STALE_HEAT_OPACITY : 1;
    material.needsUpdate = true;
    canvas.dataset.heatmapStale = slice && isStale ? 'true' : 'false';
    invalidate();
  }, [material, isStale, slice, canvas, invalidate]);
  useEffect(() => {
    canvas.dataset.heatmapLayer = slice?.label ?? '';
    canvas.dataset.heatmapCells = String(geometry ? geometry.attributes.position!.count / 6 : 0);
    canvas.dataset.heatmapRevision = slice ? String(thermalRevision ?? '') : '';
    invalidate();
  }, [slice, geometry, thermalRevision, canvas, invalidate]);

  if (!slice || !geometry || !thermal) return null;
  return (
    <group>
      <mesh
        geometry={geometry}
        material={material}
        renderOrder={HEATMAP_RENDER_ORDER}
        raycast={noRaycast}
      />
      <Hotspots hotspots={thermal.hotspots} zScale={zScale} />
    </group>
  );
}
