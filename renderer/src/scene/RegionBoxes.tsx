/**
 * Regions of carrier layers in the 3D view: one mesh per region (tens of regions, so plain
 * meshes are cheap), sharing one unit box and one material per region kind
 * (regionsPalette.ts). Drawn slightly proud of their layer so its faces do not flicker
 * through, and not pickable (clicks and drops go to the carrier slab as before).
 */
import { useEffect, useMemo } from 'react';
import { BoxGeometry, MeshStandardMaterial } from 'three';
import type { RegionKind } from '../model/schema';
import { toScene } from './coords';
import type { RegionBox } from './regionBoxes';
import { REGION_KIND_COLORS } from './regionsPalette';

/** How far a region stands proud of its layer on every face, scene units (mm). */
const PROUD = 0.01;

const noRaycast = () => null;

/** Props: the region boxes and the vertical exaggeration. */
export function RegionBoxes({ boxes, zScale }: { boxes: readonly RegionBox[]; zScale: number }) {
  const geometry = useMemo(() => new BoxGeometry(1, 1, 1), []);
  const materials = useMemo(() => {
    const entries = Object.entries(REGION_KIND_COLORS).map(([kind, color]) => [
      kind,
      new MeshStandardMaterial({ color, roughness: 0.6, metalness: 0.1 }),
    ]);
    return Object.fromEntries(entries) as Record<RegionKind, MeshStandardMaterial>;
  }, []);
  useEffect(
    () => () => {
      geometry.dispose();
      Object.values(materials).forEach((m) => m.dispose());
    },
    [geometry, materials],
  );
  return (
    <group name="regions">
      {boxes.map((b) => (
        <mesh
          key={b.id}
          name={`region:${b.id}`}
          geometry={geometry}
          material={materials[b.kind]}
          position={toScene(b.x, b.y, b.z + b.sizeZ / 2, zScale)}
          scale={[b.sizeX + 2 * PROUD, b.sizeZ * zScale + 2 * PROUD, b.sizeY + 2 * PROUD]}
          raycast={noRaycast}
        />
      ))}
    </group>
  );
}
