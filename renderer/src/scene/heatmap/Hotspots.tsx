/**
 * Hotspot markers of the heat map: a small ring at each of the hottest local maxima of the
 * field (engine/thermal/hotspots.ts), with its temperature in °C, drawn over the overlay.
 */
import { Html } from '@react-three/drei';
import { useEffect, useMemo } from 'react';
import { DoubleSide, RingGeometry } from 'three';
import type { HotspotView } from '../../worker/thermalView';
import { toScene } from '../coords';

/** Markers drawn, hottest first (the engine reports up to 12). */
export const SHOWN_HOTSPOTS = 5;

/** Ring radii, scene mm. */
const RING_INNER_MM = 1.6;
const RING_OUTER_MM = 2.4;

const noRaycast = () => null;

/** Props: the hotspots (hottest first) and the vertical exaggeration. */
export function Hotspots({ hotspots, zScale }: { hotspots: HotspotView[]; zScale: number }) {
  const ring = useMemo(() => new RingGeometry(RING_INNER_MM, RING_OUTER_MM, 24), []);
  useEffect(() => () => ring.dispose(), [ring]);
  return (
    <group>
      {hotspots.slice(0, SHOWN_HOTSPOTS).map((h) => {
        const position = toScene(h.x, h.y, h.z, zScale);
        return (
          <group key={`${h.x},${h.y},${h.z}`} position={position}>
            <mesh
              geometry={ring}
              rotation={[-Math.PI / 2, 0, 0]}
              renderOrder={30}
              raycast={noRaycast}
            >
              <meshBasicMaterial color="#ffffff" side={DoubleSide} depthTest={false} />
            </mesh>
            <Html
              center
              position={[0, 0, -RING_OUTER_MM * 2]}
              className="hotspot-tag"
              pointerEvents="none"
              zIndexRange={[30, 20]}
            >
              <span data-testid="hotspot-tag">{h.c.toFixed(1)} °C</span>
            </Html>
          </group>
        );
      })}
    </group>
  );
}
