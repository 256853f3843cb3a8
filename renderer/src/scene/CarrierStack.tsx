/**
 * The carrier stack: one slab per layer with its real thickness (times the vertical
 * exaggeration). Lower layers are solid, upper layers of a carrier translucent, so the
 * build-up reads at a glance. The Layers panel makes a carrier translucent (every layer
 * at most 25 % opaque) or hides it (not drawn, not pickable). Clicking a slab clears the
 * selection; moving over it reports the cursor position in mm.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { fromScene, toScene } from './coords';
import type { LayerSlab } from './layout';
import { materialColor } from './palette';
import { useStudio, useViewState } from '../ui/studioContext';

/** Opacity cap of a translucent carrier. */
export const TRANSLUCENT_OPACITY = 0.25;

/** Props: the slabs to draw and the vertical exaggeration. */
export function CarrierStack({ slabs, zScale }: { slabs: LayerSlab[]; zScale: number }) {
  const studio = useStudio();
  const visibility = useViewState((s) => s.layerVisibility);
  function onMove(e: ThreeEvent<PointerEvent>) {
    studio.view.setState({ cursorMm: fromScene(e.point) });
  }
  function onClick(e: ThreeEvent<MouseEvent>) {
    if (e.delta > 4) return;
    e.stopPropagation();
    studio.select([]);
  }
  return (
    <group
      onPointerMove={onMove}
      onPointerOut={() => studio.view.setState({ cursorMm: null })}
      onClick={onClick}
    >
      {slabs.map((slab, i) => {
        const mode = visibility[slab.carrierId] ?? 'shown';
        if (mode === 'hidden') return null;
        const solid = 1 - 0.35 * slab.levelFromBottom;
        const opacity = mode === 'translucent' ? Math.min(solid, TRANSLUCENT_OPACITY) : solid;
        return (
          <mesh
            key={`${slab.carrierId}-${i}-${mode}`}
            position={toScene(slab.x, slab.y, slab.z + slab.sizeZ / 2, zScale)}
            userData={{ carrierId: slab.carrierId }}
          >
            <boxGeometry args={[slab.sizeX, slab.sizeZ * zScale, slab.sizeY]} />
            <meshStandardMaterial
              color={materialColor(slab.material)}
              roughness={0.85}
              metalness={0.05}
              transparent={opacity < 1}
              opacity={opacity}
              depthWrite={opacity >= 1}
            />
          </mesh>
        );
      })}
    </group>
  );
}
