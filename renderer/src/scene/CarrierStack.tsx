/**
 * The carrier stack: one slab per layer with its real thickness (times the vertical
 * exaggeration). Lower layers are solid, upper layers of a carrier translucent, so the
 * build-up reads at a glance. Clicking a slab clears the selection; moving over it
 * reports the cursor position in mm.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { fromScene, toScene } from './coords';
import type { LayerSlab } from './layout';
import { materialColor } from './palette';
import { useStudio } from '../ui/studioContext';

/** Props: the slabs to draw and the vertical exaggeration. */
export function CarrierStack({ slabs, zScale }: { slabs: LayerSlab[]; zScale: number }) {
  const studio = useStudio();
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
        const opacity = 1 - 0.35 * slab.levelFromBottom;
        return (
          <mesh
            key={`${slab.carrierId}-${i}`}
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
