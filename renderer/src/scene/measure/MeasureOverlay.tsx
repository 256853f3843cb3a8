/**
 * The measure tool in the viewport: the picked ends as small markers, the straight line
 * between them and its length in mm at the midpoint, drawn over the scene. Heights are
 * exaggerated like the rest of the scene, but the figures are true model millimetres.
 */
import { Html, Line } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { useDocState, useStudio, useViewState } from '../../ui/studioContext';
import { reviewModelOf } from '../comments/reviewModel';
import { toScene } from '../coords';
import { measureDelta } from './measureSnap';

/** Colour of the measure line and ends. */
export const MEASURE_COLOR = '#4dd0ff';

/** The measure ends, line and length. */
export function MeasureOverlay() {
  const studio = useStudio();
  const points = useStore(studio.review, (s) => s.measure);
  const invalidate = useThree((s) => s.invalidate);
  // The document only matters (and re-renders) while something is measured.
  const doc = useDocState((s) => (points.length > 0 ? s.doc : null));
  const explode = useViewState((s) => s.explode);
  const zScale = doc ? reviewModelOf(doc, studio.parts, explode).zScale : 1;
  const scenePoints = useMemo(
    () => points.map((p) => toScene(p.x, p.y, p.z, zScale)),
    [points, zScale],
  );
  useEffect(() => invalidate(), [points, invalidate]);

  const [a, b] = points;
  const delta = a && b ? measureDelta(a, b) : null;
  const mid = a && b ? toScene((a.x + b.x) / 2, (a.y + b.y) / 2, (a.z + b.z) / 2, zScale) : null;
  return (
    <group userData={{ isOverlay: true }}>
      {scenePoints.map((p, i) => (
        <mesh
          key={i}
          position={p}
          renderOrder={25}
          raycast={() => null}
          userData={{ isOverlay: true }}
        >
          <sphereGeometry args={[1.2, 12, 8]} />
          <meshBasicMaterial
            color={MEASURE_COLOR}
            depthTest={false}
            transparent
            toneMapped={false}
          />
        </mesh>
      ))}
      {scenePoints.length === 2 && (
        <Line
          points={scenePoints}
          color={MEASURE_COLOR}
          lineWidth={2.5}
          toneMapped={false}
          depthTest={false}
          transparent
          renderOrder={25}
          raycast={() => null}
          userData={{ isOverlay: true }}
        />
      )}
      {delta && mid && (
        <Html position={mid} center pointerEvents="none" className="measure-tag">
          {delta.distanceMm.toFixed(2)} mm
        </Html>
      )}
    </group>
  );
}
