/**
 * Rule-finding markers in the viewport: one dot per spot with findings (markerLayout.ts),
 * coloured by the worst severity there and numbered when several findings share it, drawn
 * over the parts at a constant size on screen as a single THREE.Points (markerMaterial.ts).
 * Shown while the findings panel is open or View → Rule markers is on, once an evaluation
 * exists (store/findingsStore.ts); faded while that evaluation is for an older revision.
 * Clicking a marker selects its finding's parts and makes the finding active in the panel;
 * hovering shows the messages (ui/findings/FindingTooltip.tsx). Registers a projector for
 * the test API.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { Finding } from '../../engine/rules/ruleTypes';
import { setActiveFinding } from '../../store/findingsStore';
import { useDocState, useStudio, useViewState } from '../../ui/studioContext';
import { reviewModelOf } from '../comments/reviewModel';
import { toClient } from '../screenProjection';
import { markerSpecs, nearestPoint, nextFindingOf, type MarkerSpec } from './markerLayout';
import {
  STALE_OPACITY,
  createMarkerMaterial,
  disposeMarkerMaterial,
  markerGeometry,
} from './markerMaterial';
import { HIT_RADIUS_PX, useMarkerPointer, type MarkerPointerTarget } from './useMarkerPointer';

/** A drawn marker as the test API reports it: its first finding and its client position. */
export interface DrawnMarker {
  /** Index of the marker's first (worst) finding in the findings list. */
  readonly index: number;
  readonly rule: Finding['rule'];
  readonly severity: Finding['severity'];
  readonly message: string;
  readonly components: readonly string[];
  /** Findings the marker stands for. */
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly isActive: boolean;
  readonly isStale: boolean;
}

let currentProjector: (() => DrawnMarker[]) | null = null;

/** The drawn markers at their client positions; [] when none are drawn (for the test API). */
export function drawnFindingMarkers(): DrawnMarker[] {
  return currentProjector?.() ?? [];
}

const noRaycast = () => null;

/** The markers of the latest evaluation, when they are to be shown. */
export function FindingMarkers() {
  const studio = useStudio();
  const result = useStore(studio.findings, (s) => s.result);
  const activeIndex = useStore(studio.findings, (s) => s.activeIndex);
  const isMarkersOn = useStore(studio.findings, (s) => s.isMarkersOn);
  const isPanelOpen = useStore(studio.analysisPanel, (s) => s.open === 'findings');
  const isStale = useDocState((s) => result !== null && s.revision !== result.revision);
  const explode = useViewState((s) => s.explode);
  const { camera, gl, invalidate } = useThree();
  const isShown = (isMarkersOn || isPanelOpen) && result !== null;

  const specs = useMemo((): MarkerSpec[] => {
    if (!isShown || !result) return [];
    // Placed with the layout of the evaluated document, lifted with its parts when exploded.
    const drawn = reviewModelOf(result.doc, studio.parts, explode);
    const flat = explode > 0 ? reviewModelOf(result.doc, studio.parts, 0) : drawn;
    const liftMmOf = (ids: readonly string[]) => {
      for (const id of ids) {
        const a = drawn.boxesById.get(id);
        const b = flat.boxesById.get(id);
        if (a && b) return a.z - b.z;
      }
      return 0;
    };
    return markerSpecs(result.findings, activeIndex, drawn.zScale, liftMmOf);
  }, [isShown, result, activeIndex, explode, studio]);

  const material = useMemo(() => createMarkerMaterial(), []);
  useEffect(() => () => disposeMarkerMaterial(material), [material]);
  const geometry = useMemo(() => markerGeometry(specs), [specs]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => {
    material.uniforms.uOpacity!.value = isStale ? STALE_OPACITY : 1;
    invalidate();
  }, [material, isStale, geometry, invalidate]);
  useFrame(({ viewport }) => {
    material.uniforms.uPixelRatio!.value = viewport.dpr;
  });

  const target = useMemo((): MarkerPointerTarget | null => {
    if (specs.length === 0 || !result) return null;
    const clientPoints = () => {
      camera.updateMatrixWorld();
      const rect = gl.domElement.getBoundingClientRect();
      return specs.map((s) => toClient(s.position, camera, rect));
    };
    return {
      markerAt(x, y) {
        const points = clientPoints();
        const marker = nearestPoint(points, x, y, HIT_RADIUS_PX);
        const at = marker === null ? null : points[marker];
        return marker === null || !at ? null : { marker, ...at };
      },
      onClick(marker) {
        const spec = specs[marker];
        if (!spec) return;
        const index = nextFindingOf(spec, studio.findings.getState().activeIndex);
        setActiveFinding(studio.findings, index);
        studio.select(result.findings[index]?.components ?? []);
      },
      onHover(hit) {
        const spec = hit ? specs[hit.marker] : undefined;
        studio.findings.setState({
          hover: spec && hit ? { indices: spec.indices, x: hit.x, y: hit.y } : null,
        });
      },
    };
  }, [specs, result, camera, gl, studio]);
  useMarkerPointer(studio, target);

  useEffect(() => {
    if (!result) return;
    const projector = () => {
      camera.updateMatrixWorld();
      const rect = gl.domElement.getBoundingClientRect();
      return specs.flatMap((s): DrawnMarker[] => {
        const at = toClient(s.position, camera, rect);
        const f = result.findings[s.indices[0]!];
        if (!at || !f) return [];
        const { rule, severity, message, components } = f;
        const count = s.indices.length;
        return [
          {
            index: s.indices[0]!,
            rule,
            severity,
            message,
            components,
            count,
            ...at,
            isActive: s.isActive,
            isStale,
          },
        ];
      });
    };
    currentProjector = projector;
    return () => {
      if (currentProjector === projector) currentProjector = null;
    };
  }, [specs, result, isStale, camera, gl]);

  if (specs.length === 0) return null;
  return (
    <points
      geometry={geometry}
      material={material}
      renderOrder={40}
      frustumCulled={false}
      raycast={noRaycast}
      userData={{ isOverlay: true }}
    />
  );
}
